"""Names written with an article the gazetteer's key lacks, or without the one
it has, after a settlement cue: "بلدة الذيبان", "قرية سوسة"."""

import re

from .name_context import pop_cue
from .normalisation import word_match

SETTLED = frozenset({"village", "city", "area"})
# A bare Arabic word after the name, not a preposition, "ال" or a clitic: more
# of the name.
NAME_GOES_ON = re.compile(
    r" (?!(?:ال|[وفبل])|(?:في|من|علي|الي|عن|قرب|شرق|غرب|شمال|جنوب|شرقي|غربي|شمالي"
    r"|جنوبي|حيث|التي|الذي)(?!\w))[\u0621-\u064a]"
)


def with_article(
    nt: str, start: int, end: int, key: str
) -> tuple[int, int, int] | None:
    """Return the span of a name the gazetteer has without its article, written
    with it after a settlement cue ("بلدة الذيبان", "قرية الحطلة"), else None."""
    found = word_match(nt, start, end, key)
    if found is None or not nt[found[2] : start].endswith("ال"):
        return None
    if not _after_settlement_cue(nt, found[2]):
        return None
    return start - 2, found[1], found[2]


def without_article(
    nt: str, start: int, end: int, key: str
) -> tuple[int, int, int] | None:
    """Return the span of a name the gazetteer has with its article, written
    without it after a settlement cue ("قرية سوسة", "بلدة شعفة"), else None."""
    found = word_match(nt, start, end, key)
    if found is None or not _after_settlement_cue(nt, found[2]):
        return None
    # "قرية حوايج ذياب" is another village, whose name goes on
    return None if NAME_GOES_ON.match(nt, found[1]) else found


def _after_settlement_cue(nt: str, start: int) -> bool:
    return pop_cue(nt[max(0, start - 12) : start].split()) in SETTLED
