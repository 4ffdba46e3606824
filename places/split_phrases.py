"""Event phrases told with words between their parts ("أطلقت الرصاص الحي")."""

import re

from .normalisation import PhraseMatch

# A word of the subject's, not a passive's "were" ("SDF militants were killed").
_ACTIVE = r"(?!(?:was|were|been|being|is|are)(?!\w))"
# Phrases told with words between their parts, as (pattern, key, trigger):
# "إطلاق مجموعات (قسد) النار", "أطلقت الرصاص الحي", "فتح عناصر قسد النار";
# "قطع التنظيم رأسي رجلين".
SPLIT_PHRASES = (
    (
        re.compile(
            r"(?<!\w)[وف]?[بل]?(?:ا?طلق\w*|اطلاق) (?:\S+ ){0,3}?(?:النار|الرصاص"
            r"|النيران)(?!\w)"
            r"|(?<!\w)[وف]?(?:فتح|فتحت|فتحوا|يفتح|تفتح) (?:\S+ ){1,3}?(?:النار"
            r"|النيران)(?!\w)"
        ),
        "اطلاق النار",
        ("battles", "attack"),
    ),
    (
        re.compile(r"(?<!\w)[وف]?[بل]?قطع\w* (?:\S+ ){0,2}?(?:راس\w*|رووس\w*)(?!\w)"),
        "قطع راس",
        ("violence_against_civilians", "attack_on_civilians"),
    ),
    (  # "An army unit killed 25 ISIS terrorists", "قضت وحدات من الجيش على 25
        # إرهابيا": fighters killed by those they fought
        re.compile(
            r"(?<!\w)(?:army|troops|forces|units?|soldiers|sdf|saa|fighters)"
            rf"(?: {_ACTIVE}\w+){{0,3}} (?:killed|kills|killing|eliminated|eliminating)"
            r" (?:\W?\w+ ){0,4}?(?:terrorists?|militants?|jihadists?|insurgents?"
            r"|gunm[ae]n|daesh|isis|isil)(?!\w)"
            r"|(?<!\w)[وف]?(?:قضت|قضي|قضوا|تقضي|يقضي) (?:\S+ ){0,4}?علي"
            r" (?:\S+ ){0,3}?(?:[وبل]?(?:ال)?(?:ارهابي\w*|دواعش|مسلحي\w*))(?!\w)"
        ),
        "قضت على ارهابيين",
        ("battles", "armed_clash"),
    ),
    (  # "ISIS militants killed 68 members of the SDF in Hajin", "an SDF militant
        # was killed by a group of unknown people in al-Ezba": fighters' killing
        re.compile(
            r"(?<!\w)(?:militants|jihadists|gunmen|terrorists|insurgents|attackers"
            rf"|assailants|cells)(?: {_ACTIVE}\w+){{0,2}} (?:killed|kills|executed)"
            r" (?:at least |about |nearly )?(?:\d+|an?|one|two|three|four"
            r"|five|six|seven|eight|nine|ten|dozens|several|scores)(?!\w)"
            r"|(?<!\w)killed by (?:a group of |a number of )?(?:unknown"
            r"|unidentified|masked|armed) (?:gunmen|people|persons|men|assailants"
            r"|attackers)(?!\w)"
        ),
        "fighters killed",
        ("battles", "attack"),
    ),
    (  # "shot down a Syrian jet", "أسقط طائرة حربية": a fight with an aircraft
        re.compile(
            r"(?<!\w)(?:sho(?:t|ots|oting) down|downed|downing|bring(?:s|ing)? down"
            r"|brought down) (?:\w+ ){0,4}?(?:jets?|planes?|aircraft|warplanes?"
            r"|helicopters?|migs?|sukhois?)(?!\w)"
            r"|(?<!\w)[وف]?(?:اسقط\w*|اسقاط\w*) (?:\S+ ){0,2}?(?:ال)?(?:طايره|طايرات"
            r"|مروحيه|مقاتله)(?!\w)"
        ),
        "اسقاط طائرة",
        ("battles", "armed_clash"),
    ),
    (  # "ISIS claimed responsibility for the killing of an SDF fighter in X",
        # "تبنى التنظيم مقتل عنصر": a killing claimed is an attack told
        re.compile(
            r"(?<!\w)(?:claimed|claims|claiming) responsibility for (?:the )?"
            r"(?:killing|killings|murder) of"
            r"|(?<!\w)[وف]?(?:تبني|تبنت|يتبني) (?:\S+ ){0,3}?(?:مقتل|قتل|تصفيه)(?!\w)"
        ),
        "claimed a killing",
        ("battles", "attack"),
    ),
    (  # "سحبت قسد قواتها من": a force pulling its fighters out
        re.compile(
            r"(?<!\w)[وف]?(?:سحب|سحبت|سحبوا) (?:\S+ ){0,3}?"
            r"(?:قوات|مقاتلي|عناصر)\w*(?!\w)"
        ),
        "سحب قواته",
        ("battles", "territory_change"),
    ),
    (  # "سقطت الميادين بيد التنظيم", "يسقط بالفعل في أيدي قسد": taken
        re.compile(
            r"(?<!\w)[وف]?(?:سقط|سقطت|يسقط|تسقط|سقوط) (?:\S+ ){0,4}?"
            r"(?:بيد|بايدي|بقبضه|في (?:يد|ايدي|قبضه))(?!\w)"
        ),
        "سقطت بيد",
        ("battles", "territory_change"),
    ),
    (  # "وسيطرة قوات سوريا الديمقراطية “قسد” على بداية البوبدران": taken by
        # whom it names (not "تحت سيطرة", "مناطق سيطرة": a state)
        re.compile(
            r"(?<!\w)(?<!تحت )(?<!مناطق )[وب]?سيطره (?:قوات|قسد|التنظيم|تنظيم|داعش"
            r"|النظام|الجيش|فصايل|الفصايل|عناصر|مقاتلي|مقاتلو|العشاير|ميليشيات)"
            r"(?: \S+){0,3}? علي(?!\w)"
        ),
        "سيطرة على",
        ("battles", "territory_change"),
    ),
    (  # "جراء القصف الجوي والمدفعي": artillery fire beside the air strikes
        re.compile(r"(?<=جوي )والمدفعي(?!\w)"),
        "المدفعي",
        ("explosions", "shelling"),
    ),
    (  # "اعتدت بالضرب على رجل مسن": a beating
        re.compile(r"(?<!\w)[وف]?(?:اعتد\w*|الاعتداء) (?:\S+ ){0,2}?بالضرب(?!\w)"),
        "اعتدت بالضرب",
        ("violence_against_civilians", "attack_on_civilians"),
    ),
    (  # "broke the IS siege", "breaking a three-year-long siege", "كسر حصار التنظيم"
        re.compile(
            r"(?<!\w)(?:br(?:oke|eak|eaks|eaking|oken)|lift(?:ed|ing|s)?"
            r"|end(?:ed|ing|s)?) (?:the|a|an) (?:\S+ ){0,3}?(?:siege|blockade)(?!\w)"
            r"|(?<!\w)[وف]?[بل]?(?:كسر|كسرت|كسروا|فك|فكت|فكوا|انهاء|انهت|انهي|انهوا)"
            r" (?:\S+ ){0,2}?"
            r"(?:ال)?حصار(?!\w)"
        ),
        "broke the siege",
        ("battles", "territory_change"),
    ),
)


# Split phrases that stand for the words they hold ("killed" alone is no event).
OVERRIDING = frozenset(
    {"قضت على ارهابيين", "claimed a killing", "fighters killed", "سيطرة على"}
)


def with_split_phrases(nt: str, matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Add the phrases told with words between their parts to the phrase
    matches (not where a phrase already matched: "وقف إطلاق النار")."""
    taken = [(m.start, m.end) for m in matches]
    for pattern, key, value in SPLIT_PHRASES:
        for m in pattern.finditer(nt):
            overlaps = [s < m.end() and m.start() < e for s, e in taken]
            if any(overlaps):
                if key not in OVERRIDING:
                    continue
                kept = zip(matches, overlaps, strict=True)
                matches = [x for x, hit in kept if not hit]
                taken = [(x.start, x.end) for x in matches]
            matches.append(PhraseMatch(m.start(), m.end(), m.start(), key, value))
            taken.append((m.start(), m.end()))
    return sorted(matches, key=lambda m: m.start)
