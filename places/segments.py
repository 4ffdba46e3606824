"""A report read for events: its places and dates, cut into one segment per
event trigger (a sentence with two event words is two segments)."""

import bisect
import datetime
from dataclasses import dataclass, replace
from functools import cached_property

from .dates import DateSpan
from .events import Trigger
from .gazetteer import PlaceEntry
from .resolution import Resolved


@dataclass(frozen=True)
class Segment:
    """The stretch of a sentence one trigger's event is told in, and the
    mentions (indices into the resolved toponyms) inside it."""

    start: int
    end: int
    sentence: tuple[int, int]
    trigger: Trigger
    mentions: tuple[int, ...]


@dataclass(frozen=True)
class Reading:
    """What the event rules read from: the text, its places, dates, clause
    cuts ("، فيما", ", while") and event triggers."""

    text: str
    published: datetime.date
    resolved: list[Resolved]
    dates: list[DateSpan]
    places: tuple[PlaceEntry, ...] = ()
    cuts: frozenset[int] = frozenset()
    triggers: tuple[Trigger, ...] = ()

    @cached_property
    def date_offsets(self) -> list[int]:
        return [d.offset for d in self.dates]

    @cached_property
    def latest_before(self) -> list[DateSpan | None]:
        """``[k]``: the latest of the first k dates, not counting "said on
        Saturday" dates unless there is no other; a page's stamp ("Updated Jul
        28") after "reported on Friday" makes a range from the one to the other."""
        latest, told, spoken, out = None, None, None, [None]
        for d in self.dates:
            if d.prior:  # another event's ("After the clashes last month, ...")
                out.append(told or _stamped(spoken, latest))
                continue
            if d.heading:  # a new item of a dated digest: its day, from here
                latest = told = spoken = None
            # on a tie, the nearer: "since Friday until Sunday" after "Sunday"
            if latest is None or d.end >= latest.end:
                latest = d
            if not d.reporting and (told is None or d.end >= told.end):
                told = d
            if d.reporting and not d.byline and (spoken is None or d.end >= spoken.end):
                spoken = d
            out.append(told or _stamped(spoken, latest))
        return out

    @cached_property
    def mention_starts(self) -> list[int]:
        return [r.toponym.start for r in self.resolved]

    @cached_property
    def by_slug(self) -> dict[str, PlaceEntry]:
        return {p.slug: p for p in self.places}

    def holds(self, area: str, place: PlaceEntry) -> bool:
        """Return whether an area (slug) is one of a place's parents."""
        seen = set()
        while place.parent and place.parent not in seen:
            if place.parent == area:
                return True
            seen.add(place.parent)
            place = self.by_slug.get(place.parent, place)
        return False

    def mentions_in(self, lo: int, hi: int) -> range:
        """Return the indices of the mentions that start in text[lo:hi]."""
        starts = self.mention_starts
        return range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi))


def _stamped(spoken: DateSpan | None, latest: DateSpan | None) -> DateSpan | None:
    """Return the latest date, or, when it is a page's stamp after the day the
    news was reported, the days from that day to the stamp (a telling, so
    from the day before it)."""
    if spoken is None or latest is None or not latest.byline:
        return latest
    if latest.end <= spoken.end:
        return spoken
    return replace(spoken, end=latest.end)  # still told: from the day before it


def cut_segments(
    reading: Reading, sentences: list[tuple[int, int]], triggers: list[Trigger]
) -> list[Segment]:
    """Cut each sentence at its triggers and clause starts ("، فيما", "; ").

    A repeated sub-type continues a segment, unless each has a date of its own
    ("took X on the 19th, after ISIS had retaken it on the 11th"); a clause
    without a trigger of its own belongs to no segment.
    """
    cuts = sorted(reading.cuts)
    trigger_starts = [t.start for t in triggers]
    segments = []
    for sentence in sentences:
        lo = bisect.bisect_left(trigger_starts, sentence[0])
        hi = bisect.bisect_left(trigger_starts, sentence[1])
        opening = _openings(triggers[lo:hi], sentence[1], reading.date_offsets, cuts)
        for k, trigger in enumerate(opening):
            floor = sentence[0] if k == 0 else opening[k - 1].start
            start = _last_cut(cuts, floor, trigger.start)
            start = start if start is not None else floor if k == 0 else trigger.start
            end = opening[k + 1].start if k + 1 < len(opening) else sentence[1]
            end = _first_cut(cuts, trigger.end, end)
            mentions = tuple(reading.mentions_in(start, end))
            segments.append(Segment(start, end, sentence, trigger, mentions))
    return segments


def _last_cut(cuts: list[int], lo: int, hi: int) -> int | None:
    i = bisect.bisect_right(cuts, hi) - 1
    return cuts[i] if i >= 0 and cuts[i] > lo else None


def _first_cut(cuts: list[int], lo: int, hi: int) -> int:
    i = bisect.bisect_left(cuts, lo)
    return cuts[i] if i < len(cuts) and cuts[i] < hi else hi


def _openings(
    triggers: list[Trigger], end: int, date_offsets: list[int], cuts: list[int]
) -> list[Trigger]:
    """Return the triggers that open a segment: a repeated sub-type continues
    the one before, unless each has a date of its own or a clause starts
    between them ("، كما استهدف")."""
    opening: list[Trigger] = []
    for k, trigger in enumerate(triggers):
        following = triggers[k + 1].start if k + 1 < len(triggers) else end
        between = (
            _count_between(date_offsets, opening[-1].end, trigger.start)
            if opening
            else 0
        )
        # "stepped up attacks in the past two months, on Monday ambushed": one each
        dated = between > 1 or (
            between == 1 and _any_between(date_offsets, trigger.end, following)
        )
        cut = bool(opening) and _any_between(cuts, opening[-1].end, trigger.start)
        if not opening or opening[-1].sub_type != trigger.sub_type or dated or cut:
            opening.append(trigger)
    return opening


def _any_between(offsets: list[int], lo: int, hi: int) -> bool:
    """Return whether one of the sorted offsets lies in [lo, hi)."""
    return _count_between(offsets, lo, hi) > 0


def _count_between(offsets: list[int], lo: int, hi: int) -> int:
    """Return how many of the sorted offsets lie in [lo, hi)."""
    return max(0, bisect.bisect_left(offsets, hi) - bisect.bisect_left(offsets, lo))
