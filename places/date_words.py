"""The words and patterns of dates in Arabic and English: both families of
Arabic month names, weekdays, ordinals, relative days and periods, parts of
months and years, and the regular expressions (over normalised text) built from
them. ``dates`` reads what they match.
"""

import calendar
import re

from .normalisation import normalise_name
from .numbers import number_words_pattern

MONTHS_AR = [
    ("كانون الثاني", "يناير"), ("شباط", "فبراير"), ("آذار", "مارس"),
    ("نيسان", "أبريل"), ("أيار", "مايو"), ("حزيران", "يونيو"),
    ("تموز", "يوليو"), ("آب", "أغسطس"), ("أيلول", "سبتمبر"),
    ("تشرين الأول", "أكتوبر"), ("تشرين الثاني", "نوفمبر"), ("كانون الأول", "ديسمبر"),
]  # fmt: skip
MONTHS_EN = [calendar.month_name[m].lower() for m in range(1, 13)]
MONTH_NUMBER = {
    **{normalise_name(n): m for m, pair in enumerate(MONTHS_AR, 1) for n in pair},
    "ابريل": 4, "اغسطس": 8, "يونيه": 6, "يوليه": 7,
    **{name: m for m, name in enumerate(MONTHS_EN, 1)},
    **{name[:3]: m for m, name in enumerate(MONTHS_EN, 1)},
    "sept": 9,
}  # fmt: skip
UNITS = [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن",
    "التاسع",
]  # fmt: skip
RELATIVE_DAYS = {
    "اول امس": 2, "امس الاول": 2, "امس": 1, "الامس": 1, "البارحه": 1,
    "الليله الماضيه": 1, "ليله امس": 1, "ليله البارحه": 1, "اليوم": 0,
    "ليل امس": 1, "منتصف ليل امس": 1, "منتصف ليله امس": 1,
    "the day before yesterday": 2,
    "yesterday": 1, "last night": 1, "overnight": 1, "today": 0, "tonight": 0,
    "this morning": 0, "this dawn": 0, "at dawn today": 0, "this evening": 0,
    "this afternoon": 0, "earlier today": 0, "early today": 0,
}  # fmt: skip
# "lasted into the early hours of Thursday", "حتى فجر الخميس", "fighting overnight
# and into Saturday": the night before it too (normalised text).
INTO_NIGHT = (
    r"(?:into|until|till) (?:the )?early hours of|حتي (?:فجر|ساعات الفجر)"
    r"|overnight (?:and )?into"
)
NIGHTS = frozenset(
    {"الليله الماضيه", "ليله امس", "ليله البارحه", "last night", "overnight"}
    | {"ليل امس", "منتصف ليل امس", "منتصف ليله امس"}  # "بعد منتصف ليل أمس"
)
# Days counted from the date told just before: "a day earlier", "اليوم التالي".
ANCHORED_DAYS = {
    "a day earlier": -1, "a day before": -1, "the day before": -1,
    "the previous day": -1, "the day earlier": -1, "two days earlier": -2,
    "a day later": 1, "the next day": 1, "the following day": 1,
    "اليوم السابق": -1, "قبل ذلك بيوم": -1, "قبلها بيوم": -1, "قبله بيوم": -1,
    "اليوم التالي": 1, "بعد ذلك بيوم": 1, "بعدها بيوم": 1, "صباح اليوم التالي": 1,
    # the day just told, even the day a statement was made ("in a statement on
    # Sunday, saying they took the villages earlier in the day")
    "earlier in the day": 0, "later in the day": 0, "earlier that day": 0,
    "later that day": 0,
}  # fmt: skip
# Parts of a month: (first day, last day or None for the month's end).
MONTH_PARTS = {
    "مطلع": (1, 10), "بداية": (1, 10), "أوائل": (1, 10), "أول": (1, 10),
    "منتصف": (11, 20), "أواسط": (11, 20), "أواخر": (21, None), "نهاية": (21, None),
    "آخر": (21, None), "early": (1, 10), "in early": (1, 10), "mid": (11, 20),
    "in mid": (11, 20), "late": (21, None), "in late": (21, None),
    "the end of": (21, None), "the beginning of": (1, 10),
}  # fmt: skip
MONTH_PARTS = {normalise_name(k): v for k, v in MONTH_PARTS.items()}
# Arabic month names to read after في / منذ; آب ("father") only as شهر آب.
_ARABIC_MONTHS = [n for n in MONTH_NUMBER if not n.isascii() and n != "اب"]
# Parts of a year: (first month, last month).
YEAR_PARTS = {
    "أوائل": (1, 4), "مطلع": (1, 4), "بداية": (1, 4), "منتصف": (5, 8), "أواسط": (5, 8),
    "أواخر": (9, 12), "نهاية": (9, 12), "early": (1, 4), "mid": (5, 8),
    "late": (9, 12),
}  # fmt: skip
YEAR_PARTS = {normalise_name(k): v for k, v in YEAR_PARTS.items()}
# (spelled as normalise() spells them: "الفائت" is matched as "الفايت")
MONTH_PAST = [normalise_name(w) for w in ("الماضي", "المنصرم", "الفائت")]
MONTH_LAST = [*MONTH_PAST, "الجاري", "الحالي"]
SAME_MONTH = re.compile(r"(?:same month|ذاته|نفسه|نفس الشهر)$")
# Periods counted back from publication: (months back, or "week").
RELATIVE_PERIODS = {
    "الشهر الماضي": 1, "الشهر الفائت": 1, "الشهر المنصرم": 1, "last month": 1,
    "الشهر الجاري": 0, "الشهر الحالي": 0, "هذا الشهر": 0, "this month": 0,
    "earlier this month": 0, "الاسبوع الماضي": "week", "الاسبوع الفائت": "week",
    "last week": "week", "earlier this week": "week", "this week": "week",
    "الايام الماضيه": "week", "الايام الاخيره": "week", "past week": "week",
    "الايام القليله الماضيه": "week", "over the weekend": "weekend",
    "at the weekend": "weekend", "this weekend": "weekend", "last weekend": "weekend",
    "this past weekend": "weekend", "the past weekend": "weekend",
    "نهايه الاسبوع": "weekend", "نهايه الاسبوع الماضي": "weekend",
    "عطله نهايه الاسبوع": "weekend",
    # a weekly roll-up: "ورصد المرصد خلال أسبوع واحد 9 هجمات"
    "خلال اسبوع": "week", "خلال اسبوع واحد": "week", "in one week": "week",
    "in a single week": "week",
    # this week, or its start: "مطلع الأسبوع", "الأسبوع الجاري", "early this week"
    "هذا الاسبوع": "week", "الاسبوع الجاري": "week", "الاسبوع الحالي": "week",
    "مطلع الاسبوع": "week", "بدايه الاسبوع": "week", "اوايل الاسبوع": "week",
    "early this week": "week", "earlier in the week": "week",
    "early in the week": "week",
}  # fmt: skip
# "during the past days", "over recent days", "in the last few days": a week
RELATIVE_PERIODS |= {
    f"{prep} {back} {few}days": "week"
    for prep in ("in", "during", "over", "within", "throughout", "for")
    for back in ("the past", "the last", "recent", "the recent", "the previous")
    for few in ("", "few ", "several ")
}
RELATIVE_PERIODS = {normalise_name(k): v for k, v in RELATIVE_PERIODS.items()}
WEEKDAY_NAMES = [
    ("الاثنين", "monday"), ("الثلاثاء", "tuesday"), ("الاربعاء", "wednesday"),
    ("الخميس", "thursday"), ("الجمعه", "friday"), ("السبت", "saturday"),
    ("الاحد", "sunday"),
]  # fmt: skip
WEEKDAYS = {name: n for n, names in enumerate(WEEKDAY_NAMES) for name in names}
SENTENCE_STOP = re.compile(r"[.!?؟;\n]")
CONNECTORS = frozenset(
    {"و", "and", "to", "until", "till", "through", "into", "حتي", "الي", "-", "–"}
)


ORDINALS_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh "
    "twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
    "nineteenth twentieth"
)


def _ordinals() -> dict[str, int]:
    units = [normalise_name(u) for u in UNITS]
    words = {u: n for n, u in enumerate(units, 1)}
    words |= {"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30}
    words |= {f"{u} عشر": n for n, u in enumerate(units[1:], 12)}
    for and_ in ("و", "و "):  # "السادس و العشرين": a waw standing apart too
        words |= {f"{u} {and_}العشرين": 20 + n for n, u in enumerate(units, 1)}
        words[f"الحادي {and_}العشرين"] = 21
        words[f"الحادي {and_}الثلاثين"] = 31
    english = ORDINALS_EN.split()
    words |= {w: n for n, w in enumerate(english, 1)}
    words |= {f"twenty {w}": 20 + n for n, w in enumerate(english[:9], 1)}
    words |= {"thirtieth": 30, "thirty first": 31}
    return words


ORDINALS = _ordinals()


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_MONTH = rf"(?:{_alternation(MONTH_NUMBER)})"
_YEAR = r"(?: (?:عام |سنه )?(?P<year>\d{4}))?"
_AR_CLITIC = r"(?<!\w)(?:[وفب]|ل)?"
# "الماضيين", "الأخيرة", "الفائتين", "المنصرمة" (as normalise() spells them)
_PAST_PLURAL = (
    r"(?:(?:القليله )?(?:الماضيين|الماضيه|الاخيرين|الاخيره|الفايتين|الفايته"
    r"|المنصرمين|المنصرمه|السابقه))"
)
PATTERNS = {
    # (not "في اليوم الثاني على إطلاق المعركة", "اليوم التالي": a day counted)
    # (nor a paper's masthead "عدد اليوم": today's issue)
    "relative": re.compile(
        rf"(?<!عدد ){_AR_CLITIC}(?P<core>{_alternation(RELATIVE_DAYS)})(?!\w)"
        rf"(?! (?:{_alternation([*ORDINALS, 'التالي', 'السابق'])})(?!\w))"
    ),
    "period": re.compile(
        rf"{_AR_CLITIC}(?P<core>{_alternation(RELATIVE_PERIODS)})(?!\w)"
    ),
    # "three days ago", "two weeks earlier", "قبل ثلاثة أيام", "قبل يومين", "منذ
    # يومين" (then, or from then on: up to the report).
    "counted": re.compile(
        r"(?<!\w)(?P<core>(?:(?:about|some|nearly) )?"
        rf"(?P<n>{number_words_pattern()}|a few|several|a couple of|a)"
        r" (?P<unit>days?|weeks?) (?P<way>ago|earlier|before|later)"
        r"|(?:قبل|منذ(?! يوم(?!\w))) (?:(?:نحو|حوالي|عده|بضعه) )?"
        rf"(?:(?P<n2>{number_words_pattern()}) )?"
        r"(?P<unit2>ايام|يوما|يوم|يومين|اسابيع|اسبوعا|اسبوع|اسبوعين))(?!\w)"
    ),
    # How long it went on, up to the report: "معارك استمرت 8 أيام", "over the
    # last 48 hours", "خلال الـ 24 ساعة الماضية".
    "lasting": re.compile(
        r"(?<!\w)(?P<core>(?:(?:lasted|lasting|(?:over|in|during) the (?:past|last)"
        r"|استمرت|استمر|دامت|طيله|خلال(?: ال)?) |خلال ال)"
        # "خلال الأربعة والعشرين ساعة الماضية": number words with the article
        rf"(?P<n>{number_words_pattern()}|ال\w+ وال\w+)"
        r" (?P<unit>days|hours|ايام|يوما|ساعه|ساعات)"
        # "خلال اليومين الماضيين", "الأيام الثلاثة الماضية", "الساعات الـ48 الماضية"
        r"|(?:(?:خلال|في|طيله) )?ال(?P<unit2>يومين|ايام|ساعات)"
        rf"(?: (?:ال ?)?(?P<n2>{number_words_pattern()}))?"
        rf" {_PAST_PLURAL}"
        # weeks and months back: "over the past two months", "الشهرين الماضيين"
        r"|(?:over|in|during|for) the (?:past|last) "
        rf"(?:(?P<n3>{number_words_pattern()}|few|several|couple of) )?"
        r"(?P<unit3>weeks|months)"
        r"|(?:(?:خلال|في|طيله) )?ال(?P<unit4>شهرين|اسبوعين|اسابيع|اشهر|شهور)"
        rf" {_PAST_PLURAL})(?!\w)"
    ),
    # "months ago", "قبل أشهر", "هجمات ... منذ أشهر": long before the news, or
    # going on for long; no day told.
    "long_ago": re.compile(
        rf"(?<!\w)(?P<core>(?:(?:a few|several|some|many|{number_words_pattern()}) )?"
        r"(?:months|years) ago"
        r"|(?:قبل|منذ) (?:(?:عده|بضعه|نحو|حوالي) )?(?:اشهر|شهور|سنوات|اعوام|شهرين"
        r"|سنتين|عامين))(?!\w)"
    ),
    "anchored": re.compile(
        rf"{_AR_CLITIC}(?:في )?(?P<core>{_alternation(ANCHORED_DAYS)})(?!\w)"
    ),
    # not a day to come: "next Friday", "يوم الجمعة المقبل"
    "weekday": re.compile(
        rf"(?<!next )(?<!coming ){_AR_CLITIC}(?P<core>(?:(?:يوم|last|this|ليله"
        rf"|{INTO_NIGHT}) )?(?:{_alternation(WEEKDAYS)}))(?!\w)"
        r"(?! (?:المقبل|القادم|المقبله|القادمه)(?!\w))"
    ),
    # "(14/5/2017)", "14.05.2017", "2017-05-14" (hyphens are spaces here): day
    # first, unless it cannot be.
    "numeric": re.compile(
        r"(?<![\w/.\-])(?P<core>(?P<a>[0-9٠-٩]{1,2})(?P<sep>[/.\-])(?P<b>[0-9٠-٩]{1,2})"
        r"(?P=sep)(?P<y>(?:19|20|١٩|٢٠)[0-9٠-٩]{2})"
        r"|(?P<y2>(?:19|20)\d\d)(?P<sep2>[/ ])(?P<m2>\d\d)(?P=sep2)(?P<d2>\d\d))"
        r"(?![\w/\-]|\.\d)"
    ),
    "day_month": re.compile(
        rf"(?<!\w)(?P<core>(?P<day>\d{{1,2}}|{_alternation(ORDINALS)})"
        rf"(?:st|nd|rd|th)?(?: / | )(?:من |of )?(?:شهر )?(?P<month>{_MONTH})"
        r"(?:(?<= [a-z]{3})(?<! may)\.|(?<= sept)\.)?"
        # "07 / يناير / 2025": a page's stamp with slashes
        rf"(?: ?/ ?{_MONTH})?,?(?: /(?= \d{{4}}))?{_YEAR})(?!\w)"
    ),
    # "On the 26th, ISIS claimed ...": a day of this month or the last, told
    # alone (not "the 17th Division", "the 26th of ...")
    "day_alone": re.compile(
        r"(?<!\w)on the (?P<core>(?P<day>[0-9]{1,2})(?:st|nd|rd|th))"
        r"(?=[,.;]| of (?:this|the) month)"
    ),
    "month_day": re.compile(
        rf"(?<!\w)(?P<core>(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?,?{_YEAR})(?!\w)"
    ),
    "month": re.compile(rf"(?<!\w)(?P<core>(?P<month>{_MONTH}){_YEAR})(?!\w)"),
    # A year, or part of one: "عام 2014", "أواخر عام 2017", "in late 2017",
    # "last year", "العام الماضي".
    "year": re.compile(
        rf"(?<!\w)(?P<core>(?:(?P<part>{_alternation(YEAR_PARTS)})[ -])?"
        r"(?:(?:عام|العام|سنه) (?P<year>(?:19|20)\d\d)"
        r"|(?P<last>last year|العام الماضي|العام الفائت|السنه الماضيه))"
        r"|(?:(?<=in )|(?<=since )|(?<=during )|(?<=by ))"
        r"(?:(?P<part2>early|mid|late)[ -])?(?P<year2>(?:19|20)\d\d))(?!\w)"
    ),
    # A month without its year, made safe by a part or "last": "منتصف كانون الأول
    # الماضي", "أيلول الماضي", "in early September", "last March".
    "month_part": re.compile(
        rf"(?<!\w)(?P<core>(?:(?P<part>{_alternation(MONTH_PARTS)}) (?:من )?(?:شهر )?"
        rf"(?P<month>{_MONTH})(?: (?P<rel>{_alternation(MONTH_LAST)}))?"
        rf"|(?:شهر )?(?P<month2>{_MONTH}) (?P<rel2>{_alternation(MONTH_LAST)})"
        rf"|last (?P<month3>{_alternation(MONTHS_EN)})"
        rf"|(?:(?<=in )|(?<=since )|(?<=during )|(?<=until )|(?<=by ))"
        rf"(?P<month4>{_alternation(m for m in MONTHS_EN if m != 'may')})"
        rf"|(?:(?<=في )|(?<=منذ )|(?<=خلال ))(?:شهر )?"
        rf"(?P<month5>{_alternation(_ARABIC_MONTHS)})"
        rf"|(?:(?<=في )|(?<=منذ )|(?<=خلال ))شهر (?P<month6>اب)))(?!\w)"
    ),
    # "في الحادي عشر من الشهر ذاته", "on the 11th of the same month".
    "same_month": re.compile(
        rf"(?<!\w)(?P<core>(?P<day>\d{{1,2}}|{_alternation(ORDINALS)})"
        r"(?:st|nd|rd|th)? (?:من |of )?(?:(?:the )?same month|this month"
        r"|(?:الشهر|هذا الشهر) (?:ذاته|نفسه|الجاري|الحالي)|نفس الشهر))(?!\w)"
    ),
    "day_range": re.compile(
        rf"(?<!\w)(?P<core>(?:(?P<day>\d{{1,2}}) (?P<day2>\d{{1,2}}) (?:من |of )?"
        rf"(?P<month>{_MONTH})|(?P<month2>{_MONTH})\.? (?P<day3>\d{{1,2}}) "
        rf"(?P<day4>\d{{1,2}})),?{_YEAR})(?!\w)"
    ),
}
