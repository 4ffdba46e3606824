"""What the words around a place name say of it: the cue before or after it
("the village of", "قرية", "Hamdan village") and its relation to the event
("east of", "near", "from positions in", "activists in", a road's ends)."""

import re

from .normalisation import PhraseMatch, normalise_name
from .place_words import CUES, RELATIONS

CUE_WORDS = {
    normalise_name(word): cue for cue, words in CUES.items() for word in words.split()
}
RELATION_WORDS = {
    normalise_name(word.replace("_", " ")): relation
    for relation, words in RELATIONS.items()
    for word in words.split()
}
_RELATION = "|".join(sorted(map(re.escape, RELATION_WORDS), key=len, reverse=True))
# "8 km east of the", "بالقرب من", "وشرق" at the very end of the text before a name.
RELATION_RE = re.compile(
    r"(?:^|\s)[وف]?ب?(?:\d+(?:[.,]\d+)? ?(?:km|kms|kilometers|kilometres|miles)\.? )?"
    rf"(?:north|south)?({_RELATION})(?: of)?(?: the)? $"
)
# Withdrawn or fled to a bank of the river: "نحو الضفة الغربية لنهر الفرات".
TO_A_BANK = re.compile(
    r"(?:^|\s)(?:نحو|باتجاه|اتجاه|الي|toward|towards|to|across)(?: the)? "
    r"(?:الضفه|الضفاف|(?:east|west)(?:ern)? bank)"
)
# "shelled X from positions in Y", "قصف من مواقع قسد في هجين": fire came from Y.
ORIGIN_RE = re.compile(
    r"(?:^|\s)(?:from(?: (?:its|their|positions|bases?|across|the|river|other|side"
    r"|bank|of|in|at|\w+ s))*|(?:انطلاقا )?من (?:مواقع|نقاط|تمركز)\w*(?: \S+)?(?: في)?"
    r"|من الضفه \S+(?: في)?"
    # "الاستهداف تم من بادية محكان", "أطلقت الميليشيات صواريخ من بادية محكان"
    r"|[وف]?تم من|[وف]?(?:[اوي]?طلق\w*|اطلاق|انطلق\w*)(?: \S+){0,2}? من"
    # "وانطلق المهاجمون من قرى ومدن (صبيخان، الدوير والميادين)"
    r"(?: (?:قري|مدن|بلدات|مناطق)(?: و(?:قري|مدن|بلدات))?)?"
    r") $"
)
# "إسعافهم إلى مشفى بلدة الشحيل", "taken to a hospital in Hasakah": where the
# wounded were taken, not where the event was.
TAKEN_TO_RE = re.compile(
    r"(?:^|\s)(?:الي|to) (?:(?:a|the) )?(?:[لب]?ال)?(?:مشفي|مشافي|مستشفي|hospital)\w*"
    r"(?: \S+){0,2} $"
)
# "قوات التحالف المتمركزة في قاعدة كونيكو", "US forces stationed at al-Omar":
# where the fire came from, not where it fell.
STATIONED_RE = re.compile(
    r"(?:^|\s)(?:[وا]?(?:ال)?(?:متمركز|متواجد)\w*|stationed|based|deployed)"
    r" (?:في|داخل|ب|in|at|inside) (?:the )?$"
)
# "مراسل سانا في دير الزور", "activists in Hajin said": where the news came from.
SOURCE_RE = re.compile(
    r"(?:^|\s)(?:مراسل\w*|ناشط\w*|مصادر|مصدر|correspondents?|reporters?|activists?"
    r"|sources?|journalists?|monitors?)(?: (?!(?:ان|بان|that|said)\b)\S+){0,3}"
    r" (?:في|داخل|من|in|inside|from) $"  # not what they said: "ناشطون إن رجلا قتل في"
)
# "مشيراً إلى أنه من أبناء قرية الجفرة", "a native of al-Mayadin": where a man
# comes from, not where the event was.
HOME_RE = re.compile(
    r"(?:^|\s)(?:من ابناء|من اهالي|ابن|[يت]نحدر(?:ون)? من|native of|hails from)"
    r"(?: (?:قريه|بلده|مدينه|the town of|the village of))? $"
)
# A city's own parts told with it ("أحياء داخل دير الزور", "حي الجورة وقافلة في دير
# الزور", "الشوارع والمباني في", "حصاراً لداعش في", "the siege of", "besieged"):
# the city, not its province (tests/corpus/README.md, rule 6).
CITY_PARTS_RE = re.compile(
    r"(?:^|\s)(?:احياء|حي|حيي|شوارع|الشوارع|المباني|[وفل]?(?:ال)?حصارا?|المحاصره|محاصره"
    r"|المنطقه الصناعيه|neighbou?rhoods?|districts|streets?|siege|besieged|blockade"
    r"|enclave|industrial (?:area|zone)|residential areas"
    r"|provincial capital|regional capital"
    r"|المناطق السكنيه|الاحياء السكنيه)(?: \S+){0,3}"
    r"(?: (?:داخل|في|ب|of|in|on))? $"
)
# "half of Deir al-Zour and much of its surrounding province": the city.
AND_ITS_PROVINCE = re.compile(
    r" and (?:\w+ ){0,3}its (?:surrounding |rural )?(?:province|countryside)(?!\w)"
)
PART_ADJECTIVES = frozenset({
    "eastern", "western", "northern", "southern",
    "الشرقي", "الغربي", "الشمالي", "الجنوبي", "شرقي", "غربي", "شمالي", "جنوبي",
})  # fmt: skip
DESCRIBING = frozenset({"eastern", "western", "northern", "southern"})
AREA_NOUNS = frozenset({"الريف", "ريف", "الباديه", "باديه"})
# "Deir Ezzor was the last major Syrian city": what the sentence says it is.
PREDICATE = re.compile(r"^ (?:is|was|remains|remained) (?:a|an|the) ((?:[a-z]+ ){1,4})")
# Said of a name later in its sentence: "attack on Deir Ezzor ... in the northwest
# of the city", "Deir ez-Zor, which ... has been under siege" (rule 1 and 6).
CITY_LATER = re.compile(
    r"(?<!\w)(?:the city(?! of)|besieged|under siege|blockade|المحاصره|محاصره|حصار)"
    r"(?!\w)"
)
NEXT_CUE = re.compile(
    r"^(?: s (?:(?:eastern|western|northern|southern|rural) )?"
    r"|, (?:a|an|the) (?:small |nearby |border |large |frontier )?| )([a-z]+)(?![a-z])"
)
# A road named by its ends: "the highway linking Deir al-Zor to Hasaka", "الطريق
# الممتد من دير الزور إلى الميادين": the places are ends, not sites.
ROAD_RE = re.compile(
    r"(?:^|\s)(?:road|highway|الطريق|طريق|اوتوستراد)(?:(?: \S+){0,6} "
    r"(?:from|between|linking|connecting|to|من|بين|الي|الي مدينه|يربط|الرابط بين))?$"
)
# ... or by its ends before the word: "the Sukhnah-Deir Ezzor Highway".
ROAD_AFTER = re.compile(r"(?: (?!and )[a-z]+){0,2} (?:highway|road|motorway)(?![a-z])")
# "Syria's Deir al-Zor": a province, as wire reports name them (but "Syria's
# Albu Kamal" is the town: the cue "province_of" takes a governorate only).
PROVINCE_BEFORE = re.compile(r"(?:^|\s)syria s $")
QUOTES = " “”\"'«»()[]{}"
CITY_NAMED = frozenset({"city", "مدينه"})
FILLERS = frozenset({"of", "the", "al", "el"})  # "the village of al-Sousa"
# A bracket opened after a word, still open: what it holds describes that word.
IN_BRACKETS = re.compile(r"\w \([^()]*$")
COMPASS = frozenset({"east", "west", "north", "south"})


def context(nt: str, hit: PhraseMatch, floor: int = 0) -> tuple[str | None, str | None]:
    """Return the cue class and relation word that go with a matched name,
    reading back no further than ``floor`` (the start of its line)."""
    window = nt[max(floor, hit.clitic_start - 60) : hit.clitic_start].rstrip(QUOTES)
    words = window.split(" ")
    part_of = bool(words) and words[-1] in PART_ADJECTIVES
    cue = pop_cue(words)
    relation = _relation(" ".join(words) + " ")
    if cue and relation and words and words[-1] in DESCRIBING:
        relation = None  # "the eastern city of X" describes X: not east of it
    if relation in COMPASS and IN_BRACKETS.search(window):
        relation = "described"  # "البوكمال (125 كم جنوب شرق دير الزور)": of X
    cue = cue or CUE_WORDS.get(hit.key.split(" ")[0]) or _next_cue(nt, hit.end)
    joined = nt[hit.clitic_start : hit.start].startswith("و") or window.endswith("،")
    cue = cue or (_list_cue(words) if joined else None)
    # a name that says it is the city ("western Deir Ezzor City")
    cue = cue or ("city" if hit.key.rsplit(" ", 1)[-1] in CITY_NAMED else None)
    # "eastern Deir ez-Zor", "الريف الشرقي لدير الزور": a part of the area.
    cue = cue or ("governorate" if part_of else None)
    if cue is None and PROVINCE_BEFORE.search(" ".join(words) + " "):
        cue = "province_of"
    if _city_part(nt, hit, words, cue):
        cue = "city"
    return cue, _said_relation(nt, hit, words, relation)


def _said_relation(
    nt: str, hit: PhraseMatch, words: list[str], relation: str | None
) -> str | None:
    """Return the relation the words before a name give it beyond a compass or
    nearness word: where fire came from, who told, where forces went, a road."""
    said = " ".join(words) + " "
    if relation in ("east", "west") and TO_A_BANK.search(said):
        relation = "toward"  # "انسحبت نحو الضفة الغربية لنهر الفرات"
    if relation is None and ORIGIN_RE.search(said):
        relation = "origin"
    if relation is None and SOURCE_RE.search(said):
        relation = "source"
    if relation is None and STATIONED_RE.search(said):
        relation = "origin"
    if relation is None and TAKEN_TO_RE.search(said):
        relation = "toward"
    if relation is None and HOME_RE.search(said):
        relation = "home"
    if relation in (None, "between") and _a_road_end(nt, hit, words):
        relation = "between"
    return relation


# Two or more villages named after one cue: "قريتي السجر وضمان", "قرى الجنينة
# وشقرا والجيعة والحصان" (the names between may be unknown to the gazetteer).
# "مدينتي البوكمال والميادين": both are cities.
LIST_CUES = (
    {
        normalise_name(w): "villages"
        for w in ["قريتي", "قريتين", "بلدتي", "بلدتين", "قرى", "بلدات", "مدن"]
    }
    | {normalise_name("مدينتي"): "city"}
    | {normalise_name(w): "field" for w in ["حقول", "الحقول", "حقلي"]}
)
# "الحقول البارزة "العمر، التنك"": an adjective of the plural cue before its list
LIST_ADJECTIVE = re.compile(r"ال\w+(?:يه|ه)")
LIST_REACH = 8  # words


def _list_cue(words: list[str]) -> str | None:
    """Return the cue class of a plural cue that opens the Arabic list this name
    ends ("قرى الجنينة وشقرا و-"), reading back over its و-joined members."""
    for i in range(len(words) - 1, max(-1, len(words) - 1 - LIST_REACH), -1):
        word = words[i].strip(QUOTES).rstrip("،,")
        if word in LIST_CUES:
            return LIST_CUES[word] if i < len(words) - 1 else None
        if i and words[i - 1] in LIST_CUES and LIST_ADJECTIVE.fullmatch(word):
            continue
        if not word or not ("\u0621" <= word[0] <= "\u064a"):
            return None
        last = i == len(words) - 1
        if not (last or words[i + 1][:1] == "و" or words[i].endswith("،")):
            return None  # not a list: "قرى ريف دير الزور السجر"
    return None


def _a_road_end(nt: str, hit: PhraseMatch, words: list[str]) -> bool:
    """Return whether a name is an end of a road: "the road from X", or "the
    Sukhnah-Deir Ezzor Highway" (for a name known by its key: an unseen
    spelling is not announced by the road after it)."""
    if ROAD_RE.search(" ".join(words)):
        return True
    known = bool(hit.key) and hit.value != "fuzzy"
    return known and ROAD_AFTER.match(nt, hit.end) is not None


def _city_part(nt: str, hit: PhraseMatch, words: list[str], cue: str | None) -> bool:
    """Return whether a name is told with the city's own parts (rule 6)."""
    if cue == "area":  # "the industrial area of Deir ez-Zor": a quarter of the city
        return bool(words) and words[-1] == "industrial"
    return cue is None and bool(
        CITY_PARTS_RE.search(" ".join(words) + " ")
        or AND_ITS_PROVINCE.match(nt, hit.end)
    )


def pop_cue(words: list[str]) -> str | None:
    """Remove a trailing cue phrase ("the village of", "قريتي") and return its class."""
    rest = list(words)
    while rest and rest[-1] in FILLERS:
        rest.pop()
    if len(rest) > 1 and rest[-1] in PART_ADJECTIVES and rest[-2] in AREA_NOUNS:
        rest.pop()  # "الريف الشرقي ل": the cue stands before its adjective
    elif len(rest) > 1 and rest[-2] in LIST_CUES and LIST_ADJECTIVE.fullmatch(rest[-1]):
        rest.pop()  # "الحقول النفطية "العمر، ...""
    cue = CUE_WORDS.get(_strip_clitic(rest[-1])) if rest else None
    if cue is None:
        return None
    rest.pop()
    while rest and rest[-1] == "the":
        rest.pop()
    words[:] = rest
    return cue


def _strip_clitic(word: str) -> str:
    if word in CUE_WORDS:
        return word
    for size in (3, 2, 1):
        if word[size:] in CUE_WORDS and len(word) > size + 2:
            return word[size:]
    return word


def _relation(window: str) -> str | None:
    match = RELATION_RE.search(window)
    return RELATION_WORDS[match.group(1)] if match else None


IN_THE_PROVINCE = re.compile(
    r"\s*[،,]?\s*(?:ب|في )(?:(?:ريف|باديه|محافظه|مدينه) )?(?:دير الزور|الميادين"
    r"|البوكمال)(?!\w)|,? in (?:the )?(?:(?:north|south|east|west)\w* )?(?:deir|dayr)"
    r"(?!\w)"
)


def _next_cue(nt: str, end: int) -> str | None:
    """Return the cue class of an English cue word right after a name ("Hamdan
    village"), or of one in apposition ("Sousa, a village near ...")."""
    if IN_THE_PROVINCE.match(nt[end : end + 40]):
        return "village"  # "في الحوايج بدير الزور": a place said to be in it
    found = NEXT_CUE.match(nt[end : end + 40])
    if found is not None and found.group(1) in CUE_WORDS:
        return CUE_WORDS[found.group(1)]
    said = PREDICATE.match(nt[end : end + 60])
    words = said.group(1).split() if said else []
    return next((CUE_WORDS[w] for w in words if w in CUE_WORDS), None)


def city_later(after: str) -> bool:
    """Return whether the normalised text after a name, up to the next name,
    says in the name's sentence, or the next, that it is a city: "the city",
    "besieged" ("captured Deir az-Zour. ... expelled IS from the city's east")."""
    first, *rest = re.split(r"[.!?؟;\n]", after[:200])
    told = [first, next((p for p in rest if p.strip()), "")]
    return any(CITY_LATER.search(part) is not None for part in told)
