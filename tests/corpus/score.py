"""Score the geoparser on the hand-labelled reports in this folder.

Run as ``.venv/bin/python -m tests.corpus.score [-q]``. Each report is parsed the
way ``manage.py geoparse`` does without a database (the curated CSV gazetteer).

- Toponyms: precision/recall/F1 of the set of in-region place slugs per report.
- Resolution: every found mention that overlaps a labelled name is right when
  its place lies within 5 km of the labelled place.
- Events: a labelled (date, sub_type, place) is recalled by an event of the same
  type (and, strictly, sub_type) whose date range holds the date and whose
  place is within 10 km.

Totals are printed per set: "tuning" reports were written before the geoparser
was fixed against them; "holdout" reports were written and labelled afterwards.
"""

import datetime
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from geopy.distance import distance

from places.events import TRIGGERS
from places.gazetteer import Gazetteer, PlaceEntry, read_csv
from places.geoparsing import EventResult, Geoparse, MentionResult, geoparse

HERE = Path(__file__).resolve().parent
CSV = HERE.parents[1] / "places" / "data" / "gazetteer.csv"
RESOLVE_KM, EVENT_KM = 5.0, 10.0
TYPE_OF = {sub: kind for kind, sub in TRIGGERS}


@dataclass
class Tally:
    """Counts summed over the reports."""

    counts: Counter = field(default_factory=Counter)

    def add(self, **values: int) -> None:
        """Add to the named counts."""
        self.counts.update(values)


def main(argv: list[str]) -> None:
    """Score every labelled report and print the misses and totals."""
    quiet = "-q" in argv
    gazetteer = Gazetteer(read_csv(CSV))
    labels = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    tallies: dict[str, Tally] = {}
    for name, label in labels.items():
        tally = tallies.setdefault(label.get("set", "all"), Tally())
        lines = score_file(name, label, gazetteer, tally)
        if lines and not quiet:
            print(f"== {name}")
            print("\n".join(f"   {line}" for line in lines))
    for name, tally in tallies.items():
        count = sum(1 for v in labels.values() if v.get("set", "all") == name)
        print(f"-- {name} ({count} reports)")
        print_totals(tally.counts)


def score_file(name: str, label: dict, gazetteer: Gazetteer, tally: Tally) -> list:
    """Parse one report and tally its scores; return the lines describing misses."""
    text = (HERE / name).read_text(encoding="utf-8")
    published = datetime.date.fromisoformat(label["published"])
    result = geoparse(text, published, gazetteer, label.get("lang"))
    return [
        *score_toponyms(result, label, tally),
        *score_resolution(text, result, label, gazetteer, tally),
        *score_outside(text, result, label, tally),
        *score_events(result, label, gazetteer, tally),
    ]


def score_toponyms(result: Geoparse, label: dict, tally: Tally) -> list[str]:
    found = {m.place.slug for m in result.mentions if m.place and m.place.in_region}
    gold = set(label["places"])
    tally.add(
        top_tp=len(found & gold), top_fp=len(found - gold), top_fn=len(gold - found)
    )
    lines = [f"toponym miss: {slug}" for slug in sorted(gold - found)]
    lines += [f"toponym false hit: {slug}" for slug in sorted(found - gold)]
    return lines


def occurrences(text: str, names: dict[str, list[str]]) -> list[tuple]:
    """Return (start, end, slug) of every occurrence of each labelled surface."""
    spans = []
    for slug, surfaces in names.items():
        for surface in surfaces:
            start = text.find(surface)
            while start >= 0:
                spans.append((start, start + len(surface), slug))
                start = text.find(surface, start + 1)
    return spans


def best_label(mention: MentionResult, spans: list[tuple]) -> str | None:
    """Return the slug of the labelled span overlapping a mention the most."""
    best, key = None, (0, 0)
    for start, end, slug in spans:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > 0 and (overlap, end - start) > key:
            best, key = slug, (overlap, end - start)
    return best


def km(a: PlaceEntry, b: PlaceEntry) -> float:
    return distance((a.lat, a.lon), (b.lat, b.lon)).km


def score_resolution(
    text: str, result: Geoparse, label: dict, gazetteer: Gazetteer, tally: Tally
) -> list[str]:
    spans = occurrences(text, label["places"])
    lines = []
    for m in result.mentions:
        slug = best_label(m, spans)
        if slug is None:
            if m.place and m.place.in_region:
                lines.append(f"unlabelled in-region mention: {m.surface!r}")
            continue
        right = _within(m.place, slug, gazetteer, RESOLVE_KM)
        tally.add(res_total=1, res_right=int(right))
        if not right:
            got = m.place.slug if m.place else None
            lines.append(f"resolution wrong: {m.surface!r} -> {got}, want {slug}")
    return lines


def _within(place: PlaceEntry | None, slug: str, gazetteer: Gazetteer, limit: float):
    if place is None:
        return False
    if place.slug == slug:
        return True
    try:
        return km(place, gazetteer.get(slug)) <= limit
    except KeyError:
        return False


def score_outside(text: str, result: Geoparse, label: dict, tally: Tally) -> list:
    """Out-of-region names must not become in-region places (found ones counted)."""
    spans = occurrences(text, label.get("outside", {}))
    found, lines = set(), []
    for m in result.mentions:
        slug = best_label(m, spans)
        if slug is None or m.place is None:
            continue
        if m.place.in_region:
            lines.append(f"outside name made in-region: {m.surface!r} -> {m.place}")
        else:
            found.add(slug)
    gold = set(label.get("outside", {}))
    tally.add(out_total=len(gold), out_found=len(found & gold))
    lines += [f"outside name not found: {slug}" for slug in sorted(gold - found)]
    return lines


def _matches(
    event: EventResult, gold: list, gazetteer: Gazetteer, strict: bool
) -> bool:
    day, sub_type, slug = gold
    day = datetime.date.fromisoformat(day)
    if not event.date_start <= day <= event.date_end:
        return False
    if strict and event.sub_type != sub_type:
        return False
    if event.event_type != TYPE_OF[sub_type]:
        return False
    return _within(event.place, slug, gazetteer, EVENT_KM)


def score_events(
    result: Geoparse, label: dict, gazetteer: Gazetteer, tally: Tally
) -> list[str]:
    lines = []
    for gold in label["events"]:
        by_type = any(_matches(e, gold, gazetteer, False) for e in result.events)
        strict = any(_matches(e, gold, gazetteer, True) for e in result.events)
        tally.add(ev_total=1, ev_type=int(by_type), ev_sub=int(strict))
        if not strict:
            lines.append(f"event miss{' (sub_type)' if by_type else ''}: {gold}")
    for e in result.events:
        if not any(_matches(e, gold, gazetteer, False) for gold in label["events"]):
            tally.add(ev_false=1)
            lines.append(f"event false hit: {e.date_start} {e.sub_type} {e.place.slug}")
    tally.add(ev_found=len(result.events))
    return lines


def ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def print_totals(c: Counter) -> None:
    p = ratio(c["top_tp"], c["top_tp"] + c["top_fp"])
    r = ratio(c["top_tp"], c["top_tp"] + c["top_fn"])
    f1 = ratio(2 * p * r, p + r)
    print(
        f"toponyms (in-region slug sets): P={p:.3f} R={r:.3f} F1={f1:.3f} "
        f"(tp={c['top_tp']} fp={c['top_fp']} fn={c['top_fn']})"
    )
    print(
        f"resolution within {RESOLVE_KM:g} km: "
        f"{ratio(c['res_right'], c['res_total']):.3f} "
        f"({c['res_right']}/{c['res_total']} labelled mentions found)"
    )
    print(f"out-of-region names found: {c['out_found']}/{c['out_total']}")
    print(
        f"event recall by (date, type, place<={EVENT_KM:g} km): "
        f"{ratio(c['ev_type'], c['ev_total']):.3f} ({c['ev_type']}/{c['ev_total']}); "
        f"by sub_type: {ratio(c['ev_sub'], c['ev_total']):.3f}"
    )
    print(f"events found: {c['ev_found']}, matching no labelled event: {c['ev_false']}")


if __name__ == "__main__":
    main(sys.argv[1:])
