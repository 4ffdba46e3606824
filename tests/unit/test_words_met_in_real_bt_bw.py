"""Words met in the real-bt to real-bw reports (sentences here are the team's own)."""

import pytest

from tests import reading


@pytest.mark.parametrize(
    "text",
    [
        "قال بيان إن طيران التحالف أقدم يوم الجمعة عند الساعة الخامسة مساء على قصف "
        "موقع في جبل ثردة.",
        "وقامت الطائرات الحربية مساء يوم الجمعة في تمام الساعة العاشرة بقصف بلدة حطلة.",
    ],
)
def test_aircraft_that_went_on_to_shell_struck_from_the_air(text):
    (event,) = reading.events_at(text)
    assert event.sub_type == "air_strike"


def test_forces_that_went_on_to_shell_still_shelled():
    text = "وقامت قوات النظام المتمركزة في محيط المطار يوم الجمعة بقصف بلدة حطلة."
    assert reading.sub_types_at(text) == {("shelling", "hatla")}
