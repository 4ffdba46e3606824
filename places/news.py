"""Is an event word news? What the words around it say when it is not: an
aside, an intention or a guess, a habit, support for another event, the
pluperfect, what a period began with or what came before, or still going on."""

import re
from functools import lru_cache

from .date_words import ORDINALS
from .normalisation import normalise
from .numbers import number_words_pattern, parse_number

ONGOING = re.compile(
    r"(?<!\w)(?:لا تزال|لا يزال|ما تزال|ما زالت|ما زال|لا زالت|متواصله|مستمره"
    r"|[وف]?(?:تتواصل|يتواصل|تستمر|يستمر)"
    r"|حاليا|still|ongoing|continuing|continue|continues|currently)(?!\w)"
)
# A sentence the newsroom marks as an aside or a context.
_NOTED = (
    r"[وف]?(?:يذكر|ويذكر|يشار الي|الجدير بالذكر|من الجدير|جدير بالذكر)"
    r"|it is (?:worth (?:noting|mentioning)|noteworthy)|noteworthy"
)
NOTED = re.compile(rf"\W*(?:{_NOTED})(?!\w)", re.IGNORECASE)
ASIDE = re.compile(
    rf"\W*(?:{_NOTED}"
    # the event set in its context: "ويأتي الهجوم بعد", "The raid came a day after"
    # (not "ويأتي ذلك في الوقت الذي أفادت مصادر ...": news of the same time)
    r"|[وف]?(?:ياتي|تاتي) (?:ذلك|هذا|هذه)(?! (?:في الوقت|بالتزامن|تزامنا|بينما))"
    r"|(?:the|this|it) (?:\w+ )?(?:came|comes)"
    r"|it was the (?:latest|second|third|fourth|fifth))(?!\w)",
    re.IGNORECASE,
)
# "قد تتمكن" (may manage), but not "وقد تابعت" / "قد تمكنت" (has: a past)
_MAY = r"قد (?:[ين]\w+|ت\w*[^\Wت])(?!\w)"
# ... also when the present verb is the event word itself: "وقد تقصف الطائرات"
MAY_DO = re.compile(rf"(?<!\w)[وف]?{_MAY}$")
# Words before a trigger that make the event an intention, a guess or a habit.
HEDGES = re.compile(
    r"(?<!\w)(?:[وف]?(?:يتوقع|محاوله(?! اغتيال)|السعي|يسعي|تسعي"
    rf"|{_MAY}|حاول|حاولت|حاولوا|يحاول|تحاول|يحاولون)|may"
    r"|might|could|would|attempts?(?! \w* ?assassinat)|attempted(?! assassinat)"
    r"|tried|trying|plan|plans|planned|expected"
    r"|close to|closer to|near to|on the verge of|poised to|about to|على وشك"
    r"|prepare|prepares|preparing|preparations?"
    r"|تستعد|يستعد|تتحضر|استعدادا|تمهيدا"
    # conditions: "If the government forces manage to capture ...", "في حال"
    r"|if|unless|[وف]?(?:اذا|في حال|لو)"
    r"|in order|aimed at|aiming|بهدف|من اجل|سعيا"
    r"|هربا من|خوفا من|fleeing|fear of"
    # goals and the future: "هدفنا الأول تحرير هجين", "سيتم التحرير", "will take"
    r"|هدفنا|هدفها|هدفه|هدفهم|goal|will|سوف|سيتم|ستتم"
    # habits, not events: "regular bombings", "هجمات متكررة"
    r"|regular|repeatedly|routinely|frequently|frequent|مرارا|باستمرار"
    r"|on (?:several|many|numerous|multiple) occasions|several times|many times"
    r"|عده مرات|مرات عده"
    # denials: "ناشطون ينفون دخول قوات النظام", "the SDF denied capturing"
    r"|[وف]?(?:نفي|نفت|ينفي|ينفون|تنفي|نفوا)|denied|denies|deny|denying"
    # warnings and threats: "Russia warned against targeting its forces"
    r"|warned against|warns against|warning against|threatened|threatens"
    r"|[وف]?(?:حذر|حذرت|يحذر|تحذر) من|[وف]?(?:هدد|هددت|يهدد|تهدد))"
    r"(?!\w)"
)
# "Uzbeki had not been killed in an air strike": a denial in the clause's verb
# (not "it was not immediately clear who was behind the strikes").
# ... and a negated noun in Arabic: "مع عدم التفكير بالانسحاب", "عدم دخول" (not
# "رغم عدم إقرار المقاومة رسمياً باستهداف القواعد": a targeting not claimed).
NEGATED = re.compile(
    r"(?<!\w)(?:had|has|have|was|were|is|are|did|does|do) not(?: \w+){0,4} $"
    r"|(?<!\w)[وبل]?عدم(?: \S+)? \S{0,3}$"
)
# "... في محاولة للسيطرة عليها، وسط غارات التحالف": the strikes happen meanwhile.
CONCURRENT = re.compile(
    r"[,،;؛]\s*(?:[وف]?(?:وسط|في ظل|بينما|فيما|في حين)|amid|amidst|while)(?!\w)"
    # "في محاولة ... استعادة السيطرة عليها ترافقت باشتباكات": what went with it
    r"|(?<!\w)[وف]?(?:ترافقت|ترافق|تزامنت|تزامن|تخللها|تخلله|رافقتها|رافقها)(?!\w)"
    # "ومحاولة النظام السيطرة عليها، وقد أسفرت الاشتباكات": a new clause, told done
    r"|(?<!\w)وقد (?=ت\w*ت(?!\w)|[^\sينت])"
)
# An event dated only as "recently" or "previously" is a recap, not the
# report's news.
RECENTLY = re.compile(
    r"(?<!\w)(?:recently|lately|previously|in the past|مؤخرا|في الاونه الاخيره"
    r"|في السابق|سابقا)(?!\w)"
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
# The subject may be long ("وكانت وحدات من الجيش السوري بالتعاون مع القوات
# الرديفة والحليفة قد حققت تقدما"), but "قد" must come before any verb of it.
LONG_RECAP = re.compile(
    r"(?<!\w)[وف]?(?:كان|كانت|كانوا) (?:[^\s،,]+ ){5,10}قد (?=(?:\S+ ?)?$)"
)
# "days after the siege was broken", "بعد أقل من أسبوعين على كسر الحصار",
# "غداة إعلان": an event told as what came before, not news.
AFTER_RECAP = re.compile(
    r"(?<!\w)(?:(?:days?|weeks?|months?) after"
    r"|بعد (?:اقل من |نحو |حوالي )?(?:\S+ )?(?:ايام|يوم|يومين|اسبوع|اسبوعين|اسابيع"
    r"|اشهر|شهر|شهرين) (?:من|علي)|غداه"
    # "This is not the first time that US planes have struck ...": a habit told
    r"|not the first time|ليست (?:هذه )?(?:المره الاولي|اول مره))(?!\w)"
)
# "بعد أسبوع من المعارك": days of fighting up to the news, not what came before.
DAYS_OF_FIGHTING = re.compile(
    r"(?<!\w)(?:ايام|يومين|اسبوع|اسبوعين|اسابيع|اشهر|شهرين) من "
    r"(?:ال)?(?:قتال|معارك|اشتباكات|مواجهات|غارات)$"
)
# "The raids came hours after the SDF repelled attacks on Hajin", "بعد ساعات من
# استهداف": what came hours before is news of the same day, even in an aside
# ("18 hours after" may be the day before: not that).
HOURS_AFTER = re.compile(
    r"(?<!\w)(?<!\d )(?<!\d\d )"
    r"(?:(?:hours|minutes|shortly|(?:a|an|one|two|few) hours?) after"
    r"|بعد (?:(?:حوالي|نحو|قرابه) )?(?:ساعات|ساعه|ساعتين|دقايق|وقت قصير)(?: فقط)?"
    r" (?:من|علي))(?!\w)"
)
# "they had taken", "had withdrawn": the pluperfect in English, next to its verb.
HAD_EN = re.compile(r"(?<!\w)had (?:\w+ )?$")
# ... but not in reported speech, where it stands for "has" ("the activist added
# that tribal fighters had taken control of parts of Tayana").
SPEECH_EN = (
    "said|says|added|adds|told|reported|reports|stated|claimed|confirmed|announced"
    "|noted|explained"
)
REPORTED_EN = re.compile(rf"(?<!\w)(?:{SPEECH_EN})(?!\w)")
# "fled since Kurdish-led forces took Hajin", "منذ سيطرة قسد": what began a
# period is told again, not news ("since Saturday, clashes ..." is a date).
SINCE = re.compile(
    r"(?<!\w)(?:since (?!(?:the )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|morning|dawn|midnight|last|early|late|mid|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|yesterday|then|that"
    r"|this|\d))|منذ ان |منذ $)"
)


_N = number_words_pattern()
_ORDINAL = "|".join(sorted(map(re.escape, ORDINALS), key=len, reverse=True))
# "6 أيام على مهاجمة", "لليوم الثالث على التوالي", "for the third straight day",
# "ten days into the offensive": events that have gone on for that many days.
RUNNING = re.compile(
    rf"(?<!\w)(?:(?P<n>{_N}) (?:ايام|يوما) (?:علي|منذ)"
    rf"|منذ (?P<since>{_N}) (?:ايام|يوما)"
    rf"|لليوم (?P<nth>{_ORDINAL}) علي التوالي"
    rf"|for the (?P<nth_en>{_ORDINAL}) (?:consecutive |straight |successive )?day"
    rf"|(?P<n_en>{_N}) days (?:into|since)"
    rf"|for (?P<for_en>{_N}) (?:consecutive |straight |successive )?days)(?!\w)"
)
MAX_RUNNING_DAYS = 14


@lru_cache(maxsize=8)
def running_days(text: str) -> int | None:
    """Return for how many days a text says its events have gone on, if it does
    (read once per text: every undated event of a report asks)."""
    found = RUNNING.search(normalise(text).text.lower())
    if found is None:
        return None
    word = next(v for v in found.groupdict().values() if v)
    days = ORDINALS.get(word) or parse_number(word)
    return int(days) if days and 1 < days <= MAX_RUNNING_DAYS else None


def ongoing(text: str) -> bool:
    """Return whether a text tells of an event still going on ("لا تزال", "still")."""
    return ONGOING.search(normalise(text).text) is not None


def hedged(
    before: str, sentence_before: str = "", after: str = "", said: str = ""
) -> bool:
    """Return whether the words before a trigger make it an intention or a guess
    (a hedge does not reach over "، وسط" / ", amid": what goes on meanwhile).
    ``sentence_before`` (the sentence up to the trigger) tells a narrative
    "would" ("Russian bombers would conduct air raids") from a future one, or
    from a condition told ``after`` it ("would strike X if ..."); ``said`` is
    the trigger itself, a present verb that "قد" before it makes a guess."""
    text = CONCURRENT.split(normalise(before).text)[-1]
    if said and MAY_DO.search(f"{text.rstrip()} {normalise(said).text}"):
        return True
    said = normalise(sentence_before).text
    hedges = [m for m in HEDGES.finditer(text) if not _in_when_clause(m, text, said)]
    if any(m[0] == "would" for m in hedges):
        conditional = WOULD_IF.search(normalise(after[:WOULD_IF_CHARS]).text)
        said = "" if conditional else said
        hedges = [m for m in hedges if not _narrative(m, text, said)]
    return bool(hedges) or NEGATED.search(text) is not None


# "When they tried to march on the village, troops opened fire": a hedge in a
# "when" clause closed by its comma does not reach the main clause.
WHEN_CLAUSE = re.compile(r"(?<!\w)(?:when|عندما|حينما)(?!\w)[^,،.;؛]*[,،]")


def _in_when_clause(hedge: re.Match, text: str, said: str) -> bool:
    closed = list(WHEN_CLAUSE.finditer(said))
    if not closed:
        return False
    from_end = len(text) - hedge.start()
    return len(said) - closed[-1].start() > from_end > len(said) - closed[-1].end()


# "would" tells a past in a dated narrative ("ISIS would launch an attack on the
# base"), but a future or a condition after what was said, feared or planned,
# and in "would be", "would have", "would likely".
WOULD_SAID = re.compile(
    rf"(?<!\w)(?:{SPEECH_EN}|say|saying|warned|vowed|pledged|promised"
    r"|threatened|hoped|hopes|expected|expects|feared|fears"
    r"|believed|believes|thought|think|that|if|unless|when|once|after|before"
    r"|until|so)(?!\w)"
)
WOULD_IF = re.compile(r"(?<!\w)(?:if|unless|should|once)(?!\w)")
WOULD_IF_CHARS = 80
WOULD_NOT_PAST = re.compile(r" (?:be|have|likely|not|never|probably|soon|only)(?!\w)")


def _narrative(hedge: re.Match, text: str, said: str) -> bool:
    if hedge[0] != "would" or not said:
        return False
    if WOULD_NOT_PAST.match(text, hedge.end()):
        return False
    before_would = said[: max(0, len(said) - len(text) + hedge.start())]
    return WOULD_SAID.search(before_would) is None


def in_support(before: str) -> bool:
    """Return whether a strike is named as the support of another event."""
    return supporting(normalise(before[-40:]).text)


def supporting(nt_before: str) -> bool:
    """Return whether normalised words before a trigger name it as support."""
    return SUPPORT.search(nt_before[-40:].rstrip() + " ") is not None


def aside(sentence: str) -> bool:
    """Return whether a sentence opens as an aside, background by the
    newsroom's own mark ("يذكر أن", "الجدير بالذكر", "It is worth noting")."""
    return ASIDE.match(normalise(sentence).text) is not None


def noted(sentence: str) -> bool:
    """Return whether a sentence opens with the newsroom's "it is worth noting"
    ("يذكر أن"), not with an event set in its context ("The raid came ...")."""
    return NOTED.match(normalise(sentence).text) is not None


def told_as_past(before: str, clause: str = "") -> bool:
    """Return whether the words before a trigger tell it in the pluperfect
    ("وكانت قسد قد سيطرت"), as background or as the night before; ``clause``
    (its clause up to the trigger) may hold a longer subject."""
    text = normalise(before).text
    if RECAP.search(text) is not None:
        return True
    if HAD_EN.search(text.lower()) and not REPORTED_EN.search(clause.lower()):
        return True
    return LONG_RECAP.search(CONCURRENT.split(normalise(clause).text)[-1]) is not None


def hours_after(before: str) -> bool:
    """Return whether the words before a trigger tell it as what came hours
    before the news ("The raids came hours after the SDF repelled attacks")."""
    return HOURS_AFTER.search(normalise(before).text.lower()) is not None


def told_as_start(before: str, word: str = "") -> bool:
    """Return whether a trigger is what a period began with ("since the SDF
    took Hajin", "منذ سيطرة قسد") or what came before ("days after the siege
    was broken"): told again, not news. Days of fighting are what went on up
    to the news ("بعد أيام من القتال الشرس", "بعد أسبوع من المعارك")."""
    text = normalise(before).text.lower()
    if SINCE.search(text):
        return True
    return AFTER_RECAP.search(text) is not None and not days_of_fighting(before + word)


# "After a week of fierce fighting, the SDF took Hajin": the fighting is news
# of the same place, not an earlier event's opening.
OPENS_ON_FIGHTING = re.compile(
    DAYS_OF_FIGHTING.pattern.removesuffix("$")
    + r"|(?<!\w)(?:days|weeks|months|hours) of (?:\w+ )?(?:fighting|clashes|battles)"
)


def opens_on_fighting(text: str) -> bool:
    """Return whether an opening tells of days of fighting ("بعد أسبوع من المعارك")."""
    return OPENS_ON_FIGHTING.search(normalise(text).text) is not None


def days_of_fighting(text: str) -> bool:
    """Return whether a text ends on days of fighting ("بعد أسبوع من المعارك")."""
    return DAYS_OF_FIGHTING.search(normalise(text).text) is not None


def told_as_recent(before: str, after: str) -> bool:
    """Return whether the words just around a trigger date it only as "recently"
    ("which captured recently the city", "سيطرت مؤخراً"): a recap."""
    return (
        RECENTLY.search(normalise(before[-30:] + " " + after[:20]).text.lower())
        is not None
    )
