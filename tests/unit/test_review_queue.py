"""Which reasons of an event's reading send its mention to an editor."""

import pytest

from places.review_queue import inferred


@pytest.mark.parametrize(
    ("why", "expected"),
    [
        (["place: named where it happened", "date: “Friday” in the clause"], []),
        (
            ["place: “the town” refers back to it", "date: “Friday” in the clause"],
            ["event place inferred"],
        ),
        (
            [
                "place: named where it happened",
                "date: no date told: the publication date",
            ],
            ["event date inferred"],
        ),
        (
            ["place: the only place the report names (none of its own)"],
            ["event place inferred"],
        ),
        (["place: only a river locates it: the governorate"], ["event place inferred"]),
        ([], []),
    ],
)
def test_an_event_says_when_its_place_or_date_was_inferred(why, expected):
    assert inferred(why) == expected
