"""Where an event happened: the places its segment names, those it is beside,
those "the town" refers back to, a reference point, or its clause neighbour's.

Each choice comes with the reason, so an editor can see why an event is where
it is.
"""

import bisect
import re
from dataclasses import dataclass, replace

from .aim import AIMED_WHY, aimed_at
from .deserts import in_a_desert
from .elsewhere import elsewhere
from .events import anaphors, definite
from .extraction import COORDINATION
from .gazetteer import PlaceEntry
from .normalisation import normalise
from .relative import locate, relative_to
from .resolution import Resolved
from .segments import Reading, Segment

NEVER_HOST = frozenset({"river", "country"})
RIVER_SIDES = frozenset({"east", "west", "north", "south", "near"})
# Places an event moves toward, or (for fire and attackers) comes from, are not
# where it happens: the relation, and the event types and sub-types it does not
# host (None: any).
NOT_SITE = {
    "toward": None,
    # "قصف من مواقع في الميادين", "وانطلق المهاجمون من صبيخان"
    "origin": frozenset({"explosions", "attack", "armed_clash"}),
    "source": None,
    "dateline": None,
    "described": None,  # "X (125 km south-east of Y)": Y describes where X is
}
# Not reference points either: where the news came from.
TOLD_FROM = frozenset({"source", "dateline"})
# A dateline at a base or a field is where reporters were taken, not the site.
EMBEDDED_AT = frozenset({"base", "oil_field", "gas_field", "airport"})
AREAS = frozenset({"governorate", "district"})
NEAR_AREAS = frozenset({"subdistrict", "region"})
BESIDE = frozenset({"near", "outskirts"})
# "X بريف مدينة Y", "X in the countryside of Y": Y holds X (normalised text).
COUNTRYSIDE = re.compile(
    r"\s*[,،]?\s*(?:[وف]?ب(?:ال)?ريف(?: (?:مدينه|منطقه|بلده))?"
    r"|in (?:the )?(?:\w+ )?countryside of)\s*"
)
# How far back (characters) "the town" may look for the town it means.
ANAPHOR_REACH = 700
# A cue word and the name after it ("قرية "الطكيحي"", "village of Taksar"): the
# name starts within this many characters (a space, a quote, a clitic).
NAME_GAP = 4
UNKNOWN_AFTER_CUE = {
    "village": re.compile(
        r"(?<!\w)[وفب]?(?:قريه|بلده)(?= \W?[^\W\d])|(?:village|town) of(?= )"
    ),
    "city": re.compile(r"(?<!\w)[وفب]?مدينه(?= \W?[^\W\d])|city of(?= )"),
    # a city's quarter: "في حي الصناعة", "the neighbourhood of al-Rashdiyah"
    # (not "أحياء المدينة", "الأحياء السكنية": the city's quarters at large)
    "quarter": re.compile(
        r"(?<!\w)[وفب]?(?:حي|احياء)(?= \W?[^\W\d])(?! (?:ال)?(?:مدينه|سكني|محاصر"
        r"|شرقي|غربي|شمالي|جنوبي|قديم|جديد|مجاور|عده|اخر|كثير)\w*(?!\w))"
        r"|(?:neighbou?rhoods?|quarters?|districts?) of(?= )"
    ),
}
# Between a place and the reference that locates it: "X شرق Y", "X, east of Y",
# "X in eastern Y".
APPOSITION = re.compile(
    r"[\s,،]*(?:(?:in |في )?(?:the )?(?:شرق|غرب|شمال|جنوب|east|west|north|south)\w*"
    r"(?: of| ل| من)?[\s,،]*(?:ال)?(?:ريف|countryside of)?\s*)"
)


@dataclass(frozen=True)
class Host:
    """A mention an event is placed at, the geo precision and why."""

    index: int
    precision: int
    why: str
    place: PlaceEntry | None = None  # where it goes when not the mention's place


def is_reference(r: Resolved) -> bool:
    """Return whether a mention is a reference point ("east of X", "بادية X")."""
    relation = r.toponym.relation
    if relation in TOLD_FROM:
        return False
    return (relation is not None and relation != "origin") or r.toponym.cue == "desert"


def beside(r: Resolved) -> bool:
    """Return whether a mention is a settlement the event is beside ("near X",
    "the outskirts of X"): ACLED puts such events at X with precision 2. A
    subdistrict is its seat here ("بالقرب من ناحية الصور"), a region is not."""
    return (
        r.toponym.relation in BESIDE
        and r.toponym.cue != "desert"
        and r.place.kind not in AREAS | (NEAR_AREAS - {"subdistrict"})
    )


def hosts_of(reading: Reading, segment: Segment) -> list[Host]:
    """Return the places a segment's event is at.

    Sites are the places named and those it is beside, else those "the town" /
    "المطار" refers back to; failing a site, the event is put at the most
    specific reference ("east of X"), the nearest to its trigger.
    """
    resolved = reading.resolved
    hosts = [i for i in segment.mentions if _can_host(resolved[i], segment.trigger)]
    sites = [
        Host(i, precision(resolved[i].place, 1), "named where it happened")
        for i in hosts
        if not is_reference(resolved[i]) and resolved[i].place.kind not in AREAS
    ]
    sites += [Host(i, 2, "named as beside it") for i in hosts if beside(resolved[i])]
    sites += [
        Host(i, 2, "named as the desert it happened in")
        for i in hosts
        if sites and in_a_desert(reading, resolved[i], AREAS)
    ]
    sites = _countryside_holders(reading, sites)
    sites += _other_districts(reading, hosts, sites)
    if not sites:
        aimed = [
            Host(i, precision(resolved[i].place, 2), AIMED_WHY)
            for i in aimed_at(reading, segment, NEVER_HOST)
        ]
        sites = aimed or _referred(reading, segment)
    if sites:
        return list({h.index: h for h in sorted(sites, key=_order)}.values())
    if not hosts:
        return by_river(reading, segment) or _dateline(reading, segment)
    near = min(
        _unqualified(reading, hosts),
        key=lambda i: (
            resolved[i].toponym.relation == "home",  # a man's, not the event's
            resolved[i].place.kind in AREAS,
            # a road's end ("طريق المحطة الثانية في بادية الميادين") after the
            # place the road runs through
            resolved[i].toponym.relation == "between",
            # "between X and Y": X, the first named
            resolved[i].toponym.start
            if resolved[i].toponym.relation == "between"
            else abs(resolved[i].toponym.start - segment.trigger.start),
        ),
    )
    why = "the nearest reference point (no place of its own)"
    if not is_reference(resolved[near]):
        why = "the area it names (no more exact place)"
    return [Host(near, precision(resolved[near].place, 2), why)]


def _other_districts(
    reading: Reading, hosts: list[int], sites: list[Host]
) -> list[Host]:
    """Return the districts named beside the sites that hold none of them
    ("على مدينة الميادين ومنطقة البوكمال"): another site, not their area."""
    places = [reading.resolved[h.index].place for h in sites]
    return [
        Host(i, 3, "an area named beside the places, holding none of them")
        for i in hosts
        if sites
        and (r := reading.resolved[i]).place.kind == "district"
        and not is_reference(r)
        and not any(reading.holds(r.place.slug, p) for p in places)
    ]


def _countryside_holders(reading: Reading, sites: list[Host]) -> list[Host]:
    """Put an event told "in the desert of X in the countryside of Y" ("بادية
    السيال بريف مدينة البوكمال") at X: Y only holds it."""
    out = []
    for host in sites:
        j = host.index - 1
        held = reading.resolved[j] if j >= 0 else None
        gap = (
            reading.text[held.toponym.end : reading.resolved[host.index].toponym.start]
            if held
            else ""
        )
        if (
            held
            and held.place is not None
            and held.place.in_region
            and COUNTRYSIDE.fullmatch(normalise(gap).text)
        ):
            why = "named as where it happened, in the countryside of the next name"
            out.append(
                Host(j, precision(held.place, 2 if is_reference(held) else 1), why)
            )
        else:
            out.append(host)
    return out


def _dateline(reading: Reading, segment: Segment) -> list[Host]:
    """Return the dateline's place for an event the lead tells with no place of
    its own ("NEAR BAGHUZ, Syria (AP) — ... launched the final assault")."""
    named = [reading.resolved[i] for i in segment.mentions]
    if any(r.place and r.toponym.relation != "dateline" for r in named):
        return []
    for i in segment.mentions:
        r = reading.resolved[i]
        if r.toponym.relation == "dateline" and r.place and r.place.in_region:
            if r.place.kind in EMBEDDED_AT:
                return []  # "OMAR OIL FIELD, Syria: ..." is where reporters were taken
            why = "the dateline (the report names no other place for it)"
            return [Host(i, 2, why)]
    return []


def by_river(reading: Reading, segment: Segment) -> list[Host]:
    """Return the governorate for an event only a river locates ("8 km east of
    the Euphrates deconfliction line", "شرقي نهر الفرات"): the river is no
    place of events, and no stretch of it is named, so the event goes to the
    whole area at precision 3; an editor may move the river's mention."""
    named = [reading.resolved[i] for i in segment.mentions]
    if any(r.place and r.place.kind not in NEVER_HOST for r in named):
        return []
    area = governorate(reading)
    for i in segment.mentions:
        if area is not None and _beside_river(reading.resolved[i]):
            return [Host(i, 3, "only a river locates it: the governorate", area)]
    return []


def _beside_river(r: Resolved) -> bool:
    return (
        r.place is not None
        and r.place.kind == "river"
        and r.place.in_region
        and r.toponym.relation in RIVER_SIDES
        and r.toponym.cue != "desert"
    )


def governorate(reading: Reading) -> PlaceEntry | None:
    """Return the region's governorate row."""
    return next(
        (p for p in reading.places if p.kind == "governorate" and p.in_region), None
    )


def _order(host: Host) -> tuple[int, int]:
    return host.index, -host.precision


def borrowed(
    reading: Reading,
    segments: list[Segment],
    hosts: list[list[Host]],
    i: int,
    vague: bool = False,
) -> list[Host]:
    """Return the named sites of the nearest event told before it in the same
    clause, else after it, for a segment naming no place (not across "، فيما"
    / ", while", and not for a definite event word like "the clashes", which
    refers back). With ``vague``, an area or a reference point will do ("car
    bomb attacks on checkpoints in eastern Deir ez-Zor")."""
    if definite(reading.text, segments[i].trigger) or elsewhere(reading, segments[i]):
        return []
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(segments) and _joined(reading, segments, j, step):
            j += step
            named = [h for h in hosts[j] if vague or _named(reading.resolved[h.index])]
            if named:
                why = "named by the event told beside it in the clause"
                return [replace(h, why=why) for h in named]
    return []


def _joined(reading: Reading, segments: list[Segment], j: int, step: int) -> bool:
    """Return whether segment j and its neighbour in direction ``step`` touch
    without a clause cut between them."""
    a, b = (
        (segments[j - 1], segments[j]) if step < 0 else (segments[j], segments[j + 1])
    )
    return a.end == b.start and b.start not in reading.cuts


def precision(place: PlaceEntry, default: int) -> int:
    """Return the geo precision of an event at a place: 3 for a governorate or
    district, 2 for a subdistrict or region, else ``default``."""
    if place.kind in AREAS:
        return 3
    return 2 if place.kind in NEAR_AREAS else default


def point(reading: Reading, host: Host) -> tuple[float, float, int]:
    """Return where an event at a mention goes: the place, or a point relative
    to it ("8 km east of X", "ريف X الشرقي"), with the coarser geo precision."""
    toponym, place = (
        reading.resolved[host.index].toponym,
        reading.resolved[host.index].place,
    )
    if host.place is not None:
        return host.place.lat, host.place.lon, host.precision
    relative = relative_to(reading.text, toponym.start, toponym.end)
    area = place.kind in AREAS or place.kind in NEAR_AREAS
    if area and (relative is None or relative.kind != "countryside"):
        return place.lat, place.lon, host.precision
    lat, lon, found = locate(place, relative, reading.places)
    return lat, lon, max(host.precision, found)


def _unqualified(reading: Reading, hosts: list[int]) -> list[int]:
    """Drop a reference point that only says where the host named just before
    it lies ("منطقة البوكمال شرق دير الزور", "the Abu Kamal area, east of X")."""
    resolved, kept = reading.resolved, set(hosts)
    for i in hosts:
        before = i - 1 if i - 1 in kept else None
        if before is None or not is_reference(resolved[i]):
            continue
        gap = reading.text[resolved[before].toponym.end : resolved[i].toponym.start]
        if APPOSITION.fullmatch(normalise(gap).text):
            kept.discard(i)
    return [i for i in hosts if i in kept]


def _can_host(r: Resolved, trigger) -> bool:
    relation = r.toponym.relation
    if relation in NOT_SITE:
        kinds = NOT_SITE[relation]
        if kinds is None or {trigger.event_type, trigger.sub_type} & kinds:
            return False
    return r.place is not None and r.place.in_region and r.place.kind not in NEVER_HOST


def _named(r: Resolved) -> bool:
    """Return whether a host was named as the site, or beside it, not a reference."""
    return (not is_reference(r) and r.place.kind not in AREAS) or beside(r)


def _referred(reading: Reading, segment: Segment) -> list[Host]:
    """Return the mentions that "the town", "the airport", "المدينة" in a segment
    refer back to: the last place named before with the same cue ("مدينة
    البوكمال"), else of a fitting kind, not as a reference ("east of X", but
    "around X" is it) or a dateline; none if that place is outside the region."""
    found = []
    for offset, end, (cue, kinds) in anaphors(reading.text, segment.start, segment.end):
        earlier = [
            i
            for i in reading.mentions_in(offset - ANAPHOR_REACH, offset)
            if (r := reading.resolved[i]).toponym.end <= offset
            and r.place is not None
            and r.place.kind in kinds
            and (not is_reference(r) or beside(r))
            and r.toponym.relation not in TOLD_FROM
        ]
        cued = [i for i in earlier if reading.resolved[i].toponym.cue == cue]
        chosen = (cued or earlier or [None])[-1]
        if chosen is not None and unknown_named(
            reading, reading.resolved[chosen].toponym.end, offset, cue
        ):
            continue  # "في قرية الطكيحي ... وسط القرية": the village we lack
        if chosen is not None and reading.resolved[chosen].place.in_region:
            why = f"“{reading.text[offset:end]}” refers back to it"
            listed = _listed_before(reading, earlier) if cue == "list" else [chosen]
            found += [Host(i, 1, why) for i in listed]
    return found


def _listed_before(reading: Reading, earlier: list[int]) -> list[int]:
    """Return the last list of places among ``earlier`` ("X, Y and Z"), which
    "these villages" refers back to."""
    run = earlier[-1:]
    for i in reversed(earlier[:-1]):
        gap = reading.text[
            reading.resolved[i].toponym.end : reading.resolved[run[0]].toponym.start
        ]
        if not COORDINATION.match(gap):
            break
        run.insert(0, i)
    return [i for i in run if reading.resolved[i].place.in_region]


def unknown_named(reading: Reading, lo: int, hi: int, cue: str) -> bool:
    """Return whether text[lo:hi] names, after a cue of the class ``cue``, a
    place the gazetteer lacks ("قرية "الطكيحي"", "the village of Taksar")."""
    pattern = UNKNOWN_AFTER_CUE.get(cue)
    if pattern is None:
        return False
    norm = normalise(reading.text[lo:hi])
    starts = reading.mention_starts
    for m in pattern.finditer(norm.text):
        after = lo + norm.offsets[m.end() - 1] + 1
        k = bisect.bisect_left(starts, after)
        # the name after the cue, or a name that holds the cue ("مدينة دير الزور")
        named = k < len(starts) and starts[k] - after <= NAME_GAP
        held = k > 0 and reading.resolved[k - 1].toponym.end > after
        if not named and not held:
            return True
    return False
