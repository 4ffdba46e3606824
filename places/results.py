"""What the geoparser returns: mentions, events, and their JSON form.

The JSON shape is the stable interface of ``manage.py geoparse --json``: fields
are only ever added (``candidates``, ``warnings``), never renamed.
"""

import datetime
from dataclasses import dataclass

from .gazetteer import PlaceEntry
from .resolution import Candidate


@dataclass(frozen=True)
class MentionResult:
    """A place name in the text, the place chosen for it and its role."""

    surface: str
    start: int
    end: int
    place: PlaceEntry | None
    candidates: tuple[Candidate, ...]
    confidence: float
    method: str
    role: str
    sentence: tuple[int, int]


@dataclass(frozen=True)
class EventResult:
    """An event: what, when, where (a mention's place and the computed point),
    who, and the source sentence.

    ``place`` is the place named; ``lat``/``lon`` is where the event is put:
    the place itself (geo precision 1), a point offset from it ("8 km east of
    X", 2) or the centroid of an area ("ريف دير الزور الشرقي", 3).
    """

    date_start: datetime.date
    date_end: datetime.date
    date_precision: str
    event_type: str
    sub_type: str
    place: PlaceEntry
    mention_index: int
    actors: tuple[str, ...]
    fatalities: int | None
    excerpt: str
    sentence: tuple[int, int]
    geo_precision: int
    confidence: float
    lat: float | None = None
    lon: float | None = None
    why: tuple[str, ...] = ()  # how its type, place and date were read


@dataclass(frozen=True)
class Geoparse:
    """Everything found in one text, with the warnings about how it was read."""

    language: str
    mentions: tuple[MentionResult, ...]
    events: tuple[EventResult, ...]
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict:
        """Return the result as plain JSON-ready data."""
        return {
            "language": self.language,
            "mentions": [_mention_json(m) for m in self.mentions],
            "events": [_event_json(e) for e in self.events],
            "warnings": list(self.warnings),
        }


def _place_json(place: PlaceEntry | None) -> dict:
    return {
        "place": place.name_en if place else None,
        "place_id": place.slug if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
    }


def _candidate_json(c: Candidate) -> dict:
    return {
        "place": c.name,
        "place_id": c.slug,
        "lat": c.lat,
        "lon": c.lon,
        "score": round(c.score, 3),
        "reasons": list(c.reasons),
    }


def _mention_json(m: MentionResult) -> dict:
    return {
        "surface": m.surface,
        "start": m.start,
        "end": m.end,
        **_place_json(m.place),
        "in_region": m.place.in_region if m.place else None,
        "confidence": round(m.confidence, 3),
        "role": m.role,
        "method": m.method,
        "candidates": [_candidate_json(c) for c in m.candidates],
    }


def _event_json(e: EventResult) -> dict:
    place = _place_json(e.place)
    if e.lat is not None and e.lon is not None:
        place["lat"], place["lon"] = e.lat, e.lon
    return {
        "date": e.date_start.isoformat(),
        "date_end": e.date_end.isoformat(),
        "date_precision": e.date_precision,
        "type": e.event_type,
        "sub_type": e.sub_type,
        **place,
        "actors": list(e.actors),
        "fatalities": e.fatalities,
        "excerpt": e.excerpt,
        "geo_precision": e.geo_precision,
        "why": list(e.why),
    }
