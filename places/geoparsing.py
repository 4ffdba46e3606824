"""Turn a report into place mentions and dated, typed events: the pure entry point.

Each sentence is read as a run of segments, one per event trigger
(``segments``); a segment's event is placed by ``siting`` and dated by
``dating``, and every event carries the reasons for its type, place and date.
"""

import bisect
import datetime
import itertools
import re
from collections.abc import Iterable, Iterator

from .date_marks import (
    bylines_as_told,
    caption_lines,
    items_dated,
    on_caption,
    openings_as_prior,
    up_to,
    without_captions,
)
from .dates import find_dates
from .dating import (
    PLUPERFECT_BEFORE,
    PLUPERFECT_CHARS,
    Dated,
    background,
    done_before,
    event_date,
    recent,
)
from .events import (
    clause_cuts,
    find_actors,
    find_triggers,
    split_sentences,
)
from .extraction import find_toponyms
from .fatalities import find_fatalities
from .gazetteer import Gazetteer
from .news import (
    RECAP,
    aside,
    hedged,
    hours_after,
    in_support,
    noted,
    told_as_past,
    told_as_recent,
    told_as_start,
)
from .normalisation import detect_language, normalise
from .placeless import (
    fled_from,
    names_no_place,
    only_place,
    quarter_city,
    scene_before,
    scene_set,
    told_next,
    under_headline,
)
from .repeats import (
    VAGUE_AREA,
    dedupe,
    without_headline_repeats,
    without_vaguer_repeats,
)
from .resolution import Resolved, resolve
from .results import EventResult, Geoparse, MentionResult
from .segments import Reading, Segment, cut_segments
from .siting import (
    Host,
    borrowed,
    hosts_of,
    is_reference,
    point,
)
from .told_before import points_back, slug_of, told_again
from .writing_day import date_from_text, written_on

__all__ = ["EventResult", "Geoparse", "MentionResult", "excerpt", "geoparse"]

# Events whose place is what was struck or attacked: its mention is the target.
TARGETED = frozenset(
    {"air_strike", "shelling", "remote_explosive", "attack", "attack_on_civilians"}
)
EXCERPT_CHARS = 400
# a sentence that opens in the pluperfect: "وكان قد قتل نحو 40 مدنياً ..."
# "وكان قد قتل ...", "Earlier on Thursday the units encircled it": what came before
RECAP_OPENING = re.compile(
    rf"\W*(?:{RECAP.pattern}|(?:earlier|previously|before that"
    r"|[وف]?(?:في وقت سابق|قبل ذلك|سابقا))(?!\w))"
)
LATER_REACH = 3000  # how far on a later sentence may date an undated event
HEDGE_CHARS = 60
ASIDE_CHARS = 60  # an aside is marked at its sentence's start
# Events placed by a reference or an area, or dated by the publication, are less sure.
VAGUE_PLACE, VAGUE_DATE = 0.8, 0.8
# Dated by when it was published or told: that day or the day before.
UNTOLD_DAY = frozenset({"publication", "told"})


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
    triggers = find_triggers(text)
    resolved = resolve(find_toponyms(text, gazetteer, triggers), gazetteer, text)
    sentences = split_sentences(text)
    captions = caption_lines(text)  # a photo's caption tells of the photo
    dates = find_dates(text, published, language)
    if (written := written_on(dates, published)) != published:
        published, dates = written, find_dates(text, written, language)
    dates = up_to(dates, published)
    dates = without_captions(dates, captions)
    dates = items_dated(text, bylines_as_told(text, dates))
    dates = openings_as_prior(text, dates, sentences)
    cuts = frozenset(clause_cuts(text))
    reading = Reading(
        text, published, resolved, dates, gazetteer.entries, cuts, tuple(triggers)
    )
    segments = [
        s
        for s in cut_segments(reading, sentences, triggers)
        if not on_caption(captions, s.trigger.start)
    ]
    # the headline's repeats go before duplicates merge: its twin in the body stays
    told = [e for group in _events(reading, segments) for e in group]
    # a report whose only event is told as an aside ("يذكر أن الحرس الثوري أعلن
    # مساء الأحد الماضي أن قواته أطلقت صواريخ ...") is about that event
    told = told or [e for group in _events(reading, segments, True) for e in group]
    events = dedupe([without_headline_repeats(told, sentences, text)])
    events = without_vaguer_repeats(events)
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


def _events(
    reading: Reading, segments: list[Segment], asides: bool = False
) -> Iterable[list[EventResult]]:
    """Build each segment's events; a segment naming no place borrows the named
    sites of its clause neighbour (``siting.borrowed``); "these attacks" after
    an attack points back to it."""
    hosts = [hosts_of(reading, s) for s in segments]
    told: set[str] = set()
    lent: set[int] = set()  # mentions of a next sentence that placed an event
    sole: list[Host] | None = None  # the report's only place, found once
    scene: tuple[int, str, list[Host]] | None = None  # the last event told
    seen: set[str] = set()  # the places of the events told
    for i, segment in enumerate(segments):
        trigger = segment.trigger
        if told_again(reading, trigger, told, hosts[i], seen):
            continue  # "these attacks": the events already told
        back = not {h.index for h in hosts[i]} - lent
        if told and back and points_back(reading, trigger):
            continue  # "the attack", placed where the event before it was
        own = hosts[i]
        if own and all(h.precision == VAGUE_AREA for h in own):
            # only a province, and the next sentence says where in it ("... in
            # Deir al-Zour province. The attack occurred in the desert of X")
            own = _lent(told_next(reading, segment), lent) or own
        if all(h.precision == VAGUE_AREA for h in own):
            # none, or only a countryside ("clashed in the western countryside,
            # taking villages near al-Tabni"): the clause neighbour's sites
            own = borrowed(reading, segments, hosts, i) or own
        if not own:
            own = _lent(
                told_next(reading, segment)
                or under_headline(reading, segment)
                or quarter_city(reading, segment),
                lent,
            )
        own = own or fled_from(reading, segments, hosts, i)
        if not own and names_no_place(reading, segment):
            sole = only_place(reading) if sole is None else sole
            own = sole
        own = own or borrowed(reading, segments, hosts, i, vague=True)
        own = own or scene_set(reading, segments, segment)
        own = own or scene_before(reading, segment, scene)
        retold, later = _retold(reading, segments, i), _later(reading, segments, i)
        event = _event(reading, segment, own, retold, later, asides)
        if event is not None:
            told.add(trigger.event_type)
            scene = (segment.end, trigger.sub_type, own)
            seen |= {slug_of(reading, h) for h in own}
            yield event


def _lent(own: list[Host], lent: set[int]) -> list[Host]:
    """Return sites taken from another sentence, recording them as lent (that
    sentence's own event there is the same one)."""
    lent |= {h.index for h in own}
    return own


def _retold(reading: Reading, segments: list[Segment], i: int) -> Segment | None:
    """Return the first segment of the next sentence that tells an event, if it
    is of the same type ("... killed 23, a monitor said. The raids hit on
    Sunday")."""
    here = segments[i]
    for j in range(i + 1, len(segments)):
        other = segments[j]
        if other.sentence != here.sentence:
            between = reading.text[here.sentence[1] : other.sentence[0]]
            same = other.trigger.event_type == here.trigger.event_type
            next_one = not any(c.isalnum() for c in between)
            return (
                other if same and next_one and not _pluperfect(reading, other) else None
            )
    return None


def _pluperfect(reading: Reading, segment: Segment) -> bool:
    """Return whether a segment's event is told as having come before ("had
    retaken four neighbourhoods", a sentence opening "وكان قد قتل ..." or
    "Earlier on Thursday"): an earlier event, not the same one again."""
    start = segment.trigger.start
    before = normalise(reading.text[max(0, start - 30) : start]).text.rstrip() + " "
    if PLUPERFECT_BEFORE.search(before) is not None:
        return True
    opening = reading.text[segment.sentence[0] : start][:PLUPERFECT_CHARS]
    return RECAP_OPENING.match(normalise(opening).text) is not None


def _later(reading: Reading, segments: list[Segment], i: int) -> Iterator[Segment]:
    """Yield the segments of later sentences that tell the same type of event,
    up to LATER_REACH characters on (lazily: only an event with no date before
    it asks; a long text of undated events would otherwise be read again for
    each of them)."""
    here = segments[i]
    near = itertools.takewhile(
        lambda s: s.start - here.end <= LATER_REACH,
        itertools.islice(segments, i + 1, None),
    )
    return (
        s
        for s in near
        if s.sentence != here.sentence
        and s.trigger.event_type == here.trigger.event_type
        and not _pluperfect(reading, s)
    )


def _event(
    reading: Reading,
    segment: Segment,
    hosts: list[Host],
    retold: Segment | None = None,
    later: Iterable[Segment] = (),
    asides: bool = False,
) -> list[EventResult] | None:
    trigger = segment.trigger
    text, (s_start, s_end) = reading.text, segment.sentence
    before = text[max(s_start, trigger.start - HEDGE_CHARS) : trigger.start]
    after = text[trigger.end : s_end]
    said = text[trigger.start : trigger.end]
    if not hosts or hedged(before, text[s_start : trigger.start], after, said):
        return None
    if told_as_start(before, said) or told_as_recent(before, after):
        return None
    if trigger.event_type == "explosions" and in_support(before):
        return None
    dated = event_date(reading, segment, retold, later)
    # an aside ("يذكر أن ...") or the pluperfect is background, unless it dates
    # its event to one of the last days ("يذكر أن مدنيين قتلا ليلة أول أمس")
    opening = text[s_start : s_start + ASIDE_CHARS]
    if (
        aside(opening)
        and not (asides and noted(opening))
        and not recent(reading, dated, own=True)
        and not hours_after(text[s_start : trigger.start])
    ):
        return None
    if told_as_past(before, text[s_start : trigger.start]):
        if not recent(reading, dated):
            return None
        dated = done_before(dated)
    if background(reading, dated):
        return None
    piece, sentence = text[segment.start : segment.end], text[s_start:s_end]
    actors = tuple(find_actors(piece) or find_actors(sentence))
    fatalities = find_fatalities(piece) or find_fatalities(sentence)
    word = f"type: “{text[trigger.start : trigger.end]}” ({trigger.sub_type})"
    events = []
    for host in hosts:
        lat, lon, geo_precision = point(reading, host)
        resolved = reading.resolved[host.index]
        events.append(
            EventResult(
                date_start=dated.start,
                date_end=dated.end,
                date_precision=dated.precision,
                event_type=trigger.event_type,
                sub_type=trigger.sub_type,
                place=host.place or resolved.place,
                mention_index=host.index,
                actors=actors,
                fatalities=fatalities,
                excerpt=excerpt(sentence),
                sentence=segment.sentence,
                geo_precision=geo_precision,
                confidence=_confidence(resolved, geo_precision, dated),
                lat=lat,
                lon=lon,
                why=(word, f"place: {host.why}", f"date: {dated.why}"),
            )
        )
    return events


def _confidence(resolved: Resolved, geo_precision: int, dated: Dated) -> float:
    value = resolved.confidence
    value *= VAGUE_PLACE if geo_precision > 1 else 1.0
    value *= VAGUE_DATE if dated.precision in UNTOLD_DAY else 1.0
    return round(value, 3)


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
    if relation == "described":
        return "mentioned"
    if is_reference(r):
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
