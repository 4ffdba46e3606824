"""Helpers of the tests that read whole reports in context (events, dates,
places): the curated gazetteer, a publication date, what a text gives."""

import datetime
from functools import lru_cache
from pathlib import Path

from places.events import find_triggers
from places.gazetteer import Gazetteer, read_csv
from places.geoparsing import geoparse

CURATED = Path(__file__).resolve().parents[1] / "places" / "data" / "gazetteer.csv"
SATURDAY = datetime.date(2018, 10, 13)
SUNDAY = datetime.date(2025, 10, 26)  # the day the real-article tests' texts tell


@lru_cache(maxsize=1)
def curated() -> Gazetteer:
    """The gazetteer the app ships, read once."""
    return Gazetteer(read_csv(CURATED))


def told_day(event) -> datetime.date:
    """The day an event is told of: its first day, or the publication day for
    an event the text gives no day for (dated "the day of publication or the
    day before")."""
    untold = event.date_precision in ("publication", "told")
    return event.date_end if untold else event.date_start


def events(text: str, gazetteer: Gazetteer, published=SATURDAY) -> set[tuple]:
    """(date, sub_type, place slug) of each event the text gives."""
    result = geoparse(text, published, gazetteer)
    return {(told_day(e).isoformat(), e.sub_type, e.place.slug) for e in result.events}


def kinds(text: str) -> list[tuple[str, str]]:
    """(words, sub_type) of each event trigger of the text."""
    return [(text[t.start : t.end], t.sub_type) for t in find_triggers(text)]


def events_at(text: str, published: datetime.date = SUNDAY) -> list:
    """The events the text gives, published on ``published``."""
    return list(geoparse(text, published, curated()).events)


def dates_at(text: str, slug: str) -> list[tuple[datetime.date, datetime.date]]:
    """(first day, last day) of each event the text gives at ``slug``."""
    return [(e.date_start, e.date_end) for e in events_at(text) if e.place.slug == slug]


def places_at(text: str, published: datetime.date = SUNDAY) -> list[str]:
    """The slug of each place the text names, in order."""
    result = geoparse(text, published, curated())
    return [m.place.slug for m in result.mentions if m.place is not None]


def sub_types_at(text: str, published: datetime.date = SUNDAY) -> set[tuple[str, str]]:
    """(sub_type, place slug) of each event the text gives."""
    result = geoparse(text, published, curated())
    return {(e.sub_type, e.place.slug) for e in result.events}


def places_of(text: str, sub_type: str) -> set[str]:
    """The place slugs of the text's events of one sub-type."""
    return {p for t, p in sub_types_at(text) if t == sub_type}
