"""Events told twice in a report: the same (day, sub-type, place) again, the
headline's undated event that the body dates, an area-wide event that a more
exact one tells."""

import bisect
import itertools
from collections.abc import Iterable

from geopy.distance import distance

from .results import EventResult

VAGUE_AREA = 3  # geo precision of an event placed at a governorate or district
DISTRICT_KM = 50  # how far from its seat a district's places lie, about


def _km(a: EventResult, b: EventResult) -> float:
    return distance((a.lat, a.lon), (b.lat, b.lon)).km


def dedupe(groups: Iterable[list[EventResult]]) -> list[EventResult]:
    """Return the events of the groups, each (first day, sub-type, place) once:
    of two told from the same day, the one told over more days."""
    kept: dict[tuple, EventResult] = {}
    for group in groups:
        for event in group:
            key = (event.date_start, event.sub_type, event.place.slug)
            if key not in kept or event.date_end > kept[key].date_end:
                kept[key] = event
    return list(kept.values())


def without_headline_repeats(
    events: list[EventResult], sentences: list[tuple[int, int]], text: str
) -> list[EventResult]:
    """Drop an undated event of the first line (the headline) that the body
    tells again ("IS retakes parts of Albu Kamal" ... "stormed Albu Kamal on
    Friday"): the body's is the dated one. A first line that ends in a full
    stop is the body's first sentence, not a headline."""
    if not sentences or _told_in_full(text, sentences[0]):
        return events
    first = sentences[0]
    told = {(e.event_type, e.place.slug) for e in events if e.sentence != first}
    return [
        e
        for e in events
        if not (
            e.sentence == first
            and e.date_precision == "publication"
            and (e.event_type, e.place.slug) in told
        )
    ]


def _told_in_full(text: str, sentence: tuple[int, int]) -> bool:
    return text[sentence[0] : sentence[1]].rstrip().endswith((".", "!", "؟", "?"))


def without_vaguer_repeats(events: list[EventResult]) -> list[EventResult]:
    """Drop an event placed only at the governorate or a district when an event
    of the same sub-type and days is placed more exactly in it (an air strike
    in the governorate is not shelling of a village): ACLED records each event
    at its most specific place ("air strikes in Deir ez-Zor" ... "near Albu
    Kamal"); but "Deir ez-Zor city and the Albu Kamal area" are two."""
    spans: dict[str, list] = {}
    for x in sorted(events, key=lambda x: x.date_start):
        if x.geo_precision < VAGUE_AREA:
            spans.setdefault(x.sub_type, []).append(x)
    # per sub-type: the starts in order and the latest end so far, to test overlap
    starts = {t: [x.date_start for x in xs] for t, xs in spans.items()}
    reach = {
        t: list(itertools.accumulate((x.date_end for x in xs), max))
        for t, xs in spans.items()
    }

    def repeated(e: EventResult) -> bool:
        i = bisect.bisect_right(starts.get(e.sub_type, []), e.date_end)
        if i == 0 or reach[e.sub_type][i - 1] < e.date_start:
            return False
        if e.place.kind == "governorate":
            return True
        return any(  # a district holds only what lies near its seat
            x.date_end >= e.date_start and _km(x, e) <= DISTRICT_KM
            for x in spans[e.sub_type][:i]
        )

    return [e for e in events if e.geo_precision < VAGUE_AREA or not repeated(e)]
