"""Choose the gazetteer place each toponym means, and say why."""

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from geopy.distance import distance

from .extraction import Toponym
from .gazetteer import Gazetteer, PlaceEntry
from .normalisation import normalise_name
from .place_hints import AREA_BONUS, SETTLEMENTS, Hint, area_hints
from .place_words import listed_beside
from .quarters import listed_far_outside, quarters_elsewhere

CUE_KINDS = {
    "village": {"village", "town"},
    "villages": {"village", "town"},
    "towns": {"village", "town", "city"},
    "city": {"city", "town"},
    "field": {"oil_field", "gas_field"},
    "facility": {"oil_field", "gas_field", "base", "airport"},
    "governorate": {"governorate", "district", "subdistrict"},
    "base": {"base", "airport"},
    "river": {"river"},
    "desert": {"region"},
    "neighbourhood": {"neighbourhood"},
    "depots": {"village", "town", "base"},
    "area": {"village", "town", "city", "region", "district", "subdistrict", "base"}
    | {"airport", "oil_field", "gas_field", "neighbourhood"},
}
# A city named right after a place more than this far from it holds that place
# as its province; areas and city quarters are not held.
HOLDER_KM = 10
HELD_KINDS = frozenset({"governorate", "district", "subdistrict", "neighbourhood"})
# A city or province outside the region this far from a place it holds means a
# namesake there (Hasakah's villages by the border are nearer).
FAR_HOLDERS = frozenset({"city", "governorate"})
FAR_KM = 150
CITY_WORDS = frozenset({"city", "مدينه"})
# A capital that names its governorate too (Deir ez-Zor) is the city only when
# the report marks it so (tests/corpus/README.md): a city word or quarter, a
# distance from it, a point near it, a road's end, a dateline.
CITY_CUES = frozenset({"city", "neighbourhood", "base"})
CITY_RELATIONS = frozenset({"near", "outskirts", "toward", "between", "dateline"})
AREA_KINDS = ("governorate", "district", "subdistrict")
# Representative points of areas and rivers say nothing about nearby places.
POINTLESS = frozenset({"governorate", "district", "river", "country", "region"})
BASE, CUE_BONUS, CUE_PENALTY, SETTLEMENT_BONUS, REGION_BONUS = 0.4, 0.25, 0.1, 0.1, 0.15
NEAR_BONUS, NEAR_SCALE_KM = 0.3, 50.0
# "في الصالحية والعباس", "Salihiyah and al-Abbas": a place listed beside it
# "X في ريف Y": a candidate within this distance of Y is in Y's countryside.
# Short keys (الرقة -> رقه) are likelier to be ordinary words.
SHORT_KEY, SHORT_KEY_CONFIDENCE = 4, 0.8
FUZZY_CONFIDENCE = 0.8


@dataclass(frozen=True)
class Candidate:
    """A place a toponym may mean, with its score in [0, 1] and the reasons."""

    slug: str
    score: float
    reasons: tuple[str, ...]
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    rank: float = 0.0  # the score before it is capped to [0, 1], to order by


def _candidate(
    place: PlaceEntry, score: float, reasons: tuple[str, ...], rank: float = 0.0
) -> Candidate:
    return Candidate(
        place.slug, score, reasons, place.name_en, place.lat, place.lon, rank
    )


@dataclass(frozen=True)
class Resolved:
    """A toponym with the place chosen for it (None when there is none)."""

    toponym: Toponym
    place: PlaceEntry | None
    candidates: tuple[Candidate, ...]
    confidence: float
    method: str


def resolve(
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    text: str = "",
) -> list[Resolved]:
    """Resolve each toponym to a place, one result per toponym in the same order.

    A capital that also names its governorate is read as the governorate
    unless the report marks it as the city (``_area_reading``).
    """
    anchored = _anchors(toponyms, gazetteer)
    anchors = list(dict.fromkeys(anchored.values()))
    hints = area_hints(toponyms, gazetteer)
    cache: dict[tuple, tuple] = {}
    results = []
    for i, toponym in enumerate(toponyms):
        hint = hints.get(i)
        city = _marked_as_city(toponym)
        # "في الصالحية والعباس": a place listed beside it says where it is
        # before places named elsewhere in the report do
        beside = [
            anchored[j]
            for j in (i - 1, i + 1)
            if j in anchored and listed_beside(text, toponyms[j], toponym)
        ]
        near = tuple(beside) or anchors
        memo = (toponym.key, toponym.cue, toponym.fuzzy, hint and hint.slug, city)
        memo += (tuple(p.slug for p in beside),)
        if memo not in cache:
            places = (*gazetteer.candidates(toponym.key), *_fields(toponym, gazetteer))
            chosen = _choose(places, toponym, list(near), hint)
            chosen = _as_area(chosen, toponym, gazetteer)
            cache[memo] = _fuzzy(chosen, toponym)
        place, candidates, confidence, method = cache[memo]
        results.append(Resolved(toponym, place, candidates, confidence, method))
    results = quarters_elsewhere(_as_holders(results, gazetteer), text)
    return listed_far_outside(results, text)


def _as_holders(results: list[Resolved], gazetteer: Gazetteer) -> list[Resolved]:
    """Read a city named right after a place well outside it as its province:
    "بلدة السيال بدير الزور", "Subaykhan, Deir ez-Zor"."""
    out, outside = results[:1], set()
    for before, here in itertools.pairwise(results):
        inside, place = before.place, here.place
        if _held_outside(before, here):
            out[-1] = replace(before, place=None, confidence=0.0)
            outside.add(before.toponym.key)
        if _quarter_of(before, here):
            out.append(_the_city(here, gazetteer))
            continue
        holds = (
            here.toponym.holder
            and place is not None
            and place.kind == "city"
            and inside is not None
            and inside.in_region
            and inside.kind not in HELD_KINDS
            and _km(inside, place) > HOLDER_KM
        )
        area = named_area(place, gazetteer) if holds else None
        if area is not None and area.kind == "governorate":
            why = f"holds {inside.slug}, named just before it"
            reason = _candidate(area, here.confidence, (why,))
            here = replace(
                here, place=area, candidates=(reason, *here.candidates), method="area"
            )
        out.append(here)
    return [_namesake(r, outside) for r in out]


def _namesake(result: Resolved, outside: set[str]) -> Resolved:
    """One report, one sense: a name once held by a place far outside ("Jassem
    in the province of Daraa") means that namesake wherever it is told again."""
    if result.toponym.key in outside and result.place and result.place.in_region:
        return replace(result, place=None, confidence=0.0)
    return result


# The places a cue standing apart from a name means: "حقل (الجفرة)", "the (Jafra)
# field" is the field; "the airbase of Deir Ezzor" the airport, not the city.
NAMED_FOR = {
    "field": (("حقل {}", "{} field", "{} oil field"), ("oil_field", "gas_field")),
    "base": (("{} airport", "{} airbase", "{} air base"), ("airport",)),
}


def _fields(toponym: Toponym, gazetteer: Gazetteer) -> list[PlaceEntry]:
    """Return the fields or the airport named after a name that a field or base
    cue stands apart from: the field or the airport is meant, not the town."""
    if toponym.cue not in NAMED_FOR:
        return []
    keys, kinds = NAMED_FOR[toponym.cue]
    found = [p for key in keys for p in gazetteer.candidates(key.format(toponym.key))]
    return [p for p in dict.fromkeys(found) if p.kind in kinds]


def _held_outside(before: Resolved, here: Resolved) -> bool:
    """Return whether an in-region reading is held by a place outside: an unseen
    spelling ("Qasrak base in Al-Hasakah countryside"), or any name held by a
    far city or province ("Abu Umar (prov. Idlib)", "al-Sukkariya, E. Aleppo"):
    it is some place there the gazetteer lacks, not ours."""
    if not (here.toponym.holder and here.place and before.place):
        return False
    if not before.place.in_region or here.place.in_region:
        return False
    if before.place.kind in HELD_KINDS:  # "Aleppo, Deir Ezzor, Raqqa ... provinces"
        return False
    far = here.place.kind in FAR_HOLDERS and _km(before.place, here.place) > FAR_KM
    return before.method == "fuzzy" or far


def _quarter_of(before: Resolved, here: Resolved) -> bool:
    """Return whether a capital read as its governorate holds a city quarter
    named just before it ("حي الجورة بدير الزور"), or later in its clause ("حي
    القصور الخاضع لسيطرة القوات الحكومية في دير الزور"): it is the city."""
    return (
        (here.toponym.holder or here.toponym.in_clause_after)
        and here.method == "area"
        and before.place is not None
        and before.place.kind == "neighbourhood"
    )


def _the_city(here: Resolved, gazetteer: Gazetteer) -> Resolved:
    kinds = {c.slug: gazetteer.get(c.slug).kind for c in here.candidates}
    city = gazetteer.get(next(s for s, kind in kinds.items() if kind == "city"))
    why = "holds the city quarter named just before it"
    reason = _candidate(city, here.candidates[0].score, (why,))
    candidates = (reason, *(c for c in here.candidates if c.slug != city.slug))
    return replace(here, place=city, candidates=candidates, method="exact")


def _anchors(
    toponyms: Sequence[Toponym], gazetteer: Gazetteer
) -> dict[int, PlaceEntry]:
    """Return the unambiguous in-region places the text names, by the index of
    the name, in order."""
    found = {}
    for i, toponym in enumerate(toponyms):
        places = gazetteer.candidates(toponym.key)
        if len(places) == 1 and places[0].in_region and places[0].kind not in POINTLESS:
            found[i] = places[0]
    return found


def _fuzzy(chosen: tuple, toponym: Toponym) -> tuple:
    """Mark a place found by a similar spelling, and trust it less; a cue for
    another kind of place makes it no match ("the al-Jazara neighborhood ...
    in al-Tabqah city" is no village al-Jazarat of ours)."""
    if not toponym.fuzzy or chosen[0] is None:
        return chosen
    place, candidates, confidence, _ = chosen
    if toponym.cue in CUE_KINDS and place.kind not in CUE_KINDS[toponym.cue]:
        return None, candidates, 0.0, "fuzzy"
    return place, candidates, round(confidence * FUZZY_CONFIDENCE, 3), "fuzzy"


def _as_area(chosen: tuple, toponym: Toponym, gazetteer: Gazetteer) -> tuple:
    """Read a town named as an area ("Hasakah province", "ريف الميادين", "قرى بدير
    الزور", a "Deir ez-Zor" not marked as the city) as the area.

    The area is the widest one above the town that bears its name.
    """
    place = chosen[0]
    if place is None or place.kind not in SETTLEMENTS:
        return chosen
    reading = _area_reading(toponym, place)
    if reading is None:
        return chosen
    why, governorate_only = reading
    area = named_area(place, gazetteer)
    if area is None or (governorate_only and area.kind != "governorate"):
        return chosen
    top = max([chosen[2], *(c.score for c in chosen[1])])
    reason = _candidate(area, top, (why,))
    return area, (reason, *chosen[1]), chosen[2], "area"


def _area_reading(toponym: Toponym, place: PlaceEntry) -> tuple[str, bool] | None:
    """Return why a settlement's name means its area, and whether only a
    governorate will do, or None when it means the settlement."""
    # "الريف الشرقي لمدينة دير الزور": the city word outweighs the countryside
    if toponym.cue == "governorate" and not CITY_WORDS & set(toponym.key.split()):
        return f"area named after {place.slug}", False
    # "the villages of Deir ez-Zor": a city has no villages but its area does.
    if toponym.cue == "villages" and place.kind == "city":
        return f"area named after {place.slug}", False
    if toponym.cue == "province_of":  # "Syria's X"
        return f"area named after {place.slug}", True
    # "بادية دير الزور", "the Deir Ezzor desert": the province's desert (the
    # desert of a district's town, "بادية البوكمال", stays by the town)
    if toponym.cue == "desert" and place.kind == "city":
        return f"desert of the province named after {place.slug}", True
    if place.kind == "city" and not _marked_as_city(toponym):
        return f"{place.slug} not marked as the city: the governorate", True
    return None


def _marked_as_city(toponym: Toponym) -> bool:
    """Return whether the report marks a name as the city, not its area."""
    return (
        toponym.cue in CITY_CUES
        or bool(CITY_WORDS & set(toponym.key.split(" ")))
        or toponym.measured
        or toponym.relation in CITY_RELATIONS
    )


def named_area(place: PlaceEntry, gazetteer: Gazetteer) -> PlaceEntry | None:
    """Return the widest administrative area above a place that bears its name."""
    names = {normalise_name(n) for n in (place.name_en, place.name_ar) if n}
    names |= {n[3:] for n in names if n.startswith("al ")}
    found, parent = None, place.parent
    while parent:
        try:
            area = gazetteer.get(parent)
        except KeyError:
            break
        area_names = " | ".join(normalise_name(n) for n in area.names)
        if area.kind in AREA_KINDS and any(n in area_names for n in names):
            found = area
        parent = area.parent
    return found


def _choose(
    places: tuple[PlaceEntry, ...],
    toponym: Toponym,
    anchors: list[PlaceEntry],
    hint: Hint | None = None,
) -> tuple:
    if not places:
        return None, (), 0.0, "exact"
    if len(places) == 1:
        confidence = 1.0 if len(toponym.key) >= SHORT_KEY else SHORT_KEY_CONFIDENCE
        only = _candidate(places[0], 1.0, ("only candidate",))
        return places[0], (only,), confidence, "exact"
    scored = sorted(
        (score(place, toponym.cue, anchors, hint) for place in places),
        key=lambda c: (-c.rank, c.slug),
    )
    best, runner_up = scored[0], scored[1]
    margin = min(1.0, (best.score - runner_up.score) / 0.2)
    confidence = round(best.score * (0.5 + 0.5 * margin), 3)
    chosen = next(p for p in places if p.slug == best.slug)
    return chosen, tuple(scored), confidence, "context"


def score(
    place: PlaceEntry,
    cue: str | None,
    anchors: list[PlaceEntry],
    hint: Hint | None = None,
) -> Candidate:
    """Score one candidate place for a toponym from cue, region, neighbours and
    the countryside named beside it."""
    total, reasons = BASE, []
    if hint is not None and (why := hint.holds(place)):
        total += AREA_BONUS
        reasons.append(why)
    if cue and place.kind in CUE_KINDS.get(cue, ()):
        total += CUE_BONUS
        reasons.append(f"cue:{cue}")
    elif cue:
        total -= CUE_PENALTY
        reasons.append(f"cue:{cue} disagrees")
    elif place.kind in SETTLEMENTS:
        total += SETTLEMENT_BONUS
        reasons.append(f"kind:{place.kind}")
    if place.in_region:
        total += REGION_BONUS
        reasons.append("in_region")
    near = _nearest(place, anchors)
    if near is not None:
        anchor, km = near
        total += NEAR_BONUS * math.exp(-km / NEAR_SCALE_KM)
        reasons.append(f"near:{anchor.slug} {km:.1f}km")
    capped = round(max(0.0, min(1.0, total)), 3)
    return _candidate(place, capped, tuple(reasons), total)


def _km(a: PlaceEntry, b: PlaceEntry) -> float:
    return distance((a.lat, a.lon), (b.lat, b.lon)).km


def _nearest(
    place: PlaceEntry, anchors: list[PlaceEntry]
) -> tuple[PlaceEntry, float] | None:
    others = [a for a in anchors if a.slug != place.slug]
    if not others:
        return None
    return min(
        ((a, distance((place.lat, place.lon), (a.lat, a.lon)).km) for a in others),
        key=lambda pair: (pair[1], pair[0].slug),
    )
