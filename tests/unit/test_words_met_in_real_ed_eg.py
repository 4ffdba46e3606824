"""Words met in the real-ed to real-eg reports (sentences here are the team's own)."""

from tests import reading


def test_a_bombardment_by_aircraft_named_after_it_is_an_air_strike():
    text = "Positions near Hatla came under heavy bombardment by Syrian aircraft."
    assert reading.sub_types_at(text) == {("air_strike", "hatla")}


def test_bombardments_of_an_army_s_aircraft_are_air_strikes():
    text = "Positions near Hatla came under bombardments of the Syrian army’s aircraft."
    assert reading.sub_types_at(text) == {("air_strike", "hatla")}


def test_a_base_fire_came_from_is_not_the_site_of_the_shelling():
    text = (
        "The coalition shelled Hajin with missiles fired from the coalition's base "
        "in al-Omar oilfield."
    )
    assert reading.places_of(text, "shelling") == {"hajin"}


def test_badiya_in_latin_letters_is_the_desert_of_the_town_after_it():
    for text in (
        "Jets pounded positions in Badiyeh Khasham on Sunday.",
        "Jets pounded positions in Badiyat al-Mayadin on Sunday.",
    ):
        (event,) = reading.events_at(text)
        assert event.geo_precision == 2, text
