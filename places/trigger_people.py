"""Who the words around an event trigger name: people leaving (displaced,
unless they are fighters or went out to protest), civilians hurt by an attack,
a protest targeted."""

import re

from .event_words import (
    ARMED_PEOPLE,
    CIVILIAN_PEOPLE,
    FIGHTERS,
    HARMED,
    PEOPLE_WORDS,
    PROTEST,
    PROTESTERS,
)
from .normalisation import normalise_name

SENTENCE_END = re.compile(r"[.!?؟]+|\n")
PEOPLE = re.compile(
    rf"(?<!\w)[وف]?(?:ال)?(?:{'|'.join(normalise_name(w) for w in PEOPLE_WORDS)})(?!\w)"
)
PEOPLE_CHARS = 70
# "trucks leaving the village, carrying women and children"
PEOPLE_AFTER = 60
# Who is evacuated may come after a long subject ("أجلت قوات سوريا الديمقراطية،
# المدعومة من الولايات المتحدة الأمريكية، 3 آلاف شخص").
EVACUATING = ("اجل", "evacuat")
EVACUATED_AFTER = 120
TARGETED_WORDS = re.compile(r"(?: [^\s،,.:؛]+){1,4}")
LEFT_DEAD = re.compile(r"(?: \S+){0,6}? (?:dead|killed|injured|wounded|missing)(?!\w)")
FIGHTERS_CHARS = 80
# "its fighters struck the tanker", "عناصر التنظيم استهدفوا": fighters did it (not
# "fighters were targeted").
BY_FIGHTERS = re.compile(
    rf"(?:{FIGHTERS.pattern}|(?<!\w)(?:cells|[وبل]?(?:ال)?خلايا))"
    # "gunmen on a motorcycle targeted the commander"
    r"(?: (?:on|riding) (?:a |two )?motor ?(?:cycle|bike)s?)?"
    r"(?: (?!(?:was|were|is|are|تم)(?!\w))\S+)? $"
)


# A clause of its own: "انسحب مقاتلو داعش ...، بينما تشهد المنطقة نزوحاً للمدنيين"
CLAUSE_START = re.compile(
    r"[.!?؟\n،,;؛]|(?<!\w)(?:بينما|فيما|في حين|while|whereas)(?!\w)"
)


def fighters_fled(nt: str, match) -> bool:
    """Return whether those who fled, in the trigger's clause, are fighters,
    with no civilians named."""
    before = CLAUSE_START.split(nt[max(0, match.start - FIGHTERS_CHARS) : match.start])
    after = SENTENCE_END.split(nt[match.end : match.end + PEOPLE_AFTER])[0]
    civilians = CIVILIAN_PEOPLE.search(f"{before[-1]} {after}")
    return FIGHTERS.search(before[-1]) is not None and not civilians


def left(nt: str, match) -> str | None:
    """People leaving are displaced ("leaving five civilians dead" is a toll)."""
    if LEFT_DEAD.match(nt, match.end):
        return None
    reach = EVACUATED_AFTER if match.key.startswith(EVACUATING) else PEOPLE_AFTER
    return "displacement" if people_near(nt, match.start, match.end, reach) else None


# Who shot, not who was hit: "برصاص عناصر من قسد", "by a militia patrol".
PERPETRATORS = re.compile(
    r"(?<!\w)(?:[وف]?(?:برصاص|بنيران|باطلاق نار|من قبل|علي يد|علي ايدي)|by|at the hands"
    r" of)(?: \S+){1,4}"
)


def civilians_only(nt: str, match) -> bool:
    """Return whether the trigger's sentence names civilians hurt and no armed
    people or posts: those it hit were civilians (not "to let the civilians
    leave")."""
    start = SENTENCE_END.split(nt[max(0, match.start - 200) : match.start])[-1]
    end = SENTENCE_END.split(nt[match.start : match.end + 200])[0]
    sentence = f"{start}{end}"
    hurt = CIVILIAN_PEOPLE.search(sentence) and HARMED.search(sentence)
    return bool(hurt) and not ARMED_PEOPLE.search(PERPETRATORS.sub(" ", sentence))


def protesters_hurt(nt: str, match) -> bool:
    """Return whether the trigger's sentence names protesters and people hurt:
    a protest fired on ("قتلى وجرحى في صفوف المحتجين برصاص القوات", "a civilian
    was killed when the group opened fire on people protesting")."""
    start = SENTENCE_END.split(nt[max(0, match.start - 200) : match.start])[-1]
    end = SENTENCE_END.split(nt[match.start : match.end + 200])[0]
    sentence = f"{start}{end}"
    return bool(PROTESTERS.search(sentence) and HARMED.search(sentence))


def at_a_protest(nt: str, match) -> bool:
    """Return whether the few words after a targeting name a protest, whoever is
    named as doing it ("استهداف قوات قسد المتظاهرين"); "the group targeted
    civilians" may be a habit, not news."""
    words = TARGETED_WORDS.match(nt, match.end)
    return words is not None and PROTEST.search(words.group()) is not None


def people_near(nt: str, start: int, end: int, reach: int = PEOPLE_AFTER) -> bool:
    """Return whether people are named just before a leaving word, or (Arabic
    word order) just after it, and did not leave to protest."""
    before = SENTENCE_END.split(nt[max(0, start - PEOPLE_CHARS) : start])[-1]
    after = SENTENCE_END.split(nt[end : end + reach])[0]
    if PROTEST.search(SENTENCE_END.split(nt[end : end + 90])[0]):
        return False
    return PEOPLE.search(before) is not None or PEOPLE.search(after) is not None


# A body is an event only where it was found: "عثر الأهالي على جثة شاب", "the
# bodies of four civilians were found" (not "تحول إلى جثة", nor bodies recovered
# after a strike, nor "found the bodies of five IS members").
BODIES = frozenset(
    normalise_name(w) for w in ("جثة", "جثث", "جثتي", "جثتين", "body of", "bodies of")
)
# ... or left where it would be found: "وضعوا جثة الشاب أمام منزل ذويه", "dumped"
FOUND = re.compile(
    r"(?<!\w)[وف]?(?:عثر\w*|العثور|وجد\w*|وضعوا|القوا|رموا|found|discovered"
    r"|dumped|left the body)(?!\w)"
)
WHOSE_BODY = 40
FOUND_CHARS = 80


def no_body_found(nt: str, match) -> bool:
    """Return whether a body word tells no finding in its sentence."""
    before = SENTENCE_END.split(nt[max(0, match.start - FOUND_CHARS) : match.start])
    after = SENTENCE_END.split(nt[match.end : match.end + FOUND_CHARS])[0]
    whose = nt[match.end : match.end + WHOSE_BODY]
    if FIGHTERS.search(whose) or ARMED_PEOPLE.search(whose):
        return True
    return FOUND.search(before[-1] + " " + after) is None


def fighters_did_it(nt: str, match) -> bool:
    """Return whether fighters are named as doing it, just before the word."""
    return (
        BY_FIGHTERS.search(nt[max(0, match.start - FIGHTERS_CHARS) : match.start])
        is not None
    )
