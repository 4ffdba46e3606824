"""How many people a report says were killed, in Arabic and English, numbers
written in words too ("مقتل خمسين", "killed at least 12")."""

import re
from collections.abc import Iterable

from .normalisation import normalise, normalise_name
from .numbers import number_words_pattern, parse_number

ABOUT_WORDS = [
    "more than", "at least", "about", "nearly", "around", "over", "some",
    "أكثر من", "نحو", "حوالي", "قرابة", "ما لا يقل عن",
]  # fmt: skip
KILL_WORDS = ["مقتل", "قتل", "تقتل", "يقتل", "مصرع", "killed", "killing", "kills"]
DEAD_WORDS = ["killed", "dead", "قتيلا", "قتلى", "قتلوا", "لقوا حتفهم"]


def _words(words: Iterable[str]) -> str:
    return "|".join(
        sorted({re.escape(normalise_name(w)) for w in words}, key=len)[::-1]
    )


_NUMBER = rf"({number_words_pattern()})"
_ABOUT = rf"(?:(?:{_words(ABOUT_WORDS)}) )?"
FATALITY_PATTERNS = [
    re.compile(rf"(?<!\w)(?:{_words(KILL_WORDS)}) {_ABOUT}{_NUMBER}(?!\w)"),
    re.compile(
        rf"(?<!\w){_ABOUT}{_NUMBER} (?:\w+ ){{0,4}}(?:were |have been |are )?"
        rf"(?:ال)?(?:{_words(DEAD_WORDS)})(?!\w)"
    ),
]


def find_fatalities(text: str) -> int | None:
    """Return the first number of people reported killed, if any."""
    nt = normalise(text).text
    found = [m for p in FATALITY_PATTERNS for m in p.finditer(nt)]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return _number(first.group(1))


def _number(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None else None
