"""Normalise Arabic and Latin text for matching, keeping a map back to the original.

Matching happens on normalised text; every hit is mapped back to the original
characters through ``Normalised.offsets`` so that editors see what was written.
"""

import bisect
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, product, repeat
from typing import Any

import ahocorasick

# Letters that NFKD leaves alone but Arabic writers use interchangeably.
_ARABIC_LETTERS = {"ٱ": "ا", "ى": "ي", "ة": "ه", "ک": "ك", "ی": "ي", "ـ": ""}
# Arabic-Indic and Persian digits are the digits ("اللواء ١٣٧" is اللواء 137).
_ARABIC_LETTERS |= {chr(0x0660 + i): str(i) for i in range(10)}
_ARABIC_LETTERS |= {chr(0x06F0 + i): str(i) for i in range(10)}
# Quotes too: "حقل “العمر” النفطي" is the name حقل العمر النفطي.
_SPACE_LIKE = frozenset("-‐‑‒–—―'’‘`´ʿʾʼ_\"“”«»„")
# Dropped: invisible format marks, and the hash of a hashtag ("حقل #العمر_النفطي").
_FORMAT_MARKS = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff\u2066\u2067\u2068\u2069#"
)
_HARAKAT = range(0x064B, 0x0660)
_SPACE_RUN = re.compile(r"  +")
_ARABIC_LETTER = re.compile(
    r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee-\u06ff\u0750-\u077f\ufb50-\ufdff"
    r"\ufe70-\ufefc]"
)
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
EN_ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "ar", "az", "at", "an"})
MIN_KEY = 3


@dataclass(frozen=True)
class Normalised:
    """Normalised text; ``offsets[i]`` is the original index of character ``i``."""

    text: str
    offsets: tuple[int, ...]

    def original_span(self, start: int, end: int, original: str) -> tuple[int, int]:
        """Return the original (start, end) of normalised ``text[start:end]``.

        The end takes in marks dropped by normalisation (harakat, tatweel) so that
        a vowelled word is shown whole.
        """
        end = min(end, len(self.offsets))  # a probe may run past the text's end
        first, last = self.offsets[start], self.offsets[max(start, end - 1)] + 1
        while last < len(original) and _fold(original[last]) == "":
            last += 1
        return first, last


@lru_cache(maxsize=4096)
def _fold(ch: str) -> str:
    """Return what one original character becomes ("" when it is dropped)."""
    if ch.isspace() or ch in _SPACE_LIKE:
        return " "
    if ch in _FORMAT_MARKS:
        return ""
    out = []
    for c in unicodedata.normalize("NFKD", ch.casefold()):
        if unicodedata.combining(c) or ord(c) in _HARAKAT or c == "\u0670":
            continue
        out.append(_ARABIC_LETTERS.get(c, c))
    return "".join(out)


_GLUED_LINK = re.compile(r"(?<=[^\W\d_])h(?=ttps?://)")
_GLUED_NUMBER = re.compile(r"\d(?=[\u0621-\u064a])")
# A dot or a space set in a word against filters ("قـ.ـصف", "مـ ـقـ ـتـ ـل"):
# the word, whole.
_FILTER_MARK = re.compile(
    r"(?<=ـ)\.(?=ـ?[\u0621-\u064a])|(?<=[\u0621-\u064a])\.(?=ـ)|(?<=ـ) (?=ـ)"
)


# A name in brackets after its cue word ("حقل (العمر) النفطي"): the brackets
# are spaces. Elsewhere a bracket may end a dateline ("May 10 (Xinhua)").
_BRACKETED_NAME = re.compile(
    r"(?:حقل|قري[ةه]|بلد[ةه]|مدين[ةه]|حي|مطار|معبر|منطق[ةه]|ناحي[ةه]|مخيم|جبل) "
    r"(\()[\u0621-\u064a ]{2,30}(\))"
)


@lru_cache(maxsize=4)
def normalise(text: str) -> Normalised:
    """Normalise text for matching and record where each character came from."""
    folded = list(map(_fold, text))
    for glued in _GLUED_LINK.finditer(text):  # "Deir Ezzorhttps://t.co/...": a word
        folded[glued.start()] = " "
    for glued in _GLUED_NUMBER.finditer(text):  # "شن 20غارة": a number and a word
        folded[glued.start()] += " "
    for mark in _FILTER_MARK.finditer(text):
        folded[mark.start()] = ""
    for named in _BRACKETED_NAME.finditer(text):
        folded[named.start(1)] = folded[named.start(2)] = " "
    joined = "".join(folded)
    offsets = list(chain.from_iterable(map(repeat, range(len(text)), map(len, folded))))
    runs = list(_SPACE_RUN.finditer(joined))
    if runs:
        joined, offsets = _collapse(joined, offsets, runs)
    offsets.append(len(text))
    return Normalised(joined, tuple(offsets))


def _collapse(
    joined: str, offsets: list[int], runs: list[re.Match]
) -> tuple[str, list[int]]:
    """Keep the first space of each run of spaces."""
    text_parts, offset_parts, kept = [], [], 0
    for run in runs:
        text_parts.append(joined[kept : run.start() + 1])
        offset_parts.append(offsets[kept : run.start() + 1])
        kept = run.end()
    text_parts.append(joined[kept:])
    offset_parts.append(offsets[kept:])
    return "".join(text_parts), list(chain.from_iterable(offset_parts))


def normalise_name(name: str) -> str:
    """Return the normalised form of a gazetteer name."""
    return normalise(name).text.strip()


def is_arabic(ch: str) -> bool:
    """Return whether a character is an Arabic-script letter."""
    return ch.isalpha() and (
        "\u0600" <= ch <= "\u06ff"
        or "\u0750" <= ch <= "\u077f"
        or "\ufb50" <= ch <= "\ufeff"
    )


def detect_language(text: str) -> str:
    """Return "ar" when Arabic letters outnumber Latin letters, else "en"."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "ar" if arabic > latin else "en"


def name_keys(name: str) -> set[str]:
    """Return every normalised key under which a gazetteer name should match."""
    base = normalise_name(name)
    if not base:
        return set()
    keys = _arabic_keys(base) if is_arabic(base[0]) else _latin_keys(base)
    return {k for k in keys if len(k) >= MIN_KEY or _station_code(k)}


def _station_code(key: str) -> bool:
    """Return whether a short key is a code of letter and digit ("t2": the T2
    pumping station), long enough to be no word."""
    return len(key) == 2 and key[0].isalpha() and key[1].isdigit()


def _arabic_keys(base: str) -> set[str]:
    """Vary the article on each word of a multi-word name (جديد [ال]عكيدات).

    A one-word name keeps only its written form: without its article it is often
    an ordinary word (ميادين, صور), and an article added to it makes one too
    (الحمص, السورية). Clitics (بالصالحية, للميادين) are handled when matching.
    """
    words = base.split(" ")
    if len(words) == 1:
        return {base} | _spoken_ending(base)
    if len(words) > 4:
        return {base, base.replace(" ال", "ال")}
    choices = [_with_and_without_article(w) for w in words]
    keys = set()
    for combo in product(*choices):
        key = " ".join(combo)
        keys.add(key)
        keys.add(key.replace(" ال", "ال"))
    # "أبوحمام", "البوبدران": the kunya or clan word written joined to the name.
    return keys | {_joined(k) for k in keys if k.split(" ")[0] in KIN_WORDS}


KIN_WORDS = frozenset({"ابو", "البو"})
SPOKEN_ENDING_MIN = 5


def _spoken_ending(key: str) -> set[str]:
    """Return the name with its taa marbuta written as alef, as it is said
    ("قرية الجفرا" for الجفرة), for a name long enough and with its article."""
    if len(key) >= SPOKEN_ENDING_MIN and key.startswith("ال") and key[-1] == "ه":
        return {key[:-1] + "ا"}
    return set()


def _joined(key: str) -> str:
    first, rest = key.split(" ", 1)
    return first + rest


def _with_and_without_article(word: str) -> tuple[str, ...]:
    if word.startswith("ال") and len(word) > 4:
        return (word, word[2:])
    if is_arabic(word[:1]) and not word.startswith("ال"):
        return (word, "ال" + word)
    return (word,)


def _latin_keys(base: str) -> set[str]:
    words = base.split(" ")
    keys = {base}
    if len(words) > 1 and words[0] in EN_ARTICLES:
        keys.add(" ".join(words[1:]))
    return keys


def _proclitics() -> frozenset[str]:
    found = set()
    for conj, prep, article in product(("", "و", "ف"), ("", "ب", "ل", "ك"), ("", "ال")):
        word = conj + prep + article
        found.add(word.replace("لال", "لل"))
    found.discard("")
    return frozenset(found)


PROCLITICS = _proclitics()
# Gazetteer keys carry their article (الصالحيه), so before a name the article is
# no proclitic: الحمص, السورية are words. لل stays for ل + ال (للميادين).
NAME_PROCLITICS = frozenset(c for c in PROCLITICS if "ال" not in c)


def after_lam(key: str) -> str | None:
    """Return how a key starting with the article is written after ل, else None.

    After the preposition ل the article loses its alef: للنظام = ل + النظام. A
    match of the returned form only counts after لل (see ``word_match``).
    """
    if key.startswith("ال") and len(key) > 2:
        return key[2:]
    return None


# Common Arabic inflectional endings a phrase (not a name) may carry.
ARABIC_SUFFIXES = frozenset(
    {"ا", "ت", "ه", "ها", "هم", "ات", "ين", "ان", "وا", "تا", "ي", "يه", "ته", "تها"}
)


@dataclass(frozen=True)
class PhraseMatch:
    """One whole-word occurrence of a phrase in normalised text."""

    start: int
    end: int
    clitic_start: int
    key: str
    value: Any


def arabic_duals(key: str) -> tuple[str, ...]:
    """Return the dual forms of a phrase of feminine Arabic nouns (normalised
    ة is ه): "غاره" -> "غارتين", "غارتان"; "ضربه جويه" -> "ضربتين جويتين"."""
    words = key.split(" ")
    if not all(is_arabic(w[0]) and w.endswith("ه") and len(w) > 2 for w in words):
        return ()
    return tuple(" ".join(w[:-1] + end for w in words) for end in ("تين", "تان"))


class PhraseMatcher:
    """Find table phrases as whole words in normalised text (pyahocorasick).

    Arabic phrases may carry proclitics (و ف ب ل ك ال); with ``suffixes`` they
    may also carry a short inflectional ending, which the match then includes.
    """

    def __init__(
        self,
        phrases: Mapping[str, Any],
        suffixes: Iterable[str] = (),
        duals: bool = False,
    ):
        self.suffixes = frozenset(suffixes)
        self.automaton = ahocorasick.Automaton()
        for phrase, value in phrases.items():
            key = normalise_name(phrase)
            self._add(key, value)
            for dual in arabic_duals(key) if duals else ():
                if dual not in self.automaton:
                    self._add(dual, value)
        if len(self.automaton):
            self.automaton.make_automaton()

    def _add(self, key: str, value: Any) -> None:
        if len(key) < 2:
            return
        self.automaton.add_word(key, (key, value, False))
        stripped = after_lam(key)
        if stripped and stripped not in self.automaton:
            self.automaton.add_word(stripped, (stripped, value, True))

    def scan(self, text: str) -> list[tuple[int, int, str, Any, bool]]:
        """Return raw hits (start, end, key, value, needs_lam), boundaries unchecked."""
        if not len(self.automaton):
            return []
        return [
            (end + 1 - len(key), end + 1, key, value, needs_lam)
            for end, (key, value, needs_lam) in self.automaton.iter(text)
        ]

    def find(self, text: str) -> list[PhraseMatch]:
        """Return the longest non-overlapping whole-word matches, by position."""
        hits = []
        for start, end, key, value, needs_lam in self.scan(text):
            match = word_match(text, start, end, key, needs_lam, self.suffixes)
            if match is not None:
                hits.append(PhraseMatch(*match, key, value))
        return longest_first(hits)


def word_match(
    text: str,
    start: int,
    end: int,
    key: str,
    needs_lam: bool = False,
    suffixes: frozenset[str] = frozenset(),
    clitics: frozenset[str] = PROCLITICS,
) -> tuple[int, int, int] | None:
    """Return (start, end, clitic_start) if the hit stands as a word, else None."""
    clitic_start = _clitic_start(text, start, key, clitics)
    if clitic_start is None:
        return None
    if needs_lam and not text[clitic_start:start].endswith("لل"):
        return None
    word_end = end
    while word_end < len(text) and text[word_end].isalnum():
        word_end += 1
    if word_end == end or (is_arabic(key[-1]) and text[end:word_end] in suffixes):
        return start, word_end, clitic_start
    return None


def _clitic_start(
    text: str, start: int, key: str, clitics: frozenset[str]
) -> int | None:
    word_start = start
    while word_start > 0 and text[word_start - 1].isalnum() and start - word_start < 5:
        word_start -= 1
    if word_start == start:
        return start
    if word_start > 0 and text[word_start - 1].isalnum():
        return None
    if is_arabic(key[0]) and text[word_start:start] in clitics:
        return word_start
    return None


def longest_first(hits: list[PhraseMatch]) -> list[PhraseMatch]:
    """Keep the longest of overlapping matches (earlier first on ties, then the
    longer key: "انفجارات" itself before "انفجار" with an ending), by start."""
    ordered = sorted(hits, key=lambda h: (h.start - h.end, h.start, -len(h.key)))
    starts: list[int] = []
    kept: list[PhraseMatch] = []
    for hit in ordered:
        i = bisect.bisect_left(starts, hit.start)
        if i > 0 and kept[i - 1].end > hit.start:
            continue
        if i < len(kept) and kept[i].start < hit.end:
            continue
        starts.insert(i, hit.start)
        kept.insert(i, hit)
    return kept
