"""Geometry maths with shapely: which bank of the river a point lies on."""

from django.contrib.gis.geos import GEOSGeometry
from geopy.distance import geodesic
from shapely import wkb
from shapely.geometry import LineString, Point
from shapely.ops import linemerge, nearest_points

# Farther than this from the river, "east bank" or "west bank" means nothing.
BANK_MAX_KM = 30.0


def shapely_line(geom: GEOSGeometry) -> LineString:
    """Return a GEOS (multi)line as one shapely line, merged where the parts touch."""
    shape = wkb.loads(bytes(geom.wkb))
    if shape.geom_type == "MultiLineString":
        merged = linemerge(shape)
        if merged.geom_type == "LineString":
            return merged
        return max(merged.geoms, key=lambda part: part.length)
    return shape


def bank_of(river: LineString, lon: float, lat: float) -> str:
    """Return "east" (left bank, downstream) or "west" of a river drawn downstream."""
    here = Point(lon, lat)
    nearest = nearest_points(river, here)[0]
    if geodesic((lat, lon), (nearest.y, nearest.x)).km > BANK_MAX_KM:
        return "none"
    along = river.project(nearest)
    before = river.interpolate(max(along - 1e-3, 0))
    after = river.interpolate(min(along + 1e-3, river.length))
    cross = (after.x - before.x) * (lat - before.y) - (after.y - before.y) * (
        lon - before.x
    )
    if cross == 0:
        return "none"
    # Left of the downstream direction is the east (north-east) bank here.
    return "east" if cross > 0 else "west"
