"""Date expressions read from the publication date alone: relative days,
weekdays, periods, counted days and weeks, months without their year and years.
Those told relative to another date ("a day earlier") are counted again from
it by ``dates``.
"""

import calendar
import datetime
import math
import re

from .date_words import (
    ANCHORED_DAYS,
    MONTH_NUMBER,
    MONTH_PARTS,
    MONTH_PAST,
    NIGHTS,
    ORDINALS,
    RELATIVE_DAYS,
    RELATIVE_PERIODS,
    WEEKDAYS,
    YEAR_PARTS,
)
from .numbers import parse_number


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
    if (match.group("rel") or match.group("rel2") or "") in MONTH_PAST:
        year = year if month < published.month else published.year - 1
    days = calendar.monthrange(year, month)[1]
    first, last = MONTH_PARTS.get(match.group("part") or "", (1, days))
    start = datetime.date(year, month, first)
    end = datetime.date(year, month, last or days)
    return (start, min(end, published)) if start <= published else None


LONG_AGO = datetime.timedelta(days=30)
# "الأعنف منذ أشهر", "الأعنف الذي يشنه التنظيم منذ أشهر": the fiercest in months
SUPERLATIVE = re.compile(r"(?<!\w)(?:ال)?ا(?:عنف|كبر|شد|سوا|كثر|ول)(?: \S+){0,5}\s*$")
SUPERLATIVE_CHARS = 60


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
    # Last night ran into the morning of the day it was reported; "tonight" in a
    # report filed in the small hours ("DEIR EZZOR (3:00 A.M.)") began the day
    # before, and the hour is seldom known.
    if core == "tonight":
        return day - datetime.timedelta(days=1), day
    return day, published if core in NIGHTS else day


def _anchored_guess(core: str, match: re.Match, published: datetime.date):
    day = published + datetime.timedelta(days=ANCHORED_DAYS[core])
    return day, day


def _same_month(core: str, match: re.Match, published: datetime.date):
    try:
        return (published.replace(day=day_number(match.group("day"))),) * 2
    except ValueError:
        return None


DUAL = {"يومين": ("2", "يوم"), "اسبوعين": ("2", "اسبوع")}


SOME = frozenset({"a few", "several"})
DAY, WEEK = datetime.timedelta(days=1), datetime.timedelta(days=7)


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
    if n is None and core.startswith("منذ") and unit in ("ايام", "اسابيع"):
        return period("week", published)  # "منذ أيام": for days now
    if n == "a couple of":
        n = "2"
    if n is None and unit == "ايام":  # "قبل أيام": some day of the week before
        return published - WEEK, published - DAY
    if n in SOME:  # "a few days ago / later" (later counts from the date before)
        if unit != "days":
            return None
        if match.group("way") == "later":
            return published + DAY, published + WEEK
        return published - WEEK, published - DAY
    value = 1 if n in (None, "a") else parse_number(n)
    if value is None or not 0 < value <= 400:
        return None
    week = unit.startswith(("week", "اسبوع"))
    days = int(value * 7 if week else value)
    sign = 1 if match.group("way") == "later" else -1
    day = published + datetime.timedelta(days=sign * days)
    if week:
        return day - datetime.timedelta(days=3), day + datetime.timedelta(days=3)
    return (day, published) if core.startswith("منذ") else (day, day)


# "the past two days", "اليومين الماضيين": counted back from the report, which
# is often published the day after the last of them.
LOOKING_BACK = re.compile(
    r"(?<!\w)(?:past|last|الماضيين|الماضيه|الاخيرين|الاخيره)(?!\w)"
)


def _lasting(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """Read "lasted 8 days", "over the last 48 hours", "the past two months"
    as the days up to the report."""
    if match.group("unit3") or match.group("unit4"):
        return _weeks_back(match, published)
    unit = match.group("unit") or match.group("unit2")
    number = match.group("n") or match.group("n2")
    if number is None and unit == "ايام":
        return period("week", published)  # "خلال الأيام الفائتة": the past days
    value = 2 if unit == "يومين" else parse_number(number) if number else None
    if value is None or not 0 < value <= 400:
        return None
    hours = unit in ("hours", "ساعه", "ساعات")
    days = math.ceil(value / 24) if hours else int(value) - 1
    if not hours and LOOKING_BACK.search(core):
        days += 1  # the past two days, told on the third, may be the two before
    return published - datetime.timedelta(days=days), published


# Weeks or months back with no number told ("the past weeks", "الأشهر الماضية")
# are taken as three; the duals are two.
UNIT_DAYS = {"weeks": 7, "اسابيع": 7, "اسبوعين": 7, "months": 30, "اشهر": 30}
UNIT_DAYS |= {"شهور": 30, "شهرين": 30}
DUALS = frozenset({"اسبوعين", "شهرين"})


def _weeks_back(
    match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """Read "the past two months", "الأسابيع الماضية" as the days up to the report."""
    unit = match.group("unit3") or match.group("unit4")
    number = match.group("n3")
    if unit in DUALS or number == "couple of":
        value = 2
    elif number in (None, "few", "several"):
        value = 3
    else:
        value = parse_number(number)
    if value is None or not 0 < value <= 24:
        return None
    return published - datetime.timedelta(days=int(value * UNIT_DAYS[unit])), published


# "ليلة السبت" is the night before Saturday (or, to some, Saturday night): the
# two days; "ليلة السبت - الأحد" / "ليلة السبت على الأحد" names its days itself
# (normalised text: no dash, على spelled علي).
NIGHT_OF_TWO = re.compile(rf"\s*[-–/]?\s*(?:علي )?(?:{'|'.join(WEEKDAYS)})(?!\w)")


def _weekday(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date]:
    words = core.split(" ")
    back = (published.weekday() - WEEKDAYS[words[-1]]) % 7
    if back == 0 and words[0] == "last":
        back = 7
    day = published - datetime.timedelta(days=back)
    into = words[0] in ("into", "until", "till", "حتي", "overnight")
    if into or (
        words[0] == "ليله" and not NIGHT_OF_TWO.match(match.string, match.end())
    ):
        return day - datetime.timedelta(days=1), day
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


def _weekend(
    core: str, published: datetime.date
) -> tuple[datetime.date, datetime.date]:
    """Return the last weekend up to publication: Saturday-Sunday in English
    reports, Friday-Saturday (Syria's weekend) in Arabic ones."""
    first = 5 if core.isascii() else 4  # Saturday, Friday
    start = published - datetime.timedelta(days=(published.weekday() - first) % 7)
    return start, min(start + datetime.timedelta(days=1), published)


def _long_ago(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """Read "months ago" / "قبل أشهر" as the two years up to a month before
    publication: no day, but too long ago to be the report's news. "الأعنف منذ
    أشهر" (the fiercest in months) dates nothing."""
    before = match.string[max(0, match.start() - SUPERLATIVE_CHARS) : match.start()]
    if SUPERLATIVE.search(before):
        return None
    return published - datetime.timedelta(days=730), published - LONG_AGO


def day_number(text: str) -> int:
    """Return the day a number or an ordinal word gives ("الحادي عشر" -> 11)."""
    return ORDINALS[text] if text in ORDINALS else int(text)


# Kinds read from the expression and the publication date alone (the anchored
# ones are counted again from the date told before, in _anchored).
def _numeric(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    if match.group("y2"):
        orders = [
            (int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
        ]
    else:
        a, b, year = (int(match.group(g)) for g in ("a", "b", "y"))
        orders = [(year, b, a), (year, a, b)]
    for year, month, day in orders:
        try:
            found = datetime.date(year, month, day)
        except ValueError:
            continue
        return found, found
    return None


def _day_alone(
    core: str, match: re.Match, published: datetime.date
) -> tuple[datetime.date, datetime.date] | None:
    """The latest such day of the month up to publication: this month's, or
    the last month's when it is still to come."""
    day = int(match.group("day"))
    month = published.replace(day=1)
    if day > published.day:
        month = (month - datetime.timedelta(days=1)).replace(day=1)
    try:
        found = month.replace(day=day)
    except ValueError:
        return None
    return found, found


SIMPLE = {
    "numeric": _numeric,
    "day_alone": _day_alone,
    "relative": _days_back,
    "weekday": _weekday,
    "long_ago": _long_ago,
    "period": lambda core, match, published: (
        _weekend(core, published)
        if RELATIVE_PERIODS[core] == "weekend"
        else period(RELATIVE_PERIODS[core], published)
    ),
    "same_month": _same_month,
    "month_part": _month_part,
    "year": _year,
    "anchored": _anchored_guess,
    "counted": _counted,
    "lasting": _lasting,
}
