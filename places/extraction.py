"""Find gazetteer place names in a text, with the cue and relation words around them."""

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .article_forms import with_article, without_article
from .councils import councils
from .events import Trigger, find_triggers
from .gazetteer import LATIN_WORD, MAX_NAME_WORDS, Gazetteer
from .name_case import LOWER_ARTICLE, cased, every_word_cased
from .name_context import city_later, context
from .name_parts import inside_longer_name
from .normalisation import (
    NAME_PROCLITICS,
    Normalised,
    PhraseMatch,
    PhraseMatcher,
    is_arabic,
    longest_first,
    normalise,
    word_match,
)
from .outlet_names import outlet_hits
from .persons import a_person, named_again, person_named
from .place_words import AMBIGUOUS, NOT_PLACES
from .spelling import latin_skeleton

# A dateline: "DEIR AL-ZOR, Syria (Reuters) -", "دير الزور – سانا",
# "دمشق 20 سبتمبر 2017 (شينخوا)": where the report was filed from.
# A tatweel stands for a dash too ("دير الزور ـ خاص"), and a date may come
# first ("دير الزور، 16 أكتوبر 2025 –").
_COUNTRY = r"[,،]? ?(?:(?i:(?:east(?:ern)? )?syria|iraq)|سوريا|سورية)"
DATELINE_AFTER = re.compile(
    rf"^{_COUNTRY}[,،]? ?:(?!\S)"  # "OMAR OIL FIELD, Syria: Kurdish-led forces ..."
    rf"|^(?:{_COUNTRY})?[,،]? ?"
    r"(?:\(|[-–—ـ]|\d{1,2} \S+ \d{4} ?[(\-–—]"
    # "DEIR EZZOR, Sep. 11 (MNA) –", "DAMASCUS, Feb 3 :"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})? ?[(:\-–—])"
)
# ... after the outlet's name and a bar: "أخبار الآن | دير الزور – سوريا".
DATELINE_BEFORE = re.compile(r"^\s*(?:NEAR |near |قرب |(?:\S+ ){1,3}\| ?)?$")
# ... or beside the outlet's name on a short line: "عنب بلدي – دير الزور",
# "سمارت _دير الزور".
DATELINE_BESIDE = re.compile(r"^\s*(?:\S+ ){0,2}\S+ ?[-–—_] ?$")
# ... and the writer's name after it: "بلدي نيوز- دير الزور (عمر الحسن)".
WRITER_AFTER = re.compile(r"\s*(?:\([^()\n]{2,40}\))?\s*$")
# ... or a byline of its own: "Omar Al-Hasan, Baladi News, Deir Al-Zor".
BYLINE_BEFORE = re.compile(r"^\s*[^,\n.]{2,40}, [^,\n.]{2,40}, ?$")
DISTANCE = re.compile(
    r"(?<!\w)\d+(?:[.,]\d+)? ?(?:km|kms|kilometers|kilometres|miles|كم|كيلو\w*)"
    r"(?: \S+){0,4} $"
)
# "على مسافة بضعة كيلومترات عن دير الزور": measured from it, no compass word
AWAY_FROM = re.compile(r"(?<!\w)علي (?:مسافه|بعد)(?: \S+){0,3} (?:عن|من) $")
EVENT_GAP = re.compile(
    r"\s(?:(?:of|in|on|at|into|against|towards?|near)\s(?:the\s)?|(?:في|على|الى|إلى)\s)?",
    re.IGNORECASE,
)
LIST_GAP = re.compile(r"(?:,? and |, )$")
# Cues after which a name may carry an article the gazetteer leaves off.
FUZZY = "fuzzy"  # the value of a hit found by similarity, not by its key
HOLDER_GAP = re.compile(
    r"\s*(?:[,،]\s*|\s(?:(?:base|camp|village|town|field|districts?|neighbou?rhoods?"
    r"|quarters?|regions?) )?(?:in|في) (?:the )?|\s?ب"
    # "Abu Umar (prov. Idlib)", "(Hama province)"
    r"|\s*\((?:prov\.|province|governorate) ?)"
    r"(?:(?:north|south|east|west)\w* |[NSEW]\. )?"
    r"(?:(?:province|governorate|countryside) of )?\W?",  # "in the province of Daraa"
    re.IGNORECASE,
)
IN_CLAUSE_GAP = re.compile(r"[^.!?؟\n,،]{0,60}\s(?:في|in) ", re.IGNORECASE)
IN_PART = re.compile(r"\s(?:in|في) (?:the )?(?:north|south|east|west)\w* \W?$", re.I)
WITHIN_GAP = re.compile(r"\s(?:in|في) |\s?ب", re.IGNORECASE)
IN_TOWN = re.compile(
    r"(?:(?<!\w)in the (?:city|town) of|(?<!\w)(?:في |ب)(?:مدينة|مدينه|بلدة|بلده)) $",
    re.IGNORECASE,
)
CITY_LATER_CHARS = 200  # how far a name's sentence is read for "the city"
ROAD_GAP = re.compile(r"\s*[-–—/]?\s*")
COORDINATION = re.compile(r"^[\s,،]*(?:and|or|و|او)?(?: the)?[\s,،]*$")


@dataclass(frozen=True)
class Toponym:
    """A place name as written: offsets into the original text, key and context."""

    surface: str
    start: int
    end: int
    key: str
    cue: str | None
    relation: str | None
    fuzzy: bool = False  # an unseen spelling, matched by similarity
    # named right after another place as what holds it ("بلدة السيال بدير الزور",
    # "the town of al-Sour in northeastern Deir Ezzor")
    holder: bool = False
    # a distance is measured from it ("45 km southeast of Deir ez-Zor")
    measured: bool = False
    # told as the town things are in: "... وشارع الهجانة في مدينة البوكمال",
    # "in the city of Albu Kamal"
    town_of: bool = False
    # named right after another place as the town it is in ("Salihiyah in Bukamal")
    within: bool = False
    # named later in the clause of another, as where it is: "حي الحميدية الخاضع
    # لسيطرة التنظيم في دير الزور"
    in_clause_after: bool = False


def find_toponyms(
    text: str, gazetteer: Gazetteer, triggers: list[Trigger] | None = None
) -> list[Toponym]:
    """Return the gazetteer names in the text as whole words, by position.

    Of overlapping names the longest wins. A name that is also a common word
    counts only with a cue or relation ("قرية مظلوم", "Sousa, a village"), in
    a list after one or right after an event word ("took control of Sousa";
    ``triggers``, the text's event words, if the caller has them), and then
    everywhere in the text: one report, one sense.
    """
    norm = normalise(text)
    hits = _name_hits(text, norm, gazetteer) + _not_place_matcher().find(norm.text)
    hits += outlet_hits(norm.text)
    hits += councils(norm.text, hits)
    toponyms, pending, previous, struck, persons = [], [], None, None, set()
    for hit in longest_first(hits):
        if hit.value not in (None, FUZZY):
            continue
        toponym = _toponym(text, norm, hit)
        span = (toponym.start, toponym.end)
        if a_person(text, norm, hit, span, _ambiguous(hit.key)):
            persons.add(person_named(text, span))
            continue
        listed = previous is not None and _coordinated(norm.text, *previous, hit)
        if listed and not _after_river(gazetteer, previous[0], toponym):
            toponym = _inherit(toponym, previous[0])
        common = _ambiguous(hit.key) or _ambiguous(norm.text[hit.start : hit.end])
        if common and not (toponym.cue or toponym.relation or listed):
            if struck is None:
                found = find_triggers(text) if triggers is None else triggers
                struck = [t.end for t in found]
            if not _struck(text, toponym.start, struck):
                pending.append(toponym)
                continue
        toponyms.append(toponym)
        previous = (toponym, hit)
    announced = {p.slug for t in toponyms for p in gazetteer.candidates(t.key)}
    toponyms += [
        t
        for t in pending
        if any(p.slug in announced for p in gazetteer.candidates(t.key))
    ]
    # "Omar Abu Layla ... Al Mayadeen and Abu Layla said": the person again
    toponyms = [t for t in toponyms if not named_again(t.surface, persons)]
    spans = {i for t in toponyms for i in (t.start, t.end)}
    toponyms = [
        t
        for t in toponyms
        if is_arabic(t.surface)
        or not inside_longer_name(text, t.start, t.end, spans, gazetteer, t.key)
    ]
    toponyms = _holders(text, sorted(toponyms, key=lambda t: t.start))
    return _cities_said_later(text, gazetteer, toponyms)


def _struck(text: str, start: int, ends: list[int]) -> bool:
    """Return whether a name is what an event word just before it hit or took
    ("took control of Sousa", "clashes in al-Sabha"): a place, not a person."""
    i = bisect.bisect_right(ends, start)
    return i > 0 and EVENT_GAP.fullmatch(text[ends[i - 1] : start]) is not None


def _holders(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """Mark each name told right after another as the place holding it, and
    each told as the town things are in."""
    marked = []
    for before, toponym in itertools.pairwise([None, *toponyms]):
        gap = text[before.end : toponym.start] if before else ""
        part = IN_PART.search(gap) is not None  # "in northern X": X holds it too
        if before and HOLDER_GAP.fullmatch(gap) and (part or not toponym.relation):
            within = WITHIN_GAP.fullmatch(gap) is not None
            toponym = replace(toponym, holder=True, within=within)
        if IN_TOWN.search(text[max(0, toponym.start - 30) : toponym.start]):
            toponym = replace(toponym, town_of=True)
        if before and IN_CLAUSE_GAP.fullmatch(gap):
            toponym = replace(toponym, in_clause_after=True)
        marked.append(toponym)
    return marked


def _cities_said_later(
    text: str, gazetteer: Gazetteer, toponyms: list[Toponym]
) -> list[Toponym]:
    """Give the city cue to a bare city name its sentence later calls the city
    ("attack on Deir Ezzor ... in the northwest of the city"), when no other
    name comes between but one placed from it ("south-east of Raqqa")."""
    marked = []
    for i, toponym in enumerate(toponyms):
        bare = toponym.cue is None and toponym.relation is None
        if bare and any(p.kind == "city" for p in gazetteer.candidates(toponym.key)):
            after = (
                t.start
                for t in toponyms[i + 1 :]
                if t.relation is None and not _a_country(gazetteer, t)
            )
            stop = min(next(after, len(text)), toponym.end + CITY_LATER_CHARS)
            if city_later(normalise(text[toponym.end : stop]).text):
                toponym = replace(toponym, cue="city")
        marked.append(toponym)
    return marked


def _a_country(gazetteer: Gazetteer, toponym: Toponym) -> bool:
    """Return whether a name is only a country's ("Syria"): no city to refer to."""
    places = gazetteer.candidates(toponym.key)
    return bool(places) and all(p.kind == "country" for p in places)


@lru_cache(maxsize=1)
def _not_place_matcher() -> PhraseMatcher:
    return PhraseMatcher(dict.fromkeys(NOT_PLACES, "not a place"))


def _name_hits(text: str, norm: Normalised, gazetteer: Gazetteer) -> list[PhraseMatch]:
    """Return the gazetteer names standing as words (value None), unordered."""
    hits = []
    for start, end, key, needs_lam in gazetteer.scan(norm.text):
        found = word_match(
            norm.text, start, end, key, needs_lam, clitics=NAME_PROCLITICS
        )
        if found is None:
            found = (without_article if needs_lam else with_article)(
                norm.text, start, end, key
            )
        if found is not None and cased(text, norm, found[0], found[1]):
            hits.append(PhraseMatch(*found, key, None))
    for start, end, key in gazetteer.scan_variants(norm.text):
        if cased(text, norm, start, end) and every_word_cased(text, norm, start, end):
            hits.append(PhraseMatch(start, end, start, key, None))
    return hits + _fuzzy_hits(text, norm, gazetteer, hits)


def _fuzzy_hits(
    text: str, norm: Normalised, gazetteer: Gazetteer, taken: list[PhraseMatch]
) -> list[PhraseMatch]:
    """Return unseen Latin spellings of gazetteer names ("Gharaneej"), found by
    rapidfuzz, only where a cue or relation announces a place ("the village of",
    "east of") or the name starts with an article ("al-"): capitalised words
    alone are too often people, outlets and ordinary words."""
    covered = sorted((h.start, h.end) for h in taken)
    starts = [s for s, _ in covered]
    ends = {e for _, e in covered}
    words = [w for w in LATIN_WORD.finditer(norm.text) if w[0].isascii()]
    hits, skip_to = [], -1
    for i, first in enumerate(words):
        if first.start() < skip_to or not cased(text, norm, *first.span()):
            continue
        run = _name_run(text, norm, words, i)
        listed = _listed_after(norm.text, first.start(), ends)
        if not listed and not _announced(norm, text, first.start(), run[-1].end()):
            continue
        for n in range(len(run), 0, -1):
            start, end = run[0].start(), run[n - 1].end()
            if _overlaps(covered, starts, start, end):
                continue
            found = gazetteer.fuzzy_key([w[0] for w in run[:n]])
            if found is not None:
                hits.append(PhraseMatch(start, end, start, found[0], FUZZY))
                skip_to = end
                ends.add(end)
                break
    return hits


def _listed_after(normalised: str, start: int, ends: set[int]) -> bool:
    """Return whether a word goes on a list of places just found ("the villages
    of Hrejieh and Breeha", "Hajin, Susah"): a place ends just before it."""
    gap = LIST_GAP.search(normalised, max(0, start - 6), start)
    return gap is not None and gap.start() in ends


def _name_run(text: str, norm: Normalised, words: list, i: int) -> list:
    run = [words[i]]
    for nxt in words[i + 1 : i + MAX_NAME_WORDS]:
        joined = norm.text[run[-1].end() : nxt.start()] == " "
        if not joined or not cased(text, norm, *nxt.span()):
            break
        run.append(nxt)
    return run


def _overlaps(covered: list[tuple[int, int]], starts: list[int], lo: int, hi: int):
    i = bisect.bisect_left(starts, hi)
    return any(e > lo for _, e in covered[max(0, i - MAX_NAME_WORDS * 2) : i])


def _announced(norm: Normalised, text: str, start: int, end: int) -> bool:
    """Return whether an article, a cue or a relation word comes with the words
    at start (the cue may follow them: "Hamdan village")."""
    surface = text[slice(*norm.original_span(start, start + 3, text))]
    if LOWER_ARTICLE.match(surface.lower()):
        return True
    probe = PhraseMatch(start, end, start, "", None)
    cue, relation = context(norm.text, probe, _line_floor(text, norm, start))
    return cue is not None or relation not in (None, "origin")


@lru_cache(maxsize=1)
def _ambiguous_skeletons() -> frozenset[str]:
    return frozenset(
        latin_skeleton(word.split(" ")) for word in AMBIGUOUS if word.isascii()
    ) - {""}


def _ambiguous(name: str) -> bool:
    """Return whether a name, or a spelling of it, may be a common word (Sabhah)."""
    return (
        name in AMBIGUOUS or latin_skeleton(name.split(" ")) in _ambiguous_skeletons()
    )


def _toponym(text: str, norm: Normalised, hit: PhraseMatch) -> Toponym:
    s, e = norm.original_span(hit.start, hit.end, text)
    floor = _line_floor(text, norm, hit.start)
    cue, relation = context(norm.text, hit, floor)
    if _dateline(text, s, e):
        relation = "dateline"
    before = norm.text[max(floor, hit.clitic_start - 60) : hit.clitic_start]
    measured = relation is not None and DISTANCE.search(before) is not None
    measured = measured or AWAY_FROM.search(before) is not None
    return Toponym(
        text[s:e], s, e, hit.key, cue, relation, hit.value == FUZZY, measured=measured
    )


def _line_floor(text: str, norm: Normalised, start: int) -> int:
    """Return where, in normalised text, the line holding normalised offset
    ``start`` begins (normalisation folds line breaks into spaces): cue and
    relation words are read on their name's line only."""
    line_start = text.rfind("\n", 0, norm.offsets[start]) + 1
    return bisect.bisect_left(norm.offsets, line_start)


def _dateline(text: str, start: int, end: int) -> bool:
    """Return whether a name opens a line as the report's dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    after = text[end : end + 40].split("\n")[0]
    alone = WRITER_AFTER.fullmatch(after) is not None
    if alone and DATELINE_BESIDE.match(text[line_start:start]):
        return True
    if alone and BYLINE_BEFORE.match(text[line_start:start]):
        return True
    return (
        DATELINE_BEFORE.match(text[line_start:start]) is not None
        and DATELINE_AFTER.match(after.lstrip(" ")) is not None
    )


def _coordinated(
    nt: str, toponym: Toponym, before: PhraseMatch, hit: PhraseMatch
) -> bool:
    """Return whether a name continues a list ("X and Y", "X وY", "X, Y") or
    names a road's second end ("طريق دير الزور الميادين", "طريق دير الزور -
    الميادين")."""
    gap = nt[before.end : hit.clitic_start]
    clitic = nt[hit.clitic_start : hit.start]
    if toponym.relation == "between" and ROAD_GAP.fullmatch(gap):
        return True
    return bool(COORDINATION.match(gap)) and (clitic.startswith("و") or gap.strip())


def _after_river(gazetteer: Gazetteer, previous: Toponym, toponym: Toponym) -> bool:
    """Return whether a name follows a river's in a list but is no river: "شرق
    الفرات، جديد بكارة والدحلة" names villages east of the river, not east of them."""

    def river(t: Toponym) -> bool:
        kinds = {p.kind for p in gazetteer.candidates(t.key)}
        return bool(kinds) and kinds <= {"river"}

    return river(previous) and not river(toponym)


def _inherit(toponym: Toponym, previous: Toponym) -> Toponym:
    return replace(
        toponym,
        cue=toponym.cue or previous.cue,
        relation=toponym.relation or previous.relation,
    )
