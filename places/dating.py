"""When an event happened: the date told nearest its event word, a date told
before it, or the publication date, each with the reason."""

import bisect
import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .dates import DateSpan
from .events import Trigger
from .news import RECAP, ongoing, running_days
from .normalisation import normalise
from .segments import Reading, Segment

# An event told in the pluperfect is news only if dated to the day, this recently.
RECAP_DAYS = 3
# (not "كانوا يستقلونها", "they were riding in it": what went on then)
EARLIER_VERB = re.compile(
    r"(?<!\w)(?:had|(?:كان|كانت|كانوا)(?! ي)"
    r"|(?:captured|taken|seized|retaken|lost|held) by)(?!\w)"
)
# "the town they had lost a day earlier and retook ...": a date just after a
# pluperfect verb is that verb's.
PLUPERFECT_BEFORE = re.compile(r"(?<!\w)(?:had|كان قد|كانت قد) (?:\S+ ){0,2}$")
# An event that ended this long before publication is background, not the news
# of the report ("ended the enclave at Baghouz last month"): not kept.
BACKGROUND_DAYS = 14
NEAREST_DAYS = 7  # how far before the latest day the day told just before may be
PLUPERFECT_CHARS = 120  # how far before a date its clause's "وكان ... قد" may be


@dataclass(frozen=True)
class Dated:
    """An event's date range, its precision and why it was chosen."""

    start: datetime.date
    end: datetime.date
    precision: str
    why: str
    earlier: bool = False  # dated by "earlier this month": what came before
    own: bool = False  # told in the event's own clause or sentence


TOLD_ON = re.compile(r"[,،]\s*(?:مشير|مضيف|لافت)[اةهً]*\s+(?:إلى|الى)\s+(?:أن|ان)(?!\w)")


def event_date(
    reading: Reading,
    segment: Segment,
    retold: Segment | None = None,
    later: Iterable[Segment] = (),
) -> Dated:
    """Date a segment: the date nearest its trigger in the segment, else in the
    sentence; publication for an ongoing event ("لا تزال"); else the date of the
    same kind of event told in the next sentence when this one gives only the
    day it was told (``retold``: "... killed 23, a monitor said on Tuesday. The
    raids hit on Sunday into Monday"); else the
    latest date told before it (a report's news is its latest day; older dates
    are background); else a day of the last RECAP_DAYS that a later sentence
    gives the same type of event (``later``: a lead "Coalition strikes killed
    100" and, further on, "the strike, late yesterday"). A date the report was
    told on ("said on Saturday") counts only when the text gives no other."""
    piece = reading.text[segment.start : segment.end]
    # not into the next clause ("اشتباكات ... في الجديد، فيما قتل القائد متأثراً
    # بجروح أصيب بها قبل يومين"): its date is its own event's
    cut = min(
        (c for c in reading.cuts if segment.end <= c < segment.sentence[1]),
        default=None,
    )
    # nor past "، مشيرةً إلى أن شقيقه قُتل السبت": another matter told on
    told_on = TOLD_ON.search(reading.text, segment.trigger.end, segment.sentence[1])
    end = min(x for x in (cut, told_on and told_on.start(), segment.sentence[1]) if x)
    clause = (segment.start, min(segment.end, end))
    spans = ((clause, "clause"), ((segment.sentence[0], end), "sentence"))
    for (lo, hi), where in spans:
        found = _nearest(reading, lo, hi, segment.trigger, reporting=False)
        if found is not None:
            return _told_in_clause(reading, segment, found) or _dated(
                found, f"“{found.text}” in the {where}", own=True
            )
        if (
            ongoing(piece)
            or ongoing(_opening(reading, segment))
            or _going_on_before(reading, segment)
        ):
            return _going_on(reading)
    told_on = _nearest(reading, *segment.sentence, segment.trigger, reporting=True)
    if retold is not None and told_on is not None:
        lo, hi = retold.sentence
        found = _nearest(reading, lo, hi, retold.trigger, reporting=False)
        # a day or a night, not "its strikes since 2015": the strikes in general
        if found is not None and _a_day_or_night(found):
            why = f"“{found.text}”, told of the same event in the next sentence"
            return _dated(found, why)
    for (lo, hi), _ in spans:
        found = _nearest(reading, lo, hi, segment.trigger, reporting=True)
        if found is not None:
            return _told_on(found, f"“{found.text}”, the day it was told (no other)")
    if (carried := _carried(reading, segment)) is not None:
        return carried
    found = _told_later(reading, segment, later)
    if found is not None:
        return _dated(found, f"“{found.text}”, told of the same event further on")
    return _untold(reading)


def _told_in_clause(
    reading: Reading, segment: Segment, found: DateSpan
) -> Dated | None:
    """The day a later clause gives is not this one's when its own clause says
    when it was told ("أعلنت أمس سيطرتها على هلالا، فيما اندلعت اشتباكات صباح
    اليوم"): that day, or the one before."""
    if found.offset < segment.end:
        return None
    told = _nearest(reading, segment.start, segment.end, segment.trigger, True)
    return _told_on(told, f"“{told.text}”, the day it was told") if told else None


def _told_later(
    reading: Reading, here: Segment, later: Iterable[Segment]
) -> DateSpan | None:
    """Return the date a later sentence gives the same event: of the same type,
    a recent day, naming no place this one does not ("... T4 airbase in Homs"
    is another strike)."""
    own = _places_in(reading, here.sentence)
    for segment in later:
        found = _nearest(reading, *segment.sentence, segment.trigger, reporting=False)
        if found is None or not _places_in(reading, segment.sentence) <= own:
            continue
        age = (reading.published - found.end).days
        return found if _a_day_or_night(found) and 0 <= age <= RECAP_DAYS else None
    return None


def _a_day_or_night(found: DateSpan) -> bool:
    """Return whether a date is one day, or the night between two days
    ("ليل السبت/الأحد")."""
    night = found.precision == "range" and (found.end - found.start).days == 1
    return found.precision == "day" or night


def background(reading: Reading, dated: Dated) -> bool:
    """Return whether an event is background: ended more than BACKGROUND_DAYS
    before publication, or told as "earlier this month"."""
    return dated.earlier or (reading.published - dated.end).days > BACKGROUND_DAYS


def recent(reading: Reading, dated: Dated, own: bool = False) -> bool:
    """Return whether a date is a day at most RECAP_DAYS before publication
    (with ``own``, a date told in the event's own sentence)."""
    age = (reading.published - dated.end).days
    # a night runs over two dates ("ليلة أمس", "last night"): still one day's news
    night = dated.precision == "range" and (dated.end - dated.start).days == 1
    a_day = dated.precision in ("day", "told") or night
    return a_day and age <= RECAP_DAYS and (dated.own or not own)


def _of_another_verb(reading: Reading, trigger: Trigger, date: DateSpan) -> bool:
    """Return whether a date belongs to an earlier event told next to it: after
    the event word ("retaking sites they had lost in September", "parts of the
    town captured by Hizballah on Wednesday") or just after a pluperfect
    before it ("the town they had lost a day earlier and retook")."""
    if date.offset < trigger.start:
        before = reading.text[max(0, date.offset - 30) : date.offset]
        if PLUPERFECT_BEFORE.search(normalise(before).text) is not None:
            return True
        return _in_a_pluperfect_clause(reading, trigger, date)
    between = reading.text[trigger.end : date.offset]
    earlier = list(EARLIER_VERB.finditer(between)) if date.offset > trigger.end else []
    if not earlier:
        return False
    return not _retold_after(reading, trigger, trigger.end + earlier[-1].end(), date)


def _retold_after(reading: Reading, trigger: Trigger, lo: int, date: DateSpan) -> bool:
    """Return whether an event of the trigger's type is told again between the
    earlier verb and the date ("... الذي كان قد أعلن مقتل 41 قتلوا في ضربات جوية
    استهدفت البلدة يومي الخميس والجمعة"): the date is that event's, the same one."""
    return any(
        lo <= t.start < date.offset and t.event_type == trigger.event_type
        for t in reading.triggers
    )


def _in_a_pluperfect_clause(reading: Reading, trigger: Trigger, date: DateSpan) -> bool:
    """Return whether a date before a trigger ends a pluperfect clause that a
    new clause follows ("..., وكان التنظيم قد استهدف ... أمس، بينما استهدفت
    مقاتلات ..."): the earlier event's day, not this one's."""
    if not any(date.offset < cut < trigger.start for cut in reading.cuts):
        return False
    before = reading.text[max(0, date.offset - PLUPERFECT_CHARS) : date.offset]
    return RECAP.search(normalise(before).text) is not None


def done_before(dated: Dated) -> Dated:
    """Date an event told in the pluperfect ("وكانت القوات قد حققت تقدماً")
    whose day is carried from before: done by then, so that day or the one
    before; a day told in its own clause or sentence stays."""
    if dated.own:
        return dated
    start = dated.start - datetime.timedelta(days=1)
    return replace(dated, start=start, why=f"{dated.why}; told as done by then")


def _dated(found: DateSpan, why: str, own: bool = False) -> Dated:
    return Dated(found.start, found.end, found.precision, why, found.earlier, own)


def _carried(reading: Reading, segment: Segment) -> Dated | None:
    """Date an event by the latest day told before it, if any: a day of
    telling is that day or the one before; the day before publication, told
    in an earlier sentence, that day or publication ("... attacks yesterday.
    Meanwhile, gunmen attacked a vehicle in X.")."""
    found = reading.latest_before[
        bisect.bisect_left(reading.date_offsets, segment.start)
    ]
    if found is None or _long_past(reading, found) or _names_an_event(reading, found):
        return None  # "... التي سيطر عليها التنظيم قبل سنوات": no day to carry
    why = f"“{found.text}”, the latest date told before it"
    if found.reporting:
        told = _told_on(found, why)
        # "... said Monday. Reports said on Saturday that ... The army won
        # another battle ...": Saturday's news, or Monday's
        nearest = _nearest_before(reading, segment.start, reported=True)
        if nearest and 0 < (told.start - nearest.end).days <= NEAREST_DAYS:
            why = f"“{nearest.text}”, told just before it, to {told.why}"
            return Dated(nearest.start, found.end, "range", why)
        return told
    nearest = _nearest_before(reading, segment.start)
    if nearest is not None and 0 < (found.start - nearest.end).days <= NEAREST_DAYS:
        why = f"“{nearest.text}”, told just before it, to {why}"
        return Dated(nearest.start, found.end, "range", why)
    yesterday = (reading.published - found.end).days == 1
    if found.precision == "day" and yesterday and not found.heading:
        why = f"{why}, or the day of publication"
        return Dated(found.start, reading.published, "range", why)
    return _dated(found, why)


def _nearest_before(
    reading: Reading, offset: int, reported: bool = False
) -> DateSpan | None:
    """Return the last event date told before an offset, in the text's order:
    "In a development on Wednesday, X. The army went on to Y." is Wednesday's
    news though Thursday's was told earlier (with ``reported``, a day of
    telling counts too)."""
    for k in range(bisect.bisect_left(reading.date_offsets, offset) - 1, -1, -1):
        date = reading.dates[k]
        if date.heading:
            return None
        if date.reporting and reported and not date.byline:
            return date
        if not (date.reporting or date.prior or _long_past(reading, date)):
            return date
    return None


# "after a December 13 Islamic State attack in Palmyra": the date names that
# event, not a day the report goes on telling.
NAMING_DATE = re.compile(r"(?<!\w)(?:an?|the)\s$", re.IGNORECASE)
NAMED_CHARS = 25  # how far after such a date the event word may come


def _names_an_event(reading: Reading, found: DateSpan) -> bool:
    """Return whether a date is an event's name ("a December 13 attack")."""
    if not NAMING_DATE.search(reading.text[max(0, found.offset - 4) : found.offset]):
        return False
    end = found.offset + len(found.text)
    return any(end < t.start <= end + NAMED_CHARS for t in reading.triggers)


def _long_past(reading: Reading, found: DateSpan) -> bool:
    """Return whether a date is long past ("years ago", "in 2014", "On September
    17, 2016, ..."): background, which later undated news does not take."""
    return (reading.published - found.end).days > BACKGROUND_DAYS


def _told_on(found: DateSpan, why: str) -> Dated:
    """Date an event by the day it was told ("reported on Sunday", a byline):
    that day or the day before, as an event dated by its publication."""
    if found.precision != "day":
        return _dated(found, why)
    before = found.start - datetime.timedelta(days=1)
    return Dated(before, found.end, "told", f"{why}: that day or the day before")


def _opening(reading: Reading, segment: Segment) -> str:
    """The first words of a segment's sentence: "وتتواصل المعارك ..., ترافق مع
    تنفيذ الطائرات الحربية غارات" tells the strikes as going on too."""
    start = segment.sentence[0]
    return " ".join(reading.text[start : segment.start].split()[:2])


def _going_on_before(reading: Reading, segment: Segment) -> bool:
    """Return whether the words just before the event word tell it as going on
    ("... بعد تتبعه في حين تتواصل الاشتباكات", "fighting continues")."""
    lo = max(segment.sentence[0], segment.trigger.start - 30)
    return ongoing(" ".join(reading.text[lo : segment.trigger.start].split()[-2:]))


def _going_on(reading: Reading) -> Dated:
    """Date an event still going on as the report was written: the day of
    publication or the day before, as news of one day is often published the
    next ("وتتواصل المعارك ...")."""
    before = reading.published - datetime.timedelta(days=1)
    why = "still going on: the publication day or the day before"
    return Dated(before, reading.published, "publication", why)


def _untold(reading: Reading) -> Dated:
    """Date an event the text gives no day for: the day of publication or the
    day before (news of one day is often published the next), precision
    "publication" (ACLED would give it a week's precision)."""
    days = running_days(reading.text)
    if days is not None:
        start = reading.published - datetime.timedelta(days=days)
        why = f"no day told; the report says its events have gone on {days} days"
        return Dated(start, reading.published, "range", why)
    before = reading.published - datetime.timedelta(days=1)
    why = "no date told: the publication day or the day before"
    return Dated(before, reading.published, "publication", why)


def _nearest(
    reading: Reading, lo: int, hi: int, trigger: Trigger, reporting: bool
) -> DateSpan | None:
    offsets = reading.date_offsets
    inside = [
        d
        for d in reading.dates[
            bisect.bisect_left(offsets, lo) : bisect.bisect_left(offsets, hi)
        ]
        if d.reporting == reporting
        and not _of_another_verb(reading, trigger, d)
        and not (d.prior and _after_comma(reading.text, d, trigger))
    ]
    if not inside:
        return None
    return min(inside, key=lambda d: _distance(reading.text, d, trigger))


def _distance(text: str, date: DateSpan, trigger: Trigger) -> tuple[bool, int]:
    """Order a trigger's dates: those of its own clause first ("the leader, who
    pledged allegiance on Tuesday, said a bomber struck on Friday night"), then
    the nearest."""
    lo, hi = sorted((date.offset, trigger.start))
    apart = re.search(r"[,،]", text[lo:hi]) is not None
    return apart, max(trigger.start - date.offset, date.offset - trigger.end)


def _after_comma(text: str, date: DateSpan, trigger: Trigger) -> bool:
    """Return whether a trigger is told after the comma that ends a date's phrase."""
    return date.offset < trigger.start and bool(
        re.search(r"[,،]", text[date.offset : trigger.start])
    )


def _places_in(reading: Reading, span: tuple[int, int]) -> set[str]:
    places = (reading.resolved[i].place for i in reading.mentions_in(*span))
    return {p.slug for p in places if p is not None}
