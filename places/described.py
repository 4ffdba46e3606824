"""Points of places a source describes but gives no coordinates for.

A travel book lists the villages along a road in order, a village profile says
"33 km east of the city": each such statement names gazetteer rows (anchors) and
puts the place between them, a distance along the way from one to another, or a
distance and bearing from one. The point is derived from the anchors, with how
far off it may be, so a gazetteer row can say how it was made.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from geopy.distance import distance

BEARINGS = {"N": 0, "NE": 45, "E": 90, "SE": 135, "S": 180, "SW": 225, "W": 270}
BEARINGS["NW"] = 315
SMALLEST_KM = 1.0
# A bearing of eight gives the direction within 22.5 degrees: sin(22.5°) ≈ 0.38.
SECTOR_SPREAD = 0.38
ROAD_SPREAD = 0.15  # road and river distances are longer than the straight line
NEAR_KM = 5.0  # "near X", "in X's desert": no distance told

# How a gazetteer row made this way begins its notes.
NOTE_HEAD = "Located from a description"

Anchors = Mapping[str, tuple[float, float]]


@dataclass(frozen=True)
class Located:
    """A derived point and how far (km) the place may lie from it."""

    lat: float
    lon: float
    within_km: float


def locate(statement: Mapping, anchors: Anchors) -> Located:
    """Return the point a statement gives; raise ValueError for an unknown anchor
    or method, or numbers that make no sense. A statement's own ``within_km``
    (sources vaguer than the method's arithmetic) widens the spread."""
    point = _locate(statement, anchors)
    stated = float(statement.get("within_km", 0))
    if stated > point.within_km:
        return Located(point.lat, point.lon, stated)
    return point


def _locate(statement: Mapping, anchors: Anchors) -> Located:
    method = statement.get("method")
    if method == "coords":
        return Located(float(statement["lat"]), float(statement["lon"]), SMALLEST_KM)
    if method == "between":
        return _between(statement, anchors)
    if method == "along":
        return _along(statement, anchors)
    if method == "offset":
        return _offset(statement, anchors)
    raise ValueError(f"unknown method {method!r}")


def best(points: Iterable[Located]) -> tuple[Located, float]:
    """Return the point that claims the least spread, and the largest distance
    (km) between it and the others (sources that disagree show there)."""
    points = list(points)
    if not points:
        raise ValueError("no statement")
    chosen = min(points, key=lambda p: p.within_km)
    gap = max(_km(chosen, p) for p in points)
    return chosen, gap


def _between(statement: Mapping, anchors: Anchors) -> Located:
    a, b = _anchor(anchors, statement["a"]), _anchor(anchors, statement["b"])
    position, of = int(statement["position"]), int(statement["of"])
    if not 1 <= position <= of:
        raise ValueError(f"position {position} of {of}")
    share = position / (of + 1)
    spacing = _km_between(a, b) / (of + 1)
    return _part_way(a, b, share, max(SMALLEST_KM, spacing / 2))


def _along(statement: Mapping, anchors: Anchors) -> Located:
    a, b = _anchor(anchors, statement["a"]), _anchor(anchors, statement["b"])
    km, length = float(statement["km"]), _km_between(a, b)
    if km < 0 or length == 0:
        raise ValueError(f"{km} km along {length:.1f} km")
    share = min(1.0, km / length)
    return _part_way(a, b, share, max(SMALLEST_KM, ROAD_SPREAD * km))


def _offset(statement: Mapping, anchors: Anchors) -> Located:
    a, km = _anchor(anchors, statement["a"]), float(statement["km"])
    bearing = statement["bearing"]
    if bearing not in BEARINGS or km < 0:
        raise ValueError(f"{km} km {bearing!r}")
    there = distance(kilometers=km).destination(a, bearing=BEARINGS[bearing])
    within = NEAR_KM if km < SMALLEST_KM else SECTOR_SPREAD * km
    return Located(there.latitude, there.longitude, max(SMALLEST_KM, within))


def _part_way(
    a: tuple[float, float], b: tuple[float, float], share: float, within: float
) -> Located:
    lat = a[0] + (b[0] - a[0]) * share
    lon = a[1] + (b[1] - a[1]) * share
    return Located(lat, lon, within)


def _anchor(anchors: Anchors, slug: str) -> tuple[float, float]:
    if slug not in anchors:
        raise ValueError(f"unknown anchor {slug!r}")
    return anchors[slug]


def _km_between(a: tuple[float, float], b: tuple[float, float]) -> float:
    return distance(a, b).km


def _km(a: Located, b: Located) -> float:
    return distance((a.lat, a.lon), (b.lat, b.lon)).km
