"""Words met in the real-ac reports (sentences here are the team's own): "the
past two days" counted back from the report, and forces targeting protesters."""

import datetime

from places.geoparsing import geoparse
from tests import reading

TUESDAY = datetime.date(2025, 4, 29)


def _events(text: str) -> set[tuple[str, str, datetime.date, datetime.date]]:
    found = geoparse(text, TUESDAY, reading.curated()).events
    return {(e.sub_type, e.place.slug, e.date_start, e.date_end) for e in found}


def test_the_past_two_days_may_be_the_two_before_the_report():
    text = (
        "قتل عنصران من قسد في هجومين نفذهما داعش في بلدة ذيبان خلال اليومين الماضيين."
    )
    start, end = datetime.date(2025, 4, 27), TUESDAY
    assert _events(text) == {("attack", "diban", start, end)}


def test_a_war_that_lasted_three_days_ends_on_the_day_of_the_report():
    found = _events("The fighting in Diban lasted three days.")
    assert {(s, e) for *_, s, e in found} == {(datetime.date(2025, 4, 27), TUESDAY)}


def test_forces_targeting_protesters_attack_civilians():
    text = "أصيب 20 مدنياً جراء استهداف قوات قسد المتظاهرين في مدينة الميادين اليوم."
    assert {e[:2] for e in _events(text)} == {("attack_on_civilians", "al-mayadin")}
    english = "Gunmen targeted protesters in al-Mayadin with machine guns today."
    assert {e[:2] for e in _events(english)} == {("attack_on_civilians", "al-mayadin")}


def test_targeting_a_side_names_no_event_without_a_weapon():
    assert not _events("استهدفت قسد مواقع النظام في البوليل.")
