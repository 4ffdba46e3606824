"""Find the dates a report speaks of, relative to its publication date.

Regular expressions over normalised text find the expressions. dateparser parses
explicit day-and-month dates once they are spelled with standard month names.
Relative words and weekday names are counted here: dateparser knows neither the
Levantine month names nor several Arabic relative words, and it reads "Thursday"
in a Thursday report as the week before, where reports mean the same day.
"""

import calendar
import datetime
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import dateparser

from .date_readings import SIMPLE, day_number
from .date_words import (
    ANCHORED_DAYS,
    CONNECTORS,
    MONTH_NUMBER,
    MONTHS_AR,
    MONTHS_EN,
    PATTERNS,
    SAME_MONTH,
    SENTENCE_STOP,
)
from .normalisation import Normalised, normalise


@dataclass(frozen=True)
class DateSpan:
    """A date or date range named in the text, with its original offset."""

    start: datetime.date
    end: datetime.date
    precision: str
    text: str
    offset: int
    reporting: bool = False  # "said on Saturday": when it was told, not done
    earlier: bool = False  # "earlier this month": told as what came before
    prior: bool = False  # "After the clashes last month, ...": another event's
    heading: bool = False  # "(14/5/2017) ~ ...": opens an item of a dated digest
    byline: bool = False  # "Updated Jul 28, 2015": the page's, told less closely


# A speech verb just before a date: the date is when the report was made.
REPORTING = re.compile(
    r"(?<!\w)(?:said|says|told|tells|announced|announces|reported|reports|added"
    r"|stated|states|confirmed|claimed|tweeted|emerged)(?: \S+){0,3} (?:on )?$"
    # "According to Syria's state news agency SANA on early Monday, ..."
    r"|(?<!\w)according to(?: \S+){0,7} on (?:early |late )?$"
    # Arabic puts the speaker after the verb ("أعلنت وزارة الدفاع الأمريكية
    # (البنتاغون)، اليوم"), but not what was said ("قال مصدر إن القوات سيطرت يوم")
    r"|(?<!\w)[وف]?(?:قال|قالت|قالوا|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|صرح|صرحت"
    r"|اوضح|اوضحت|نقل|نقلت|نشر|نشرت|اشار|اشارت"
    # "تواترت الأنباء الخميس عن سيطرة ...": news came in on Thursday
    r"|تواترت|توالت|وردت|تناقلت)(?:ه|ها)?(?: (?!(?:ان|بان)(?!\w))\S+)"
    r"{0,6} (?:يوم )?$"
    # "في بيان صحفي الأحد", "in a statement on Sunday", "في بيان نشرته وزارة
    # الدفاع عبر موقعها، اليوم"
    r"|(?<!\w)(?:statement|press release) (?:on )?$"
    r"|(?<!\w)(?:بيان|بيانا|تصريح)(?: (?!(?:ان|بان)(?!\w))[^\s:]+){0,8} (?:يوم )?$"
    # an embedded tweet's stamp: "— Rojava Information Center (@RojavaIC) September
    # 24, 2022"
    r"|\(@\w+\) $"
)
REPORTING_CHARS = 120
# A date that opens its sentence with a speech verb a few words after it: "On
# Sunday, a source reported to SMART that ...", "الأحد، قال مصدر إن ...".
OPENERS = frozenset({"and", "also", "meanwhile", "on", "late", "early", "و"})
TOLD_AFTER = re.compile(
    r"^(?: \S+){0,4}? (?:said|says|told|reported|reports|announced|stated"
    r"|confirmed|claimed|[وف]?(?:قال|قالت|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت))"
    r"(?!\w)"
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    first: datetime.date
    last: datetime.date
    rank: int  # which wins when two name the day side by side: date > weekday
    precision: str
    kind: str = ""


def find_dates(text: str, published: datetime.date, language: str) -> list[DateSpan]:
    """Return the date expressions of a text, ordered by offset.

    Expressions side by side naming the same day ("أمس الأربعاء") make one span;
    two joined by "and"/"و"/"until" within a few words make one range.
    """
    norm = normalise(text)
    found = _merge(norm.text, _candidates(norm.text, published, language))
    return [_span(norm, text, _since(norm.text, f, published)) for f in found]


def _since(nt: str, found: _Found, published: datetime.date) -> _Found:
    """Read "since Friday", "منذ فجر الجمعة" as the days from then to
    publication: a day of the last two weeks, or a part of this month ("منذ
    مطلع أيلول الحالي" on the 22nd). "since last September" stays the month it
    names: what began then is not news."""
    if found.last >= published:
        return found
    if found.precision == "day" and (published - found.first).days > SINCE_DAYS:
        return found
    if found.precision != "day" and (found.first.month, found.first.year) != (
        published.month,
        published.year,
    ):
        return found
    if not SINCE.search(nt[max(0, found.start - SINCE_CHARS) : found.start]):
        return found
    return replace(found, last=published, precision="range")


def _reporting(nt: str, start: int, end: int) -> bool:
    """Return whether a date is when the report was told: after a speech verb
    ("said on Saturday") or in a dateline ("DAMASCUS, May 10 (Xinhua)")."""
    if nt[end : end + 3].lstrip().startswith("("):
        return True
    before = SENTENCE_STOP.split(nt[max(0, start - REPORTING_CHARS) : start])[-1]
    before = re.sub(r"[\s,،]+", " ", before)  # "قال مسؤول، اليوم": one space
    if REPORTING.search(before) is not None:
        return True
    after = re.sub(r"[\s,،]+", " ", nt[end : end + REPORTING_CHARS])
    return set(before.split()) <= OPENERS and (
        TOLD_AFTER.match(SENTENCE_STOP.split(after)[0]) is not None
    )


SINCE = re.compile(
    r"(?:^|\s)(?:since|[وف]?منذ)"
    # "منذ بدء العمليات العسكرية أمس السبت", "since the start of the offensive on"
    r"(?: (?:بدء|بدايه|انطلاق|اندلاع)(?: \S+){1,3}"
    r"| the (?:start|beginning|launch|outbreak) of(?: \S+){1,3})?"
    r"(?: (?:فجر|صباح|مساء|ظهر|ليل|ليله|يوم|early|late))? $"
)
SINCE_DAYS, SINCE_CHARS = 14, 48
ANCHOR_DAYS = 2  # the widest date a "day earlier" counts from (a night, two days)
RANKS = {
    "relative": 0, "period": 0, "anchored": 0, "counted": 0, "weekday": 1,
    "month": 2, "month_part": 2, "year": 1, "day_month": 3, "month_day": 3,
    "day_range": 3, "same_month": 3, "long_ago": 0, "lasting": 0, "numeric": 3,
    "day_alone": 3,
}  # fmt: skip
PRECISION = {
    "month": "month", "period": "range", "day_range": "range", "month_part": "range",
    "year": "range", "long_ago": "range", "lasting": "range",
}  # fmt: skip
COUNTED_FROM_BEFORE = re.compile(r"(?:earlier|before|later)$")


def _candidates(nt: str, published: datetime.date, language: str) -> list[_Found]:
    hits: list[_Found] = []
    for kind, pattern in PATTERNS.items():
        for match in pattern.finditer(nt):
            dates = _interpret(kind, match, published, language)
            if dates is not None:
                start, end = match.span("core")
                precision = PRECISION.get(kind, "day")
                if precision == "day" and dates[0] != dates[1]:
                    precision = "range"
                hits.append(_Found(start, end, *dates, RANKS[kind], precision, kind))
    hits.sort(key=lambda f: (f.start, f.start - f.end))
    kept: list[_Found] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(_anchored(nt, hit, kept, published))
    return [
        _told_later(nt, hit, kept[k + 1 :], published) for k, hit in enumerate(kept)
    ]


def _told_later(
    nt: str, hit: _Found, after: list[_Found], published: datetime.date
) -> _Found:
    """Count "overnight", "yesterday" from the day its sentence says it was
    told, in a copy published later ("Air strikes hit ... overnight, a monitor
    said on Monday" in Tuesday's paper: the night before Monday)."""
    if hit.kind != "relative" or not after:
        return hit
    told = after[0]
    if SENTENCE_STOP.search(nt[hit.end : told.start]) or told.first != told.last:
        return hit
    late = told.precision == "day" and told.last < published
    if not late or not _reporting(nt, told.start, told.end):
        return hit
    shift = told.last - published
    return replace(hit, first=hit.first + shift, last=hit.last + shift)


def _anchored(
    nt: str, hit: _Found, before: list[_Found], published: datetime.date
) -> _Found:
    """Count "a day earlier", "two weeks earlier" and "the 11th of the same
    month" from the last event date told before (not "said on Friday"; but
    "earlier in the day" is that day too)."""
    core = nt[hit.start : hit.end]
    days = ANCHORED_DAYS.get(core)
    same_month = SAME_MONTH.search(core) is not None
    counted = COUNTED_FROM_BEFORE.search(core) is not None
    if days is None and not same_month and not counted:
        return hit
    previous = next(
        (
            f
            for f in reversed(before)
            if (days == 0 or not _reporting(nt, f.start, f.end))
            # "two days earlier" counts from a day, not from "in 2016"
            and (same_month or (f.last - f.first).days <= ANCHOR_DAYS)
        ),
        None,
    )
    if previous is None:
        return hit
    if same_month:
        try:
            day = previous.last.replace(day=hit.first.day)
        except ValueError:
            return hit
        return _Found(hit.start, hit.end, day, day, hit.rank, "day")
    if counted:
        base = previous.last if core.endswith("later") else previous.first
        shift = base - published
        first, last = hit.first + shift, hit.last + shift
        return _Found(hit.start, hit.end, first, last, hit.rank, hit.precision)
    day = (previous.first if days < 0 else previous.last) + datetime.timedelta(days)
    return _Found(hit.start, hit.end, day, day, hit.rank, "day")


def _interpret(
    kind: str, match: re.Match, published: datetime.date, language: str
) -> tuple[datetime.date, datetime.date] | None:
    core = match.group("core")
    if kind in SIMPLE:
        return SIMPLE[kind](core, match, published)
    if kind == "day_range":
        return _day_range(match, published, language)
    month = MONTH_NUMBER[match.group("month").rstrip(".")]
    year = int(match.group("year")) if match.group("year") else None
    if kind == "month":
        if year is None or not 1900 < year < 2100:
            return None
        return datetime.date(year, month, 1), datetime.date(
            year, month, calendar.monthrange(year, month)[1]
        )
    day = day_number(match.group("day"))
    parsed = _parse_day(day, month, year, published, language)
    return (parsed, parsed) if parsed else None


def _day_range(
    match: re.Match, published: datetime.date, language: str
) -> tuple[datetime.date, datetime.date] | None:
    """Read "7-8 February" / "Feb. 7-8" as the two days, the second after the first."""
    month = MONTH_NUMBER[(match.group("month") or match.group("month2")).rstrip(".")]
    first = int(match.group("day") or match.group("day3"))
    last = int(match.group("day2") or match.group("day4"))
    year = int(match.group("year")) if match.group("year") else None
    if not first < last <= 31:
        return None
    start = _parse_day(first, month, year, published, language)
    end = _parse_day(last, month, year, published, language)
    return (start, end) if start and end and start < end else None


def _parse_day(
    day: int, month: int, year: int | None, published: datetime.date, language: str
) -> datetime.date | None:
    if not 1 <= day <= 31:
        return None
    lang = "ar" if language == "ar" else "en"
    name = MONTHS_AR[month - 1][1] if lang == "ar" else MONTHS_EN[month - 1]
    return _dateparser(f"{day} {name} {year or ''}".strip(), published, lang)


@lru_cache(maxsize=2048)
def _dateparser(
    expression: str, published: datetime.date, language: str
) -> datetime.date | None:
    """Parse a canonical "8 فبراير [2018]" with dateparser, years in the past."""
    parsed = dateparser.parse(
        expression,
        languages=[language],
        settings={
            "RELATIVE_BASE": datetime.datetime.combine(published, datetime.time()),
            "PREFER_DATES_FROM": "past",
            "STRICT_PARSING": False,
        },
    )
    return parsed.date() if parsed else None


def _merge(nt: str, found: list[_Found]) -> list[_Found]:
    merged: list[_Found] = []
    for hit in found:
        previous = merged[-1] if merged else None
        if previous and _night_of(nt, previous, hit):
            merged[-1] = replace(hit, start=previous.start)
        elif previous and _same_day(nt, previous, hit):
            merged[-1] = _combine(previous, hit, same=True)
        elif previous and _joined(nt, previous, hit):
            merged[-1] = _combine(previous, hit, same=False)
        else:
            merged.append(hit)
    return merged


def _night_of(nt: str, a: _Found, b: _Found) -> bool:
    """Return whether "overnight" is told of the day right after it ("killed 68
    in Hajin overnight on Friday", in Monday's paper): that day's night."""
    night = nt[a.start : a.end] in ("overnight", "last night")
    return night and nt[a.end : b.start] == " on " and b.kind == "weekday"


def _same_day(nt: str, a: _Found, b: _Found) -> bool:
    """Return whether b names a's (last) day right after it: "أمس الأربعاء"."""
    if nt[a.end : b.start].strip(" ،,("):  # "اليوم الخميس (9 تشرين الثاني)"
        return False
    return b.first == a.last or (a.first == a.last and a.rank != b.rank)


def _joined(nt: str, a: _Found, b: _Found) -> bool:
    """Return whether "a and b" / "a حتى b" make a range, within one sentence."""
    gap = nt[a.end : b.start]
    words = gap.replace("،", " ").replace(",", " ").replace("/", " / ").split()
    if b.last <= a.first or SENTENCE_STOP.search(gap):
        return False
    if words[-1:] in (["فجر"], ["صباح"]):  # "ليل الأثنين- فجر الثلاثاء"
        words = words[:-1]
    if not words or words in (["-"], ["–"], ["/"]):
        # "ليلة الأحد - الاثنين", "ليل السبت/الأحد": two days side by side are a
        # night or a range.
        return (b.first - a.last).days == 1 and a.rank == b.rank
    if len(words) > 3:
        return False
    return words[0] in CONNECTORS or words[0].startswith("و") or words[-1] == "و"


def _combine(a: _Found, b: _Found, same: bool) -> _Found:
    if not same:
        return _Found(a.start, b.end, a.first, max(a.last, b.last), a.rank, "range")
    if a.first != a.last or a.rank >= b.rank:
        return _Found(a.start, b.end, a.first, a.last, a.rank, a.precision)
    return _Found(a.start, b.end, b.first, b.last, b.rank, b.precision)


def _span(norm: Normalised, text: str, found: _Found) -> DateSpan:
    start, end = norm.original_span(found.start, found.end, text)
    reporting = _reporting(norm.text, found.start, found.end)
    before = norm.text[max(0, found.start - 20) : found.end]
    earlier = EARLIER.search(before) is not None
    return DateSpan(
        found.first, found.last, found.precision, text[start:end], start, reporting,
        earlier,
    )  # fmt: skip


# What came before the news ("earlier this month"); "earlier this week" is
# still the news of a weekly report.
EARLIER = re.compile(
    r"(?<!\w)(?:earlier this (?:month|year)"
    r"|في وقت سابق من (?:الشهر|العام|هذا الشهر|هذا العام))"
)
