"""What the dates a report tells are: photo captions' days, a page's byline,
the openings of a dated digest's items, days told in an "After ...," opening
or an "after ... earlier" close (another event's), and days after the news."""

import bisect
import datetime
import math
import re
from dataclasses import replace

from .dates import DateSpan

# A photo caption's line: "... on December 6, 2018. / AFP / Delil SOULEIMAN".
CAPTION = re.compile(
    r"^(?:photo|image|صوره)\b|/\s*(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu)\b"
    r"|\((?:photo|image|file photo|archive)[^)]*\)|\b(?:photo|image) credit"
    r"|\((?:صورة )?(?:أرشيف|ارشيف|أرشيفية|ارشيفية)[^)]*\)"
    # "A ... fighter walks through a damaged street in Tabqa, May 12, 2017": a
    # long line that ends on its photo's day
    r"|^.{60,},\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r" \d{1,2}, (?:19|20)\d\d\.?$",
    re.IGNORECASE,
)


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of each photo-caption line of a text."""
    captions, start = [], 0
    for line in text.split("\n"):
        if CAPTION.search(line.strip()):
            captions.append((start, start + len(line)))
        start += len(line) + 1
    return captions


def on_caption(captions: list[tuple[int, int]], offset: int) -> bool:
    """Return whether an offset lies on one of the caption lines (sorted)."""
    i = bisect.bisect_right(captions, (offset, math.inf)) - 1
    return i >= 0 and offset <= captions[i][1]


def without_captions(
    dates: list[DateSpan], captions: list[tuple[int, int]]
) -> list[DateSpan]:
    """Drop the dates told on photo-caption lines: a photo's day is not the
    day of the report's events."""
    return [d for d in dates if not on_caption(captions, d.offset)]


# A byline or dateline: a full date on a line of its own, with at most a few
# words beside it ("By Staff Reporter | October 6, 2017", "الأخبار العاجلة | 29
# سبتمبر 2017"): when the report was written, not when its events happened.
BYLINE_REST = 40
ITEM_CHARS = 80  # a dated line this long is an item's opening, not a byline
YEAR = re.compile(r"(?:19|20|١٩|٢٠)\d\d")  # Arabic-Indic digits too


# A sentence that opens on an earlier event ("After the recent clashes ... last
# month, the group has intensified its attacks", "بعد معارك الشهر الماضي، ..."):
# the date there is that event's, not the main clause's.
OPENING_AFTER = re.compile(
    r"(?:after|following|in the wake of|بعد|عقب|إثر|اثر)(?!\w)", re.IGNORECASE
)


# An "after" clause the date is told in, to the end of its sentence.
AFTER_CLAUSE = re.compile(
    r"(?<!\w)(?:after|following|بعد|عقب)(?!\w)[^,.،]*$", re.IGNORECASE
)


def up_to(dates: list[DateSpan], published: datetime.date) -> list[DateSpan]:
    """Drop dates that begin after the day after publication: a site's "today"
    above an old article, or a plan ("the talks on 20 December"), never the
    day of an event the report tells."""
    latest = published + datetime.timedelta(days=1)
    return [d for d in dates if d.start <= latest]


def openings_as_prior(
    text: str, dates: list[DateSpan], sentences: list[tuple[int, int]]
) -> list[DateSpan]:
    """Mark the dates told in a sentence's opening "After ...," phrase, and
    those told as earlier in its closing one ("... on Sunday after being
    expelled earlier this month")."""
    starts = [start for start, _ in sentences]
    return [
        replace(d, prior=True)
        if _in_opening(text, d, starts) or _earlier_after(text, d, starts)
        else d
        for d in dates
    ]


def _earlier_after(text: str, date: DateSpan, starts: list[int]) -> bool:
    start = starts[max(0, bisect.bisect_right(starts, date.offset) - 1)]
    return date.earlier and AFTER_CLAUSE.search(text[start : date.offset]) is not None


def _in_opening(text: str, date: DateSpan, starts: list[int]) -> bool:
    start = starts[max(0, bisect.bisect_right(starts, date.offset) - 1)]
    opening = text[start : date.offset]
    words = opening.strip().split(" ", 1)
    if not words[0] or not OPENING_AFTER.fullmatch(words[0].strip("\"'«“")):
        return False
    comma = re.compile(r"[,،]")
    return not comma.search(opening) and comma.search(text, date.offset) is not None


def bylines_as_told(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """Mark the dates of bylines as dates of telling (``reporting``): they
    stand for an event only when the report gives no other date. A weekday
    on a byline's line ("الخميس - 25 أغسطس 2022") is the byline's too."""
    lines = {_line_of(text, d.offset) for d in dates if _byline(text, d)}
    return [
        replace(d, reporting=True, byline=True)
        if _line_of(text, d.offset) in lines or _dateline(text, d)
        else d
        for d in dates
    ]


# A wire's dateline opening its first paragraph: "BEIRUT, Aug 11 (Reuters) -",
# "DAMASCUS, Feb 3 :", "Sept. 4 (UPI) --": the day it was filed, a stamp like a
# byline's (``dates`` reads any date before "(" as told, not as a stamp).
DATELINE_CITY = re.compile(
    r"\s*(?:[A-Z][A-Z.' -]{2,40}|[A-Z][a-z]+(?: [A-Z][a-z]+)?), ?$"
)  # "Dushanbe, 16.05.2016. /NIAT Khovar/." too
DATELINE_DASH = re.compile(r" ?(?:\([^)\n]{1,30}\) ?)?[-–—:]")


def _dateline(text: str, date: DateSpan) -> bool:
    before = text[_line_of(text, date.offset)[0] : date.offset]
    if DATELINE_CITY.fullmatch(before):
        return True
    after = date.offset + len(date.text)
    return not before.strip() and DATELINE_DASH.match(text, after) is not None


def items_dated(text: str, dates: list[DateSpan]) -> list[DateSpan]:
    """Mark a full date that opens a line ("(14/5/2017) ~ Syrian Arab Army
    units ...") as the heading of an item: what follows it is of that day,
    even when an item above told a later one (a page of dated items)."""
    return [replace(d, heading=True) if _opens_item(text, d) else d for d in dates]


def _opens_item(text: str, date: DateSpan) -> bool:
    if date.reporting or date.precision != "day" or not YEAR.search(date.text):
        return False
    start, end = _line_of(text, date.offset)
    lead = text[start : date.offset]
    return not lead.strip(" \t([-–~") and end - date.offset > ITEM_CHARS


def _line_of(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, len(text) if end < 0 else end


def _byline(text: str, date: DateSpan) -> bool:
    """A day on a short line that writes a year ("Date: Nov 13, 2017", "الخميس
    18 - 1 - 2018"): when the page was put up."""
    if date.reporting or date.precision != "day":
        return False
    if _in_a_link(text, date):
        return True  # "southfront.org/syrian-war-report-december-14-2017-..."
    line = text[slice(*_line_of(text, date.offset))]
    rest = line.replace(date.text, "", 1)
    return YEAR.search(line) is not None and (
        len(re.sub(r"[\W\d_]+", "", rest)) <= BYLINE_REST
        and "." not in rest.strip()[:-1]
    )


LINK = re.compile(r"(?:https?://|www\.)\S*$")


def _in_a_link(text: str, date: DateSpan) -> bool:
    """A date written in a page's address is the day the page was put up."""
    start = max(text.rfind(" ", 0, date.offset), text.rfind("\n", 0, date.offset))
    return LINK.match(text, start + 1, date.offset) is not None
