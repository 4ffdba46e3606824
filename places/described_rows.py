"""Gazetteer rows for places located from descriptions (see described.py)."""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from django.utils.text import slugify

from .described import NOTE_HEAD, Located, best, locate
from .gazetteer import PlaceEntry
from .normalisation import name_keys

KIND_OF = {"station": "base", "area": "region", "hill": "region"}
CUE_ONLY = "the name is also a word or a personal name: counts only with a cue"


@dataclass
class Described:
    """One place, the statements that describe it, and its derived point."""

    statements: list[Mapping]
    point: Located
    gap_km: float
    chosen: Mapping = field(default_factory=dict)


def group(statements: Iterable[Mapping]) -> list[list[Mapping]]:
    """Group statements that name the same place (same English or Arabic name)."""
    groups: list[list[Mapping]] = []
    for statement in statements:
        names = _keys(statement)
        for found in groups:
            if names & set().union(*map(_keys, found)):
                found.append(statement)
                break
        else:
            groups.append([statement])
    return groups


def describe(
    statements: list[Mapping], anchors: Mapping[str, tuple[float, float]]
) -> Described:
    """Derive one place's point from its statements (the least spread wins)."""
    points = [locate(s, anchors) for s in statements]
    point, gap = best(points)
    return Described(statements, point, gap, statements[points.index(point)])


def known(statements: list[Mapping], entries: Iterable[PlaceEntry]) -> str | None:
    """Return the slug of a gazetteer row that already has the name."""
    names = set().union(*map(_keys, statements))
    for entry in entries:
        if names & _entry_keys(entry):
            return entry.slug
    return None


def row(place: Described, slug: str, parent: str) -> dict[str, str]:
    """Return the gazetteer row of a described place."""
    chosen = place.chosen
    aliases_en = _merged(place.statements, "name_en", "aliases_en", chosen["name_en"])
    name_ar = next((s["name_ar"] for s in place.statements if s.get("name_ar")), "")
    aliases_ar = _merged(place.statements, "name_ar", "aliases_ar", name_ar)
    return {
        "slug": slug,
        "name_en": chosen["name_en"],
        "name_ar": name_ar,
        "aliases_en": ";".join(aliases_en),
        "aliases_ar": ";".join(aliases_ar),
        "kind": KIND_OF.get(chosen["kind"], chosen["kind"]),
        "lat": f"{place.point.lat:.5f}",
        "lon": f"{place.point.lon:.5f}",
        "parent": parent,
        "in_region": "1",
        "geonames_id": "",
        "source_url": chosen["source_url"],
        "notes": notes(place),
    }


def notes(place: Described) -> str:
    """Say how the point was made, from which statements, and how far off."""
    parts = [
        f"{NOTE_HEAD} (within about {place.point.within_km:.0f} km): "
        f"{place.chosen['evidence']}"
    ]
    others = [s for s in place.statements if s is not place.chosen]
    parts += [f"also {s['source_url']}: {s['evidence']}" for s in others]
    if others:
        parts.append(f"the statements' points lie up to {place.gap_km:.0f} km apart")
    if any(s.get("common_word") for s in place.statements):
        parts.append(CUE_ONLY)
    return "; ".join(parts)


def new_slug(name: str, taken: set[str]) -> str:
    """Return a slug for the name that no row has yet."""
    base = slugify(re.sub(r"['’ʿʾ]", "", name)) or "place"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _merged(statements: list[Mapping], main: str, extra: str, first: str) -> list:
    names = []
    for statement in statements:
        for name in [statement.get(main, ""), *statement.get(extra, [])]:
            if name and name != first and name not in names:
                names.append(name)
    return names


def _keys(statement: Mapping) -> set[str]:
    names = [statement.get("name_en", ""), statement.get("name_ar", "")]
    names += [*statement.get("aliases_en", []), *statement.get("aliases_ar", [])]
    return {key for name in names if name for key in name_keys(name)}


def _entry_keys(entry: PlaceEntry) -> set[str]:
    return {key for name in entry.names for key in name_keys(name)}
