"""Hints a report gives about which of several places of one name it means:
the countryside named after it, the town it is said to be in, or the town it
is said to lie east (west, north, south) of."""

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from geopy.distance import distance

from .extraction import Toponym
from .gazetteer import Gazetteer, PlaceEntry
from .relative import BEARINGS

AREA_HINT_CHARS, AREA_HINT_KM, AREA_BONUS = 60, 45.0, 0.5
SETTLEMENTS = frozenset({"city", "town", "village", "neighbourhood"})
APPOSED_CHARS = 12  # "Salihiyah, east of Mayadeen": ", east of " between
BEARING_SPREAD = 67.5  # degrees either side of the direction told


@dataclass(frozen=True)
class Countryside:
    """The town whose countryside (or whose inside) a place is said to be in."""

    town: PlaceEntry

    @property
    def slug(self) -> str:
        return self.town.slug

    def holds(self, place: PlaceEntry) -> str | None:
        near = distance((place.lat, place.lon), (self.town.lat, self.town.lon)).km
        return (
            f"in the {self.town.name_en} countryside" if near <= AREA_HINT_KM else None
        )


@dataclass(frozen=True)
class Bearing:
    """The town a place is said to lie east (west, north, south) of."""

    town: PlaceEntry
    direction: str

    @property
    def slug(self) -> str:
        return f"{self.direction} of {self.town.slug}"

    def holds(self, place: PlaceEntry) -> str | None:
        dy = place.lat - self.town.lat
        dx = (place.lon - self.town.lon) * math.cos(math.radians(self.town.lat))
        if dx == dy == 0:
            return None
        bearing = math.degrees(math.atan2(dx, dy)) % 360
        off = abs((bearing - BEARINGS[self.direction] + 180) % 360 - 180)
        return self.slug if off <= BEARING_SPREAD else None


Hint = Countryside | Bearing


def _apposed(
    toponym: Toponym, after: Toponym, relations: Collection[str] = BEARINGS.keys()
) -> bool:
    return after.relation in relations and after.start - toponym.end <= APPOSED_CHARS


def area_hints(toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> dict[int, Hint]:
    """Return, by toponym index, the town whose countryside is named right after
    it ("الصالحية والعباس في ريف البوكمال", "Salihiyah in the Abu Kamal
    countryside"), or that it is said to be in ("قرية الصالحية وشارع الهجانة في
    مدينة البوكمال") or near ("بادية الصالحية قرب البوكمال"): the place meant
    lies there; or the town it is said to lie east of ("Salihiyah, east of
    Mayadeen"): it lies that way."""
    hints = {}
    for i, toponym in enumerate(toponyms):
        for after in toponyms[i + 1 : i + 4]:
            if after.start - toponym.end > AREA_HINT_CHARS:
                break
            places = [
                p
                for p in gazetteer.candidates(after.key)
                if p.in_region and p.kind in SETTLEMENTS
            ]
            held = after.cue == "governorate" or after.town_of or after.within
            # "كمين في بادية الصالحية قرب البوكمال": it lies near that town
            held = held or _apposed(toponym, after, ("near",))
            if held and len(places) == 1:
                hints[i] = Countryside(places[0])
                break
            if _apposed(toponym, after) and len(places) == 1:
                hints[i] = Bearing(places[0], after.relation)
                break
    first: dict[str, Hint] = {}
    for i, hint in sorted(hints.items()):
        first.setdefault(_bare(toponyms[i].key), hint)
    # One report, one sense: the same name elsewhere in it means the same place.
    return {
        i: hints.get(i) or first[_bare(t.key)]
        for i, t in enumerate(toponyms)
        if i in hints or _bare(t.key) in first
    }


def _bare(key: str) -> str:
    """A name's key without its article: "al-Salihiyah" is "Salihiyah"."""
    return key.removeprefix("al ").removeprefix("ال")
