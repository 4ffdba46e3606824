"""Score the geoparser, and a peer, on the hand-labelled reports in this folder.

Run as ``.venv/bin/python -m tests.corpus.score [-q] [DIR]``. Each report is
parsed the way ``manage.py geoparse`` does without a database (the curated CSV
gazetteer). DIR (default: this folder) holds the texts and their
``labels.json``; a corpus kept outside the repository (real articles, whose
text we may not copy in) is scored the same way. A label may name in-region
places the gazetteer lacks as ``missing:key``, with their coordinates under
``missing_places``: they count as toponyms and event places, and a system can
only be right about them by choosing a place within the distance.

- Toponyms: precision/recall/F1 of in-region toponym spans. A found mention
  matches a labelled span when their offsets overlap (one to one, largest
  overlap first); "exact" counts matches with the same start and end.
- Resolution: of the matched spans, the share whose place lies within 5 km of
  the labelled place, and the median distance between the two.
- Events: a labelled (date, sub_type, place) is recalled by an event of the
  same type (and, strictly, sub_type) whose date range holds the date and whose
  place, or computed point, is within 10 km of the labelled place. Precision is
  the share of events found that recall some labelled event.
- Peer: flashgeotext 0.5.5 given the same gazetteer names through its
  LookupData (one pool of Latin names, one of Arabic names with Arabic letters
  as word characters), each name pointing to its slug. It finds names only;
  it has no events.

Totals are printed per set: "tuning" reports were written before the geoparser
was fixed against them; "holdout" reports were written and labelled afterwards.
"""

import datetime
import hashlib
import json
import statistics
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from geopy.distance import distance

from places.event_words import KIND_OF
from places.gazetteer import Gazetteer, PlaceEntry, read_csv
from places.geoparsing import EventResult, geoparse

from .labelling import whole_word
from .peer import Peer
from .report import HERE, print_side_by_side

CSV = HERE.parents[1] / "places" / "data" / "gazetteer.csv"
RESOLVE_KM, EVENT_KM = 5.0, 10.0
TYPE_OF = KIND_OF


@dataclass(frozen=True)
class Found:
    """A place name a system found: offsets and the place it chose."""

    start: int
    end: int
    surface: str
    place: PlaceEntry | None


@dataclass
class Tally:
    """Counts and distances summed over the reports of a set."""

    counts: Counter
    errors: list

    def add(self, **values: int) -> None:
        """Add to the named counts."""
        self.counts.update(values)


def main(argv: list[str]) -> None:
    """Score every labelled report and print the misses and the totals."""
    quiet = "-q" in argv
    folder = Path(next((a for a in argv if not a.startswith("-")), HERE))
    gazetteer = Gazetteer(read_csv(CSV))
    peer = Peer(gazetteer)
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    tallies: dict[tuple[str, str], Tally] = {}
    missing = [name for name in labels if not (folder / name).exists()]
    if missing:
        sys.exit(
            f"{len(missing)} texts are not in {folder} (first: {missing[0]}). Real "
            "articles are not kept in the repository: put each text beside "
            "labels.json (tests/corpus/real/README.md)."
        )
    for name, label in labels.items():
        text = (folder / name).read_text(encoding="utf-8")
        if not same_text(text, label):
            print(f"{name}: text differs from the labelled one", file=sys.stderr)
        ours, lines = _ours(text, label, gazetteer)
        if lines and quiet:
            print(f"{name}: {lines[0]}", file=sys.stderr)
        theirs = peer.find(text)
        for system, found, events in (("ours", *ours), ("peer", theirs, None)):
            for group in (label.get("set", "all"), "all"):
                tally = tallies.setdefault((group, system), Tally(Counter(), []))
                misses = score_report(text, label, found, events, gazetteer, tally)
            if system == "ours":
                lines += misses
        if lines and not quiet:
            print(f"== {name}")
            print("\n".join(f"   {line}" for line in lines))
    groups = dict.fromkeys(g for g, _ in tallies if g != "all")
    for group in [*groups, "all"]:
        names = [n for n, v in labels.items() if group in (v.get("set", "all"), "all")]
        arabic = sum(1 for n in names if labels[n].get("lang") == "ar")
        title = f"{group} ({len(names)} reports: {arabic} ar, {len(names) - arabic} en)"
        print_side_by_side(
            title,
            tallies[(group, "ours")],
            tallies[(group, "peer")],
            RESOLVE_KM,
            EVENT_KM,
        )


def same_text(text: str, label: dict) -> bool:
    """Return whether a text is the one labelled (when its digest is recorded)."""
    digest = label.get("text_sha256")
    return digest is None or hashlib.sha256(text.encode()).hexdigest() == digest


def _ours(text: str, label: dict, gazetteer: Gazetteer) -> tuple[tuple, list[str]]:
    published = label["published"]
    published = datetime.date.fromisoformat(published) if published else None
    try:
        result = geoparse(text, published, gazetteer, label.get("lang"))
    except Exception as exc:
        return ([], []), [f"geoparse failed: {exc!r}"]
    found = [Found(m.start, m.end, m.surface, m.place) for m in result.mentions]
    return (found, list(result.events)), []


def score_report(
    text: str,
    label: dict,
    found: list[Found],
    events: list[EventResult] | None,
    gazetteer: Gazetteer,
    tally: Tally,
) -> list[str]:
    """Tally one system's results on one report; return lines describing misses."""
    place_of = gold_places(label, gazetteer)
    lines = score_spans(label, found, place_of, tally)
    lines += score_outside(text, label, found, tally)
    if events is not None:
        lines += score_events(label, events, place_of, tally)
    return lines


PlaceOf = Callable[[str], PlaceEntry | None]


def gold_places(label: dict, gazetteer: Gazetteer) -> PlaceOf:
    """Return the lookup of a label's places: gazetteer slugs, and ``missing:key``
    places from the label's ``missing_places`` (None without coordinates)."""
    missing = label.get("missing_places", {})

    def place_of(slug: str) -> PlaceEntry | None:
        if not slug.startswith("missing:"):
            return gazetteer.get(slug)
        row = missing[slug.removeprefix("missing:")]
        if row.get("lat") is None or row.get("lon") is None:
            return None
        lat, lon = row["lat"], row["lon"]
        return PlaceEntry(slug, row["name"], "", "missing", lat, lon, True)

    return place_of


def match_spans(gold: list[dict], found: list[Found]) -> list[tuple[int, int]]:
    """Pair labelled and found spans one to one, largest overlap first."""
    pairs = []
    for i, span in enumerate(gold):
        for j, mention in enumerate(found):
            overlap = min(span["end"], mention.end) - max(span["start"], mention.start)
            if overlap > 0:
                pairs.append((-overlap, i, j))
    used_gold, used_found, matched = set(), set(), []
    for _, i, j in sorted(pairs):
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            matched.append((i, j))
    return matched


def score_spans(
    label: dict, found: list[Found], place_of: PlaceOf, tally: Tally
) -> list[str]:
    gold = label["toponyms"]
    inside = [m for m in found if m.place is not None and m.place.in_region]
    matched = match_spans(gold, inside)
    tally.add(
        top_tp=len(matched),
        top_fp=len(inside) - len(matched),
        top_fn=len(gold) - len(matched),
    )
    lines = []
    for i, j in matched:
        span, mention = gold[i], inside[j]
        exact = (span["start"], span["end"]) == (mention.start, mention.end)
        km = _km(mention.place, place_of(span["place"]))
        tally.errors.append(km)
        tally.add(top_exact=int(exact), res_right=int(km <= RESOLVE_KM))
        if km > RESOLVE_KM:
            lines.append(
                f"resolution wrong: {mention.surface!r} -> {mention.place.slug}, "
                f"want {span['place']} ({km:.0f} km)"
            )
    hit_gold = {i for i, _ in matched}
    hit_found = {j for _, j in matched}
    lines += [
        f"toponym miss: {span['surface']!r}@{span['start']} ({span['place']})"
        for i, span in enumerate(gold)
        if i not in hit_gold
    ]
    lines += [
        f"toponym false hit: {m.surface!r}@{m.start} -> {m.place.slug}"
        for j, m in enumerate(inside)
        if j not in hit_found
    ]
    return lines


def _km(a: PlaceEntry, b: PlaceEntry | None) -> float:
    return distance((a.lat, a.lon), (b.lat, b.lon)).km if b else float("inf")


def occurrences(text: str, names: dict[str, list[str]]) -> list[tuple]:
    """Return (start, end, slug) of every whole-word occurrence of each labelled
    surface."""
    spans = []
    for slug, surfaces in names.items():
        for surface in surfaces:
            start = text.find(surface)
            while start >= 0:
                if whole_word(text, start, start + len(surface)):
                    spans.append((start, start + len(surface), slug))
                start = text.find(surface, start + 1)
    return spans


def score_outside(text: str, label: dict, found: list[Found], tally: Tally) -> list:
    """Out-of-region names must not become in-region places (found ones counted)."""
    spans = occurrences(text, label.get("outside", {}))
    hits, lines = set(), []
    for m in found:
        slugs = {slug for s, e, slug in spans if s < m.end and m.start < e}
        if not slugs or m.place is None:
            continue
        if m.place.in_region:
            tally.add(out_inside=1)
            lines.append(
                f"outside name made in-region: {m.surface!r} -> {m.place.slug}"
            )
        else:
            hits |= slugs
    gold = set(label.get("outside", {}))
    tally.add(out_total=len(gold), out_found=len(hits & gold))
    lines += [f"outside name not found: {slug}" for slug in sorted(gold - hits)]
    return lines


def _event_km(event: EventResult, place: PlaceEntry | None) -> float:
    km = _km(event.place, place)
    lat, lon = getattr(event, "lat", None), getattr(event, "lon", None)
    if place and lat is not None and lon is not None:
        km = min(km, distance((lat, lon), (place.lat, place.lon)).km)
    return km


def _matches(event: EventResult, gold: list, place_of: PlaceOf, strict: bool) -> bool:
    day, sub_type, slug = gold
    day = datetime.date.fromisoformat(day)
    if not event.date_start <= day <= event.date_end:
        return False
    if strict and event.sub_type != sub_type:
        return False
    if event.event_type != TYPE_OF[sub_type]:
        return False
    return _event_km(event, place_of(slug)) <= EVENT_KM


def score_events(
    label: dict, events: list[EventResult], place_of: PlaceOf, tally: Tally
) -> list[str]:
    lines = []
    for gold in label["events"]:
        by_type = any(_matches(e, gold, place_of, False) for e in events)
        strict = any(_matches(e, gold, place_of, True) for e in events)
        tally.add(ev_total=1, ev_type=int(by_type), ev_sub=int(strict))
        if gold[2].startswith("missing:"):
            tally.add(ev_missing=1, ev_missing_found=int(by_type))
        if not strict:
            lines.append(f"event miss{' (sub_type)' if by_type else ''}: {gold}")
    for e in events:
        right = any(_matches(e, gold, place_of, False) for gold in label["events"])
        tally.add(ev_found=1, ev_right=int(right))
        if not right:
            lines.append(
                f"event false hit: {e.date_start}..{e.date_end} {e.sub_type} "
                f"{e.place.slug}"
            )
    return lines


def median(values: list[float]) -> float | None:
    """Return the median of the values, None when there are none."""
    return statistics.median(values) if values else None


if __name__ == "__main__":
    main(sys.argv[1:])
