"""Find sentences, event triggers, actors and fatality counts in report text."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .normalisation import ARABIC_SUFFIXES, PhraseMatcher, normalise, normalise_name
from .numbers import number_words_pattern, parse_number

# (event_type, sub_type) -> trigger phrases in Arabic and English (ACLED-style codes).
TRIGGERS = {
    ("battles", "armed_clash"): [
        "اشتباكات", "اشتباك", "معارك", "معركة", "مواجهات", "clashes", "clash",
        "clashed", "fighting", "battle", "battles", "firefight", "firefights",
        "exchange of fire", "exchanged fire", "gunfight", "shootout",
        "تبادل لإطلاق النار", "تبادل إطلاق النار",
    ],
    ("explosions", "air_strike"): [
        "غارة", "غارات", "قصف جوي", "ضربة جوية", "ضربات جوية", "airstrike",
        "airstrikes", "air strike", "air strikes", "air raid", "air raids",
        "bombed from the air", "drone strike", "drone strikes", "bombed",
        "عدوان جوي", "عدوانا جويا", "اعتداء جوي",
    ],
    ("explosions", "shelling"): [
        "قصف", "قصف مدفعي", "راجمات الصواريخ", "صواريخ", "قذائف", "مدفعية",
        "shelling", "shelled", "artillery", "rockets", "rocket fire", "mortar",
        "mortars", "pounded", "bombardment",
    ],
    ("explosions", "remote_explosive"): [
        "عبوة ناسفة", "عبوات ناسفة", "عبوة", "لغم", "ألغام", "سيارة مفخخة", "مفخخة",
        "دراجة نارية مفخخة", "انتحاري", "انتحاريين", "ied", "ieds", "car bomb",
        "car bombs", "landmine", "landmines", "bomb", "bombs", "roadside bomb",
        "roadside bombs", "homemade bomb", "explosive device", "explosive devices",
        "improvised explosive device", "suicide bomber", "suicide bombers",
        "suicide bombing", "suicide attack", "bombing", "bombings",
    ],
    ("battles", "attack"): [
        "هجوم", "هجمات", "هاجم", "مهاجمة", "attack", "attacks", "attacked",
        "assault", "assaulted", "offensive", "counter attack", "counterattack",
        "ambush", "ambushed", "stormed", "storming", "raided", "raid", "اقتحم",
        "اقتحمت", "اقتحام", "مداهمة", "داهمت", "داهم",
    ],
    ("violence_against_civilians", "attack_on_civilians"): [
        "إعدام", "اعدم", "اختطاف", "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت",
        "خطفوا", "executed", "execution", "kidnapped", "abducted", "abducting",
    ],
    ("strategic_developments", "territory_change"): [
        "سيطرت", "سيطرة على", "استعادت", "استعاد", "استعادة", "تقدم", "تحرير",
        "حررت", "حرر", "حرروا", "يحررون", "كسر الحصار", "فك الحصار", "طرد",
        "captured", "seized", "seize", "seizing", "capture", "capturing",
        "recapture", "recapturing", "retake", "retakes", "retaking", "regaining",
        "recaptured", "retook", "retaken", "regained", "took control",
        "took full control", "taken control", "taken full control", "take control",
        "take full control", "seized control", "gained control",
        "advanced", "broke the siege", "fell to", "liberated", "liberation of",
        "driven out", "drove out", "drove", "declared victory", "overran",
        "pull back", "pulled back", "withdrew", "withdrawn", "retreated", "انسحب",
        "انسحبت", "انسحاب", "took", "taken", "takes", "take", "took over", "moved into",
        "entered", "دخلت", "دخول",
    ],
    ("displacement", "displacement"): [
        "نزوح", "نازحين", "نزح", "تهجير", "فرار", "فروا", "هربوا", "إجلاء",
        "displaced", "fled", "displacement", "exodus", "evacuated", "evacuation",
    ],
}  # fmt: skip
# Strikes of no named kind: air strikes when an aircraft or an air force is
# named near them ("coalition strikes"), otherwise shelling.
STRIKES = ["struck", "strike", "strikes", "ضربة", "ضربات"]
# "Targeted" is an event only with the weapon named near it ("طائرات استهدفت").
TARGETING = ["استهدفت", "استهدف", "استهداف", "targeted", "targeting"]
ARTILLERY = re.compile(
    r"(?<!\w)(?:artillery|mortars?|rockets?|shells?|missiles?|مدفعي\w*|صواريخ|صاروخ\w*"
    r"|قذايف|قذيفه|الهاون|هاون)(?!\w)"
)
AIR_FORCES = re.compile(
    r"(?<!\w)(?:coalition|us led|russian|russia|american|u s|us|israeli|التحالف"
    r"|الروسي\w*|روسي\w*|الامريكي\w*|امريكي\w*|الاسرائيلي\w*)(?!\w)"
)
# Leaving is displacement only when people leave: "families left X",
# "خرجت عشرات العائلات من X" (not "the convoy left").
LEAVING = [
    "left",
    "poured out",
    "streamed out",
    "خرجت",
    "خرج",
    "خرجوا",
    "غادرت",
    "غادر",
    "غادروا",
]
PEOPLE_WORDS = [
    "families", "civilians", "people", "residents", "women", "children", "villagers",
    "عائلات", "عائلة", "أسر", "مدنيين", "مدنيون", "أهالي", "سكان", "نساء", "أطفال",
]  # fmt: skip
PEOPLE = re.compile(
    rf"(?<!\w)[وف]?(?:ال)?(?:{'|'.join(normalise_name(w) for w in PEOPLE_WORDS)})(?!\w)"
)
PEOPLE_CHARS = 70
# ... unless they went out to protest: "خرج المئات في مظاهرات".
PROTEST = re.compile(r"(?:مظاهر|تظاهر|احتجاج|اعتصام|protest|demonstrat|rall(?:y|ied))")
# Phrases holding a trigger word that name a state, not an event ("areas under
# its control", "a camp for displaced people"): they are matched and dropped.
NOT_TRIGGERS = [
    "تحت سيطرة", "تحت سيطرت", "مناطق سيطرة", "مناطق سيطرت", "مخيم النازحين",
    "مخيمات النازحين", "مخيم للنازحين", "under the control", "under control",
    "displaced people", "displaced persons", "displaced families",
    "took place", "take place", "takes place", "taken place", "took part",
    "take part", "takes part", "taken part",
    "took office", "taken into account", "took note", "take note", "took aim",
    "دخلت حيز", "دخول المساعدات", "taken to the streets", "took to the streets",
    "take to the streets", "taking to the streets", "strikes back", "struck back",
    "strike back", "striking back",
    "internally displaced", "camp for displaced", "camps for displaced",
]  # fmt: skip
# Shelling words near an aircraft are air strikes ("warplanes pounded", "قصف الطيران").
# Patterns over normalised text spell Arabic as normalise() does (طائرات -> طايرات).
AIRCRAFT = re.compile(
    r"(?<!\w)(?:warplanes?|jets?|aircraft|planes?|drones?|helicopters?|air force"
    r"|طايرات|طايره|الطايرات|الطيران|طيران|المروحي\w*|سلاح الجو)(?!\w)"
)
AIRCRAFT_CHARS = 40
ACTORS = {
    "Coalition": [
        "التحالف الدولي", "التحالف", "القوات الأمريكية", "الأمريكي", "الأمريكية",
        "الأمريكيين", "أمريكا", "الولايات المتحدة", "coalition", "u.s. led",
        "us led", "american forces", "us forces", "u.s. forces", "american",
    ],
    "SDF": [
        "قسد", "قوات سوريا الديمقراطية", "مجلس سوريا الديمقراطية", "sdf",
        "syrian democratic forces", "syrian democratic council",
    ],
    "Government": [
        "النظام", "قوات النظام", "قوات الأسد", "الأسد", "الجيش السوري",
        "الحكومة السورية", "government forces", "regime", "syrian army", "saa",
        "pro government forces", "syrian government", "assad",
    ],
    "Pro-government militias": [
        "ميليشيات", "ميليشيا", "مليشيات", "حزب الله", "النجباء", "فاطميون",
        "الحرس الثوري", "militias", "militia", "hezbollah", "iranian backed",
    ],
    "Russia": ["روسيا", "الروسية", "الروس", "روسية", "russia", "russian", "russians"],
    "ISIS": [
        "داعش", "تنظيم الدولة", "تنظيم الدولة الإسلامية", "isis", "isil",
        "islamic state", "daesh",
    ],
}  # fmt: skip
# "IS" is only the group when written in capitals as a word of its own.
IS_RE = re.compile(r"(?<![\w.])IS(?![\w.])")
ABBREVIATIONS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "km",
        "mr",
        "mrs",
        "dr",
        "st",
        "no",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "approx",
        "etc",
        "gen",
        "col",
        "lt",
        "sgt",
    ]
)
SENTENCE_END = re.compile(r"[.!?؟]+|\n")
ONGOING = re.compile(
    r"(?<!\w)(?:لا تزال|لا يزال|ما تزال|ما زالت|ما زال|لا زالت|متواصله|مستمره"
    r"|still|ongoing|continuing|continue|continues)(?!\w)"
)
CLAUSE_CUT = re.compile(
    r"[,،]\s*و?(?:فيما|بينما|في حين|كما)(?!\w)|,?\s(?:while|whereas)(?!\w)|[;؛]"
    # a result: "، لتنحصر بذلك سيطرة التنظيم حول ...", "، مما أدى إلى"
    r"|[,،]\s*ل\w+ بذلك(?!\w)|[,،]\s*م?ما (?:أدى|ادى|يعني)(?!\w)"
)
DEFINITE = re.compile(r"(?:(?:^|\s)[وف]?(?:ال|بال|لل)|(?:^|\s)the (?:\w+ )?)\w+$")
# Words before a trigger that make the event an intention, not a report.
HEDGES = re.compile(
    r"(?<!\w)(?:[وف]?(?:يتوقع|محاوله|السعي|يسعي|تسعي|قد [يتن]\w+)|may|might|could"
    r"|would|attempt|attempts|attempted|tried|trying|plan|plans|planned|expected"
    r"|in order|aimed at|aiming|بهدف|من اجل|سعيا"
    r"|هربا من|خوفا من|fleeing|fear of"
    # habits, not events: "regular bombings", "هجمات متكررة"
    r"|regular|repeatedly|routinely|frequently|frequent|مرارا|باستمرار)"
    r"(?!\w)"
)
# Strikes named as support of an advance are not events of their own: "backed by
# Russian airstrikes", "تحت غطاء من غارات التحالف".
SUPPORT = re.compile(
    r"(?<!\w)(?:backed by|supported by|support of|support from|cover of|covered by"
    r"|[وب]?دعم(?: من)?|باسناد(?: من)?|بغطاء(?: من)?|غطاء من|بمسانده(?: من)?)"
    r"(?: \S+){0,2} $"
)

# The pluperfect: "وكانت قسد قد سيطرت الشهر الماضي" (background) but also
# "وكانت مجموعات قد هاجمت ليلة أمس" (news): the event's date tells them apart.
RECAP = re.compile(r"(?<!\w)[وف]?(?:كان|كانت|كانوا) (?:\S+ ){0,4}قد(?!\w)")
# A purpose, not an event: "حملة لطرد", "للسيطرة على", "an offensive to capture"
# (but "forced them to pull back" did happen).
PURPOSE_AR = ("ل", "لل")
PURPOSE_EN = re.compile(r"(?<!\w)to $")
FORCED_TO = re.compile(r"(?<!\w)(?:forc|compell|made)\w* (?:\w+ ){0,3}to $")

SETTLEMENTS = frozenset({"city", "town", "village"})
_BASES = frozenset({"airport", "base"})
_FIELDS = frozenset({"oil_field", "gas_field"})
# Definite nouns that refer back to a place already named: the cue that named it
# ("مدينة البوكمال" ... "المدينة") and, failing that, the kinds it may be.
ANAPHORS = {
    "المدينه": ("city", SETTLEMENTS), "the city": ("city", frozenset({"city"})),
    "البلده": ("village", SETTLEMENTS), "the town": ("village", SETTLEMENTS),
    "القريه": ("village", SETTLEMENTS), "the village": ("village", SETTLEMENTS),
    "المطار": ("base", _BASES), "the airport": ("base", _BASES),
    "the airbase": ("base", _BASES), "the base": ("base", _BASES),
    "القاعده": ("base", _BASES), "الحقل": ("field", _FIELDS),
    "the field": ("field", _FIELDS), "the oilfield": ("field", _FIELDS),
}  # fmt: skip
ANAPHOR_RE = re.compile(
    rf"(?<!\w)(?:[وفب]|لل)?({'|'.join(sorted(ANAPHORS, key=len, reverse=True))})"
    r"(?!\w)(?! of(?!\w))"
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
    """Return whether a full stop ends a sentence (not 3.5, U.S. or km.)."""
    after = text[dot + 1 : dot + 2]
    if after.isdigit() and text[dot - 1 : dot].isdigit():
        return False
    word = re.search(r"[\w.]*$", text[max(0, dot - 12) : dot]).group().lower()
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
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
    table |= dict.fromkeys(NOT_TRIGGERS)
    return PhraseMatcher(table, ARABIC_SUFFIXES)


@lru_cache(maxsize=1)
def _actor_matcher() -> PhraseMatcher:
    table = {p: actor for actor, phrases in ACTORS.items() for p in phrases}
    return PhraseMatcher(table, ARABIC_SUFFIXES)


def find_triggers(text: str) -> list[Trigger]:
    """Return the event triggers of a text by position; the longest phrase wins."""
    norm = normalise(text)
    triggers = []
    for match in _trigger_matcher().find(norm.text):
        if match.value is None or _purpose(norm.text, match):
            continue
        start, end = norm.original_span(match.start, match.end, text)
        event_type, sub_type = match.value
        if sub_type == "leaving":
            if not _people_near(norm.text, match.start, match.end):
                continue
            sub_type = "displacement"
        if sub_type == "targeting":
            if _by_aircraft(norm.text, match.start, AIR_FORCES):
                sub_type = "air_strike"
            elif _by_aircraft(norm.text, match.start, ARTILLERY):
                sub_type = "shelling"
            else:
                continue
        if sub_type == "strike":
            air = _by_aircraft(norm.text, match.start, AIR_FORCES)
            sub_type = "air_strike" if air else "shelling"
        if sub_type in ("shelling", "remote_explosive") and _by_aircraft(
            norm.text, match.start
        ):
            event_type, sub_type = "explosions", "air_strike"
        triggers.append(Trigger(start, end, event_type, sub_type))
    return triggers


def _people_near(nt: str, start: int, end: int) -> bool:
    """Return whether people are named just before a leaving word, or (Arabic
    word order) just after it, and did not leave to protest."""
    before = SENTENCE_END.split(nt[max(0, start - PEOPLE_CHARS) : start])[-1]
    after = SENTENCE_END.split(nt[end : end + 30])[0]
    if PROTEST.search(SENTENCE_END.split(nt[end : end + 90])[0]):
        return False
    return PEOPLE.search(before) is not None or PEOPLE.search(after) is not None


def _purpose(nt: str, match) -> bool:
    if nt[match.clitic_start : match.start] in PURPOSE_AR:
        return True
    before = nt[max(0, match.start - 40) : match.start]
    return PURPOSE_EN.search(before) is not None and not FORCED_TO.search(before)


def _by_aircraft(nt: str, start: int, extra: re.Pattern | None = None) -> bool:
    """Return whether an aircraft (or ``extra``) is named just before a shelling
    word or in the two words after it."""
    before = SENTENCE_END.split(nt[max(0, start - AIRCRAFT_CHARS) : start])[-1]
    after = nt[start : start + AIRCRAFT_CHARS].split(" ")[1:3]
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


ABOUT_WORDS = [
    "more than", "at least", "about", "nearly", "around", "over", "some",
    "أكثر من", "نحو", "حوالي", "قرابة", "ما لا يقل عن",
]  # fmt: skip
KILL_WORDS = ["مقتل", "قتل", "تقتل", "يقتل", "مصرع", "killed", "killing", "kills"]
DEAD_WORDS = ["killed", "dead", "قتيلا", "قتلى", "قتلوا", "لقوا حتفهم"]


def _words(words: Iterable[str]) -> str:
    return "|".join(
        sorted({re.escape(normalise_name(w)) for w in words}, key=len)[::-1]
    )


_NUMBER = rf"({number_words_pattern()})"
_ABOUT = rf"(?:(?:{_words(ABOUT_WORDS)}) )?"
FATALITY_PATTERNS = [
    re.compile(rf"(?<!\w)(?:{_words(KILL_WORDS)}) {_ABOUT}{_NUMBER}(?!\w)"),
    re.compile(
        rf"(?<!\w){_ABOUT}{_NUMBER} (?:\w+ ){{0,4}}(?:were |have been |are )?"
        rf"(?:ال)?(?:{_words(DEAD_WORDS)})(?!\w)"
    ),
]


def ongoing(text: str) -> bool:
    """Return whether a text tells of an event still going on ("لا تزال", "still")."""
    return ONGOING.search(normalise(text).text) is not None


def hedged(before: str) -> bool:
    """Return whether the words before a trigger make it an intention or a guess."""
    return HEDGES.search(normalise(before).text) is not None


def in_support(before: str) -> bool:
    """Return whether a strike is named as the support of another event."""
    return SUPPORT.search(normalise(before[-40:]).text.rstrip() + " ") is not None


def told_as_past(before: str) -> bool:
    """Return whether the words before a trigger tell it in the pluperfect
    ("وكانت قسد قد سيطرت"), as background or as the night before."""
    return RECAP.search(normalise(before).text) is not None


def find_fatalities(text: str) -> int | None:
    """Return the first number of people reported killed, if any."""
    nt = normalise(text).text
    found = [m for p in FATALITY_PATTERNS for m in p.finditer(nt)]
    if not found:
        return None
    first = min(found, key=lambda m: m.start())
    return _number(first.group(1))


def _number(text: str) -> int | None:
    value = parse_number(text)
    return int(value) if value is not None else None
