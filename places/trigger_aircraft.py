"""Whether aircraft or an air force did it: named before or after the event
word, as its actor ("قصف التحالف", "strikes by the coalition") and not as what
was hit ("استهداف القاعدة الأمريكية"), or as having gone on to do it ("طيران
التحالف أقدم ... على قصف")."""

import re

from .event_words import AIR_FORCES, AIRCRAFT, AIRCRAFT_WORDS, BOMBARDMENT, WEAPON_NEAR
from .trigger_people import SENTENCE_END

AIRCRAFT_CHARS = 40
PREFIXES = "وفب"
ACTOR_MARKS = frozenset({"by", "the", "من", "قبل", "جانب"})
# An aircraft word just before or after an attack noun names its weapon.
AIRCRAFT_NEXT = re.compile(rf"(?:{AIRCRAFT.pattern})(?: s)?(?: and \w+)? $")
AIRCRAFT_AFTER = re.compile(
    rf"\w{{0,2}} (?:ب|by (?:a |an )?|من قبل ){AIRCRAFT_WORDS}(?!\w)"
)
# An aircraft that launched it: "الطيران الأمريكي يشن هجوماً", "jets carried out an
# attack"; or the weapon told further on: "..., where the base was targeted
# with a drone".
LAUNCHED_BY_AIRCRAFT = re.compile(
    rf"(?<!\w){AIRCRAFT_WORDS}(?: \S+){{0,2}} (?:[يت]?شن\w*|[يت]?نفذ\w*|carried out"
    r"|launched|conducted|staged|unleashed)(?: an?)?(?: \w+)? $"
)
WITH_AIRCRAFT = re.compile(
    rf"(?<!\w)(?:(?:with|by|using) (?:a |an |the )?(?:\w+ ){{0,2}}{AIRCRAFT_WORDS}"
    r"|ب(?:ال)?(?:طايره|طايرات) (?:ال)?مسير"
    # a drone, by its short name, right after the event word or as its means:
    # "ضربة مسيرة", "استشهاد ستة عناصر بمسيرة"
    r"|(?:^ |ب)(?:ال)?مسير(?:ه|ات)(?!\w)"
    # "عبر طائرة مسيرة", "بالقنابل المحمولة على طائرة صغيرة مسيرة"
    # "استهدافهم اليوم السبت ...، من قبل طائرات أمريكية": by aircraft
    r"|(?:عبر|بواسطه|من قبل|(?:ال)?محموله علي) (?:ال)?(?:طايره|طايرات))"
)
WITH_AIRCRAFT_CHARS = 160
WENT_ON = "(?:اقدم|اقدمت|قام|قامت)"
# An aircraft that went on to do it, however long the time told between: "طيران
# التحالف أقدم اليوم السبت ... عند الساعة الخامسة مساء على قصف".
AIRCRAFT_WENT_ON = re.compile(
    rf"(?:(?<!\w){AIRCRAFT_WORDS}(?: \S+){{0,3}} {WENT_ON}"
    rf"|(?<!\w)[وف]?{WENT_ON}(?: \S+)? {AIRCRAFT_WORDS})(?!\w)[^.!?؟]*(?: علي|ب) ?$"
)
# "..., while regime artillery pounded": the next clause, another event.
OTHER_CLAUSE = re.compile(r"(?<!\w)(?:while|whereas|فيما|بينما|في حين)(?!\w)")


def air_launched(nt: str, match) -> bool:
    """Return whether an attack was launched by aircraft named before it, or
    made with an aircraft named further on in its clause."""
    before = SENTENCE_END.split(nt[max(0, match.start - 60) : match.start])[-1]
    return LAUNCHED_BY_AIRCRAFT.search(before) is not None or made_with_aircraft(
        nt, match
    )


def made_with_aircraft(nt: str, match) -> bool:
    """Return whether an aircraft is named further on in the event word's clause
    as what it was made with ("استهداف ... عبر طائرة مسيرة")."""
    rest = rest_of_sentence(nt, match, WITH_AIRCRAFT_CHARS)
    return WITH_AIRCRAFT.search(OTHER_CLAUSE.split(rest)[0]) is not None


def rest_of_sentence(nt: str, match, chars: int) -> str:
    """Return the normalised text after a match, up to its sentence's end."""
    return SENTENCE_END.split(nt[match.end : match.end + chars])[0]


def by_an_air_force(nt: str, match) -> bool:
    """Return whether a bombardment of no named weapon is by an air force."""
    if match.key not in BOMBARDMENT:
        return False
    near = nt[max(0, match.start - AIRCRAFT_CHARS) : match.end + AIRCRAFT_CHARS]
    return by_aircraft(nt, match, AIR_FORCES) and not WEAPON_NEAR.search(near)


def by_aircraft(nt: str, match, extra: re.Pattern | None = None) -> bool:
    """Return whether an aircraft (or ``extra``) is named just before a shelling
    word or in the three words after it (an air force only right after it, as
    its actor), or went on to do it."""
    start, end = match.start, match.end
    before = SENTENCE_END.split(nt[max(0, start - AIRCRAFT_CHARS) : start])[-1]
    sentence = SENTENCE_END.split(nt[max(0, start - WITH_AIRCRAFT_CHARS) : start])[-1]
    if AIRCRAFT_WENT_ON.search(sentence):
        return True
    after = [w.rstrip(".,;:!?،؛") for w in nt[end : end + AIRCRAFT_CHARS].split(" ")]
    # "by Syrian aircraft.", "of the Syrian army s aircraft": the actor's words
    after = after[1:7] if after[1:2] in (["by"], ["of"]) else after[1:4]
    words = " ".join(after)  # "المقاتلات الحربية": a name of two words
    after += [w[1:] for w in after if w[:1] in PREFIXES]  # "بطائرات حربية"
    after += ["ال" + w[2:] for w in after if w[:2] == "لل"]  # "قصف للطائرات"
    if AIRCRAFT.search(before) or AIRCRAFT.search(words):
        return True
    if any(map(AIRCRAFT.fullmatch, after)):
        return True
    if extra is None:
        return False
    if extra is not AIR_FORCES:  # a weapon in the words after ("with artillery")
        return extra.search(before) is not None or any(map(extra.fullmatch, after))
    return extra.search(before) is not None or _actor_after(nt, end, extra)


def _actor_after(nt: str, end: int, actor: re.Pattern) -> bool:
    """Return whether the actor is named right after the event word ("قصف
    التحالف", "strikes by the coalition"), not as what was hit ("استهداف
    القاعدة الأمريكية", "struck the US base")."""
    words = nt[end : end + AIRCRAFT_CHARS].split(" ")[1:4]
    while words and words[0] in ACTOR_MARKS:
        words = words[1:]
    word = words[0].rstrip(".,،؛:!?؟") if words else ""
    if word[:2] == "لل":  # "قصف للتحالف": lam and the article, its alef dropped
        word = "ال" + word[2:]
    return bool(word) and (
        actor.fullmatch(word) is not None
        or (word[:1] in PREFIXES and actor.fullmatch(word[1:]) is not None)
    )
