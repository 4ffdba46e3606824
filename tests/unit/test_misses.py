"""A missed event is told apart by what was found near it, and an event the
geoparser dropped is listed with the check that dropped it."""

import datetime

from tests import reading
from tests.corpus.misses import kind_of_miss, parse_noting_drops
from tests.corpus.score import gold_places

DAY = datetime.date(2018, 10, 12)


def _events(text: str):
    events, _ = parse_noting_drops(text, DAY, reading.curated(), "en")
    return events


def test_a_miss_is_named_for_what_was_found_near_it():
    events = _events("Coalition aircraft struck Hajin on Friday.")
    assert [e.place.slug for e in events] == ["hajin"]
    place_of = gold_places({}, reading.curated())
    assert (
        kind_of_miss(["2018-10-12", "air_strike", "al-mayadin"], events, place_of)
        == "place"
    )
    assert (
        kind_of_miss(["2018-10-10", "air_strike", "hajin"], events, place_of) == "date"
    )
    assert (
        kind_of_miss(["2018-10-12", "armed_clash", "hajin"], events, place_of) == "type"
    )
    assert (
        kind_of_miss(["2018-10-10", "armed_clash", "hajin"], events, place_of)
        == "type+date"
    )
    assert (
        kind_of_miss(["2018-10-10", "armed_clash", "al-mayadin"], [], place_of)
        == "none"
    )


def test_a_place_without_coordinates_is_its_own_kind():
    label = {"missing_places": {"x": {"name": "X", "lat": None, "lon": None}}}
    place_of = gold_places(label, reading.curated())
    assert (
        kind_of_miss(["2018-10-12", "air_strike", "missing:x"], [], place_of)
        == "nocoords"
    )


def test_a_dropped_event_keeps_the_check_that_dropped_it():
    text = "Activists said coalition aircraft may strike Hajin on Friday."
    events, dropped = parse_noting_drops(text, DAY, reading.curated(), "en")
    assert events == []
    assert [(d.word, d.why) for d in dropped] == [("strike", "hedged")]
    assert [p.slug for p in dropped[0].places] == ["hajin"]
