"""Events as rows and features for the map, the detail view and the downloads."""

import csv
import io
import json
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet

from .models import Event

LEAN_FIELDS = [
    "id", "date_start", "date_end", "event_type", "sub_type", "geo_precision",
    "point", "place__name", "place__name_ar",
]  # fmt: skip
EXPORT_COLUMNS = [
    "id", "date", "date_end", "date_precision", "type", "sub_type", "actors",
    "fatalities", "place", "place_ar", "lat", "lon", "geo_precision", "excerpt",
    "article_id", "article_title", "article_url", "outlet", "language",
]  # fmt: skip


def lean_features(qs: QuerySet, limit: int) -> list[dict]:
    """What the map needs to draw and filter a marker; the story comes on demand."""
    features = []
    for row in qs.order_by("date_start", "id").values_list(*LEAN_FIELDS)[:limit]:
        pk, start, end, type_, sub_type, precision, point, name, name_ar = row
        features.append({
            "type": "Feature",
            "id": pk,
            "geometry": {"type": "Point", "coordinates": [point.x, point.y]},
            "properties": {
                "id": pk, "date": start.isoformat(), "date_end": end.isoformat(),
                "type": type_, "sub_type": sub_type, "geo_precision": precision,
                "place": name, "place_ar": name_ar,
            },
        })  # fmt: skip
    return features


def export_row(event: Event) -> dict:
    place, article = event.place, event.article
    return {
        "id": event.pk,
        "date": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "date_precision": event.date_precision,
        "type": event.event_type,
        "sub_type": event.sub_type,
        "actors": event.actors,
        "fatalities": event.fatalities,
        "place": place.name if place else None,
        "place_ar": place.name_ar if place else None,
        "lat": round(event.point.y, 6),
        "lon": round(event.point.x, 6),
        "geo_precision": event.geo_precision,
        "excerpt": event.excerpt,
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": article.url,
        "outlet": article.outlet,
        "language": article.language,
    }


def events_for_export(qs: QuerySet) -> Iterator[dict]:
    ordered = qs.select_related("place", "article").order_by("date_start", "id")
    for event in ordered.iterator(chunk_size=2000):
        yield export_row(event)


def csv_lines(rows: Iterable[dict]) -> Iterator[str]:
    """CSV text, one line at a time; a cell that starts like a formula is quoted."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    yield pop(buffer)
    for row in rows:
        row = {**row, "actors": "; ".join(row["actors"])}
        writer.writerow({k: defuse(v) for k, v in row.items()})
        yield pop(buffer)


def defuse(value):
    """Keep spreadsheet programs from running text from an article as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def pop(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def geojson_chunks(rows: Iterable[dict]) -> Iterator[str]:
    """A GeoJSON FeatureCollection, one feature at a time."""
    yield '{"type": "FeatureCollection", "features": ['
    for i, row in enumerate(rows):
        feature = {
            "type": "Feature",
            "id": row["id"],
            "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
            "properties": row,
        }
        yield ("," if i else "") + json.dumps(feature, ensure_ascii=False)
    yield "]}"
