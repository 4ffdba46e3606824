"""Find sentences, event triggers and actors in report text (fatality counts:
fatalities.py)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from .event_words import (
    ACTORS,
    AIR_AFTER,
    AIR_FORCES,
    AIRCRAFT,
    AIRCRAFT_WORDS,
    ANAPHORS,
    ARTILLERY,
    BLASTS,
    BOMBARDMENT,
    BY_AIRCRAFT_ONLY,
    CIVILIAN_VICTIMS,
    DESTROYING,
    GROUND_TARGETS,
    KIND_OF,
    LEAVING,
    NOT_TRIGGERS,
    PEOPLE_WORDS,
    PROTEST,
    STRIKES,
    TARGETING,
    TRIGGERS,
    WEAPON_NEAR,
)
from .normalisation import ARABIC_SUFFIXES, PhraseMatcher, normalise, normalise_name

PEOPLE = re.compile(
    rf"(?<!\w)[وف]?(?:ال)?(?:{'|'.join(normalise_name(w) for w in PEOPLE_WORDS)})(?!\w)"
)
PEOPLE_CHARS = 70
# "trucks leaving the village, carrying women and children"
PEOPLE_AFTER = 60
AIRCRAFT_CHARS = 40
CONTINUED_CHARS = 200
BLASTS_BACK = 400  # how far back "explosions" may go on with a strike
RAIDS = re.compile(r"raids?")
RAIDS_BACK = 400  # how far back "the raids" may refer to an air strike
CAUSE_CHARS = 40
# What stands between a flight and its cause: "من مناطق ال", "بسبب ال", "the",
# or, between two causes, "و" / "and".
CAUSE_GAP = re.compile(
    r"(?:(?<!\w)(?:بسبب|جراء|من|مناطق|هربا من|by|from|because of|due to|amid|the|و"
    r"|and)\s*(?:ال|وال)?|^\s*)$"
)
EXPLOSIONS = frozenset({"air_strike", "shelling", "remote_explosive"})
# What a taking verb takes when it is not ground: people, or a decision.
NOT_GROUND = re.compile(
    r" (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|a number"
    r"|some) (?:of )?(?:\w+ )?(?:others|soldiers|fighters|members|militants|people"
    r"|civilians|russians|men|women|children|locals|of the locals)|them|him|her"
    r"|prisoners?|hostages?|captives?|(?:the |a )?\W?(?:\w+ )?decision|steps?|measures"
    r"|part|office|refuge|shelter|care|advantage)(?!\w)"
)
PREFIXES = "وفب"
ATTACK_VERB = re.compile(r"attacked|هاجمت|هاجم")
# An aircraft word just before or after an attack noun names its weapon.
AIRCRAFT_NEXT = re.compile(rf"(?:{AIRCRAFT.pattern})(?: and \w+)? $")
AIRCRAFT_AFTER = re.compile(rf"\w{{0,2}} (?:ب|by (?:a |an )?){AIRCRAFT_WORDS}(?!\w)")
# "IS" is only the group when written in capitals as a word of its own.
IS_RE = re.compile(r"(?<![\w.])IS(?![\w.])")
ABBREVIATIONS = frozenset([
    "u.s", "u.k", "u.n", "km", "mr", "mrs", "dr", "st", "no", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    "approx", "etc", "gen", "col", "lt", "sgt", "a.m", "p.m", "maj", "capt", "brig",
    "gov", "vs",
])  # fmt: skip
# A Latin word in lower case goes on with the sentence ("at 5 a.m. until"),
# unless it is a transliterated name's article ("... Hajin. al-Shafah was hit").
GOES_ON = re.compile(r"\s+(?!(?:al|el|as|ash|ad|ar|az|at|an|ul)-)[a-z]")
SENTENCE_END = re.compile(r"[.!?؟]+|\n")
CLAUSE_CUT = re.compile(
    r"[,،]\s*و?(?:فيما|بينما|في حين|كما)(?!\w)|,?\s(?:while|whereas)(?!\w)|[;؛]"
    # a result: "، لتنحصر بذلك سيطرة التنظيم حول ...", "، مما أدى إلى"
    r"|[,،]\s*ل\w+ بذلك(?!\w)|[,،]\s*م?ما (?:أدى|ادى|يعني)(?!\w)"
)
DEFINITE = re.compile(r"(?:(?:^|\s)[وف]?(?:ال|بال|لل)|(?:^|\s)the (?:\w+ )?)\w+$")
# A purpose, not an event: "حملة لطرد", "للسيطرة على", "an offensive to capture"
# (but "forced them to pull back" did happen).
PURPOSE_AR = ("ل", "لل")
# ... but "تعرضت لهجوم" (was subjected to an attack) is the attack itself.
SUBJECTED = re.compile(r"(?<!\w)[وف]?(?:ت|ي)?تعرض\w*(?: \S+)? $")
PURPOSE_EN = re.compile(r"(?<!\w)to $")
# "القصف المدفعي": the shelling word's own adjective names the weapon.
BY_ARTILLERY = re.compile(r" (?:ال)?مدفعي(?:ه)?(?!\w)")
# "in fear of US strikes", "خوفاً من الغارات": a fear, not an event.
FEARED = re.compile(
    r"(?<!\w)(?:fear(?:ing)?(?: of)?|خوفا من|خشيه|تحسبا ل?)(?: \S+){0,2} $"
)
FORCED_TO = re.compile(
    r"(?<!\w)(?:forc|compell|made|managed|able|proceed|began|begun|start|continu"
    r"|went on)\w* (?:\w+ ){0,3}to $"
)

ANAPHOR_RE = re.compile(
    rf"(?<!\w)(?:[وفب]|لل)?({'|'.join(sorted(ANAPHORS, key=len, reverse=True))})"
    # not "the area of X", nor a noun with its adjective ("المنطقه الشرقيه")
    r"(?!\w)(?! of(?!\w))(?! ال)"
)


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that signals an event of a type, with original offsets."""

    start: int
    end: int
    event_type: str
    sub_type: str


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, surrounding whitespace excluded."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.group() == "." and not _ends_sentence(text, match.start()):
            continue
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    spans.append(_trimmed(text, start, len(text)))
    return [span for span in spans if span[1] > span[0]]


def clause_cuts(text: str) -> list[int]:
    """Return where a new clause starts: "، فيما", ", while", ";" (offsets, sorted)."""
    return [m.start() for m in CLAUSE_CUT.finditer(text)]


DEMONSTRATIVE = re.compile(r"(?:^|\s)(?:هذه|هذا|تلك|ذلك|this|these|that|those) \S*$")


def demonstrative(text: str, trigger: Trigger) -> bool:
    """Return whether an event word is pointed back with "this"/"هذه"
    ("هذه الهجمات", "these attacks"): the events already told, not new ones."""
    before = normalise(text[max(0, trigger.start - 20) : trigger.start]).text
    return DEMONSTRATIVE.search(before) is not None


def definite(text: str, trigger: Trigger) -> bool:
    """Return whether a trigger is definite ("the strikes", "الاشتباكات").

    A definite event word with no place of its own refers back to an event
    already told, as in "و تسببت الاشتباكات بحالة نزوح".
    """
    word = normalise(text[max(0, trigger.start - 20) : trigger.end]).text
    return DEFINITE.search(word) is not None


def _ends_sentence(text: str, dot: int) -> bool:
    """Return whether a full stop ends a sentence (not 3.5, U.S., km. or a.m. until)."""
    after = text[dot + 1 : dot + 2]
    if after.isdigit() and text[dot - 1 : dot].isdigit():
        return False
    # Arabic diacritics are no word characters to \w: "اثنيْن." is one word.
    word = re.search(r"[\w.\u064b-\u0652]*$", text[max(0, dot - 12) : dot])
    word = word.group().lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isascii() and word.isalpha()):
        return False
    if GOES_ON.match(text, dot + 1):
        return False
    return after == "" or not (after.isalnum() or after in "_-/@")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@lru_cache(maxsize=1)
def _trigger_matcher() -> PhraseMatcher:
    table = {p: kind for kind, phrases in TRIGGERS.items() for p in phrases}
    table |= dict.fromkeys(STRIKES, ("explosions", "strike"))
    table |= dict.fromkeys(LEAVING, ("displacement", "leaving"))
    table |= dict.fromkeys(TARGETING, ("explosions", "targeting"))
    table |= dict.fromkeys(BLASTS, ("explosions", "blasts"))
    table |= dict.fromkeys(DESTROYING, ("explosions", "destroying"))
    table |= dict.fromkeys(BY_AIRCRAFT_ONLY, ("explosions", "by_aircraft"))
    table |= dict.fromkeys(NOT_TRIGGERS)
    return PhraseMatcher(table, ARABIC_SUFFIXES)


@lru_cache(maxsize=1)
def _actor_matcher() -> PhraseMatcher:
    table = {p: actor for actor, phrases in ACTORS.items() for p in phrases}
    return PhraseMatcher(table, ARABIC_SUFFIXES)


def find_triggers(text: str) -> list[Trigger]:
    """Return the event triggers of a text by position; the longest phrase wins."""
    norm = normalise(text)
    triggers, last = [], None
    for match in _trigger_matcher().find(norm.text):
        if match.value is None or _purpose(norm.text, match):
            continue
        start, end = norm.original_span(match.start, match.end, text)
        event_type, sub_type = match.value
        typed = _typed_by_context(norm.text, match, sub_type, last)
        if typed is None:
            continue
        if _a_cause(norm.text, match, last):
            last = (match.end, "displacement")
            continue
        event_type = KIND_OF.get(typed, event_type)
        triggers.append(Trigger(start, end, event_type, typed))
        last = (match.end, typed)
    return triggers


def _a_cause(nt: str, match, last: tuple[int, str] | None) -> bool:
    """Return whether an event word names why people fled, just after their
    flight ("نزح ... من مناطق الاشتباكات والقصف في X", "fled the fighting"):
    the flight is the event, told at the place that follows."""
    if last is None or last[1] != "displacement":
        return False
    between = nt[last[0] : match.start]
    return len(between) <= CAUSE_CHARS and CAUSE_GAP.search(between) is not None


def _air_raids(nt: str, match, last: tuple[int, str] | None) -> bool:
    """Return whether "raids" are air raids: an air force or aircraft named by
    them ("coalition raids"), or "the raids" after an air strike just told."""
    if not RAIDS.fullmatch(nt[match.start : match.end]):
        return False
    if _by_aircraft(nt, match.start, AIR_FORCES):
        return True
    told = last is not None and last[1] == "air_strike"
    near = told and match.start - last[0] <= RAIDS_BACK
    definite = DEFINITE.search(nt[max(0, match.start - 20) : match.end])
    return near and definite is not None


def _continued(
    nt: str, match, last: tuple[int, str] | None, back: int = 0
) -> str | None:
    """Return the kind of the explosion told just before in the same sentence
    that a bare "targeted" goes on with ("شن ست غارات على البوكمال، كما استهدف
    أحياء ..."), or None; with ``back``, told up to that many characters
    before in any sentence."""
    if last is None or last[1] not in EXPLOSIONS:
        return None
    between = nt[last[0] : match.start]
    if back:
        return last[1] if len(between) <= back else None
    if len(between) > CONTINUED_CHARS or SENTENCE_END.search(between):
        return None
    return last[1]


def _typed_by_context(
    nt: str, match, sub_type: str, last: tuple[int, str] | None = None
) -> str | None:
    """Return the sub-type the words around a trigger give it, or None when
    they make it no event: leaving is displacement only when people leave;
    "targeted" needs its weapon named or an explosion just told; a strike, a
    shell, a bomb, raids or an attack named with an aircraft (or air force) are
    an air strike. ``last`` is the end and sub-type of the trigger before."""
    if sub_type == "leaving":
        return "displacement" if _people_near(nt, match.start, match.end) else None
    if sub_type == "territory_change" and NOT_GROUND.match(nt, match.end):
        return None  # "captured six others", "took the decision", "took them"
    if sub_type in ("targeting", "strike", "blasts", "destroying", "by_aircraft"):
        return _unnamed_explosion(nt, match, sub_type, last)
    if sub_type == "attack":
        return _typed_attack(nt, match, last)
    if sub_type == "shelling" and BY_ARTILLERY.match(nt, match.end):
        return "shelling"  # "القصف المدفعي" even after aircraft are named
    if sub_type in ("shelling", "remote_explosive") and _by_aircraft(nt, match.start):
        return "air_strike"
    if sub_type == "shelling" and AIR_AFTER.match(nt, match.end):
        return "air_strike"
    if sub_type == "shelling" and _by_an_air_force(nt, match):
        return "air_strike"
    # "وشمل القصف ...": the bombardment just told from the air
    if match.key in BOMBARDMENT and DEFINITE.search(
        nt[max(0, match.start - 20) : match.end]
    ):
        return _continued(nt, match, last, BLASTS_BACK) or sub_type
    return sub_type


def _typed_attack(nt: str, match, last: tuple[int, str] | None) -> str:
    """Air raids and attacks by aircraft ("the Israeli Air Force attacked",
    "هاجمت طائرات مسيرة") are air strikes; attacks on civilians or a protest
    are violence against civilians."""
    if _air_raids(nt, match, last):
        return "air_strike"
    if ATTACK_VERB.match(nt, match.start) and _by_aircraft(nt, match.start):
        return "air_strike"
    if AIRCRAFT_NEXT.search(nt[max(0, match.start - 30) : match.start]) or (
        AIRCRAFT_AFTER.match(nt, match.end)
    ):
        return "air_strike"  # "a drone attack", "هجوم بطائرات مسيرة"
    return "attack_on_civilians" if CIVILIAN_VICTIMS.match(nt, match.end) else "attack"


def _unnamed_explosion(
    nt: str, match, sub_type: str, last: tuple[int, str] | None
) -> str | None:
    """Type a strike, a "targeted", explosions or destroying by the aircraft,
    air force or weapon named near them, or by the explosion told just before
    (destroying only by an aircraft or a weapon, killing only by an aircraft)."""
    if sub_type == "by_aircraft":
        return "air_strike" if _by_aircraft(nt, match.start) else None
    if sub_type == "blasts":
        kind = _continued(nt, match, last, BLASTS_BACK)
        return kind or ("shelling" if _weapon_later(nt, match) else "remote_explosive")
    if sub_type == "destroying":
        if _by_aircraft(nt, match.start):
            return "air_strike"
        return "shelling" if _by_aircraft(nt, match.start, ARTILLERY) else None
    if _by_aircraft(nt, match.start, AIR_FORCES):
        return "air_strike"
    if sub_type == "strike" and (kind := _continued(nt, match, last)):
        return kind  # "a car bomb struck": the bomb just told
    weapon = _by_aircraft(nt, match.start, ARTILLERY)
    if weapon or sub_type == "strike":
        return "shelling"
    # "... بقصف جوي على قرية الطوب. ... جراء استهداف المنزل في البوليل"
    kind = _continued(nt, match, last, BLASTS_BACK)
    return kind or ("attack" if GROUND_TARGETS.match(nt, match.end) else None)


def _weapon_later(nt: str, match) -> bool:
    """Return whether the sentence of explosions names a weapon after them
    ("explosions were heard ..., after US forces fired missiles at ...")."""
    rest = SENTENCE_END.split(nt[match.end : match.end + CONTINUED_CHARS])[0]
    return ARTILLERY.search(rest) is not None


def _by_an_air_force(nt: str, match) -> bool:
    """Return whether a bombardment of no named weapon is by an air force."""
    if match.key not in BOMBARDMENT:
        return False
    near = nt[max(0, match.start - AIRCRAFT_CHARS) : match.end + AIRCRAFT_CHARS]
    return _by_aircraft(nt, match.start, AIR_FORCES) and not WEAPON_NEAR.search(near)


def _people_near(nt: str, start: int, end: int) -> bool:
    """Return whether people are named just before a leaving word, or (Arabic
    word order) just after it, and did not leave to protest."""
    before = SENTENCE_END.split(nt[max(0, start - PEOPLE_CHARS) : start])[-1]
    after = SENTENCE_END.split(nt[end : end + PEOPLE_AFTER])[0]
    if PROTEST.search(SENTENCE_END.split(nt[end : end + 90])[0]):
        return False
    return PEOPLE.search(before) is not None or PEOPLE.search(after) is not None


def _purpose(nt: str, match) -> bool:
    if nt[match.clitic_start : match.start] in PURPOSE_AR:
        before = nt[max(0, match.clitic_start - 12) : match.clitic_start]
        return SUBJECTED.search(before) is None
    if FEARED.search(nt[max(0, match.clitic_start - 40) : match.clitic_start]):
        return True
    before = nt[max(0, match.start - 40) : match.start]
    return PURPOSE_EN.search(before) is not None and not FORCED_TO.search(before)


def _by_aircraft(nt: str, start: int, extra: re.Pattern | None = None) -> bool:
    """Return whether an aircraft (or ``extra``) is named just before a shelling
    word or in the three words after it."""
    before = SENTENCE_END.split(nt[max(0, start - AIRCRAFT_CHARS) : start])[-1]
    after = nt[start : start + AIRCRAFT_CHARS].split(" ")[1:4]
    after += [w[1:] for w in after if w[:1] in PREFIXES]  # "بطائرات حربية"
    return any(
        pattern.search(before) is not None or any(pattern.fullmatch(w) for w in after)
        for pattern in filter(None, (AIRCRAFT, extra))
    )


def anaphors(
    text: str, start: int, end: int
) -> list[tuple[int, int, tuple[str, frozenset[str]]]]:
    """Return (start, end, (cue, kinds)) of each "the town" / "البلدة" in
    text[start:end] that is not the cue of a name ("the town of Hajin")."""
    norm = normalise(text[start:end])
    found = []
    for m in ANAPHOR_RE.finditer(norm.text):
        s, e = norm.original_span(m.start(1), m.end(1), text[start:end])
        found.append((start + s, start + e, ANAPHORS[m.group(1)]))
    return found


def find_actors(text: str) -> list[str]:
    """Return the canonical actors a text names, in order of first appearance."""
    norm = normalise(text)
    found = [(norm.offsets[m.start], m.value) for m in _actor_matcher().find(norm.text)]
    found += [(m.start(), "ISIS") for m in IS_RE.finditer(text)]
    return list(dict.fromkeys(actor for _, actor in sorted(found)))
