"""Words about places: cue words that announce a place and relation words that
place it against another, names that are no place (organisations, outlets)
and place names that are also common words or personal names (they need a
cue)."""

import re

from .normalisation import normalise_name

# Two names listed one beside the other: "في الصالحية والعباس", "X, Y", "X" و"Y".
LISTED_BESIDE = re.compile(r"[\s,،\"'“”()«»]*(?:and|or|و|او)?[\s,،\"'“”()«»]*")


def listed_beside(text: str, a, b) -> bool:
    """Return whether two names (with ``start``/``end``) are listed one beside the
    other in ``text``, with nothing but "and", "or", a comma or quotes between."""
    first, second = sorted((a, b), key=lambda t: t.start)
    if not text or first.end > second.start:
        return False
    return LISTED_BESIDE.fullmatch(text, first.end, second.start) is not None


# Names of actors, outlets and operations: no place name inside them is a mention
# (Al Mayadeen in Arabic: outlet_names.py).
NOT_PLACES = [
    "قوات سوريا الديمقراطية", "مجلس سوريا الديمقراطية", "جيش سوريا الجديد",
    "دير الزور 24", "المقاومة الإسلامية في العراق",
    "المقاومة الإسلامية في لبنان", "islamic resistance in iraq", "ديرالزور 24",
    "درع الفرات", "غضب الفرات", "راديو سوا", "deirezzor 24", "deir ez zor 24",
    "ابو الفضل العباس", "الدولة الإسلامية في العراق والشام",
    "syrian democratic forces", "syrian democratic council", "new syrian army",
    "al mayadeen tv", "al mayadeen television", "al mayadeen channel",
    "mayadeen tv", "al mayadeen network", "network al mayadeen",
    "television al mayadeen", "channel al mayadeen", "broadcaster al mayadeen",
    "deir ezzor 24", "euphrates post", "euphrates shield", "radio sawa",
    "islamic state of iraq", "islamic state in iraq",
    "islamic state of iraq and syria", "islamic state in iraq and syria",
    "islamic state of iraq and the levant", "islamic state of iraq and al sham",
    "raqqa is being slaughtered silently",
    "al jazeera", "aljazeera", "قناة الجزيرة", "الجزيرة نت",
    "lebanon based al mayadeen", "lebanese al mayadeen",
    "beirut based al mayadeen", "pro hezbollah al mayadeen", "al mayadeen quoted",
    "al mayadeen reported", "al mayadeen said", "al mayadeen cited",
]  # fmt: skip
# Names that are also common words or personal names (مرات "times", Omar): they
# count only with a cue or relation ("قرية مظلوم", "east of Omar").
AMBIGUOUS = frozenset(
    normalise_name(word)
    for word in [
        "مرات", "مظلوم", "الصور", "الجلاء", "الحوايج", "البحرة", "العباس",
        "الحسينية", "عياش", "كبر", "الكبر", "الزر", "سيال", "السيال", "التنك",
        "العمر",  # "the age" ("في العشرين من العمر"); al-Omar only with a cue
        "الورد",  # "the roses"; al-Ward only with a cue ("حقلي الورد وحمار")
        "المسرب", "البانوراما", "المحطة الثانية", "الجورة", "القصور", "الهول",
        "الحميدية", "الحمدان", "hamdan", "al hamdan", "hamidiyah", "hamidiya",
        "العمال", "العرضي", "ummal", "al ummal",
        "حاجين",  # pilgrims; Youm7's misspelling of Hajin only with a cue
        "شعف",  # heights; a misspelling of al-Sha'fah only with a cue
        "البشري",  # "human"; al-Bishri only with a cue ("منطقة البشري")
        "omar", "abbas", "murat",
        "marat", "mazlum", "mazloum", "mazlom", "mazloom", "ayash", "ayyash",
        "suheil", "theban", "sabha", "sur", "sour", "ward", "zur", "panorama",
        "sawa", "susa", "sosa", "sousa",
        # words and personal names among the villages of the November 2026 pass
        "صباح الخير", "الخريطة", "خريطة", "الطريف", "طريف", "المستور", "مستور",
        "عطا الله", "الرحبة", "رحبة", "القصبي", "قصبي", "الكسار", "كسار",
        "shayma", "shaima", "al shayma", "kassar", "al kassar", "qasabi", "al qasabi",
        "ata allah", "atallah", "ataallah", "al rahba", "al rahbah",
        "بساتين", "البساتين", "الجاسم", "جاسم", "الحصين", "حصين", "basatin",
        "al basatin", "al jasim", "al jassim",
        # villages of the 26 November pass: "piece", "little garden", "horse", "strange"
        "القطعة", "قطعة", "الجنينة", "جنينة", "الحصان", "حصان", "الغريبة", "غريبة",
        "hisan", "al hisan", "hissan", "al hissan",
        "الصاعقة",  # "thunderbolt", and "قوات الصاعقة" (special forces)
        # fifth session of 26 November: "the good one" (and many Tayyibahs), Mary
        "الطيبة", "طيبة", "tayyibah", "al tayyibah", "taybah", "al taybah", "al tayba",
        "ماري", "mari",
        # sixth session: "the estate", named for the village by the gas station
        "العزبة", "عزبة",
        # "the red": Tal al-Ahmar near Damascus is no oil field in the east
        "al ahmar", "ahmar",
        # seventh session: Tiberias, and "a crescent"
        "طبرية", "هلالا",
        # villages located from descriptions (eighth session): "bricks", "the
        # servant", "dust", "guarantee", "the shore", family names
        "الطوب", "طوب", "الزباري", "العبد", "الغبرة", "العليوي", "المطاردة", "البطين",
        "ضمان", "البوخاطر", "البوبدران", "الصراة", "الجعابي", "الشقرة",
        "الشاطي", "الطواطحة", "المجاودة",
        "tub", "al tub", "abd", "al abd", "ghabra", "al ghabra", "daman", "shaqra",
        "al shaqra", "shati", "al shati", "butayn", "al butayn", "sarah",
        "al sarah", "zabari", "al zabari",
        # thirteenth session: quarters of Deir ez-Zor city named by words
        # ("industry", "losses", "customary", "the employees")
        "الصناعة", "خسارات", "الخسارات", "العرفي", "الموظفين",
        # fourteenth session: the al-Shaitat clan names its area too
        "الشعيطات", "شعيطات", "shaitat", "al shaitat", "al sha'itat", "sha'itat",
        "al shu'aytat", "shuaytat", "sheitat",
        # ninth session: al-Hasin's spellings are the name Hussein ("Hussein Malla
        # / Associated Press", a photo credit)
        "huseen", "al huseen", "hsein", "al hsein", "hussein",
    ]
)  # fmt: skip
# A Latin name is written with a capital, or after a lower-case article (al-Omar).

# Cue words by class: what kind of place the name after (or before) them is.
CUES = {
    # "رئيس بلدية الكبر": a municipality is its town
    "village": "قرية قريتي قريتين بلدة بلدتي بلدتين بلدية village town settlement "
    "municipality",
    # plural: "قرى X وY" names villages; "قرى بدير الزور" a city's countryside
    "villages": "قرى villages settlements",
    # "the towns of Mayadeen and Boukamal", "مدن الميادين والبوكمال": the towns
    "towns": "بلدات مدن towns",
    # "besieged Deir ez-Zor", "حصار دير الزور": only a city is besieged
    "city": "مدينة مدينتي city cities besieged siege حصار",
    "field": "حقل حقلي حقول field fields oilfield",
    # "the Omar facility": an oil or gas plant, or a base
    "facility": "منشاة منشأة منشآت facility facilities",
    "governorate": "محافظة محافظتي ريف ريفي الريف أرياف governorate governate "
    "province countryside governorates provinces",
    "base": "قاعدة مطار معسكر معسكري معسكرات مخيم مخيمات base airport airbase camp "
    "camps",
    "river": "نهر river",
    "desert": "بادية البراري desert badiya badiyah badiyeh badiyat badia badiat",
    # "منطقة السيال": an area of any kind, enough to take a name that is also a word
    "area": "منطقة مناطق area",
    # "مستودعات عياش", "the Ayyash depots": stores named for the village by them
    "depots": "مستودع مستودعات depot depots",
    "neighbourhood": "حي حيي أحياء neighbourhood neighborhood neighbourhoods "
    "neighborhoods district districts quarter quarters",
}
# Relation words by relation: where an event is against the place named.
RELATIONS = {
    "east": "شرق شرقي east eastern الضفة_الشرقية الضفاف_الشرقية east_bank eastern_bank",
    "west": "غرب غربي west western الضفة_الغربية الضفاف_الغربية west_bank western_bank",
    "north": "شمال شمالي north northern",
    "south": "جنوب جنوبي south southern",
    "near": "قرب بالقرب_من قرب_من near close_to outside",
    "outskirts": "أطراف محيط ضواحي ريف outskirts_of edge_of vicinity_of around",
    "toward": "نحو باتجاه اتجاه toward towards closes_in_on closing_in_on closed_in_on"
    " الوصول_إلى heading_to headed_to",
    "between": "بين between",
}
