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

from .dates import DateSpan, date_from_text, find_dates
from .events import (
    Trigger,
    anaphors,
    clause_cuts,
    definite,
    find_actors,
    find_fatalities,
    find_triggers,
    hedged,
    ongoing,
    split_sentences,
    told_as_past,
)
from .extraction import find_toponyms
from .gazetteer import Gazetteer, PlaceEntry
from .normalisation import detect_language
from .relative import locate, relative_to
from .resolution import Resolved, resolve
from .results import EventResult, Geoparse, MentionResult

__all__ = ["EventResult", "Geoparse", "MentionResult", "excerpt", "geoparse"]

NEVER_HOST = frozenset({"river", "country"})
# Places an event moves toward, or (for fire) comes from, are not where it happens.
NOT_SITE = {"toward": None, "origin": "explosions"}
AREAS = frozenset({"governorate", "district"})
# Events whose place is what was struck or attacked: its mention is the target.
TARGETED = frozenset(
    {"air_strike", "shelling", "remote_explosive", "attack", "attack_on_civilians"}
)
NEAR_AREAS = frozenset({"subdistrict", "region"})
BESIDE = frozenset({"near", "outskirts"})
# How far back (characters) "the town" may look for the town it means.
ANAPHOR_REACH = 700
EXCERPT_CHARS = 400
HEDGE_CHARS = 60
# An event told in the pluperfect is news only if dated to the day, this recently.
RECAP_DAYS = 3
# Events placed by a reference or an area, or dated by the publication, are less sure.
VAGUE_PLACE, VAGUE_DATE = 0.8, 0.8


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
    places: tuple[PlaceEntry, ...] = ()
    cuts: frozenset[int] = frozenset()

    @cached_property
    def date_offsets(self) -> list[int]:
        return [d.offset for d in self.dates]

    @cached_property
    def latest_before(self) -> list[DateSpan | None]:
        """``[k]``: the latest of the first k dates, not counting "said on
        Saturday" dates unless there is no other."""
        latest, told, out = None, None, [None]
        for d in self.dates:
            if latest is None or d.end > latest.end:
                latest = d
            if not d.reporting and (told is None or d.end > told.end):
                told = d
            out.append(told or latest)
        return out

    @cached_property
    def mention_starts(self) -> list[int]:
        return [r.toponym.start for r in self.resolved]


def geoparse(
    text: str,
    published: datetime.date | None,
    gazetteer: Gazetteer,
    language: str | None = None,
) -> Geoparse:
    """Find the places and events of a report published on ``published``.

    Without a publication date, the latest full date the text gives stands in
    for it, and the result's warnings say so; with none either, relative dates
    count from today and the warning says they cannot be resolved.
    """
    language = language or detect_language(text)
    warnings: list[str] = []
    if published is None:
        published, warning = date_from_text(text, language)
        warnings.append(warning)
        published = published or datetime.datetime.now(datetime.UTC).date()
    resolved = resolve(find_toponyms(text, gazetteer), gazetteer)
    sentences = split_sentences(text)
    dates = find_dates(text, published, language)
    cuts = clause_cuts(text)
    context = _Context(
        text, published, resolved, dates, gazetteer.entries, frozenset(cuts)
    )
    segments = _segments(
        sentences, find_triggers(text), resolved, cuts, context.date_offsets
    )
    events = _dedupe(_events(context, segments))
    hosts: dict[int, set[str]] = {}
    for e in events:
        hosts.setdefault(e.mention_index, set()).add(e.sub_type)
    starts = [s for s, _ in sentences]
    mentions = tuple(
        _mention(
            r, hosts.get(i, set()), _containing(sentences, starts, r.toponym.start)
        )
        for i, r in enumerate(resolved)
    )
    return Geoparse(language, mentions, tuple(events), tuple(warnings))


def _segments(
    sentences: list[tuple[int, int]],
    triggers: list[Trigger],
    resolved: list[Resolved],
    cuts: list[int],
    date_offsets: list[int] = (),
) -> list[_Segment]:
    """Cut each sentence at its triggers and clause starts ("، فيما", "; ").

    A repeated sub-type continues a segment, unless each has a date of its own
    ("took X on the 19th, after ISIS had retaken it on the 11th"); a clause
    without a trigger of its own belongs to no segment.
    """
    starts = [r.toponym.start for r in resolved]
    trigger_starts = [t.start for t in triggers]
    segments = []
    for sentence in sentences:
        lo = bisect.bisect_left(trigger_starts, sentence[0])
        hi = bisect.bisect_left(trigger_starts, sentence[1])
        opening = _openings(triggers[lo:hi], sentence[1], date_offsets)
        for k, trigger in enumerate(opening):
            floor = sentence[0] if k == 0 else opening[k - 1].start
            start = _last_cut(cuts, floor, trigger.start)
            start = start if start is not None else floor if k == 0 else trigger.start
            end = opening[k + 1].start if k + 1 < len(opening) else sentence[1]
            end = _first_cut(cuts, trigger.end, end)
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end)
            segments.append(
                _Segment(start, end, sentence, trigger, tuple(range(first, last)))
            )
    return segments


def _last_cut(cuts: list[int], lo: int, hi: int) -> int | None:
    i = bisect.bisect_right(cuts, hi) - 1
    return cuts[i] if i >= 0 and cuts[i] > lo else None


def _first_cut(cuts: list[int], lo: int, hi: int) -> int:
    i = bisect.bisect_left(cuts, lo)
    return cuts[i] if i < len(cuts) and cuts[i] < hi else hi


def _openings(
    triggers: list[Trigger], end: int, date_offsets: list[int]
) -> list[Trigger]:
    opening: list[Trigger] = []
    for k, trigger in enumerate(triggers):
        following = triggers[k + 1].start if k + 1 < len(triggers) else end
        dated = (
            _has_date(date_offsets, opening[-1].end, trigger.start)
            if opening
            else False
        )
        dated = dated and _has_date(date_offsets, trigger.end, following)
        if not opening or opening[-1].sub_type != trigger.sub_type or dated:
            opening.append(trigger)
    return opening


def _has_date(date_offsets: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(date_offsets, lo)
    return i < len(date_offsets) and date_offsets[i] < hi


def _is_reference(r: Resolved) -> bool:
    relation = r.toponym.relation
    return (relation is not None and relation != "origin") or r.toponym.cue == "desert"


def _beside(r: Resolved) -> bool:
    """Return whether a mention is a settlement the event is beside ("near X",
    "the outskirts of X"): ACLED puts such events at X with precision 2."""
    return (
        r.toponym.relation in BESIDE
        and r.toponym.cue != "desert"
        and r.place.kind not in AREAS | NEAR_AREAS
    )


def _can_host(r: Resolved, trigger: Trigger) -> bool:
    relation = r.toponym.relation
    if relation in NOT_SITE and NOT_SITE[relation] in (None, trigger.event_type):
        return False
    return r.place is not None and r.place.in_region and r.place.kind not in NEVER_HOST


def _host(context: _Context, segment: _Segment) -> list[tuple[int, int]]:
    """Return (mention index, geo precision) of the places a segment's event is at.

    Sites are the places named and those it is beside, else those "the town" /
    "المطار" refers back to; failing a site, the event is put at the most
    specific reference ("east of X"), the nearest to its trigger.
    """
    resolved = context.resolved
    hosts = [i for i in segment.mentions if _can_host(resolved[i], segment.trigger)]
    sites = [
        (i, _precision(resolved[i].place, 1))
        for i in hosts
        if not _is_reference(resolved[i]) and resolved[i].place.kind not in AREAS
    ]
    sites += [(i, 2) for i in hosts if _beside(resolved[i])]
    if not sites:
        sites = [(i, 1) for i in _referred(context, segment)]
    if sites:
        return list(dict(sorted(sites)).items())
    if not hosts:
        return []
    near = min(
        hosts,
        key=lambda i: (
            resolved[i].place.kind in AREAS,
            abs(resolved[i].toponym.start - segment.trigger.start),
        ),
    )
    return [(near, _precision(resolved[near].place, 2))]


def _referred(context: _Context, segment: _Segment) -> list[int]:
    """Return the mentions that "the town", "the airport", "المدينة" in a segment
    refer back to: the last in-region place named before with the same cue
    ("مدينة البوكمال"), else of a fitting kind, not as a reference ("east of X")."""
    found = []
    for offset, (cue, kinds) in anaphors(context.text, segment.start, segment.end):
        lo = bisect.bisect_left(context.mention_starts, offset - ANAPHOR_REACH)
        hi = bisect.bisect_left(context.mention_starts, offset)
        earlier = [
            i
            for i in range(lo, hi)
            if (r := context.resolved[i]).toponym.end <= offset
            and r.place is not None
            and r.place.in_region
            and r.place.kind in kinds
            and not _is_reference(r)
        ]
        cued = [i for i in earlier if context.resolved[i].toponym.cue == cue]
        if cued or earlier:
            found.append((cued or earlier)[-1])
    return found


def _events(context: _Context, segments: list[_Segment]) -> Iterable[list[EventResult]]:
    """Build each segment's events; a segment naming no place borrows the named
    sites of its neighbour in the clause (not across "، فيما" / ", while"),
    unless its event word is definite ("the clashes", which refers back)."""
    hosts = [_host(context, s) for s in segments]
    for i, segment in enumerate(segments):
        own = hosts[i] or _borrowed(context, segments, hosts, i)
        event = _event(context, segment, own)
        if event is not None:
            yield event


def _borrowed(
    context: _Context, segments: list[_Segment], hosts: list, i: int
) -> list[tuple[int, int]]:
    if definite(context.text, segments[i].trigger):
        return []
    start, end = segments[i].start, segments[i].end
    before = i > 0 and segments[i - 1].end == start and start not in context.cuts
    after = i + 1 < len(segments) and segments[i + 1].start == end
    after = after and end not in context.cuts
    for j, joined in ((i - 1, before), (i + 1, after)):
        if not joined:
            continue
        named = [h for h in hosts[j] if _named(context.resolved[h[0]])]
        if named:
            return named
    return []


def _named(r: Resolved) -> bool:
    """Return whether a host was named as the site, or beside it, not a reference."""
    return (not _is_reference(r) and r.place.kind not in AREAS) or _beside(r)


def _precision(place: PlaceEntry, default: int) -> int:
    if place.kind in AREAS:
        return 3
    return 2 if place.kind in NEAR_AREAS else default


def _event(
    context: _Context, segment: _Segment, hosts: list[tuple[int, int]]
) -> list[EventResult] | None:
    trigger = segment.trigger
    before = context.text[
        max(segment.sentence[0], trigger.start - HEDGE_CHARS) : trigger.start
    ]
    if not hosts or hedged(before):
        return None
    text, (s_start, s_end) = context.text, segment.sentence
    date = _date(context, segment)
    if told_as_past(before) and not _recent(context, date):
        return None
    piece, sentence = text[segment.start : segment.end], text[s_start:s_end]
    actors = tuple(find_actors(piece) or find_actors(sentence))
    fatalities = find_fatalities(piece) or find_fatalities(sentence)
    points = [_point(context, i, precision) for i, precision in hosts]
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
            lat=lat,
            lon=lon,
        )
        for (i, _), (lat, lon, precision) in zip(hosts, points, strict=True)
    ]


def _recent(context: _Context, date: tuple) -> bool:
    _, end, precision = date
    age = (context.published - end).days
    return precision == "day" and age <= RECAP_DAYS


def _point(context: _Context, i: int, precision: int) -> tuple[float, float, int]:
    """Return where an event at mention i goes: the place, or a point relative to
    it ("8 km east of X", "ريف X الشرقي"), with the coarser geo precision."""
    toponym, place = context.resolved[i].toponym, context.resolved[i].place
    if place.kind in AREAS or place.kind in NEAR_AREAS:
        relative = relative_to(context.text, toponym.start, toponym.end)
        if relative is None or relative.kind != "countryside":
            return place.lat, place.lon, precision
    else:
        relative = relative_to(context.text, toponym.start, toponym.end)
    lat, lon, found = locate(place, relative, context.places)
    return lat, lon, max(precision, found)


def _date(
    context: _Context, segment: _Segment
) -> tuple[datetime.date, datetime.date, str]:
    """Date a segment: the date nearest its trigger in the segment, else in the
    sentence; publication for an ongoing event ("لا تزال"); else the latest date
    told before it (a report's news is its latest day; older dates are
    background). A date the report was told on ("said on Saturday") counts only
    when the text gives no other."""
    piece = context.text[segment.start : segment.end]
    spans = ((segment.start, segment.end), segment.sentence)
    for lo, hi in spans:
        found = _nearest_date(context, lo, hi, segment.trigger, reporting=False)
        if found is not None:
            return found.start, found.end, found.precision
        if ongoing(piece):
            return context.published, context.published, "publication"
    for lo, hi in spans:
        found = _nearest_date(context, lo, hi, segment.trigger, reporting=True)
        if found is not None:
            return found.start, found.end, found.precision
    k = bisect.bisect_left(context.date_offsets, segment.start)
    found = context.latest_before[k]
    if found is not None:
        return found.start, found.end, found.precision
    return context.published, context.published, "publication"


def _nearest_date(
    context: _Context, lo: int, hi: int, trigger: Trigger, reporting: bool
) -> DateSpan | None:
    offsets = context.date_offsets
    inside = [
        d
        for d in context.dates[
            bisect.bisect_left(offsets, lo) : bisect.bisect_left(offsets, hi)
        ]
        if d.reporting == reporting
    ]
    if not inside:
        return None
    return min(
        inside, key=lambda d: max(trigger.start - d.offset, d.offset - trigger.end)
    )


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


def role(r: Resolved, sub_types: set[str]) -> str:
    """Return what a mention is to the report's events: where fire came from
    ("origin"), where people went ("destination"), a reference point ("east of
    X"), the place struck or attacked ("target"), where an event happened
    ("site"), or only mentioned."""
    relation = r.toponym.relation
    if relation in ("origin", "toward"):
        return "origin" if relation == "origin" else "destination"
    if _is_reference(r):
        return "reference"
    if sub_types & TARGETED:
        return "target"
    return "site" if sub_types else "mentioned"


def _mention(
    r: Resolved, sub_types: set[str], sentence: tuple[int, int]
) -> MentionResult:
    t = r.toponym
    return MentionResult(
        t.surface, t.start, t.end, r.place, r.candidates, r.confidence, r.method,
        role(r, sub_types), sentence,
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
