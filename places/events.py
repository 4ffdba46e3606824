"""Find sentences, event triggers and actors in report text (fatality counts:
fatalities.py)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from .anaphor_words import ANAPHORS
from .date_marks import OPENING_AFTER
from .evacuation_words import EVACUATION_ORDERS
from .event_words import (
    ACTORS,
    BLASTS,
    BY_AIRCRAFT_ONLY,
    DESTROYING,
    FIRING,
    KIND_OF,
    LEAVING,
    MASSACRE,
    NOT_TRIGGERS,
    STRIKES,
    TARGETING,
    TRIGGERS,
    UNDER_CONTROL,
)
from .news import CONCURRENT, days_of_fighting, opens_on_fighting, supporting
from .normalisation import ARABIC_SUFFIXES, PhraseMatcher, normalise
from .present_tense import PRESENT_TRIGGERS
from .split_phrases import with_split_phrases
from .trigger_typing import DEFINITE, SENTENCE_END, a_cause, typed_by_context

# A frame, not the event, when its sentence tells the event ("In another attack,
# jets struck ..."); the attack itself when it does not ("In a separate attack,
# four SDF members were injured by ISIS").
ATTACK_FRAMES = [
    "in another attack", "in a separate attack", "في هجوم آخر", "وفي هجوم آخر",
]  # fmt: skip

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
CLAUSE_CUT = re.compile(
    r"[,،]\s*و?(?:فيما|بينما|في حين|كما)(?!\w)|,?\s(?:while|whereas)(?!\w)"
    # (not what they were doing: "injured by ISIS while they were distributing
    # bread on the road between X and Y", "killed while attempting to cross")
    r"(?! (?:(?:they|he|she|it) (?:was|were) )?\w+ing(?!\w))"
    # (not inside brackets: "Islamic State (IS; formerly ISIS/ISIL) in X")
    r"|[;؛](?![^()\n]*\))"
    # what it came after: "، ويأتي هذا عقب سيطرة النظام على الميادين قبل يومين"
    r"|[,،]\s*و?(?:يأتي|ياتي|تأتي|تاتي|جاء|جاءت) (?:هذا|ذلك|هذه)(?!\w)"
    # a result: "، لتنحصر بذلك سيطرة التنظيم حول ...", "، مما أدى إلى"
    r"|[,،]\s*ل\w+ بذلك(?!\w)|[,،]\s*م?ما (?:أدى|ادى|يعني)(?!\w)"
    # ... not the dead and wounded: "، مما أدى إلى مقتل 15 شخصاً في بلدة الموحسن"
    r"(?! (?:إلى|الى|إلي|الي) (?:مقتل|إصابة|اصابة|سقوط|وقوع|استشهاد|جرح|مصرع))"
)
# A purpose, not an event: "حملة لطرد", "للسيطرة على", "an offensive to capture"
# (but "forced them to pull back" did happen).
PURPOSE_AR = ("ل", "لل")
# ... but "تعرضت لهجوم", "تعرضت بلدة الدحلة لقصف" (was subjected to an attack) is
# the attack itself.
# The subject may be long: "تعرضت العديد من أحياء مدينة دير الزور والبلدات
# المجاورة لقصف جوي".
SUBJECTED = re.compile(r"(?<!\w)[وف]?(?:ت|ي)?تعرض\w*(?: [^\s.!?؟]+){0,12} $")
SUBJECTED_CHARS = 120
# ... and "عن شن الطيران الحربي الأمريكي لغارة" (the launching of a strike) too.
LAUNCHING = re.compile(r"(?<!\w)[وب]?(?:شن|تنفيذ)(?: \S+){0,3} $")
# ... and "تصدى التنظيم لهجوم قوات النظام" (repelled an attack): it was made.
# The subject may be long and the hour told: "تصدّت قوات سوريا الديمقراطية، قرابة
# الساعة 02.00 بعد منتصف ليلة (الثلاثاء – الأربعاء) لهجوم" (a sentence's words).
REPELLED = re.compile(
    r"(?<!\w)[وف]?(?:[تي]?تصد(?:ي|ت|وا|ون)?|التصدي)(?: [^\s!?؟]*[^\s.!?؟]){0,12} $"
)
# ... and in English: "repelled an attack", "fended off".
REPELLED_EN = re.compile(
    r"(?<!\w)(?:repell?(?:ed|ing|s)?|repuls(?:ed|ing|es)|fended off|fought off"
    r"|beat back|beaten back)(?: \S+){0,3} $"
)
STOP = re.compile(r"[.!?؟]+(?!\d)|\n")  # a sentence's end, not "02.00"
# ... and "نتيجة لقصف الطيران" (as a result of the bombardment): it was made.
RESULT_OF = re.compile(r"(?<!\w)[وك]?نتيجه $")
# "to stop shelling", "weapons to be used in terror attacks": an aim, not an event
PURPOSE_EN = re.compile(
    r"(?<!\w)to (?:(?:stop|halt|end) |be used (?:in|for) (?:\w+ ){0,2})?$"
)
# "in fear of US strikes", "خوفاً من الغارات": a fear, not an event.
FEARED = re.compile(
    r"(?<!\w)(?:fear(?:ing)?(?: of)?|خوفا من|خشيه|تحسبا ل?)(?: \S+){0,2} $"
)
FORCED_TO = re.compile(
    r"(?<!\w)(?:forc(?:ed|ing)|compell|made|managed|able|proceed|began|begun|start"
    r"|continu|went on|used|employed)\w* (?:\S+ ){0,5}to $"
)
# An aim or an attempt told in Arabic without the purpose clitic: "بهدف السيطرة
# على البلدة", "تحاول قوات النظام السيطرة على" (not that it was taken).
AIMED_AR = re.compile(
    r"(?<!\w)[وف]?(?:بهدف|بغيه|من اجل|لاجل|سعيا|[تي]حاول\w*|حاول\w*|محاول\w*)"
    r"(?: \S+){0,3} $"
)

# "After yesterday's advance where the army took X, it entered Y": the
# opening is another event's, ended by its comma.
OPENING_CLAUSE = re.compile(
    rf"[\"'«“]?[وف]?{OPENING_AFTER.pattern}[^,،.;؛\n]{{1,160}}([,،])", re.IGNORECASE
)
# "there" and "هناك" point back only where a clause ends ("there are clashes": none)
CLAUSE_END_ANAPHORS = frozenset({"there", "هناك"})
CLAUSE_END = re.compile(r"\s*(?:[.,;:،؛!?؟\n]|$)")
ANAPHOR_RE = re.compile(
    # not live ammunition ("بالرصاص الحي")
    r"(?<!رصاص )"
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


# A wire copy broken into short lines ("crushed a\npocket of resistance"): a
# line that ends without a stop goes on, unless the next is blank or a bullet.
OPEN_LINE = re.compile(r"[^\s.!?؟:\"”'’)\]]\n(?=[^\s*•\-])")
CONTINUED_LINE = re.compile(r"[^\s.!?؟:]\n[a-z]")
WRAPPED_LINES = 3  # lines running on in lower case that show a wrapped text
# An Arabic line that ends on a preposition ("... من البلدات في\nريف دير الزور")
ARABIC_OPEN_LINE = re.compile(r"(?<!\S)(?:في|من|على|إلى|الى|عن|بين|مع|بأن|أن)\n(?=\S)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence, surrounding whitespace excluded."""
    spans, start = [], 0
    wrapped = (
        len(CONTINUED_LINE.findall(text)) >= WRAPPED_LINES
        or len(ARABIC_OPEN_LINE.findall(text)) >= 2
    )
    for match in SENTENCE_END.finditer(text):
        if not match.group().strip(".") and not _ends_sentence(text, match.end() - 1):
            continue
        if (
            wrapped
            and match.group() == "\n"
            and OPEN_LINE.match(text, match.start() - 1)
        ):
            continue
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    spans.append(_trimmed(text, start, len(text)))
    return [span for span in spans if span[1] > span[0]]


def clause_cuts(text: str) -> list[int]:
    """Return where a new clause starts: "، فيما", ", while", ";", and the comma
    closing a sentence's "After ...," opening (offsets, sorted)."""
    cuts = [m.start() for m in CLAUSE_CUT.finditer(text)]
    for start, end in split_sentences(text):
        opening = OPENING_CLAUSE.match(text, start, end)
        if opening and not opens_on_fighting(opening[0]):
            cuts.append(opening.end(1) - 1)
    return sorted(cuts)


# (not "هذا واستهدف مقاتلو العشائر ...": the newsroom's "moreover")
DEMONSTRATIVE = re.compile(
    r"(?:^|\s)(?:هذه|هذا(?! و$)|تلك|ذلك|this|these|that|those) \S*$"
)
# "said that clashes erupted": "that" before a plural is no demonstrative
THAT_BEFORE = re.compile(r"(?:^|\s)that \S*$")


def demonstrative(text: str, trigger: Trigger) -> bool:
    """Return whether an event word is pointed back with "this"/"هذه"
    ("هذه الهجمات", "these attacks"): the events already told, not new ones."""
    before = normalise(text[max(0, trigger.start - 20) : trigger.start]).text
    if THAT_BEFORE.search(before) and text[trigger.end - 1 : trigger.end] == "s":
        return False
    return DEMONSTRATIVE.search(before) is not None


def definite(text: str, trigger: Trigger) -> bool:
    """Return whether a trigger is definite ("the strikes", "الاشتباكات").

    A definite event word with no place of its own refers back to an event
    already told, as in "و تسببت الاشتباكات بحالة نزوح".
    """
    word = normalise(text[max(0, trigger.start - 20) : trigger.end]).text
    # "بعد أسبوع من المعارك": the fighting of those days, not fighting told before
    return DEFINITE.search(word) is not None and not days_of_fighting(word)


def _ends_sentence(text: str, dot: int) -> bool:
    """Return whether a full stop ends a sentence (not 3.5, U.S., km. or a.m. until)."""
    after = text[dot + 1 : dot + 2]
    if after.isdigit() and text[dot - 1 : dot].isdigit():
        return False
    if "ـ" in (after, text[dot - 1 : dot]):
        return False  # a dot set in a word against filters: "عـ.ـدوان"
    if "\u0621" <= after <= "\u064a":
        return True  # "أضرار .و كانت": Arabic has no abbreviations to go on with
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
    table |= {p: kind for kind, phrases in PRESENT_TRIGGERS.items() for p in phrases}
    table |= dict.fromkeys(EVACUATION_ORDERS, ("displacement", "displacement"))
    table |= dict.fromkeys(STRIKES, ("explosions", "strike"))
    table |= dict.fromkeys(LEAVING, ("displacement", "leaving"))
    table |= dict.fromkeys(TARGETING, ("explosions", "targeting"))
    table |= dict.fromkeys(FIRING, ("battles", "firing"))
    table |= dict.fromkeys(BLASTS, ("explosions", "blasts"))
    table |= dict.fromkeys(MASSACRE, ("violence_against_civilians", "massacre"))
    table |= dict.fromkeys(DESTROYING, ("explosions", "destroying"))
    table |= dict.fromkeys(BY_AIRCRAFT_ONLY, ("explosions", "by_aircraft"))
    table |= dict.fromkeys(UNDER_CONTROL, ("battles", "under_control"))
    table |= dict.fromkeys(NOT_TRIGGERS)
    table |= dict.fromkeys(ATTACK_FRAMES, ("battles", "frame"))
    return PhraseMatcher(table, ARABIC_SUFFIXES, duals=True)


@lru_cache(maxsize=1)
def _actor_matcher() -> PhraseMatcher:
    table = {p: actor for actor, phrases in ACTORS.items() for p in phrases}
    return PhraseMatcher(table, ARABIC_SUFFIXES)


def find_triggers(text: str) -> list[Trigger]:
    """Return the event triggers of a text by position; the longest phrase wins."""
    norm = normalise(text)
    triggers, last, frames, starts = [], None, [], []
    for match in with_split_phrases(
        norm.text, list(_trigger_matcher().find(norm.text))
    ):
        if match.value is None or _purpose(norm.text, match) or _adjective(norm, match):
            continue
        start, end = norm.original_span(match.start, match.end, text)
        if _another_article(text, start):
            continue
        event_type, sub_type = match.value
        if sub_type == "frame":
            frames.append((match.end, Trigger(start, end, event_type, "attack")))
            continue
        typed = typed_by_context(norm.text, match, sub_type, last)
        if typed is None:
            continue
        if a_cause(norm.text, match, last):
            last = (match.end, "displacement")
            continue
        event_type = KIND_OF.get(typed, event_type)
        triggers.append(Trigger(start, end, event_type, typed))
        starts.append(match.start)
        if typed == "attack" and _repelled(norm.text, match):
            # fought off ("تصدت قسد لهجوم", "repelled an attack"): a clash too
            triggers.append(Trigger(start, end, "battles", "armed_clash"))
            starts.append(match.start)
        # shells that were an attack's cover ("تحت غطاء من قذائف الهاون") are not
        # what "the attack" after them names again
        if not supporting(
            norm.text[max(0, match.clitic_start - 40) : match.clitic_start]
        ):
            last = (match.end, typed)
    return _with_lone_frames(norm.text, triggers, starts, frames)


# A line linking to another article of the page: its headline is not this news.
ANOTHER_ARTICLE = re.compile(
    r"\s*(?:اقرا (?:ايضا|المزيد)|شاهد ايضا|(?:also )?read (?:also|more)|see also"
    r"|related(?: articles?| news| stories)?\s*:)(?!\w)"
)
LINK_CHARS = 300  # how long such a line may run before its event word


def _another_article(text: str, start: int) -> bool:
    lo = max(0, start - LINK_CHARS)
    newline = text.rfind("\n", lo, start)
    if newline < 0 and lo > 0:
        return False  # a long line: a paragraph of this report
    opening = text[newline + 1 : min(start, newline + 41)]  # the marker opens it
    return ANOTHER_ARTICLE.match(normalise(opening).text) is not None


def _with_lone_frames(
    nt: str, triggers: list[Trigger], starts: list[int], frames: list
) -> list[Trigger]:
    """Add each attack frame whose sentence tells no event of its own."""
    for at, frame in frames:
        stop = SENTENCE_END.search(nt, at)
        stop = stop.start() if stop else len(nt)
        if not any(at <= s < stop for s in starts):
            triggers.append(frame)
    return sorted(triggers, key=lambda t: t.start)


# "المجموعات المهاجمة": the attacking groups, people, not an attack told
DEFINITE_NOUN_BEFORE = re.compile(r"(?<!\S)[وفبل]?ال\w+ $")


def _adjective(norm, match) -> bool:
    before = norm.text[max(0, match.clitic_start - 30) : match.clitic_start]
    article = norm.text[match.clitic_start : match.start].endswith("ال")
    return (
        match.key == "مهاجمه" and article and bool(DEFINITE_NOUN_BEFORE.search(before))
    )


def _repelled(nt: str, match) -> bool:
    """Return whether an attack word is of an attack fought off."""
    window = nt[max(0, match.clitic_start - SUBJECTED_CHARS) : match.clitic_start]
    clause = STOP.split(window)[-1]
    return bool(REPELLED.search(clause) or REPELLED_EN.search(clause))


def _purpose(nt: str, match) -> bool:
    if nt[match.clitic_start : match.start] in PURPOSE_AR:
        before = nt[max(0, match.clitic_start - 40) : match.clitic_start]
        clause = nt[max(0, match.clitic_start - SUBJECTED_CHARS) : match.clitic_start]
        told = SUBJECTED.search(clause) or LAUNCHING.search(before)
        told = told or RESULT_OF.search(before)
        return not (told or _repelled(nt, match))
    clause = CONCURRENT.split(nt[max(0, match.clitic_start - 40) : match.clitic_start])
    if FEARED.search(clause[-1]) or AIMED_AR.search(clause[-1]):
        return True
    before = nt[max(0, match.start - 40) : match.start]
    return PURPOSE_EN.search(before) is not None and not FORCED_TO.search(before)


def anaphors(
    text: str, start: int, end: int
) -> list[tuple[int, int, tuple[str, frozenset[str]]]]:
    """Return (start, end, (cue, kinds)) of each "the town" / "البلدة" in
    text[start:end] that is not the cue of a name ("the town of Hajin")."""
    norm = normalise(text[start:end])
    found = []
    for m in ANAPHOR_RE.finditer(norm.text):
        if m.group(1) in CLAUSE_END_ANAPHORS and not CLAUSE_END.match(
            norm.text, m.end(1)
        ):
            continue
        s, e = norm.original_span(m.start(1), m.end(1), text[start:end])
        found.append((start + s, start + e, ANAPHORS[m.group(1)]))
    return found


def find_actors(text: str) -> list[str]:
    """Return the canonical actors a text names, in order of first appearance."""
    norm = normalise(text)
    found = [(norm.offsets[m.start], m.value) for m in _actor_matcher().find(norm.text)]
    found += [(m.start(), "ISIS") for m in IS_RE.finditer(text)]
    return list(dict.fromkeys(actor for _, actor in sorted(found)))
