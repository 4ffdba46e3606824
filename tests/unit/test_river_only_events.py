"""An event that only a river locates ("8 km east of the Euphrates
deconfliction line") is put at the governorate, at precision 3; the river's
mention stays the one an editor corrects."""

import datetime

import pytest

from places.geoparsing import geoparse
from tests import reading

THURSDAY = datetime.date(2018, 2, 8)
GOVERNORATE = "deir-ez-zor-governorate"


@pytest.fixture(scope="module")
def gazetteer():
    return reading.curated()


def _placed(text: str, gazetteer) -> list[tuple]:
    found = geoparse(text, THURSDAY, gazetteer)
    return [
        (
            e.sub_type,
            e.place.slug,
            e.geo_precision,
            found.mentions[e.mention_index].surface,
        )
        for e in found.events
    ]


@pytest.mark.parametrize(
    "text, sub_type, river",
    [
        (
            "The attack took place 8 km east of the Euphrates deconfliction line, "
            "CENTCOM said.",
            "attack",
            "Euphrates",
        ),
        (
            "Coalition jets struck pro-regime forces east of the Euphrates overnight.",
            "air_strike",
            "Euphrates",
        ),
        ("اندلعت اشتباكات عنيفة شرق نهر الفرات يوم أمس.", "armed_clash", "نهر الفرات"),
    ],
)
def test_an_event_located_only_by_the_river_goes_to_the_governorate(
    text, sub_type, river, gazetteer
):
    assert _placed(text, gazetteer) == [(sub_type, GOVERNORATE, 3, river)]


def test_a_village_named_beside_the_river_is_the_place(gazetteer):
    text = "Coalition jets struck pro-regime forces in Khasham, east of the Euphrates."
    assert _placed(text, gazetteer) == [("air_strike", "khasham", 1, "Khasham")]


def test_a_place_outside_the_region_keeps_the_event_out(gazetteer):
    text = "Coalition jets struck IS positions east of the Euphrates near Raqqa."
    assert _placed(text, gazetteer) == []


def test_a_river_merely_crossed_locates_nothing(gazetteer):
    text = "Gunmen fired on a boat crossing the Euphrates on Wednesday."
    assert _placed(text, gazetteer) == []
