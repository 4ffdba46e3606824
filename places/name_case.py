"""Whether Latin words are written as a place's name: with capitals."""

import re

from .normalisation import Normalised, is_arabic
from .spelling import JOINED_ARTICLE, SKELETON_ARTICLES

LOWER_ARTICLE = re.compile(r"(?:al|el)[\s\-‐‑]|(?:as|ash|ad|ar|az|at|an)[\-‐‑]")
# Lower-case words a place's name may hold ("Deir Ezzor airport", "Omar oil field").
KIND_WORDS = frozenset({
    "airport", "airbase", "air", "base", "field", "fields", "oil", "gas", "oilfield",
    "province", "governorate", "city", "town", "village", "river", "bridge", "dam",
    "countryside", "district", "subdistrict", "desert", "camp", "station",
    "crossing", "military", "plant", "mountain", "mountains", "mount", "hill",
    "hills", "valley", "road", "highway", "neighbourhood", "neighborhood",
    "quarter", "island", "farm", "farms", "prison",
})  # fmt: skip


def cased(text: str, norm: Normalised, start: int, end: int) -> bool:
    """Return whether a hit is written as a name: Latin ones with a capital."""
    surface = text[slice(*norm.original_span(start, end, text))]
    first = surface[:1]
    return (
        is_arabic(first)
        or not first.isalpha()
        or first.isupper()
        or LOWER_ARTICLE.match(surface) is not None
    )


def every_word_cased(text: str, norm: Normalised, start: int, end: int) -> bool:
    """Return whether each word of a respelt name is written as a name's ("Abu
    Hamam", "Deir ez-Zor"), not a run of words that spells one ("We see a")."""
    words = text[slice(*norm.original_span(start, end, text))].split()
    return all(
        w[:1].isupper()
        or "-" in w
        or JOINED_ARTICLE.match(w.lower())  # "Deir elZour"
        or w.lower() in SKELETON_ARTICLES | KIND_WORDS
        for w in words
    )
