"""Whether a village name found in English is only part of a longer name the
gazetteer lacks ("Maaret Harmeh", "Assal al-Ward", "Abed Hill"): another place."""

import re

from .date_words import MONTHS_EN, WEEKDAYS
from .gazetteer import Gazetteer
from .name_case import LOWER_ARTICLE

# Names this small are often a word of some longer name elsewhere in Syria.
SMALL_KINDS = frozenset({"village", "oil_field", "gas_field"})
WORD_AFTER = re.compile(r" ([A-Z][\w’'-]*)")
WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w’'-]*) $")
CLAUSE_START = re.compile(r"(?:^|[.!?:;\n\"“(]\s*)$")
# Capitalised words that say what the place is, or begin the next words of a
# sentence whose commas the page lost ("in Hatla Syrian troops advanced").
NOT_NAME_WORDS = frozenset(
    {"village", "town", "city", "province", "governorate", "countryside", "area"}
    | {"district", "subdistrict", "region", "oil", "gas", "field", "oilfield"}
    | {"airport", "base", "airbase", "bridge", "road", "highway", "desert"}
    | {"valley", "river", "camp", "crossing", "station", "plant", "front"}
    | {"syrian", "syria", "russian", "iraqi", "iranian", "turkish", "kurdish"}
    | {"american", "us", "u.s.", "islamic", "is", "isis", "isil", "daesh", "sdf"}
    | {"ypg", "army", "government", "regime", "state", "coalition", "observatory"}
    | {"the", "a", "an", "he", "she", "they", "it", "we", "in", "on", "at", "and"}
    | {"but", "while", "after", "before", "reuters", "afp", "ap", "sana"}
    | {"sputnik", "tass", "activists", "residents", "rebels", "troops", "forces"}
    | set(MONTHS_EN)
    | set(WEEKDAYS)
)


def inside_longer_name(
    text: str, start: int, end: int, spans: set[int], gazetteer: Gazetteer, key: str
) -> bool:
    """Return whether a small place's name at [start:end] runs on into a name
    word after it ("Maaret Harmeh") or, with its article, follows one ("Assal
    al-Ward"); ``spans`` holds where the text's other names start and end."""
    places = gazetteer.candidates(key)
    if not places or any(p.kind not in SMALL_KINDS or not p.in_region for p in places):
        return False
    after = WORD_AFTER.match(text, end)
    if after and after.start(1) not in spans and _a_name_word(after[1]):
        return True
    if not LOWER_ARTICLE.match(text[start : start + 5].lower()):
        return False
    before = WORD_BEFORE.search(text, max(0, start - 40), start)
    return (
        before is not None
        and before.end(1) not in spans
        and _a_name_word(before[1])
        and not CLAUSE_START.search(text, max(0, before.start() - 3), before.start())
    )


def _a_name_word(word: str) -> bool:
    return word.lower().rstrip(".") not in NOT_NAME_WORDS
