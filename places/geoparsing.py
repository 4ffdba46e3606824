"""Turn a report into place mentions and dated, typed events: the pure entry point.

v1 reads each sentence as a run of segments, one per event trigger. A segment's
event happens at the places it names, unless those are only reference points
("east of Deir ez-Zor"), in which case the event is placed near the reference.
"""

import bisect
import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .dates import DateSpan, find_dates
from .events import (
    Trigger,
    find_actors,
    find_fatalities,
    find_triggers,
    hedged,
    split_sentences,
)
from .extraction import find_toponyms
from .gazetteer import Gazetteer, PlaceEntry
from .normalisation import detect_language
from .resolution import Candidate, Resolved, resolve

NEVER_HOST = frozenset({"river", "country"})
AREAS = frozenset({"governorate", "district"})
NEAR_AREAS = frozenset({"subdistrict", "region"})
EXCERPT_CHARS = 400
HEDGE_CHARS = 60
# Events placed by a reference or an area, or dated by the publication, are less sure.
VAGUE_PLACE, VAGUE_DATE = 0.8, 0.8


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
    """An event: what, when, where (a mention's place), who, and the source sentence."""

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


@dataclass(frozen=True)
class Geoparse:
    """Everything found in one text."""

    language: str
    mentions: tuple[MentionResult, ...]
    events: tuple[EventResult, ...]

    def to_json(self) -> dict:
        """Return the result as plain JSON-ready data."""
        return {
            "language": self.language,
            "mentions": [_mention_json(m) for m in self.mentions],
            "events": [_event_json(e) for e in self.events],
        }


def _place_json(place: PlaceEntry | None) -> dict:
    return {
        "place": place.name_en if place else None,
        "place_id": place.slug if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
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
    }


def _event_json(e: EventResult) -> dict:
    return {
        "date": e.date_start.isoformat(),
        "date_end": e.date_end.isoformat(),
        "date_precision": e.date_precision,
        "type": e.event_type,
        "sub_type": e.sub_type,
        **_place_json(e.place),
        "actors": list(e.actors),
        "fatalities": e.fatalities,
        "excerpt": e.excerpt,
        "geo_precision": e.geo_precision,
    }


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    sentence: tuple[int, int]
    trigger: Trigger
    mentions: tuple[int, ...]


@dataclass(frozen=True)
class _Context:
    text: str
    published: datetime.date
    resolved: list[Resolved]
    dates: list[DateSpan]

    @cached_property
    def date_offsets(self) -> list[int]:
        return [d.offset for d in self.dates]


def geoparse(
    text: str,
    published: datetime.date,
    gazetteer: Gazetteer,
    language: str | None = None,
) -> Geoparse:
    """Find the places and events of a report published on ``published``."""
    language = language or detect_language(text)
    resolved = resolve(find_toponyms(text, gazetteer), gazetteer)
    sentences = split_sentences(text)
    context = _Context(text, published, resolved, find_dates(text, published, language))
    segments = _segments(sentences, find_triggers(text), resolved)
    events = _dedupe(e for s in segments if (e := _event(context, s)) is not None)
    hosts = {e.mention_index for e in events}
    starts = [s for s, _ in sentences]
    mentions = tuple(
        _mention(r, i in hosts, _containing(sentences, starts, r.toponym.start))
        for i, r in enumerate(resolved)
    )
    return Geoparse(language, mentions, tuple(events))


def _segments(
    sentences: list[tuple[int, int]], triggers: list[Trigger], resolved: list[Resolved]
) -> list[_Segment]:
    """Cut each sentence at its triggers; a repeated sub-type continues a segment."""
    starts = [r.toponym.start for r in resolved]
    trigger_starts = [t.start for t in triggers]
    segments = []
    for sentence in sentences:
        lo = bisect.bisect_left(trigger_starts, sentence[0])
        hi = bisect.bisect_left(trigger_starts, sentence[1])
        opening = _openings(triggers[lo:hi])
        for k, trigger in enumerate(opening):
            start = sentence[0] if k == 0 else trigger.start
            end = opening[k + 1].start if k + 1 < len(opening) else sentence[1]
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            segments.append(
                _Segment(start, end, sentence, trigger, tuple(range(first, last)))
            )
    return segments


def _openings(triggers: list[Trigger]) -> list[Trigger]:
    opening: list[Trigger] = []
    for trigger in triggers:
        if not opening or opening[-1].sub_type != trigger.sub_type:
            opening.append(trigger)
    return opening


def _is_reference(r: Resolved) -> bool:
    return r.toponym.relation is not None or r.toponym.cue == "desert"


def _can_host(r: Resolved) -> bool:
    return r.place is not None and r.place.in_region and r.place.kind not in NEVER_HOST


def _host(context: _Context, segment: _Segment) -> list[tuple[int, int]]:
    """Return (mention index, geo precision) of the places a segment's event is at."""
    hosts = [i for i in segment.mentions if _can_host(context.resolved[i])]
    sites = [
        i
        for i in hosts
        if not _is_reference(context.resolved[i])
        and context.resolved[i].place.kind not in AREAS
    ]
    if sites:
        return [(i, _precision(context.resolved[i].place, 1)) for i in sites]
    if hosts:
        return [(hosts[0], _precision(context.resolved[hosts[0]].place, 2))]
    return []


def _precision(place: PlaceEntry, default: int) -> int:
    if place.kind in AREAS:
        return 3
    return 2 if place.kind in NEAR_AREAS else default


def _event(context: _Context, segment: _Segment) -> list[EventResult] | None:
    trigger = segment.trigger
    before = context.text[
        max(segment.sentence[0], trigger.start - HEDGE_CHARS) : trigger.start
    ]
    hosts = _host(context, segment)
    if not hosts or hedged(before):
        return None
    text, (s_start, s_end) = context.text, segment.sentence
    date = _date(context, segment)
    piece, sentence = text[segment.start : segment.end], text[s_start:s_end]
    actors = tuple(find_actors(piece) or find_actors(sentence))
    fatalities = find_fatalities(piece) or find_fatalities(sentence)
    return [
        EventResult(
            date_start=date[0],
            date_end=date[1],
            date_precision=date[2],
            event_type=segment.trigger.event_type,
            sub_type=segment.trigger.sub_type,
            place=context.resolved[i].place,
            mention_index=i,
            actors=actors,
            fatalities=fatalities,
            excerpt=excerpt(sentence),
            sentence=segment.sentence,
            geo_precision=precision,
            confidence=_confidence(context.resolved[i], precision, date[2]),
        )
        for i, precision in hosts
    ]


def _date(
    context: _Context, segment: _Segment
) -> tuple[datetime.date, datetime.date, str]:
    """Date a segment: its own date, its sentence's, an earlier one, or publication."""
    offsets = context.date_offsets
    for lo, hi in ((segment.start, segment.end), segment.sentence):
        i = bisect.bisect_left(offsets, lo)
        if i < len(offsets) and offsets[i] < hi:
            found = context.dates[i]
            return found.start, found.end, found.precision
    i = bisect.bisect_left(offsets, segment.sentence[0])
    if i > 0:
        found = context.dates[i - 1]
        return found.start, found.end, found.precision
    return context.published, context.published, "publication"


def _confidence(resolved: Resolved, geo_precision: int, date_precision: str) -> float:
    value = resolved.confidence
    value *= VAGUE_PLACE if geo_precision > 1 else 1.0
    value *= VAGUE_DATE if date_precision == "publication" else 1.0
    return round(value, 3)


def _dedupe(groups: Iterable[list[EventResult]]) -> list[EventResult]:
    seen, events = set(), []
    for group in groups:
        for event in group:
            key = (event.date_start, event.sub_type, event.place.slug)
            if key not in seen:
                seen.add(key)
                events.append(event)
    return events


def _containing(
    sentences: list[tuple[int, int]], starts: list[int], offset: int
) -> tuple[int, int]:
    i = bisect.bisect_right(starts, offset) - 1
    return sentences[i] if i >= 0 else (offset, offset)


def _mention(r: Resolved, hosts: bool, sentence: tuple[int, int]) -> MentionResult:
    role = "reference" if _is_reference(r) else "site" if hosts else "mentioned"
    t = r.toponym
    return MentionResult(
        t.surface, t.start, t.end, r.place, r.candidates, r.confidence, r.method,
        role, sentence,
    )  # fmt: skip


def excerpt(sentence: str, limit: int = EXCERPT_CHARS) -> str:
    """Return the sentence stripped, cut on a word boundary with … when too long."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= limit:
        return sentence
    cut = sentence[: limit - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,،;:") + "…"
