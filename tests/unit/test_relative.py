"""Relative locations become a computed point with a geo-precision, not a pin."""

import datetime
from pathlib import Path

import pytest
from geopy.distance import distance

from places.gazetteer import Gazetteer, read_csv
from places.geoparsing import geoparse
from places.relative import Relative, locate, relative_to, seat

CSV = Path(__file__).resolve().parents[2] / "places" / "data" / "gazetteer.csv"
PUBLISHED = datetime.date(2018, 2, 8)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(CSV))


def around(text, name):
    start = text.index(name)
    return relative_to(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("clashes 8 km east of Khasham on", "Khasham", Relative("offset", 90, 8)),
        ("على بعد 7 كم شمال شرق مدينة دير الزور", "دير الزور",
         Relative("offset", 45, 7)),
        ("about seven kilometres south-west of the town of Hajin", "Hajin",
         Relative("offset", 225, 7)),
        ("700 metres north of Albu Kamal", "Albu Kamal", Relative("offset", 0, 0.7)),
        ("القرى الواقعة شرق دير الزور", "دير الزور", Relative("offset", 90, None)),
        ("في بلدة الشعفة بريف دير الزور الشرقي.", "ريف دير الزور",
         Relative("countryside", 90, None)),
        ("in the eastern countryside of Deir Ezzor.", "Deir Ezzor",
         Relative("countryside", 90, None)),
        ("in the eastern Deir ez-Zor countryside", "Deir ez-Zor",
         Relative("countryside", 90, None)),
        ("مواقع في بادية البوكمال قرب الحدود", "البوكمال",
         Relative("desert", None, None)),
        ("strikes in the desert east of Hajin", "Hajin", Relative("desert", 90, None)),
    ],
)  # fmt: skip
def test_relative_phrases_are_read(text, name, expected):
    assert around(text, name) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("clashes in the town of Mayadeen", "Mayadeen"),
        ("Hajin, the last town held by the group", "Hajin"),
        ("the eastern city's people fled Mayadeen", "Mayadeen"),
        ("اشتباكات في قرية مراط", "مراط"),
    ],
)
def test_plain_names_have_no_relative_phrase(text, name):
    assert around(text, name) is None


def test_an_offset_moves_the_point_by_the_distance(gazetteer):
    khasham = gazetteer.get("khasham")
    lat, lon, precision = locate(khasham, Relative("offset", 90, 8), gazetteer.entries)
    assert precision == 2
    assert distance((lat, lon), (khasham.lat, khasham.lon)).km == pytest.approx(8, 0.01)
    assert lon > khasham.lon


def test_a_direction_alone_moves_a_few_km(gazetteer):
    city = gazetteer.get("deir-ez-zor")
    lat, lon, precision = locate(city, Relative("offset", 0, None), gazetteer.entries)
    assert precision == 2 and lat > city.lat
    assert 1 < distance((lat, lon), (city.lat, city.lon)).km < 10


def test_a_countryside_is_the_centroid_of_its_side_of_the_seat(gazetteer):
    area = gazetteer.get("deir-ez-zor-governorate")
    assert seat(area, gazetteer.entries).slug == "deir-ez-zor"
    lat, lon, precision = locate(
        area, Relative("countryside", 90, None), gazetteer.entries
    )
    city = gazetteer.get("deir-ez-zor")
    assert precision == 3
    assert lon > city.lon + 0.2  # well east of the city, not the desert point
    assert (lat, lon) != (area.lat, area.lon)


def test_an_event_in_the_eastern_countryside_is_placed_in_it(gazetteer):
    text = "قصف مدفعي على ريف دير الزور الشرقي أمس."
    [event] = geoparse(text, PUBLISHED, gazetteer, "ar").events
    assert event.place.slug == "deir-ez-zor-governorate"
    assert event.geo_precision == 3
    assert event.lon > gazetteer.get("deir-ez-zor").lon + 0.2


def test_an_event_8_km_east_of_a_town_keeps_the_town_as_its_place(gazetteer):
    text = "Clashes broke out yesterday 8 km east of Khasham."
    [event] = geoparse(text, PUBLISHED, gazetteer, "en").events
    khasham = gazetteer.get("khasham")
    assert event.place.slug == "khasham" and event.geo_precision == 2
    km = distance((event.lat, event.lon), (khasham.lat, khasham.lon)).km
    assert km == pytest.approx(8, 0.01)
    data = geoparse(text, PUBLISHED, gazetteer, "en").to_json()["events"][0]
    assert (data["lat"], data["lon"]) == (event.lat, event.lon)
    assert data["place_id"] == "khasham"


def test_an_event_at_a_named_site_stays_on_it(gazetteer):
    text = (
        "Coalition airstrikes hit Mayadeen, which lies southeast of Deir Ezzor city, "
        "on Wednesday."
    )
    events = geoparse(text, PUBLISHED, gazetteer, "en").events
    mayadin = gazetteer.get("al-mayadin")
    [event] = [e for e in events if e.place.slug == "al-mayadin"]
    assert (event.lat, event.lon, event.geo_precision) == (mayadin.lat, mayadin.lon, 1)
    assert all(e.place.slug != "deir-ez-zor" for e in events)
