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
from dataclasses import dataclass
from functools import lru_cache

import dateparser

from .normalisation import Normalised, normalise, normalise_name
from .numbers import number_words_pattern, parse_number

MONTHS_AR = [
    ("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("آذار", "مارس"),
    ("نيسان", "أبريل"), ("أيار", "مايو"), ("حزيران", "يونيو"),
    ("تموز", "يوليو"), ("آب", "أغسطس"), ("أيلول", "سبتمبر"),
    ("تشرين الأول", "أكتوبر"), ("تشرين الثاني", "نوفمبر"), ("كانون الأول", "ديسمبر"),
]  # fmt: skip
MONTHS_EN = [calendar.month_name[m].lower() for m in range(1, 13)]
MONTH_NUMBER = {
    **{normalise_name(n): m for m, pair in enumerate(MONTHS_AR, 1) for n in pair},
    "ابريل": 4, "اغسطس": 8, "يونيه": 6, "يوليه": 7,
    **{name: m for m, name in enumerate(MONTHS_EN, 1)},
    **{name[:3]: m for m, name in enumerate(MONTHS_EN, 1)},
    "sept": 9,
}  # fmt: skip
UNITS = [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
    "التاسع",
]  # fmt: skip
RELATIVE_DAYS = {
    "اول امس": 2, "امس الاول": 2, "امس": 1, "الامس": 1, "البارحه": 1,
    "الليله الماضيه": 1, "اليوم": 0, "the day before yesterday": 2,
    "yesterday": 1, "last night": 1, "overnight": 1, "today": 0, "tonight": 0,
    "this morning": 0,
}  # fmt: skip
# Days counted from the date told just before: "a day earlier", "اليوم التالي".
ANCHORED_DAYS = {
    "a day earlier": -1, "a day before": -1, "the day before": -1,
    "the previous day": -1, "the day earlier": -1, "two days earlier": -2,
    "a day later": 1, "the next day": 1, "the following day": 1,
    "اليوم السابق": -1, "قبل ذلك بيوم": -1, "قبلها بيوم": -1, "قبله بيوم": -1,
    "اليوم التالي": 1, "بعد ذلك بيوم": 1, "بعدها بيوم": 1, "صباح اليوم التالي": 1,
}  # fmt: skip
# Parts of a month: (first day, last day or None for the month's end).
MONTH_PARTS = {
    "مطلع": (1, 10), "بداية": (1, 10), "أوائل": (1, 10), "أول": (1, 10),
    "منتصف": (11, 20), "أواسط": (11, 20), "أواخر": (21, None), "نهاية": (21, None),
    "آخر": (21, None), "early": (1, 10), "in early": (1, 10), "mid": (11, 20),
    "in mid": (11, 20), "late": (21, None), "in late": (21, None),
    "the end of": (21, None), "the beginning of": (1, 10),
}  # fmt: skip
MONTH_PARTS = {normalise_name(k): v for k, v in MONTH_PARTS.items()}
# Arabic month names to read after في / منذ; آب ("father") only as شهر آب.
_ARABIC_MONTHS = [n for n in MONTH_NUMBER if not n.isascii() and n != "اب"]
# Parts of a year: (first month, last month).
YEAR_PARTS = {
    "أوائل": (1, 4), "مطلع": (1, 4), "بداية": (1, 4), "منتصف": (5, 8), "أواسط": (5, 8),
    "أواخر": (9, 12), "نهاية": (9, 12), "early": (1, 4), "mid": (5, 8),
    "late": (9, 12),
}  # fmt: skip
YEAR_PARTS = {normalise_name(k): v for k, v in YEAR_PARTS.items()}
MONTH_LAST = ["الماضي", "المنصرم", "الفائت", "الجاري", "الحالي"]
SAME_MONTH = re.compile(r"(?:same month|ذاته|نفسه|نفس الشهر)$")
# Periods counted back from publication: (months back, or "week").
RELATIVE_PERIODS = {
    "الشهر الماضي": 1, "الشهر الفائت": 1, "الشهر المنصرم": 1, "last month": 1,
    "الشهر الجاري": 0, "الشهر الحالي": 0, "هذا الشهر": 0, "this month": 0,
    "earlier this month": 0, "الاسبوع الماضي": "week", "الاسبوع الفائت": "week",
    "last week": "week", "earlier this week": "week", "this week": "week",
    "الايام الماضيه": "week", "الايام الاخيره": "week", "in recent days": "week",
    "in the past few days": "week", "over the past few days": "week",
    "in the past days": "week",
}  # fmt: skip
WEEKDAY_NAMES = [
    ("الاثنين", "monday"), ("الثلاثاء", "tuesday"), ("الاربعاء", "wednesday"),
    ("الخميس", "thursday"), ("الجمعه", "friday"), ("السبت", "saturday"),
    ("الاحد", "sunday"),
]  # fmt: skip
WEEKDAYS = {name: n for n, names in enumerate(WEEKDAY_NAMES) for name in names}
SENTENCE_STOP = re.compile(r"[.!?؟;\n]")
CONNECTORS = frozenset(
    {"و", "and", "to", "until", "till", "through", "into", "حتي", "الي", "-", "–"}
)


ORDINALS_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth twentieth"
)


def _ordinals() -> dict[str, int]:
    units = [normalise_name(u) for u in UNITS]
    words = {u: n for n, u in enumerate(units, 1)}
    words |= {"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30}
    words |= {f"{u} عشر": n for n, u in enumerate(units[1:], 12)}
    words |= {f"{u} والعشرين": 20 + n for n, u in enumerate(units, 1)}
    words["الحادي والعشرين"] = 21
    words["الحادي والثلاثين"] = 31
    english = ORDINALS_EN.split()
    words |= {w: n for n, w in enumerate(english, 1)}
    words |= {f"twenty {w}": 20 + n for n, w in enumerate(english[:9], 1)}
    words |= {"thirtieth": 30, "thirty first": 31}
    return words


ORDINALS = _ordinals()


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_MONTH = rf"(?:{_alternation(MONTH_NUMBER)})"
_YEAR = r"(?: (?:عام |سنه )?(?P<year>\d{4}))?"
_AR_CLITIC = r"(?<!\w)(?:[وفب]|ل)?"
PATTERNS = {
    "relative": re.compile(
        rf"{_AR_CLITIC}(?P<core>{_alternation(RELATIVE_DAYS)})(?!\w)"
    ),
    "period": re.compile(
        rf"{_AR_CLITIC}(?P<core>{_alternation(RELATIVE_PERIODS)})(?!\w)"
    ),
    # "three days ago", "two weeks earlier", "قبل ثلاثة أيام", "قبل يومين".
    "counted": re.compile(
        rf"(?<!\w)(?P<core>(?:(?:about|some|nearly) )?(?P<n>{number_words_pattern()}|a)"
        r" (?P<unit>days?|weeks?) (?P<way>ago|earlier|before|later)"
        rf"|قبل (?:(?:نحو|حوالي) )?(?:(?P<n2>{number_words_pattern()}) )?"
        r"(?P<unit2>ايام|يوما|يوم|يومين|اسابيع|اسبوعا|اسبوع|اسبوعين))(?!\w)"
    ),
    "anchored": re.compile(
        rf"{_AR_CLITIC}(?:في )?(?P<core>{_alternation(ANCHORED_DAYS)})(?!\w)"
    ),
    "weekday": re.compile(
        rf"{_AR_CLITIC}(?P<core>(?:(?:يوم|last|this) )?"
        rf"(?:{_alternation(WEEKDAYS)}))(?!\w)"
    ),
    "day_month": re.compile(
        rf"(?<!\w)(?P<core>(?P<day>\d{{1,2}}|{_alternation(ORDINALS)})"
        rf"(?:st|nd|rd|th)? (?:من |of )?(?:شهر )?(?P<month>{_MONTH})"
        r"(?:(?<= [a-z]{3})(?<! may)\.|(?<= sept)\.)?"
        rf"(?: ?/ ?{_MONTH})?,?{_YEAR})(?!\w)"
    ),
    "month_day": re.compile(
        rf"(?<!\w)(?P<core>(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?,?{_YEAR})(?!\w)"
    ),
    "month": re.compile(rf"(?<!\w)(?P<core>(?P<month>{_MONTH}){_YEAR})(?!\w)"),
    # A year, or part of one: "عام 2014", "أواخر عام 2017", "in late 2017",
    # "last year", "العام الماضي".
    "year": re.compile(
        rf"(?<!\w)(?P<core>(?:(?P<part>{_alternation(YEAR_PARTS)})[ -])?"
        r"(?:(?:عام|العام|سنه) (?P<year>(?:19|20)\d\d)"
        r"|(?P<last>last year|العام الماضي|العام الفائت|السنه الماضيه))"
        r"|(?:(?<=in )|(?<=since )|(?<=during )|(?<=by ))"
        r"(?:(?P<part2>early|mid|late)[ -])?(?P<year2>(?:19|20)\d\d))(?!\w)"
    ),
    # A month without its year, made safe by a part or "last": "منتصف كانون الأول
    # الماضي", "أيلول الماضي", "in early September", "last March".
    "month_part": re.compile(
        rf"(?<!\w)(?P<core>(?:(?P<part>{_alternation(MONTH_PARTS)}) (?:من )?(?:شهر )?"
        rf"(?P<month>{_MONTH})(?: (?P<rel>{_alternation(MONTH_LAST)}))?"
        rf"|(?:شهر )?(?P<month2>{_MONTH}) (?P<rel2>{_alternation(MONTH_LAST)})"
        rf"|last (?P<month3>{_alternation(MONTHS_EN)})"
        rf"|(?:(?<=in )|(?<=since )|(?<=during )|(?<=until )|(?<=by ))"
        rf"(?P<month4>{_alternation(m for m in MONTHS_EN if m != 'may')})"
        rf"|(?:(?<=في )|(?<=منذ )|(?<=خلال ))(?:شهر )?"
        rf"(?P<month5>{_alternation(_ARABIC_MONTHS)})"
        rf"|(?:(?<=في )|(?<=منذ )|(?<=خلال ))شهر (?P<month6>اب)))(?!\w)"
    ),
    # "في الحادي عشر من الشهر ذاته", "on the 11th of the same month".
    "same_month": re.compile(
        rf"(?<!\w)(?P<core>(?P<day>\d{{1,2}}|{_alternation(ORDINALS)})"
        r"(?:st|nd|rd|th)? (?:من |of )?(?:(?:the )?same month|this month"
        r"|(?:الشهر|هذا الشهر) (?:ذاته|نفسه|الجاري|الحالي)|نفس الشهر))(?!\w)"
    ),
    "day_range": re.compile(
        rf"(?<!\w)(?P<core>(?:(?P<day>\d{{1,2}}) (?P<day2>\d{{1,2}}) (?:من |of )?"
        rf"(?P<month>{_MONTH})|(?P<month2>{_MONTH})\.? (?P<day3>\d{{1,2}}) "
        rf"(?P<day4>\d{{1,2}})),?{_YEAR})(?!\w)"
    ),
}


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


# A speech verb just before a date: the date is when the report was made.
REPORTING = re.compile(
    r"(?<!\w)(?:said|says|told|announced|reported|added|stated|confirmed|قال|قالت"
    r"|اعلن|اعلنت|ذكر|ذكرت|افاد|افادت|اكد|اكدت|صرح|اوضح|اوضحت)(?: \S+){0,3}"
    r" (?:on |يوم )?$"
)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    first: datetime.date
    last: datetime.date
    rank: int  # which wins when two name the day side by side: date > weekday
    precision: str


def find_dates(text: str, published: datetime.date, language: str) -> list[DateSpan]:
    """Return the date expressions of a text, ordered by offset.

    Expressions side by side naming the same day ("أمس الأربعاء") make one span;
    two joined by "and"/"و"/"until" within a few words make one range.
    """
    norm = normalise(text)
    found = _merge(norm.text, _candidates(norm.text, published, language))
    return [_span(norm, text, f) for f in found]


def _reporting(nt: str, start: int, end: int) -> bool:
    """Return whether a date is when the report was told: after a speech verb
    ("said on Saturday") or in a dateline ("DAMASCUS, May 10 (Xinhua)")."""
    if nt[end : end + 3].lstrip().startswith("("):
        return True
    before = SENTENCE_STOP.split(nt[max(0, start - 60) : start])[-1]
    return REPORTING.search(before.replace("،", " ").replace(",", " ")) is not None


RANKS = {
    "relative": 0, "period": 0, "anchored": 0, "counted": 0, "weekday": 1,
    "month": 2, "month_part": 2, "year": 1, "day_month": 3, "month_day": 3,
    "day_range": 3, "same_month": 3,
}  # fmt: skip
PRECISION = {
    "month": "month", "period": "range", "day_range": "range", "month_part": "range",
    "year": "range",
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
                if kind == "counted" and dates[0] != dates[1]:
                    precision = "range"
                hits.append(_Found(start, end, *dates, RANKS[kind], precision))
    hits.sort(key=lambda f: (f.start, f.start - f.end))
    kept: list[_Found] = []
    for hit in hits:
        if not kept or hit.start >= kept[-1].end:
            kept.append(_anchored(nt, hit, kept, published))
    return kept


def _anchored(
    nt: str, hit: _Found, before: list[_Found], published: datetime.date
) -> _Found:
    """Count "a day earlier", "two weeks earlier" and "the 11th of the same
    month" from the last event date told before (not "said on Friday")."""
    core = nt[hit.start : hit.end]
    days = ANCHORED_DAYS.get(core)
    same_month = SAME_MONTH.search(core) is not None
    counted = COUNTED_FROM_BEFORE.search(core) is not None
    if days is None and not same_month and not counted:
        return hit
    previous = next(
        (f for f in reversed(before) if not _reporting(nt, f.start, f.end)), None
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
    day = _day_number(match.group("day"))
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


def _month_part(core: str, match: re.Match, published: datetime.date):
    """The last such month up to publication ("last September" in January is the
    year before), narrowed to its part ("منتصف" = the 11th to the 20th)."""
    name = next(
        match.group(g)
        for g in ("month", "month2", "month3", "month4", "month5", "month6")
        if match.group(g)
    )
    month = MONTH_NUMBER[name]
    year = published.year if month <= published.month else published.year - 1
    if (match.group("rel") or match.group("rel2") or "") in (
        "الماضي",
        "المنصرم",
        "الفائت",
    ):
        year = year if month < published.month else published.year - 1
    days = calendar.monthrange(year, month)[1]
    first, last = MONTH_PARTS.get(match.group("part") or "", (1, days))
    start = datetime.date(year, month, first)
    end = datetime.date(year, month, last or days)
    return (start, min(end, published)) if start <= published else None


def _year(core: str, match: re.Match, published: datetime.date):
    """A year up to publication, narrowed to its part ("أواخر" = Sep-Dec)."""
    found = match.group("year") or match.group("year2")
    year = published.year - 1 if match.group("last") else int(found)
    part = match.group("part") or match.group("part2") or ""
    first, last = YEAR_PARTS.get(part, (1, 12))
    start = datetime.date(year, first, 1)
    end = datetime.date(year, last, calendar.monthrange(year, last)[1])
    return (start, min(end, published)) if start <= published else None


def _days_back(core: str, match: re.Match, published: datetime.date):
    day = published - datetime.timedelta(days=RELATIVE_DAYS[core])
    return day, day


def _anchored_guess(core: str, match: re.Match, published: datetime.date):
    day = published + datetime.timedelta(days=ANCHORED_DAYS[core])
    return day, day


def _same_month(core: str, match: re.Match, published: datetime.date):
    try:
        return (published.replace(day=_day_number(match.group("day"))),) * 2
    except ValueError:
        return None


DUAL = {"يومين": ("2", "يوم"), "اسبوعين": ("2", "اسبوع")}


def _counted(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """Read "three days ago" (from publication; "earlier"/"later" count from the
    date told before, see _anchored); weeks are a range of the week."""
    n, unit = (
        match.group("n") or match.group("n2"),
        match.group("unit") or match.group("unit2"),
    )
    if unit in DUAL:
        n, unit = DUAL[unit]
    value = 1 if n in (None, "a") else parse_number(n)
    if value is None or not 0 < value <= 400:
        return None
    week = unit.startswith(("week", "اسبوع"))
    days = int(value * 7 if week else value)
    sign = 1 if match.group("way") == "later" else -1
    day = published + datetime.timedelta(days=sign * days)
    if week:
        return day - datetime.timedelta(days=3), day + datetime.timedelta(days=3)
    return day, day


def _weekday(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date]:
    words = core.split(" ")
    back = (published.weekday() - WEEKDAYS[words[-1]]) % 7
    if back == 0 and words[0] == "last":
        back = 7
    day = published - datetime.timedelta(days=back)
    return day, day


def period(
    back: int | str, published: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """Return the span of "last week" / a month ``back`` months before publication.

    The current month and week run only up to the publication date.
    """
    if back == "week":
        return published - datetime.timedelta(days=7), published
    year, month = divmod(published.year * 12 + published.month - 1 - int(back), 12)
    first = datetime.date(year, month + 1, 1)
    last = first.replace(day=calendar.monthrange(year, month + 1)[1])
    return first, min(last, published)


def _day_number(text: str) -> int:
    return ORDINALS[text] if text in ORDINALS else int(text)


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


# Kinds read from the expression and the publication date alone (the anchored
# ones are counted again from the date told before, in _anchored).
SIMPLE = {
    "relative": _days_back,
    "weekday": _weekday,
    "period": lambda core, match, published: period(RELATIVE_PERIODS[core], published),
    "same_month": _same_month,
    "month_part": _month_part,
    "year": _year,
    "anchored": _anchored_guess,
    "counted": _counted,
}


def _merge(nt: str, found: list[_Found]) -> list[_Found]:
    merged: list[_Found] = []
    for hit in found:
        previous = merged[-1] if merged else None
        if previous and _same_day(nt, previous, hit):
            merged[-1] = _combine(previous, hit, same=True)
        elif previous and _joined(nt, previous, hit):
            merged[-1] = _combine(previous, hit, same=False)
        else:
            merged.append(hit)
    return merged


def _same_day(nt: str, a: _Found, b: _Found) -> bool:
    """Return whether b names a's (last) day right after it: "أمس الأربعاء"."""
    if nt[a.end : b.start].strip(" ،,"):
        return False
    return b.first == a.last or (a.first == a.last and a.rank != b.rank)


def _joined(nt: str, a: _Found, b: _Found) -> bool:
    """Return whether "a and b" / "a حتى b" make a range, within one sentence."""
    gap = nt[a.end : b.start]
    words = gap.replace("،", " ").replace(",", " ").split()
    if b.last <= a.first or SENTENCE_STOP.search(gap):
        return False
    if not words or words in (["-"], ["–"]):
        # "ليلة الأحد - الاثنين": two days side by side are a night or a range.
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


EARLIER = re.compile(
    r"(?<!\w)(?:earlier this (?:month|week|year)"
    r"|في وقت سابق من (?:الشهر|الاسبوع|العام|هذا))"
)
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def date_from_text(text: str, language: str) -> tuple[datetime.date | None, str]:
    """Return the reference date of an undated report, and a warning saying so.

    The latest full date the text writes with its year ("24 أيلول 2017") is
    taken as the day of writing; relative words count from it. With none, the
    date is None and the warning says relative dates cannot be resolved.
    """
    base = datetime.datetime.now(datetime.UTC).date()
    found = [
        d
        for d in find_dates(text, base, language)
        if d.precision in ("day", "range") and YEAR_RE.search(d.text)
    ]
    if not found:
        return None, (
            "No publication date and no dated day in the text: relative dates "
            "(yesterday, weekdays) cannot be resolved."
        )
    day = max(d.end for d in found)
    return day, (
        f"No publication date: relative dates count from {day.isoformat()}, the "
        "latest full date the text gives."
    )
