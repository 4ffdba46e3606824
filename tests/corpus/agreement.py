"""How far two labellers of the same real articles agree, scored as the
geoparser is (python -m tests.corpus.agreement DIR).

DIR holds the texts, ``labels.json`` (first labeller) and ``second-labels.json``
(a second labeller who saw only the texts, their URLs and publication dates).
Each labelling is scored against the other with the event rule of ``score``:
same day, same ACLED event type, places within 10 km. A place the gazetteer
lacks has no coordinates unless a labeller found some, so under that rule no
event there can match; the second figure also counts two such places as one
when the labellers marked overlapping text for them. The geoparser's event
recall is given on the events both labellers told and on those only one did.
"""

import datetime
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from places.gazetteer import Gazetteer, PlaceEntry, read_csv
from places.geoparsing import geoparse

from .score import CSV, TYPE_OF, PlaceOf, _matches, gold_places


@dataclass(frozen=True)
class Told:
    """A labelled event, shaped as the scorer reads the geoparser's."""

    date_start: datetime.date
    date_end: datetime.date
    sub_type: str
    event_type: str
    place: PlaceEntry | None
    span: tuple[int, int] | None  # the text of a place the gazetteer lacks
    lat: float | None = None
    lon: float | None = None


def told_events(label: dict, place_of: PlaceOf) -> list[Told]:
    """Return a label's events as the scorer reads a system's."""
    out = []
    for day, sub_type, slug in label["events"]:
        date, place = datetime.date.fromisoformat(day), place_of(slug)
        out.append(
            Told(date, date, sub_type, TYPE_OF[sub_type], place, _span_of(label, slug))
        )
    return out


def _span_of(label: dict, slug: str) -> tuple[int, int] | None:
    if not slug.startswith("missing:"):
        return None
    spans = [(t["start"], t["end"]) for t in label["toponyms"] if t["place"] == slug]
    return spans[0] if spans else None


def matches(told: Told, gold: list, label: dict, place_of: PlaceOf) -> bool:
    """Match as the scorer does; a place neither labelling locates matches
    when both marked overlapping text for it."""
    if told.place is not None:
        return _matches(told, gold, place_of, False)
    day, sub_type, slug = gold
    theirs = _span_of(label, slug)
    return (
        told.span is not None
        and theirs is not None
        and place_of(slug) is None
        and told.date_start == datetime.date.fromisoformat(day)
        and told.event_type == TYPE_OF[sub_type]
        and told.span[0] < theirs[1]
        and theirs[0] < told.span[1]
    )


def compare(first: dict, second: dict, gazetteer: Gazetteer, tally: Counter) -> list:
    """Tally how far the second labelling finds the first's events and the
    reverse; return, per event of the first, whether the second told it."""
    place_a, place_b = gold_places(first, gazetteer), gold_places(second, gazetteer)
    ours_a, ours_b = told_events(first, place_a), told_events(second, place_b)
    both = []
    for gold in first["events"]:
        strict = any(_matches(t, gold, place_a, False) for t in ours_b if t.place)
        loose = any(matches(t, gold, first, place_a) for t in ours_b)
        tally.update(first=1, found_strict=strict, found=loose)
        both.append(loose)
    for gold in second["events"]:
        found = any(matches(t, gold, second, place_b) for t in ours_a)
        tally.update(second=1, second_found=found)
    return both


def geoparser_on(text: str, label: dict, both: list, gazetteer: Gazetteer, tally):
    """Tally the geoparser's event recall on events both labellers told and
    on those only the first did."""
    published = label["published"]
    published = datetime.date.fromisoformat(published) if published else None
    events = geoparse(text, published, gazetteer, label.get("lang")).events
    place_of = gold_places(label, gazetteer)
    for gold, agreed in zip(label["events"], both, strict=True):
        hit = any(_matches(e, gold, place_of, False) for e in events)
        key = "agreed" if agreed else "one"
        tally.update({key: 1, f"{key}_ours": hit})


def main(argv: list[str]) -> None:
    folder = Path(argv[0])
    first = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    second = json.loads((folder / "second-labels.json").read_text(encoding="utf-8"))
    gazetteer = Gazetteer(read_csv(CSV))
    tallies: dict[str, Counter] = {}
    for name in sorted(set(first) & set(second)):
        text = (folder / name).read_text(encoding="utf-8")
        group = f"{first[name].get('set', '?')} {first[name].get('lang', '?')}"
        for key in (group, "all"):
            tally = tallies.setdefault(key, Counter())
            both = compare(first[name], second[name], gazetteer, tally)
            geoparser_on(text, first[name], both, gazetteer, tally)
    for key in sorted(tallies, key=lambda k: (k == "all", k)):
        print(report(key, tallies[key]))


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def report(title: str, t: Counter) -> str:
    return "\n".join(
        [
            f"== {title}",
            f"  second finds first's events, scored as the geoparser: "
            f"{_ratio(t['found_strict'], t['first'])}",
            f"  ... counting unlocated places marked alike: "
            f"{_ratio(t['found'], t['first'])}",
            f"  first finds second's events (same): "
            f"{_ratio(t['second_found'], t['second'])}",
            f"  geoparser recall on events both told: "
            f"{_ratio(t['agreed_ours'], t['agreed'])}; "
            f"on events only the first told: {_ratio(t['one_ours'], t['one'])}",
        ]
    )


if __name__ == "__main__":
    main(sys.argv[1:])
