"""Names of ours told among places outside the region: a city quarter named in
a town outside is that town's quarter; a village whose name is also a word,
listed with a town far outside, is that town's neighbour of the name."""

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geopy.distance import distance

from .place_words import AMBIGUOUS, listed_beside

if TYPE_CHECKING:
    from .resolution import Resolved

QUARTER_GAP = 80  # how far a quarter may be told from its town, in characters
SENTENCE_END = re.compile(r"[.!?؟\n]")
FAR_OUTSIDE_KM = 100
# Cues that name the village as one ("قرية الطيبة"), not "besieged" or "city".
NAMED_BY_CUE = frozenset({"village", "villages", "field", "base", "desert", "area"})


def quarters_elsewhere(results: list["Resolved"], text: str) -> list["Resolved"]:
    """Drop a city quarter told in a town outside the region ("حي الصناعة في
    مدينة الرقة"), or right after one and before any place of ours ("لمدينة
    الرقة ... بين حيي المشلب والصناعة"): it is that town's quarter of the name."""
    out = list(results)
    for i, here in enumerate(results):
        before = results[i - 1] if i else None
        after = results[i + 1] if i + 1 < len(results) else None
        if _quarter_of_town(text, here, after, held=True) or (
            _quarter_of_town(text, here, before, held=False)
            and not _ours_next(text, here, after)
        ):
            out[i] = replace(here, place=None, confidence=0.0)
    return out


def _quarter_of_town(
    text: str, quarter: "Resolved", town: "Resolved | None", held: bool
) -> bool:
    """Return whether a quarter of ours is told beside a town outside the region:
    held in it (the town named just after, "in X"), or just after it."""
    if not (quarter.place and quarter.place.kind == "neighbourhood" and town):
        return False
    if town.place is None or town.place.in_region or town.place.kind != "city":
        return False
    first, second = (quarter, town) if held else (town, quarter)
    gap = text[first.toponym.end : second.toponym.start]
    if len(gap) > QUARTER_GAP or SENTENCE_END.search(gap):
        return False
    return not held or town.toponym.holder or town.toponym.town_of


def _ours_next(text: str, here: "Resolved", after: "Resolved | None") -> bool:
    if after is None or after.place is None or not after.place.in_region:
        return False
    return not SENTENCE_END.search(text[here.toponym.end : after.toponym.start])


def listed_far_outside(results: list["Resolved"], text: str) -> list["Resolved"]:
    """Drop a village of ours whose name is also a word or a common name, told
    with no cue right beside a town outside the region and far from ours ("من
    الطيبة والسخنة شرقاً إلى أثريا"): the town's neighbour of the name."""
    out = list(results)
    for i, here in enumerate(results):
        beside = [results[j] for j in (i - 1, i + 1) if 0 <= j < len(results)]
        if any(_far_neighbour(text, here, other) for other in beside):
            out[i] = replace(here, place=None, confidence=0.0)
    return out


def _far_neighbour(text: str, village: "Resolved", other: "Resolved") -> bool:
    ours, theirs = village.place, other.place
    if ours is None or theirs is None or not ours.in_region or theirs.in_region:
        return False
    if village.toponym.cue in NAMED_BY_CUE or village.toponym.key not in AMBIGUOUS:
        return False
    if theirs.kind in ("country", "governorate"):
        return False
    if not listed_beside(text, village.toponym, other.toponym):
        return False
    km = distance((ours.lat, ours.lon), (theirs.lat, theirs.lon)).km
    return km > FAR_OUTSIDE_KM
