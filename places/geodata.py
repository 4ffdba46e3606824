"""Load reference lines and areas of control from the GeoJSON files in data/."""

import datetime
import json
from pathlib import Path

from django.contrib.gis.geos import GEOSGeometry, MultiLineString, MultiPolygon
from django.db import transaction

from .models import ControlArea, ReferenceLine

DATA_DIR = Path(__file__).resolve().parent / "data"


def features(path: Path) -> list[dict]:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("type") != "FeatureCollection":
        raise ValueError(f"{path}: not a GeoJSON FeatureCollection")
    return data["features"]


def geometry(feature: dict) -> GEOSGeometry:
    geom = GEOSGeometry(json.dumps(feature["geometry"]), srid=4326)
    if geom.geom_type == "LineString":
        return MultiLineString(geom, srid=4326)
    if geom.geom_type == "Polygon":
        return MultiPolygon(geom, srid=4326)
    return geom


def day(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def load_reference_lines(path: Path = DATA_DIR / "reference_lines.geojson") -> int:
    """Create or update the lines by slug; return how many the file holds."""
    rows = features(path)
    with transaction.atomic():
        for feature in rows:
            props = feature["properties"]
            ReferenceLine.objects.update_or_create(
                slug=props["slug"],
                defaults={
                    "name": props["name"],
                    "name_ar": props.get("name_ar") or "",
                    "kind": props["kind"],
                    "geometry": geometry(feature),
                    "valid_from": day(props.get("valid_from")),
                    "valid_to": day(props.get("valid_to")),
                    "source": source_text(props),
                    "notes": props.get("notes") or "",
                },
            )
    return len(rows)


def load_control_areas(path: Path = DATA_DIR / "control_areas.geojson") -> int:
    """Create or update areas keyed by controller, label and start date."""
    rows = features(path)
    with transaction.atomic():
        for feature in rows:
            props = feature["properties"]
            ControlArea.objects.update_or_create(
                controller=props["controller"],
                label=props.get("label") or "",
                valid_from=day(props.get("valid_from")),
                defaults={
                    "polygon": geometry(feature),
                    "valid_to": day(props.get("valid_to")),
                    "source": source_text(props),
                    "notes": props.get("notes") or "",
                },
            )
    return len(rows)


def source_text(props: dict) -> str:
    parts = [props.get("source") or "", props.get("attribution") or ""]
    return "\n".join(p for p in parts if p)
