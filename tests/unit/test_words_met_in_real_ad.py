"""Words met in the real-ad reports (sentences here are the team's own): a city
quarter the gazetteer lacks is part of the city named before it."""

import datetime

from places.geoparsing import geoparse
from tests import reading

THURSDAY = datetime.date(2017, 10, 26)


def _events(text: str) -> set[tuple[str, str, int]]:
    found = geoparse(text, THURSDAY, reading.curated()).events
    return {(e.sub_type, e.place.slug, e.geo_precision) for e in found}


def test_fighting_in_a_quarter_we_lack_is_in_the_city_named_before():
    text = (
        "تقدمت وحدات الجيش في مدينة دير الزور. وقال مراسل في دير الزور إن الجيش "
        "خاض اشتباكات عنيفة مع داعش في حي الكنامات."
    )
    assert ("armed_clash", "deir-ez-zor", 2) in _events(text)
    english = (
        "The army advanced in the city of Deir ez-Zor. A correspondent said troops "
        "clashed with IS in the neighbourhood of al-Kanamat."
    )
    assert ("armed_clash", "deir-ez-zor", 2) in _events(english)


def test_a_quarter_with_no_city_named_before_places_nothing():
    assert not _events("خاض الجيش اشتباكات عنيفة مع داعش في حي الكنامات.")
