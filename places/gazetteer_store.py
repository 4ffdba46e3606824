"""The gazetteer between the database and the pure matcher."""

import logging
from collections.abc import Iterable

from django.contrib.gis.geos import GEOSGeometry, Point
from django.db import transaction
from django.db.models import Count, Max
from simple_history.utils import bulk_create_with_history

from . import geometry
from .gazetteer import Gazetteer, PlaceEntry
from .models import Place, PlaceName, ReferenceLine
from .normalisation import detect_language, normalise_name

logger = logging.getLogger(__name__)

_cache: dict[str, object] = {}


def import_entries(
    entries: Iterable[PlaceEntry], extras: dict[str, dict] | None = None
) -> tuple[int, int]:
    """Create or update places from gazetteer rows; return (created, updated).

    ``extras`` maps a slug to the row's other columns (source_url, notes,
    geonames_id), which the matcher does not need.
    """
    entries, extras = list(entries), extras or {}
    created = 0
    with transaction.atomic():
        for entry in entries:
            _, was_created = Place.objects.update_or_create(
                slug=entry.slug,
                defaults=place_fields(entry, extras.get(entry.slug, {})),
            )
            created += was_created
        link_parents(entries)
        add_names(entries)
        assign_banks()
    return created, len(entries) - created


def place_fields(entry: PlaceEntry, extra: dict) -> dict:
    point = Point(entry.lon, entry.lat, srid=4326)
    geonames = str(extra.get("geonames_id") or "").strip()
    return {
        "name": entry.name_en,
        "name_ar": entry.name_ar,
        "kind": entry.kind,
        "geometry": point,
        "point": point,
        "in_region": entry.in_region,
        "geonames_id": int(geonames) if geonames.isdigit() else None,
        "source": (extra.get("source_url") or "").strip(),
        "notes": (extra.get("notes") or "").strip(),
    }


def link_parents(entries: list[PlaceEntry]) -> None:
    ids = dict(Place.objects.values_list("slug", "pk"))
    for entry in entries:
        Place.objects.filter(slug=entry.slug).update(parent_id=ids.get(entry.parent))


def add_names(entries: list[PlaceEntry]) -> None:
    """Add the rows' names to their places (in one batch, with history); names
    added by editors stay, and a name already stored is only updated if its
    spelling changed."""
    places = Place.objects.in_bulk([e.slug for e in entries], field_name="slug")
    stored = {
        (n.place_id, n.key): n
        for n in PlaceName.objects.filter(place__in=list(places.values()))
    }
    new = []
    for entry in entries:
        place = places[entry.slug]
        for key, name in _names(entry).items():
            old = stored.get((place.pk, key))
            if old is None:
                new.append(
                    PlaceName(place=place, key=key, name=name, language=language(name))
                )
            elif (old.name, old.language) != (name, language(name)):
                old.name, old.language = name, language(name)
                old.save(update_fields=["name", "language"])
    bulk_create_with_history(new, PlaceName)


def _names(entry: PlaceEntry) -> dict[str, str]:
    """Return the row's names by matching key (one name a key)."""
    names = sorted(
        {n for n in (entry.name_en, entry.name_ar, *entry.aliases) if n.strip()}
    )
    return {key: name for name in names if (key := normalise_name(name))}


def language(name: str) -> str:
    return "ar" if detect_language(name) == "ar" else "en"


def assign_banks() -> None:
    """Record on which bank of the Euphrates each place lies."""
    river = ReferenceLine.objects.filter(slug="euphrates").first()
    if river is None:
        return
    line = geometry.shapely_line(river.geometry)
    for place in Place.objects.all():
        bank = geometry.bank_of(line, place.point.x, place.point.y)
        if bank != place.bank:
            Place.objects.filter(pk=place.pk).update(bank=bank)


def use_river_geometry() -> None:
    """Give river places their line from the reference lines of the same slug."""
    for line in ReferenceLine.objects.filter(kind=ReferenceLine.Kind.RIVER):
        Place.objects.filter(slug=line.slug).update(geometry=line.geometry)


def version() -> tuple:
    """Return a cheap fingerprint that changes whenever the gazetteer does."""
    places = Place.objects.aggregate(n=Count("pk"), last=Max("pk"))
    names = PlaceName.objects.aggregate(n=Count("pk"), last=Max("pk"))
    return tuple(places.values()) + tuple(names.values())


def current() -> Gazetteer:
    """Return the gazetteer as stored now, rebuilt only when it has changed."""
    stamp = version()
    if _cache.get("version") != stamp:
        _cache["gazetteer"] = build()
        _cache["ids"] = dict(Place.objects.values_list("slug", "pk"))
        _cache["version"] = stamp
        logger.info("Gazetteer built: %s places", stamp[0])
    return _cache["gazetteer"]


def place_ids() -> dict[str, int]:
    current()
    return _cache["ids"]


def build() -> Gazetteer:
    names: dict[int, list[str]] = {}
    for place_id, name in PlaceName.objects.values_list("place_id", "name"):
        names.setdefault(place_id, []).append(name)
    parents = dict(Place.objects.values_list("pk", "slug"))
    return Gazetteer(
        PlaceEntry(
            slug=p.slug,
            name_en=p.name,
            name_ar=p.name_ar,
            kind=p.kind,
            lat=p.point.y,
            lon=p.point.x,
            in_region=p.in_region,
            parent=parents.get(p.parent_id, ""),
            aliases=tuple(names.get(p.pk, [])),
        )
        for p in Place.objects.all()
    )


def point(entry: PlaceEntry) -> GEOSGeometry:
    return Point(entry.lon, entry.lat, srid=4326)
