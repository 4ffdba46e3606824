"""The agreement of two labellings is scored as the geoparser is, and a place
neither labelling locates counts as one when both marked the same text."""

from collections import Counter

from tests import reading
from tests.corpus.agreement import compare


def _label(events, toponyms=(), missing=None):
    return {
        "events": [list(e) for e in events],
        "toponyms": [
            dict(zip(("surface", "start", "end", "place"), t, strict=True))
            for t in toponyms
        ],
        "missing_places": missing or {},
    }


def test_same_day_type_and_place_within_10_km_agree():
    first = _label([("2018-10-12", "armed_clash", "hajin")])
    second = _label([("2018-10-12", "armed_clash", "hajin")])
    tally = Counter()
    assert compare(first, second, reading.curated(), tally) == [True]
    assert tally["found_strict"] == tally["second_found"] == 1


def test_another_day_or_type_disagrees():
    first = _label([("2018-10-12", "armed_clash", "hajin")])
    for told in [
        ("2018-10-11", "armed_clash", "hajin"),
        ("2018-10-12", "air_strike", "hajin"),
    ]:
        tally = Counter()
        assert compare(first, _label([told]), reading.curated(), tally) == [False]
        assert tally["found"] == tally["second_found"] == 0


def test_an_unlocated_place_counts_only_when_both_marked_the_same_text():
    missing = {"hari": {"name": "al-Hari", "lat": None, "lon": None}}
    first = _label(
        [("2018-06-17", "air_strike", "missing:hari")],
        [("الهري", 10, 15, "missing:hari")],
        missing,
    )
    same = _label(
        [("2018-06-17", "air_strike", "missing:al-hari")],
        [("الهري", 10, 15, "missing:al-hari")],
        {"al-hari": {"name": "al-Hari", "lat": None, "lon": None}},
    )
    elsewhere = _label(
        [("2018-06-17", "air_strike", "missing:al-hari")],
        [("السكك", 40, 45, "missing:al-hari")],
        {"al-hari": {"name": "al-Hari", "lat": None, "lon": None}},
    )
    tally = Counter()
    assert compare(first, same, reading.curated(), tally) == [True]
    assert (tally["found_strict"], tally["found"]) == (0, 1)
    assert compare(first, elsewhere, reading.curated(), Counter()) == [False]
