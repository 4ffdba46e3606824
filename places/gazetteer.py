"""The curated gazetteer: read its rows and find its names in normalised text."""

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from os import PathLike
from typing import IO

import ahocorasick
from rapidfuzz import fuzz, process

from .normalisation import (
    MIN_KEY,
    after_lam,
    name_keys,
)
from .spelling import SKELETON_ARTICLES, latin_skeleton

FIELDS = [
    "slug",
    "name_en",
    "name_ar",
    "aliases_en",
    "aliases_ar",
    "kind",
    "lat",
    "lon",
    "parent",
    "in_region",
    "geonames_id",
    "source_url",
    "notes",
]
KINDS = frozenset(
    [
        "governorate",
        "district",
        "subdistrict",
        "city",
        "town",
        "village",
        "neighbourhood",
        "oil_field",
        "gas_field",
        "base",
        "airport",
        "bridge",
        "crossing",
        "river",
        "dam",
        "region",
        "country",
    ]
)
TRUE, FALSE = frozenset({"1", "true", "yes"}), frozenset({"0", "false", "no", ""})
LATIN_WORD = re.compile(r"\w+")
MAX_NAME_WORDS = 4
# A spelling of a name with its articles written apart: "Deir el-Zour air base".
MAX_VARIANT_WORDS = 6
# Unseen Latin spellings: a skeleton this similar (rapidfuzz ratio, 0-100) and
# this long may stand for a key; shorter ones are too easily ordinary words.
FUZZY_CUTOFF, FUZZY_MIN_CHARS = 88.0, 5


@dataclass(frozen=True)
class PlaceEntry:
    """One gazetteer place with its names and representative point."""

    slug: str
    name_en: str
    name_ar: str
    kind: str
    lat: float
    lon: float
    in_region: bool
    parent: str = ""
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Return every name of the place: English, Arabic, then the aliases."""
        return tuple(n for n in (self.name_en, self.name_ar, *self.aliases) if n)


def read_csv(source: str | PathLike | IO[str]) -> list[PlaceEntry]:
    """Read gazetteer rows; raise ValueError naming the line of a bad row."""
    if isinstance(source, str | PathLike):
        with open(source, encoding="utf-8-sig", newline="") as handle:
            return read_csv(handle)
    text = source.read()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), skipinitialspace=True)
    reader.fieldnames = [f.strip() for f in reader.fieldnames or []]
    missing = set(FIELDS[:10]) - set(reader.fieldnames)
    if missing:
        raise ValueError(f"line 1: missing columns {', '.join(sorted(missing))}")
    entries = []
    for row in reader:
        values = {k: (v or "").strip() for k, v in row.items() if k}
        if any(values.values()):
            entries.append(_entry(values, reader.line_num))
    return entries


def _entry(row: dict[str, str], line: int) -> PlaceEntry:
    try:
        entry = PlaceEntry(
            slug=_required(row, "slug"),
            name_en=row["name_en"],
            name_ar=row["name_ar"],
            kind=_kind(row["kind"]),
            lat=_coordinate(row["lat"], 90),
            lon=_coordinate(row["lon"], 180),
            in_region=_flag(row["in_region"]),
            parent=row["parent"],
            aliases=_aliases(row["aliases_en"], row["aliases_ar"]),
        )
    except (KeyError, ValueError) as exc:
        raise ValueError(f"line {line}: {exc}") from exc
    if not entry.names:
        raise ValueError(f"line {line}: the place has no name")
    return entry


def _required(row: dict[str, str], field: str) -> str:
    if not row.get(field):
        raise ValueError(f"{field} is empty")
    return row[field]


def _kind(value: str) -> str:
    if value not in KINDS:
        raise ValueError(f"unknown kind {value!r}")
    return value


def _coordinate(value: str, limit: float) -> float:
    number = float(value)
    if not -limit <= number <= limit:
        raise ValueError(f"coordinate {value} out of range")
    return number


def _flag(value: str) -> bool:
    if value.lower() not in TRUE | FALSE:
        raise ValueError(f"in_region must be 1 or 0, not {value!r}")
    return value.lower() in TRUE


def _aliases(*columns: str) -> tuple[str, ...]:
    names = (a.strip() for column in columns for a in column.split(";"))
    return tuple(dict.fromkeys(n for n in names if n))


class Gazetteer:
    """Places by slug and by normalised name key, with one automaton over all keys."""

    def __init__(self, entries: Iterable[PlaceEntry]):
        self.entries: tuple[PlaceEntry, ...] = tuple(entries)
        self._by_slug = {e.slug: e for e in self.entries}
        by_key: dict[str, dict[str, PlaceEntry]] = {}
        for entry in self.entries:
            for name in entry.names:
                for key in name_keys(name):
                    by_key.setdefault(key, {})[entry.slug] = entry
        self._by_key = {k: tuple(v.values()) for k, v in by_key.items()}
        self._automaton = ahocorasick.Automaton()
        for key in self._by_key:
            self._automaton.add_word(key, (len(key), key, False))
        for key in self._by_key:
            lam = after_lam(key)
            if lam and len(lam) >= MIN_KEY and lam not in self._by_key:
                self._automaton.add_word(lam, (len(lam), key, True))
        if self._by_key:
            self._automaton.make_automaton()

    def get(self, slug: str) -> PlaceEntry:
        """Return the place with this slug; raise KeyError if there is none."""
        return self._by_slug[slug]

    def candidates(self, key: str) -> tuple[PlaceEntry, ...]:
        """Return the places one of whose names has this normalised key."""
        return self._by_key.get(key, ())

    def scan(self, normalised_text: str) -> list[tuple[int, int, str, bool]]:
        """Return every (start, end, key, needs_lam) hit, words unchecked.

        ``needs_lam`` hits are a key without its article (صالحيه for الصالحيه):
        they count only after لل, as in للصالحية.
        """
        if not self._by_key:
            return []
        return [
            (end + 1 - size, end + 1, key, needs_lam)
            for end, (size, key, needs_lam) in self._automaton.iter(normalised_text)
        ]

    @cached_property
    def _skeletons(self) -> dict[str, str]:
        """Map the spelling skeleton of each Latin key to the key.

        A skeleton shared by keys of different places is left out.
        """
        found: dict[str, str | None] = {}
        for key, places in self._by_key.items():
            skeleton = latin_skeleton(key.split(" "))
            if not skeleton:
                continue
            other = found.get(skeleton, key)
            same = other is not None and set(self._by_key[other]) == set(places)
            found[skeleton] = other if same else None
        return {s: k for s, k in found.items() if k is not None}

    def fuzzy_key(self, words: list[str]) -> tuple[str, float] | None:
        """Return (key, score) of the one place name whose skeleton is closest to
        these Latin words, if close enough and no other place's is as close."""
        skeleton = latin_skeleton(words)
        if len(skeleton) < FUZZY_MIN_CHARS or skeleton in self._skeletons:
            return None
        best = process.extract(
            skeleton, list(self._skeletons), scorer=fuzz.ratio,
            score_cutoff=FUZZY_CUTOFF, limit=2,
        )  # fmt: skip
        if not best:
            return None
        key = self._skeletons[best[0][0]]
        rivals = [self._skeletons[s] for s, score, _ in best[1:] if score == best[0][1]]
        if any(set(self._by_key[r]) != set(self._by_key[key]) for r in rivals):
            return None
        return key, best[0][1]

    def scan_variants(self, normalised_text: str) -> list[tuple[int, int, str]]:
        """Return (start, end, key) of Latin word runs spelling a key differently.

        "al-Shaafa" is found as the key of "al-Sha'fah"; words unchecked for case.
        """
        words = list(LATIN_WORD.finditer(normalised_text))
        hits = []
        for i, first in enumerate(words):
            if not first[0].isascii():
                continue  # Arabic words have no Latin skeleton
            run = [first]
            for nxt in words[i + 1 : i + MAX_VARIANT_WORDS]:
                gap = normalised_text[run[-1].end() : nxt.start()]
                if gap != " " or not nxt[0].isascii():
                    break
                run.append(nxt)
            for n in range(1, len(run) + 1):
                if run[n - 1][0] in SKELETON_ARTICLES:
                    continue  # "al-Boukamal - al-Qaim": the next name's article
                key = self._skeletons.get(latin_skeleton([w[0] for w in run[:n]]))
                if key is not None:
                    hits.append((first.start(), run[n - 1].end(), key))
        return hits
