"""The words of events, in Arabic and English: triggers by ACLED type, what is
no trigger, weapons and aircraft, actors (the "the town" words are in
``anaphor_words``).

Patterns over normalised text spell Arabic as ``normalise()`` does (ئ -> ي,
ة -> ه): طائرات is matched as طايرات.
"""

import re

# (event_type, sub_type) -> trigger phrases in Arabic and English (ACLED-style codes).
TRIGGERS = {
    ("battles", "armed_clash"): [
        "اشتباكات", "اشتباك", "معارك", "معركة", "مواجهات", "القتال", "clashes", "clash",
        "clashed", "fighting", "fought", "battle", "battles", "battled", "battling",
        "firefight", "firefights", "confrontation", "confrontations", "اشتبكوا",
        "skirmish", "skirmishes", "skirmished", "gun battle", "gun battles", "قتال",
        "اقتتال", "اقتتالا", "الاقتتال", "gunbattle", "gunbattles", "اشتبك", "اشتبكت",
        "military operations against", "military operation against",
        "operation against", "operations against", "exchange of fire", "gunfight",
        "exchanged fire", "shootout", "exchange of gunfire", "exchanged gunfire",
        "تبادل لإطلاق النار", "تبادل إطلاق النار", "عمليات ضد", "عملية ضد",
        # an encirclement is fought for ("encircled IS in al-Mayadin", a clash to
        # the labellers; "besieged", "surrounded" are also told of a state)
        "encircled", "encircle", "encircles", "encircling", "encirclement",
        "طوقت", "تطويق", "يطوق", "تطوق",
    ],
    ("explosions", "air_strike"): [
        "غارة", "غارات", "أغار", "أغارت", "قصف جوي", "ضربة جوية", "ضربات جوية",
        "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "air raids",
        "bombed from the air", "drone strike", "drone strikes", "bombed",
        "طلعات جوية", "طلعة جوية", "air sorties", "aerial bombardment",
        "عدوان جوي", "عدوانا جويا", "اعتداء جوي", "هجوم جوي", "هجوما جويا",
        "هجمات جوية", "air attack", "air attacks", "aerial attack",
        "العدوان الأمريكي", "الاعتداء الأمريكي", "العدوان الأميركي",
        "الاعتداء الأميركي", "العدوان الإسرائيلي", "الاعتداء الإسرائيلي",
    ],
    ("explosions", "shelling"): [
        "قصف", "قصف مدفعي", "راجمات الصواريخ", "صواريخ", "قذائف", "مدفعية",
        "صاروخ", "قذيفة", "rocket", "missile", "indirect fire",
        "shelling", "shelled", "shell", "shells", "artillery", "rockets",
        "rocket fire", "mortar", "mortars", "pounded", "bombardment", "bombarded",
        "bombard", "bombarding", "bombardments",
        "rocket launchers", "rocket launcher", "ground-to-ground",
        "surface-to-surface", "missiles", "missile attack", "missile attacks",
        "rocket attack", "rocket attacks", "mortar attack", "mortar attacks",
        "artillery attack", "هجوم صاروخي", "هجمات صاروخية", "هجوما صاروخيا",
    ],
    ("explosions", "remote_explosive"): [
        "عبوة ناسفة", "عبوات ناسفة", "عبوة", "لغم", "ألغام", "سيارة مفخخة", "مفخخة",
        "سيارة ملغمة", "سيارات ملغمة", "عربة مفخخة", "عربة ملغمة", "ملغمة",
        "دراجة نارية مفخخة", "انتحاري", "انتحاريين", "ied", "ieds", "car bomb",
        "car bombs", "landmine", "landmines", "bomb", "bombs", "roadside bomb",
        "a mine", "the mine", "mine blast", "mine explosion", "land mine", "land mines",
        "roadside bombs", "homemade bomb", "explosive device", "explosive devices",
        "improvised explosive device", "suicide bomber", "suicide bombers",
        "suicide bombing", "suicide attack", "bombing", "bombings", "blast",
        "explosion", "انفجار", "تفجير", "تفجيرات", "blew himself up",
        "car bomber", "car bombers", "vbied", "vbieds", "svbied", "svbieds",
        "booby-trapped car", "booby-trapped vehicle", "booby-trapped vehicles",
        "blew themselves up", "detonated", "فجر نفسه", "فجروا أنفسهم",
    ],
    ("battles", "attack"): [
        "هجوم", "هجمات", "هاجم", "مهاجمة", "attack", "attacks", "attacked",
        "assault", "assaulted", "offensive", "counter attack", "counterattack",
        "ambush", "ambushed", "stormed", "storming", "broke into", "raided", "raid",
        "raids", "اقتحم", "اعتداء إرهابي", "اعتداءات إرهابية",
        # a heliborne raid ("عملية الإنزال الأمريكية في حقل العمر"; not "إنزال
        # جوي" alone, which also drops aid)
        "عملية إنزال", "عملية الإنزال", "عمليات إنزال", "عملية إنزال جوي",
        "airborne operation", "heliborne operation", "heliborne raid", "airborne raid",
        "airdrop operation", "airdrop operations",
        "اقتحمت", "اقتحام", "مداهمة", "داهمت", "داهم", "دهمت", "اغتيال", "اغتال",
        "اغتالت", "اغتيل", "اغتيلت", "اغتالوا", "برصاص", "assassinated",
        "assassination", "shot dead", "gunned down", "opened fire", "opening fire",
        "opens fire", "محاولة اغتيال", "assassination attempt",
        "attempted assassination", "أطلق النار", "أطلقوا النار", "إطلاق النار",
        "إطلاق الرصاص", "shot at", "shooting at", "started shooting",
        "began shooting", "طلق ناري", "بطلق ناري", "طلقات نارية",
        "إطلاق نار", "أطلقا النار", "أطلقت النار", "يطلقون النار",
        "shoot dead", "shooting dead", "shot and killed", "gunfire",
        "أطلق مجهولون النار", "أطلق مسلحون النار", "أطلق مسلحان النار",
        "أطلق مسلحان مجهولان النار", "أطلق مسلحون مجهولون النار",
        "أطلق مجهولون مسلحون النار",
        "أطلق عناصر النار", "أطلقت عناصر النار", "كمين", "كمينا", "الكمين",
        "فتحوا النار", "فتح النار", "فتحت النار", "فتح مسلحون النار",
        "فتح مجهولون النار", "فتح مسلحون مجهولون النار",
        "على يد مجهولين", "على أيدي مجهولين", "على يد مسلحين مجهولين",
        # sniping
        "قنص", "قناص", "قناصة", "sniper", "snipers", "sniped",
        "برصاص قناص", "برصاص القناص", "برصاص قناصة", "برصاص القناصة",
    ],
    ("violence_against_civilians", "attack_on_civilians"): [
        "إعدام", "اعدم", "اختطاف", "اختطف", "اختطفت", "اختطفوا", "خطف", "خطفت",
        "خطفوا", "executed", "execution", "kidnapped", "abducted", "abducting",
        "beheaded", "beheading", "beheadings", "beheads", "decapitated", "crucified",
        # ... and beheading ("أقدم التنظيم على ذبح 15 شاباً"; not the Eid sacrifice)
        "crucifixion", "صلبت", "صلبوا", "صلب عناصر", "ذبح", "يذبح", "ذبحت", "ذبحوا",
        "جثة", "جثث", "جثتي", "جثتين", "body of", "bodies of",  # found (trigger_people)
    ],
    ("battles", "territory_change"): [
        "سيطرت", "سيطرة على", "سيطرة الكاملة على", "سيطرة كاملة على",  # أحكمت ال...
        "سيطرة التامة على", "استعادت", "استعاد", "استعادة", "تقدم", "تحرير",
        "حررت", "حرر", "حرروا", "يحررون", "كسر الحصار", "فك الحصار", "طرد",
        "captured", "seized", "seize", "seizes", "seizing", "capture", "captures",
        "capturing",
        "recapture", "recapturing", "retake", "retakes", "retaking", "regaining",
        "recaptured", "retook", "retaken", "regained", "took control",
        "took full control", "taken control", "taken full control", "take control",
        "take full control", "seized control", "gained control", "taking control",
        "taking the control", "taking full control", "established control",
        "establishing control", "establish control", "establishes control",
        "imposed control", "imposing control", "gained full control",
        "imposed full control", "impose full control", "imposing full control",
        "advanced", "swept", "broke the siege", "fell to", "liberated", "liberation of",
        "liberating", "liberate", "liberates", "captures", "seizes", "recaptures",
        "regain", "regains", "took back", "taken back", "seized back", "wrested",
        "driven out", "drove out", "drove", "declared victory", "overran", "secured",
        "pull back", "pulled back", "withdrew", "withdraw", "retreat", "broke through",
        "withdraws", "pulled out", "pulls out", "pullback", "withdrawal of",
        "broken through", "pushed out", "taking over",
        "breaks through", "break through", "lifted the siege", "broken the siege",
        "breaks the siege", "break the siege", "breaking the siege", "withdrawn",
        "retreated", "abandoned", "expelled", "lost control", "انسحب", "سيطر",
        "سيطروا", "استولى", "استولت", "استولوا", "الاستيلاء على",
        "انسحبت", "انسحاب", "took", "taken", "takes", "take", "took over", "moved into",
        "entered", "دخلت", "دخول", "overrun", "overrunning", "finished sweeping",
        # "اجتاحوا المدينة أمس": overran it
        "اجتاح", "اجتاحت", "اجتاحوا", "اجتياح",
    ],
    ("displacement", "displacement"): [
        "نزوح", "نازحين", "نزح", "تهجير", "فرار", "فروا", "هربوا", "الهروب",
        "displaced", "fled", "displacement", "exodus",
        "flee", "fleeing", "نزحت", "نزحوا", "ينزحون", "يفرون",
        # people made to leave: "forced out 30,000 residents", "rousted"
        "هجرت", "هجروا", "تهجر", "يهجرون", "forced out", "forced from their homes",
        "forced to flee", "forced to leave", "driven from their homes", "rousted",
        "driven out of their homes", "uprooted", "أجبروا على مغادرة", "أجبر على مغادرة",
        "أجبرت على مغادرة", "إجبار الأهالي على مغادرة",
    ],
}  # fmt: skip
# "Both villages are now under ISIS control", "باتت تحت سيطرة": a change, not a
# state, when just reached ("areas under its control" is a state).
CONTROLLERS = (
    "isis", "is", "islamic state", "sdf", "government", "regime", "army", "their",
    "its", "kurdish", "tribal", "full", "syrian army", "syrian government", "us",
    "russian", "iranian", "turkish", "ypg", "ypg/sdf", "daesh", "isil", "rebel",
    "opposition", "complete", "total",
)  # fmt: skip
UNDER_CONTROL = [
    "تحت سيطرة", "تحت سيطرت", "under the control", "under control",
    *(f"under {who} control" for who in CONTROLLERS),
]  # fmt: skip

# The event type of each sub-type (a trigger retyped by its context takes it).
KIND_OF = {sub_type: event_type for event_type, sub_type in TRIGGERS}
# Strikes of no named kind: air strikes when an aircraft or an air force is
# named near them ("coalition strikes"), otherwise shelling.
STRIKES = ["struck", "strike", "strikes", "ضربة", "ضربات"]
# A massacre is typed by what committed it: aircraft, guns, or people (civilians).
MASSACRE = ["مجزرة", "مجازر", "massacre", "massacres", "massacred"]
# Explosions heard or reported are the strike just told ("الغارات ... وأكدت
# مصادر وقوع انفجارات قرب القاعدة"); told alone, a bombing.
# ... and what exploded: "a car of the Guards exploded in the desert", "سيارة انفجرت"
BLASTS = ["explosions", "blasts", "انفجارات", "exploded", "انفجرت", "انفجر"]
# "Targeted" with no weapon named is a ground attack when what it hit is a post,
# a checkpoint, a patrol or a car ("unknown persons targeted a checkpoint").
GROUND_TARGETS = re.compile(
    r"(?: \S+){0,3}? (?:[وفبل]?(?:ال)?"
    r"(?:(?:حاجز|حواجز|رتل|ارتال|نقطه|نقاط|دوريه|دوريات|سياره|مقر|مقرات|تجمع|تجمعات"
    r"|حافله|حافلات|مركز|مراكز|عنصر|عناصر)ا?|سيار(?:ت|ات)\w*)"  # "سيارتهم"
    r"|(?:a|an|the|their|its|two|several) (?:\w+ ){0,2}(?:checkpoints?|posts?|patrols?"
    r"|positions?|vehicles?|cars?|convoys?|headquarters|gatherings?|bus|buses)"
    # a bare plural: "tribes targeted checkpoints, local headquarters and ..."
    r"|(?:checkpoints|posts|patrols|positions|vehicles|convoys|headquarters|buses))(?!\w)"
)
# Destroying is a strike only with an aircraft or a weapon named near it
# ("سلاح الجو دمر مواقع ...", "jets destroyed most of the boats").
DESTROYING = ["دمر", "دمرت", "يدمر", "تدمير", "destroyed", "destroying", "destroy"]
# Killing, hitting or sorties are an air strike when an aircraft does it ("US
# warplanes killed 20", "قاذفات روسية ضربت أهدافاً", "سلاح الجو نفذ طلعات على
# ..."); otherwise no event ("الحملة تستهدف وادي الخابور", "ضربت موعداً").
BY_AIRCRAFT_ONLY = [
    "killed", "kills", "killing", "hit", "hits", "قتلت", "قتل", "تستهدف", "يستهدف",
    "ضربت", "طلعات", "طلعة", "sorties", "sortie", "مقتل", "استشهاد",
]  # fmt: skip
# Firing at a place is shelling when a weapon is named with it ("rockets were
# fired at the base": the weapon word tells it), otherwise a ground attack
# ("gunmen fired upon the village of Dahla").
FIRING = ["fired upon", "fired on", "fired at", "firing at", "firing on", "firing upon"]
# "Targeted" is an event only with the weapon named near it ("طائرات استهدفت").
TARGETING = [
    "استهدفت", "استهدف", "استهدفوا", "استهداف", "targeted", "targeting", "target",
    "targets",
]  # fmt: skip
ARTILLERY = re.compile(
    r"(?<!\w)(?:artillery|mortars?|rockets?|shells?|missiles?|مدفعي\w*|صواريخ|صاروخ\w*"
    r"|قذايف|قذيفه|الهاون|هاون)(?!\w)"
)
AIR_FORCES = re.compile(
    r"(?<!\w)(?:coalitions?|us led|russian|russias?|american|u s|us|israeli|israels?"
    r"|التحالف|الروسي\w*|روسي\w*|الامريكي\w*|امريكي\w*|الاميركي\w*|اميركي\w*"
    r"|الاسرائيلي\w*|اسرائيل)(?!\w)"
    # "US-backed SDF": whom it backs did it, not the air force
    r"(?! (?:backed|supported|allied|sponsored|trained|funded)(?!\w))"
)
# Bombardment of no named weapon by an air force is from the air ("قصف
# التحالف الدولي ... قرية السوسة", "Russian bombardment").
_BOMBARD = "قصف bombardment bombardments bombarded bombard bombarding bombing"
BOMBARDMENT = frozenset(_BOMBARD.split())
# A weapon named anywhere near, with or without its article ("المدفعية الروسية").
WEAPON_NEAR = re.compile(
    r"artillery|mortar|rocket|shell|missile|howitzer|مدفعي|صواريخ|صاروخ|قذايف|قذيفه"
    r"|هاون|راجم"
)
# "قصف التحالف الجوي", "قصف جوي روسي": the air word a word or two after.
AIR_AFTER = re.compile(r"(?: \S+){0,2} (?:ال)?جوي(?:ه|ا)?(?!\w)")
# Leaving is displacement only when people leave: "families left X",
# "خرجت عشرات العائلات من X" (not "the convoy left").
LEAVING = [
    "evacuated", "evacuating", "evacuation", "إجلاء", "أجلت", "أجلى",
    "أجلوا",  # not of a base
    "left", "leaving", "poured out", "streamed out", "خرجت", "خرج", "فر", "خرجوا",
    "خروج",  # "خروج الأهالي من الباغوز", "يستمر الناجون في الخروج"
    "الخروج", "يخرجون", "غادرت", "غادر", "غادروا",
    "توجه",  # "توجه بعض أهالي الدوير ... نحو دمشق"
    "توجهت", "توجهوا", "رحلت", "ترحيل", "deported",  # people sent away
]  # fmt: skip
PEOPLE_WORDS = [
    "families", "civilians", "people", "residents", "women", "children", "villagers",
    "عائلات", "عائلة", "أسر", "مدنيين", "مدنيون", "مدني", "أهالي", "سكان", "نساء",
    "أطفال", "شخص", "الناجون", "الناجين", "survivors",
]  # fmt: skip
# ... unless they went out to protest: "خرج المئات في مظاهرات".
PROTEST = re.compile(
    r"(?:مظاهر|تظاهر|احتجاج|محتج|اعتصام|protest|demonstrat|rall(?:y|ied))"
)
# ... and those at one: "people protesting", "في صفوف المحتجين".
PROTESTERS = re.compile(
    r"(?<!\w)(?:protesters|protestors|protesting|demonstrators|[وبل]?(?:ال)?"
    r"(?:محتجين|محتجون|متظاهرين|متظاهرون))(?!\w)"
)
# An attack whose victims are civilians or a protest is violence against
# civilians ("هجوم بالقنابل على مظاهرة", "opened fire on protesters", "shoot dead
# peaceful demonstrators").
CIVILIAN_VICTIMS = re.compile(
    r"(?: (?:ب|ل|with |by )\S+(?: \S+)?)? (?:on |at |against |upon )?"
    r"(?:(?:\d+|two|three|four|five|several|dozens of) )?(?:peaceful |unarmed )?"
    r"(?:a |the )?(?:group of )?(?:civilians?"
    r"|demonstrat\w+|protest\w*|truffle (?:hunters|gatherers|pickers)|shepherds"
    r"|villagers|residents|farmers|passengers|worshipp?ers|mourners|fishermen"
    r"|(?:على |عل[يى] )?(?:ال)?"
    r"(?:مدنيين|مظاهره|متظاهرين|محتجين|مدنيا|اهالي|جامعي|رعاه|صيادين|مصلين))(?!\w)"
)
# An attack whose sentence names only civilians hurt is violence against them ("two
# brothers were shot dead", "wounding the driver", "مقتل طفل برصاص مجهولين"; not
# "his driver", "وسائقه"), unless it names an armed target too (a fighter, a patrol).
CIVILIAN_PEOPLE = re.compile(
    r"(?<!\w)(?:civilians?|child(?:ren)?|boys?|girls?|wom[ae]n|famil(?:y|ies)|farmers?"
    r"|shepherds?|(?<!his )(?<!her )(?:truck |tanker )?drivers?|workers?|person"
    r"|teachers?|students?|brothers|sisters|elderly|villagers|displaced|(?:a|one|young)"
    r" man"
    r"|(?:لل|[وبل]?(?:ال)?)(?:مدني\w*|طفل\w*|رجل|شاب|شخص|اشخاص|اطفال|امراه|نساء|سيده"
    r"|فتاه|عايله|عايلات|مزارع\w*|راعي|رعاه|سايق(?!ه(?:ا|م)?(?!\w))\w*|عمال"
    r"|معلم\w*|طالب\w*|شقيقين|شقيقان|مسن\w*|نازح\w*))(?!\w)"
)
HARMED = re.compile(
    r"(?<!\w)(?:killed|killing|dead|died|wounded|wounding|injured|injuring|shot"
    r"|murdered|[وف]?(?:قتل\w*|مقتل|اصاب\w*|اصيب\w*|جرح\w*|جريح\w*|استشهد\w*"
    r"|استشهاد|مصرع|شهيد\w*))(?!\w)"
)
# Combatants, as victims or as those who flee (normalised spellings); gunmen
# (مسلحين) are mostly the attackers, so only the second.
COMBATANTS = (
    r"soldiers?|troops|fighters?|members?|militiam[ae]n|[وبل]?(?:ال)?(?:عنصر\w*"
    r"|عناصر|مقاتل\w*|جندي|جنود)"
)
ARMED_PEOPLE = re.compile(
    rf"(?<!\w)(?:{COMBATANTS}|militias?|officers?|commanders?|leaders?|checkpoints?"
    r"|patrols?|posts?|positions?|bases?|convoys?|personnel|guards?|security forces"
    r"|police|[وبل]?(?:ال)?(?:عسكري\w*|ضابط\w*|قيادي\w*|قايد|حاجز|حواجز|دوريه"
    r"|دوريات|نقطه|نقاط|مقر\w*|الامن|شرطه|حرس))(?!\w)"
)
# ... and those whom a report names as fleeing: "150 إرهابياً ... فروا", "ISIS
# militants fled towards the desert" (no displaced people).
FIGHTERS = re.compile(
    rf"(?<!\w)(?:{COMBATANTS}|militants|jihadists|gunmen|terrorists|insurgents"
    r"|commanders|[وبل]?(?:ال)?(?:ارهابي\w*|دواعش|مسلح(?:ي|ين|ا)))(?!\w)"
)
# Phrases holding a trigger word that name a state, not an event ("areas under
# its control", "a camp for displaced people"): they are matched and dropped.
NOT_TRIGGERS = [
    "took no prisoners", "take no prisoners",  # a figure of speech, no capture
    "ذبح الأضاحي", "ذبح الاضاحي", "ذبح الأضحية", "ذبح المواشي", "ذبح الأغنام",
    "سلاح المدفعية", "artillery commander",  # the corps a man served in
    # a ground attack's weapon (SMALL_ARMS), not shelling
    "قذائف الـ (أر بي جي)", "قذائف (أر بي جي)", "قذائف أر بي جي", "قذائف الأر بي جي",
    "قذائف آر بي جي", "قذائف الآر بي جي", "rpg shells",
    "فرات", "الفرات",  # the Euphrates, not "فر" (fled) with a suffix
    # the attackers got away: "قبل أن يلوذوا بالفرار"
    "لاذ بالفرار", "لاذوا بالفرار", "يلوذوا بالفرار", "يلوذون بالفرار", "لاذت بالفرار",
    "تحرير هذا الخبر", "تحرير الخبر", "رئيس تحرير", "هيئة تحرير الشام", "تحرير الشام",
    "سيطرة", "السيطرة",  # control, not "سيطر" (took) with a suffix
    "مناطق سيطرة", "مناطق سيطرت", "مخيم النازحين",
    "مخيمات النازحين", "مخيم للنازحين",
    "بحق النازحين", "بحق نازحين",  # "مجزرة بحق النازحين": victims, not a flight
    "displaced people", "displaced persons", "displaced families",
    "took place", "take place", "takes place", "taken place", "took part",
    "taken to", "took off", "take off", "takes off", "taking off", "taken away",
    "taken from them", "taken from him", "taken from her", "take part", "takes part",
    "taken part",
    "took office", "taken into account", "took note", "take note", "took aim",
    "took responsibility", "take responsibility", "taken responsibility",
    "took it upon", "take it upon", "taken it upon",
    "دخلت حيز", "دخول المساعدات", "taken to the streets", "took to the streets",
    "take to the streets", "taking to the streets", "strikes back", "struck back",
    "strike back", "striking back", "internally displaced", "camp for displaced",
    "camps for displaced", "عمليات اغتيال", "عمليات الاغتيال", "وقف إطلاق النار",
    "لوقف إطلاق النار",
    "in another strike",  # a frame: the strike's kind is told after it
    # a cause, not a battle: "its capabilities in fighting terrorism"
    "fighting terrorism", "fighting against terrorism",
]  # fmt: skip
# Shelling words near an aircraft are air strikes ("warplanes pounded", "قصف الطيران").
# Patterns over normalised text spell Arabic as normalise() does (طائرات -> طايرات).
AIRCRAFT_WORDS = (
    r"(?:warplanes?|jets?|aircrafts?|planes?|drones?|helicopters?|uavs?|airforce"
    r"|air forces?|aerospace (?:forces|group)|(?<!car )(?<!suicide )bombers?"
    r"|طايرات|طايره|الطايرات|الطيران|طيران|(?:ال)?مروحي\w*|سلاح الجو"
    # fighter jets, not women fighters ("مقاتلات وحدات حماية المرأة")
    r"|(?:ال)?مقاتلات(?= (?:ال)?(?:حربي|روسي|امريكي|اميركي|سوري|اسرائيلي|تركي|عراقي))"
    # bombers, not rocket launchers ("قاذفات روسية بعيدة المدى", not "قاذفات صواريخ")
    r"|(?:ال)?قاذفات(?= (?:ال)?(?:روسي|امريكي|اميركي|استراتيجي|بعيد|ثقيل|من طراز)))"
)
# ... also with a clitic: "طائرات حربية ومروحيات ... قصفت"
AIRCRAFT = re.compile(rf"(?<!\w)[وفبل]?{AIRCRAFT_WORDS}(?!\w)")
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
SETTLEMENTS = frozenset({"city", "town", "village"})
