"""Say why labelled events were missed, and which events the geoparser dropped.

Run as ``.venv/bin/python -m tests.corpus.misses [-v] DIR`` (``make misses-real``).
Each labelled event no found event recalls gets a kind:

- ``nocoords``: its place has no coordinates (a missing place without them);
- ``place``: an event of its type and day was found, but elsewhere;
- ``date``: an event of its type was found within 10 km, on another day;
- ``type``: an event of another type was found within 10 km on its day;
- ``type+date``: only an event of another type and day within 10 km;
- ``none``: nothing at all within 10 km.

Then, for the misses, the events a sentence told at a place within 10 km that
``geoparsing._event`` dropped, with the check that dropped them (hedged, told
as past, background, ...): the checks that decide most misses are the ones to
look at first. ``-v`` prints each miss with its sentence.
"""

import datetime
import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from places import geoparsing
from places.gazetteer import Gazetteer, read_csv
from places.geoparsing import EventResult, geoparse

from .score import CSV, EVENT_KM, TYPE_OF, PlaceOf, _event_km, _km, gold_places

# geoparsing._event's checks, in the order it makes them: the last that said
# yes before an event was dropped is the one that dropped it
CHECKS = (
    "hedged",
    "told_as_start",
    "told_as_recent",
    "in_support",
    "aside",
    "told_as_past",
    "background",
)


@dataclass(frozen=True)
class Dropped:
    """An event a sentence told that ``_event`` did not keep."""

    start: int
    word: str
    sub_type: str
    places: tuple
    why: str


def kind_of_miss(gold: list, events: list[EventResult], place_of: PlaceOf) -> str:
    """Return the kind of a labelled event's miss (see the module's list)."""
    day, sub_type, slug = gold
    place = place_of(slug)
    if place is None:
        return "nocoords"
    day = datetime.date.fromisoformat(day)
    wanted = TYPE_OF[sub_type]
    near = [e for e in events if _event_km(e, place) <= EVENT_KM]
    on_day = [e for e in events if e.date_start <= day <= e.date_end]
    if any(e.event_type == wanted for e in on_day):
        return "place"
    if any(e.event_type == wanted for e in near):
        return "date"
    if any(e in near for e in on_day):
        return "type"
    return "type+date" if near else "none"


def parse_noting_drops(
    text: str, published: datetime.date | None, gazetteer: Gazetteer, lang: str
) -> tuple[list[EventResult], list[Dropped]]:
    """Geoparse a text, noting each event ``_event`` dropped and why."""
    said: list[str] = []
    dropped: list[Dropped] = []

    def noting(name: str):
        check = getattr(geoparsing, name)

        def noted(*args, **kwargs):
            answer = check(*args, **kwargs)
            if answer:
                said.append(name)
            return answer

        return noted

    keep = geoparsing._event

    def event(reading, segment, hosts, *args, **kwargs):
        said.clear()
        found = keep(reading, segment, hosts, *args, **kwargs)
        if found is None:
            trigger = segment.trigger
            why = said[-1] if said else ("no place" if not hosts else "undated")
            places = tuple(h.place or reading.resolved[h.index].place for h in hosts)
            word = reading.text[trigger.start : trigger.end]
            drop = Dropped(trigger.start, word, trigger.sub_type, places, why)
            if drop not in dropped:  # a report read twice (asides) drops it twice
                dropped.append(drop)
        return found

    patches = [mock.patch.object(geoparsing, n, noting(n)) for n in CHECKS]
    patches.append(mock.patch.object(geoparsing, "_event", event))
    for patch in patches:
        patch.start()
    try:
        result = geoparse(text, published, gazetteer, lang)
    finally:
        for patch in patches:
            patch.stop()
    return list(result.events), dropped


def main(argv: list[str]) -> None:
    """Print each report's misses with their kinds, then the totals."""
    verbose = "-v" in argv
    folder = Path(next(a for a in argv if not a.startswith("-")))
    gazetteer = Gazetteer(read_csv(CSV))
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    kinds, whys, total = Counter(), Counter(), 0
    for name, label in labels.items():
        text = (folder / name).read_text(encoding="utf-8")
        published = label["published"]
        published = datetime.date.fromisoformat(published) if published else None
        events, dropped = parse_noting_drops(text, published, gazetteer, label["lang"])
        place_of = gold_places(label, gazetteer)
        total += len(label["events"])
        for gold in label["events"]:
            if any(_recalls(e, gold, place_of) for e in events):
                continue
            kind = kind_of_miss(gold, events, place_of)
            kinds[kind] += 1
            drops = [d for d in dropped if _near(d, place_of(gold[2]))]
            whys.update({d.why for d in drops})
            print(f"{name}: {kind}: {gold}")
            for d in drops:
                print(f"    dropped ({d.why}): {d.word!r}@{d.start} {d.sub_type}")
                if verbose:
                    print(f"      {_sentence(text, d.start)}")
    missed = sum(kinds.values())
    print(f"\n{missed} of {total} labelled events missed:")
    for kind, count in kinds.most_common():
        print(f"  {kind:10} {count}")
    print("misses with an event dropped near them, by the check that dropped it:")
    for why, count in whys.most_common():
        print(f"  {why:15} {count}")


def _recalls(event: EventResult, gold: list, place_of: PlaceOf) -> bool:
    day, sub_type, slug = gold
    day = datetime.date.fromisoformat(day)
    place = place_of(slug)
    return (
        event.date_start <= day <= event.date_end
        and event.event_type == TYPE_OF[sub_type]
        and _event_km(event, place) <= EVENT_KM
    )


def _near(dropped: Dropped, place) -> bool:
    return place is not None and any(
        p is not None and _km(p, place) <= EVENT_KM for p in dropped.places
    )


def _sentence(text: str, at: int) -> str:
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    end = min(i for i in (text.find(".", at), text.find("\n", at), len(text)) if i >= 0)
    return " ".join(text[start:end].split())[:300]


if __name__ == "__main__":
    main(sys.argv[1:])
