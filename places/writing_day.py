"""The day a report was written: the day it calls "today" a day or two before
its publication, or, for a report without a publication date, the latest full
date its text gives."""

import datetime
import re

from .dates import DateSpan, find_dates
from .normalisation import normalise

YEAR_RE = re.compile(r"(?<!\d)(?:19|20|١٩|٢٠)\d\d(?!\d)")
TODAY = re.compile(r"(?:اليوم|today)(?!\w)")
WRITTEN_BEFORE_DAYS = 2
QUOTED_CHARS = 200  # how far after the day it was told a quoted "today" may be


def written_on(dates: list[DateSpan], published: datetime.date) -> datetime.date:
    """Return the day a report was written: the day it calls "today" when that
    is a day or two before publication ("اليوم الثلاثاء (17 تشرين الأول)" in a
    report put online on the 18th), else the publication date. "Yesterday"
    then counts from the day of writing. ``dates``: the report's dates."""
    for k, d in enumerate(dates):
        lead = normalise(d.text).text.lower()
        age = (published - d.start).days
        if TODAY.match(lead) and d.start == d.end and 0 < age <= WRITTEN_BEFORE_DAYS:
            if k and _quoted(dates[k - 1], d):
                continue
            return d.start
    return published


def _quoted(told: DateSpan, today: DateSpan) -> bool:
    """Return whether a "today" is what a source published earlier said ("ونشر
    المرصد السوري أمس، أن التنظيم نفذ ... اليوم الاثنين"): that day's today."""
    near = today.offset - told.offset <= QUOTED_CHARS
    return told.reporting and told.start == today.start and near


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
