"""Relative locations: "8 km east of X", "شرق دير الزور", "ريف دير الزور الشرقي",
"بادية البوكمال". They give an event a computed point, not a pin on the named place.

Geo-precision follows ACLED: 1 the named place itself, 2 a point near it (an
offset, the desert around it), 3 a wider area (a countryside, a governorate).
"""

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geopy.distance import distance
from shapely.geometry import LineString, Point
from shapely.ops import nearest_points

from .gazetteer import PlaceEntry
from .name_context import DESCRIBING
from .normalisation import normalise, normalise_name
from .numbers import parse_number

REFERENCE_LINES = Path(__file__).resolve().parent / "data" / "reference_lines.geojson"
BEARINGS = {"north": 0, "east": 90, "south": 180, "west": 270}
DIRECTION_WORDS = {
    "north": "شمال شمالي الشمالي north northern",
    "south": "جنوب جنوبي الجنوبي south southern",
    "east": "شرق شرقي الشرقي east eastern",
    "west": "غرب غربي الغربي west western",
}
_WORD = {
    normalise_name(w): d for d, words in DIRECTION_WORDS.items() for w in words.split()
}
_DIR = "|".join(sorted(map(re.escape, _WORD), key=len, reverse=True))
# "north east", "northeast", "شمال شرق", "الشمالي الشرقي" (normalised text).
DIRECTION = rf"(?P<dir1>{_DIR})(?: ?(?P<dir2>{_DIR}))?"
UNITS = {
    "km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
    "kilometer": 1.0, "كم": 1.0, "كيلومتر": 1.0, "كيلومترات": 1.0, "كيلو": 1.0,
    "miles": 1.609, "mile": 1.609, "m": 0.001, "metres": 0.001, "meters": 0.001,
    "متر": 0.001, "امتار": 0.001, "مترا": 0.001,
}  # fmt: skip
_UNIT = "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
_AMOUNT = r"(?P<amount>\d+(?:[.,]\d+)?|[^\W\d]+(?: [^\W\d]+)?)"
_ABOUT = (
    r"(?:(?:about|some|around|nearly|roughly|approximately|علي بعد|بعد|نحو|حوالي)\s)?"
)
# "[about] 8 km [to the] north east of [the]", "علي بعد 7 كم شمال شرق" at the end.
BEFORE = re.compile(
    rf"(?:{_ABOUT}{_AMOUNT}(?:(?<=\d) ?| )(?P<unit>{_UNIT})\.?(?: to the)? )?"
    rf"(?:[وف]?ب?ال?)?{DIRECTION}(?: of)?(?: the)? $"
)
CUE_FILLERS = re.compile(
    r"(?:(?:the )?(?:border |frontier |nearby |small )?"
    r"(?:town|city|village|villages|field|base|airport|area|outskirts)(?: of)? |"
    r"(?:مدينه|بلده|قريه|قري|منطقه|حقل|قاعده|مطار) )$"
)
# "ريف دير الزور الشرقي" / "Deir ez-Zor's eastern countryside": a direction after.
AFTER = re.compile(rf"^ (?:ال)?{DIRECTION}(?!\w)")
COUNTRYSIDE_BEFORE = re.compile(
    rf"(?:the )?{DIRECTION} (?:countryside|outskirts|suburbs|part|parts|desert)"
    r" of (?:the )?$"
)
# "Badiyat al-Mayadin", "Badiyeh Khasham": the Arabic word in Latin letters
BADIYA = r"(?:badiy(?:a|ah|eh|at|et)|badia|badiat)"
DESERT_BEFORE = re.compile(
    rf"(?:باديه |(?:the )?desert (?:of|around|near) (?:the )?|(?:the )?{BADIYA} )$"
)
DESERT_DIRECTION = re.compile(rf"desert {DIRECTION} of (?:the )?$")
DESERT_AFTER = re.compile(r"^ (?:desert|badia|countryside desert)(?!\w)")
# "the eastern city of X" describes X (name_context reads it so too).
DESCRIBED = re.compile(rf"(?:^|\s)the (?:{'|'.join(sorted(DESCRIBING))}) $")
NEAR_KM, DESERT_KM, AREA_KM, AREA_SECTOR = 5.0, 10.0, 150.0, 60.0
SETTLEMENTS = frozenset({"city", "town", "village"})


@dataclass(frozen=True)
class Relative:
    """How an event's place relates to the named place."""

    kind: str  # "offset", "countryside", "desert"
    bearing: float | None
    km: float | None


def _bearing(match: re.Match) -> float:
    first = BEARINGS[_WORD[match.group("dir1")]]
    if not match.group("dir2"):
        return float(first)
    second = BEARINGS[_WORD[match.group("dir2")]]
    if {first, second} == {0, 270}:
        return 315.0
    return (first + second) / 2


def _km(match: re.Match) -> float | None:
    amount, unit = match.group("amount"), match.group("unit")
    if amount is None or unit is None:
        return None
    value = parse_number(amount.replace(",", "."))
    if value is None:  # "about seven": the word before the number is no number
        value = parse_number(amount.split(" ")[-1])
    return None if value is None else round(value * UNITS[unit], 3)


def relative_to(text: str, start: int, end: int) -> Relative | None:
    """Return the relative phrase around the name at text[start:end], if any."""
    surface = normalise(text[start:end]).text
    before = normalise(text[max(0, start - 90) : start]).text.rsplit("\n", 1)[-1]
    after = normalise(text[end : end + 30]).text
    countryside = re.match(r"^ (?:s )?countryside", after) is not None
    after = re.sub(r"^ (?:s )?(?:countryside|province|governorate)", " ", after)
    if DESERT_BEFORE.search(before) or DESERT_AFTER.match(after):
        found = BEFORE.search(before.removesuffix("باديه "))
        return Relative("desert", _bearing(found) if found else None, None)
    found = DESERT_DIRECTION.search(before)
    if found:
        return Relative("desert", _bearing(found), None)
    found = COUNTRYSIDE_BEFORE.search(before)
    if found:
        return Relative("countryside", _bearing(found), None)
    found = AFTER.match(after)
    rural = surface.startswith("ريف") or re.search(r"(?:ريف|countryside of) $", before)
    if found and rural:
        return Relative("countryside", _bearing(found), None)
    trimmed = CUE_FILLERS.sub("", before)
    found = BEFORE.search(trimmed)
    if found is None:
        return None
    if trimmed != before and DESCRIBED.search(trimmed):
        return None  # "the eastern city of X" describes X
    if found.group(0).strip().endswith("ern") and not found.group("amount"):
        # "eastern Deir ez-Zor [countryside]": a part of the area, not a point.
        return Relative("countryside", _bearing(found), None)
    if countryside:
        return Relative("countryside", _bearing(found), None)
    return Relative("offset", _bearing(found), _km(found))


def locate(
    place: PlaceEntry, relative: Relative | None, places: tuple[PlaceEntry, ...]
) -> tuple[float, float, int]:
    """Return the (lat, lon, geo precision) an event at ``place`` is given."""
    if relative is None:
        return place.lat, place.lon, 1
    if relative.kind == "countryside" and relative.bearing is not None:
        centre = area_centroid(seat(place, places), relative.bearing, places)
        if centre is not None:
            return (*centre, 3)
    if relative.kind == "desert":
        bearing = relative.bearing
        if bearing is None:
            bearing = away_from_river(place)
        if bearing is None:
            return place.lat, place.lon, 2
        return (*offset(place.lat, place.lon, bearing, DESERT_KM), 2)
    if relative.kind == "offset" and relative.bearing is not None:
        km = relative.km if relative.km is not None else NEAR_KM
        return (*offset(place.lat, place.lon, relative.bearing, km), 2)
    return place.lat, place.lon, 2


def seat(place: PlaceEntry, places: tuple[PlaceEntry, ...]) -> PlaceEntry:
    """Return the town an area is named after (ريف دير الزور -> Deir ez-Zor city).

    A place that is not an area, or an area named after no town, is its own seat.
    """
    if place.kind in SETTLEMENTS:
        return place
    names = " | ".join(normalise_name(n) for n in place.names)
    towns = [
        p
        for p in places
        if p.kind in SETTLEMENTS
        and p.in_region == place.in_region
        and any(normalise_name(n) in names for n in (p.name_en, p.name_ar) if n)
    ]
    order = {"city": 0, "town": 1, "village": 2}
    return min(towns, key=lambda p: (order[p.kind], p.slug), default=place)


def offset(lat: float, lon: float, bearing: float, km: float) -> tuple[float, float]:
    """Return the point ``km`` from (lat, lon) on ``bearing`` degrees, rounded."""
    point = distance(kilometers=km).destination((lat, lon), bearing)
    return round(point.latitude, 5), round(point.longitude, 5)


def _bearing_to(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lat2 = math.radians(a[0]), math.radians(b[0])
    dlon = math.radians(b[1] - a[1])
    y = math.sin(dlon) * math.cos(lat2)
    x = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(
        dlon
    )
    return math.degrees(math.atan2(y, x)) % 360


def area_centroid(
    place: PlaceEntry, bearing: float, places: tuple[PlaceEntry, ...]
) -> tuple[float, float] | None:
    """Return the centroid of the in-region settlements in a direction from a place.

    "The eastern countryside of Deir ez-Zor" is where the gazetteer's towns and
    villages lie east (within 60 degrees) of the city, up to 150 km away.
    """
    seat = (place.lat, place.lon)
    chosen = []
    for other in places:
        if not other.in_region or other.kind not in SETTLEMENTS:
            continue
        here = (other.lat, other.lon)
        if here == seat or distance(seat, here).km > AREA_KM:
            continue
        turn = abs((_bearing_to(seat, here) - bearing + 180) % 360 - 180)
        if turn <= AREA_SECTOR:
            chosen.append(here)
    if len(chosen) < 2:
        return None
    lat = sum(p[0] for p in chosen) / len(chosen)
    lon = sum(p[1] for p in chosen) / len(chosen)
    return round(lat, 5), round(lon, 5)


@lru_cache(maxsize=1)
def _euphrates() -> LineString | None:
    try:
        data = json.loads(REFERENCE_LINES.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    for feature in data.get("features", []):
        if feature.get("properties", {}).get("slug") == "euphrates":
            return LineString(feature["geometry"]["coordinates"])
    return None


def away_from_river(place: PlaceEntry) -> float | None:
    """Return the bearing from the Euphrates to a place (its desert side)."""
    river = _euphrates()
    if river is None:
        return None
    nearest = nearest_points(river, Point(place.lon, place.lat))[0]
    if distance((nearest.y, nearest.x), (place.lat, place.lon)).km < 0.5:
        return None
    return _bearing_to((nearest.y, nearest.x), (place.lat, place.lon))
