"""Find sentences, event triggers, actors and fatality counts in report text."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .normalisation import ARABIC_SUFFIXES, PhraseMatcher, normalise, normalise_name

# (event_type, sub_type) -> trigger phrases in Arabic and English (ACLED-style codes).
TRIGGERS = {
    ("battles", "armed_clash"): [
        "اشتباكات", "اشتباك", "معارك", "معركة", "مواجهات", "clashes", "clash",
        "clashed", "fighting", "battle", "battles", "firefight", "firefights",
    ],
    ("explosions", "air_strike"): [
        "غارة", "غارات", "قصف جوي", "ضربة جوية", "ضربات جوية", "airstrike",
        "airstrikes", "air strike", "air strikes", "air raid", "air raids",
        "bombed from the air", "drone strike", "drone strikes",
    ],
    ("explosions", "shelling"): [
        "قصف", "قصف مدفعي", "راجمات الصواريخ", "صواريخ", "قذائف", "مدفعية",
        "shelling", "shelled", "artillery", "rockets", "rocket fire", "mortar",
        "mortars",
    ],
    ("explosions", "remote_explosive"): [
        "عبوة ناسفة", "لغم", "ألغام", "سيارة مفخخة", "ied", "ieds", "car bomb",
        "car bombs", "landmine", "landmines",
    ],
    ("battles", "attack"): [
        "هجوم", "هاجم", "مهاجمة", "attack", "attacks", "attacked", "assault",
        "assaulted", "offensive",
    ],
    ("violence_against_civilians", "attack_on_civilians"): [
        "إعدام", "اعدم", "اختطاف", "خطف", "executed", "execution", "kidnapped",
        "abducted",
    ],
    ("strategic_developments", "territory_change"): [
        "سيطرت", "سيطرة على", "استعادت", "تقدم", "captured", "seized",
        "recaptured", "took control", "advanced", "broke the siege", "fell to",
    ],
    ("displacement", "displacement"): [
        "نزوح", "نازحين", "تهجير", "فرار", "displaced", "fled", "displacement",
        "exodus",
    ],
}  # fmt: skip
ACTORS = {
    "Coalition": [
        "التحالف الدولي", "التحالف", "القوات الأمريكية", "الأمريكي", "الأمريكية",
        "الأمريكيين", "أمريكا", "الولايات المتحدة", "coalition", "u.s. led",
        "us led", "american forces", "us forces", "u.s. forces", "american",
    ],
    "SDF": [
        "قسد", "قوات سوريا الديمقراطية", "مجلس سوريا الديمقراطية", "sdf",
        "syrian democratic forces", "syrian democratic council",
    ],
    "Government": [
        "النظام", "قوات النظام", "قوات الأسد", "الأسد", "الجيش السوري",
        "الحكومة السورية", "government forces", "regime", "syrian army", "saa",
        "pro government forces", "syrian government", "assad",
    ],
    "Pro-government militias": [
        "ميليشيات", "ميليشيا", "مليشيات", "حزب الله", "النجباء", "فاطميون",
        "الحرس الثوري", "militias", "militia", "hezbollah", "iranian backed",
    ],
    "Russia": ["روسيا", "الروسية", "الروس", "روسية", "russia", "russian", "russians"],
    "ISIS": [
        "داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "isis", "isil",
        "islamic state", "daesh",
    ],
}  # fmt: skip
# "IS" is only the group when written in capitals as a word of its own.
IS_RE = re.compile(r"(?<![\w.])IS(?![\w.])")
ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "km",
        "mr",
        "mrs",
        "dr",
        "st",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "approx",
        "etc",
        "gen",
        "col",
        "lt",
        "sgt",
    ]
)
SENTENCE_END = re.compile(r"[.!?؟]+|\n")
# Words before a trigger that make the event an intention, not a report.
HEDGES = re.compile(
    r"(?<!\w)(?:[وف]?(?:يتوقع|محاوله|السعي|يسعي|تسعي|قد [يتن]\w+)|may|might|could"
    r"|would|attempt|attempts|attempted|tried|trying|plan|plans|planned|expected)"
    r"(?!\w)"
)


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that signals an event of a type, with original offsets."""

    start: int
    end: int
    event_type: str
    sub_type: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, surrounding whitespace excluded."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.group() == "." and not _ends_sentence(text, match.start()):
            continue
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    spans.append(_trimmed(text, start, len(text)))
    return [span for span in spans if span[1] > span[0]]


def _ends_sentence(text: str, dot: int) -> bool:
    """Return whether a full stop ends a sentence (not 3.5, U.S. or km.)."""
    after = text[dot + 1 : dot + 2]
    if after.isdigit() and text[dot - 1 : dot].isdigit():
        return False
    word = re.search(r"[\w.]*$", text[max(0, dot - 12) : dot]).group().lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    return after == "" or not (after.isalnum() or after in "_-/@")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _trigger_matcher() -> PhraseMatcher:
    table = {p: kind for kind, phrases in TRIGGERS.items() for p in phrases}
    return PhraseMatcher(table, ARABIC_SUFFIXES)


@lru_cache(maxsize=1)
def _actor_matcher() -> PhraseMatcher:
    table = {p: actor for actor, phrases in ACTORS.items() for p in phrases}
    return PhraseMatcher(table, ARABIC_SUFFIXES)


def find_triggers(text: str) -> list[Trigger]:
    """Return the event triggers of a text by position; the longest phrase wins."""
    norm = normalise(text)
    triggers = []
    for match in _trigger_matcher().find(norm.text):
        start, end = norm.original_span(match.start, match.end, text)
        triggers.append(Trigger(start, end, *match.value))
    return triggers


def find_actors(text: str) -> list[str]:
    """Return the canonical actors a text names, in order of first appearance."""
    norm = normalise(text)
    found = [(norm.offsets[m.start], m.value) for m in _actor_matcher().find(norm.text)]
    found += [(m.start(), "ISIS") for m in IS_RE.finditer(text)]
    return list(dict.fromkeys(actor for _, actor in sorted(found)))


NUMBER_WORDS = {
    normalise_name(word): value
    for word, value in {
        "واحد": 1, "اثنين": 2, "اثنان": 2, "ثلاثة": 3, "أربعة": 4, "خمسة": 5,
        "ستة": 6, "سبعة": 7, "ثمانية": 8, "تسعة": 9, "عشرة": 10, "عشرين": 20,
        "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
        "ثمانين": 80, "تسعين": 90, "مئة": 100, "مائة": 100, "مئتين": 200,
        "مائتين": 200, "ألف": 1000, "one": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
        "a hundred": 100, "one hundred": 100, "two hundred": 200, "thousand": 1000,
    }.items()
}  # fmt: skip
ABOUT_WORDS = [
    "more than", "at least", "about", "nearly", "around", "over", "some",
    "أكثر من", "نحو", "حوالي", "قرابة", "ما لا يقل عن",
]  # fmt: skip
KILL_WORDS = ["مقتل", "قتل", "تقتل", "يقتل", "مصرع", "killed", "killing", "kills"]
DEAD_WORDS = ["killed", "dead", "قتيلا", "قتلى"]


def _words(words: Iterable[str]) -> str:
    return "|".join(
        sorted({re.escape(normalise_name(w)) for w in words}, key=len)[::-1]
    )


_NUMBER = rf"(\d[\d,]*|{_words(NUMBER_WORDS)})"
_ABOUT = rf"(?:(?:{_words(ABOUT_WORDS)}) )?"
FATALITY_PATTERNS = [
    re.compile(rf"(?<!\w)(?:{_words(KILL_WORDS)}) {_ABOUT}{_NUMBER}(?!\w)"),
    re.compile(
        rf"(?<!\w){_ABOUT}{_NUMBER} (?:\w+ ){{0,2}}(?:were |have been |are )?"
        rf"(?:{_words(DEAD_WORDS)})(?!\w)"
    ),
]


def hedged(before: str) -> bool:
    """Return whether the words before a trigger make it an intention or a guess."""
    return HEDGES.search(normalise(before).text) is not None


def find_fatalities(text: str) -> int | None:
    """Return the first number of people reported killed, if any."""
    nt = normalise(text).text
    found = [m for p in FATALITY_PATTERNS for m in p.finditer(nt)]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return _number(first.group(1))


def _number(text: str) -> int | None:
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    digits = text.replace(",", "")
    return int(digits) if digits.isdigit() else None
