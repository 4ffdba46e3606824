"""Villages the gazetteer locates from descriptions, found in the team's own
sentences; names that sounded like Deir ez-Zor villages but are elsewhere."""

import datetime

from places.geoparsing import geoparse
from tests import reading

SUNDAY = datetime.date(2017, 10, 15)


def _places(text: str) -> dict[str, bool]:
    found = geoparse(text, SUNDAY, reading.curated(), None).mentions
    return {m.surface: m.place.in_region for m in found if m.place is not None}


def _events(text: str) -> set[tuple[str, str]]:
    found = geoparse(text, SUNDAY, reading.curated(), None).events
    return {(e.sub_type, e.place.slug) for e in found}


def test_a_village_located_from_a_description_is_the_site_of_its_strike():
    text = "قصفت طائرات حربية قرية الزباري بريف دير الزور الشرقي أمس."
    assert ("air_strike", "al-zabari") in _events(text)


def test_a_located_name_that_is_a_word_needs_its_cue():
    assert "الطوب" not in _places("تعمل النساء في صناعة الطوب والحصر.")
    assert ("air_strike", "al-tub") in _events("غارات جوية على بلدة الطوب أمس.")


def test_sweida_is_the_southern_province_not_a_euphrates_village():
    text = (
        "The general, from the southern province of Sweida, was killed in Deir ez-Zor."
    )
    assert _places(text).get("Sweida") is False


def test_the_jazira_areas_are_no_village_west_of_the_city():
    text = "The campaign is for our people in Raqqa and the Jazzera areas."
    assert _places(text).get("Jazzera") is False
