"""Words met in the real-df to real-di reports (sentences here are the team's own)."""

from tests import reading


def test_settlements_brought_under_a_forces_control_changed_hands():
    text = (
        "Tribal forces advanced on Sunday. Villages brought under tribal control "
        "include al-Susah, Diban and Hajin."
    )
    changed = {p for t, p in reading.sub_types_at(text) if t == "territory_change"}
    assert {"al-susah", "diban", "hajin"} <= changed


def test_a_town_that_fell_under_the_control_of_a_group_changed_hands():
    text = "On Sunday al-Susah fell under the control of the SDF."
    assert ("territory_change", "al-susah") in reading.sub_types_at(text)


def test_areas_under_a_groups_control_are_a_state_not_a_change():
    text = "Hajin, which is under SDF control, was quiet on Sunday."
    assert ("territory_change", "hajin") not in reading.sub_types_at(text)
