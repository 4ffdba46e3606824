"""Rules found on the real-z reports (sentences here are the team's own): "the
eastern city of X" describes X, and a headline's event told again by the body
stays once, as the body tells it."""

import datetime

from places.geoparsing import geoparse
from tests import reading

WEDNESDAY = datetime.date(2024, 12, 11)


def test_the_eastern_city_of_x_is_x_itself():
    text = (
        "Fighters say they have taken full control of the eastern city of Deir Az Zor."
    )
    (event,) = geoparse(text, WEDNESDAY, reading.curated()).events
    assert (event.place.slug, event.geo_precision) == ("deir-ez-zor", 1)
    mention = geoparse(text, WEDNESDAY, reading.curated()).mentions[0]
    assert mention.role == "site"


def test_east_of_x_stays_a_reference():
    text = "Fighters clashed with IS east of the city of Deir Az Zor."
    (event,) = geoparse(text, WEDNESDAY, reading.curated()).events
    assert event.geo_precision == 2


def test_a_headline_told_again_by_the_body_is_kept_once_as_the_body_tells_it():
    text = (
        "Deir Az Zor city liberated, commander says\n\n"
        "Fighters have taken full control of the eastern city of Deir Az Zor.\n\n"
        "On Sunday, the president left. Government forces then withdrew from "
        "Deir Az Zor city."
    )
    found = geoparse(text, WEDNESDAY, reading.curated()).events
    days = sorted(
        (e.date_start.isoformat(), e.why[0])
        for e in found
        if e.place.slug == "deir-ez-zor"
    )
    assert days == [
        ("2024-12-08", "type: “withdrew” (territory_change)"),
        ("2024-12-10", "type: “taken full control” (territory_change)"),
    ]
