"""How the words around an event trigger type it: who or what did it (an
aircraft, a weapon, people leaving), what it hit, and whether it is an event at
all ("targeted" with no weapon named, a state told as a change)."""

import re

from .event_words import (
    AIR_AFTER,
    AIR_FORCES,
    AIRCRAFT,
    ARTILLERY,
    BOMBARDMENT,
    CIVILIAN_VICTIMS,
    GROUND_TARGETS,
)
from .trigger_aircraft import (
    AIRCRAFT_AFTER,
    AIRCRAFT_NEXT,
    OTHER_CLAUSE,
    WITH_AIRCRAFT_CHARS,
    air_launched,
    by_aircraft,
    by_an_air_force,
    made_with_aircraft,
    rest_of_sentence,
)
from .trigger_people import (
    BODIES,
    SENTENCE_END,
    at_a_protest,
    civilians_only,
    fighters_did_it,
    left,
    no_body_found,
    protesters_hurt,
)
from .trigger_taking import no_event_told, now_held
from .trigger_weapons import no_blast

DEFINITE = re.compile(r"(?:(?:^|\s)[وف]?(?:ال|بال|لل)|(?:^|\s)the (?:\w+ ){0,2})\w+$")
CONTINUED_CHARS = 200
SIMILAR = re.compile(r" (?:مماثل|مماثله|مشابه|مشابهه|اخر|اخري)(?!\w)")  # "قصف آخر"
SIMILAR_BEFORE = re.compile(r"(?<!\w)(?:similar|a similar) $")
BLASTS_BACK = 400  # how far back "explosions" may go on with a strike
RAIDS = re.compile(r"raids?")
# Raids with ground forces named by them are ground raids ("a joint
# coalition-SDF raid", "SDF forces backed by the coalition carried out a raid").
GROUND_RAID = re.compile(
    r"(?<!\w)(?:joint|ground|sdf|syrian democratic forces|security forces"
    r"|special forces|commandos?|troops|arrest\w*|detain\w*|heliborne|airborne"
    r"|landing)(?!\w)"
)
GROUND_RAID_CHARS = 80
RAIDS_BACK = 400  # how far back "the raids" may refer to an air strike
CAUSE_CHARS = 40
# What stands between a flight and its cause: "من مناطق ال", "بسبب ال", "the",
# or, between two causes, "و" / "and".
CAUSE_GAP = re.compile(
    r"(?:(?<!\w)(?:بسبب|جراء|من|مناطق|هربا من|by|from|because of|due to|amid|the|و"
    r"|and)\s*(?:ال|وال)?|^\s*)$"
)
EXPLOSIONS = frozenset({"air_strike", "shelling", "remote_explosive"})
ATTACK_VERB = re.compile(r"attacked|هاجمت|هاجم")
STRIKES_SUBJECT = re.compile(r" (?:\w+ )?")  # at most one word between
# The bomb an attack was made with: "هجوما بسيارة مفخخة", "attacked by a car bomb".
BOMB_AFTER = re.compile(
    r"\w{0,2} (?:ب(?:ال)?(?:سياره|سيارات|عربه|دراجه|عبوه|عبوات|عبوتين|حزام|احزمه) "
    r"(?:\S+ )?(?:مفخخه|ملغمه|ناسفه|ناسفتين)"
    r"|(?:with|by|using) (?:a |an |two |several )?"
    r"(?:car bombs?|suicide car bombs?|roadside bombs?|bombs?|ieds?|explosive devices?"
    r"|suicide (?:bomber|vest|belt)s?|landmines?|vbieds?))(?!\w)"
)
# Guns of a ground attack: "targeted a checkpoint with machine guns", "بالرشاشات".
SMALL_ARMS = re.compile(
    r"(?<!\w)(?:machine ?guns?|automatic (?:weapons|rifles|guns)"
    r"|(?:light|medium|heavy|small)[- ](?:caliber |calibre )?"
    r"(?:weapons|arms)|small arms|rifles?|gunfire|[بو]?ال(?:رشاشات|اسلحه الخفيفه"
    r"|اسلحه المتوسطه|اسلحه الرشاشه)|[بو]?(?:رشاشات|اسلحه خفيفه)"
    # "targeted by the attacking forces' fire", "استهدفتهم بنيران رشاشاتها"
    r"|(?:by|with) (?:the )?(?:\S+ ){0,3}fire|بنيران|بالنيران|بالرصاص|برصاص"
    r"|rpg|rpgs|rpg 7|rocket propelled grenades?|[بو]?(?:ال)?ار بي جي)(?!\w)"
)
HELIBORNE = frozenset({
    "airborne operation", "heliborne operation", "heliborne raid", "airborne raid",
    "airdrop operation", "airdrop operations",
})  # fmt: skip
GUNMEN = re.compile(r" (?:[وف]?مسلح(?:ون|ين)|gunm[ae]n|armed men)(?!\w)")
# ... and what they targeted further on: a post, not a village ("استهدف مسلحون القرية")
POSTS = re.compile(
    r"(?<!\w)(?:ال)?(?:حاجز|حواجز|نقطه|نقاط|دوريه|دوريات|رتل|سياره|مقر)ا?(?!\w)"
    r"|(?<!\w)(?:checkpoints?|posts?|patrols?|convoys?|vehicles?)(?!\w)"
)
_RPG = r"(?:rpgs?|rocket propelled grenades?|(?:ال)?ار بي جي)(?!\w)"
RPG = re.compile(rf"(?<!\w){_RPG}")
SMALL_ARMS_CHARS = 80
# "القصف المدفعي": the shelling word's own adjective names the weapon.
BY_ARTILLERY = re.compile(r" (?:ال)?مدفعي(?:ه)?(?!\w)")
# Guns only: an air force that fires them is shelling (missiles may be from the air).
# ("بقذائف الـ (أر بي جي)", "RPG shells": a ground attack's, SMALL_ARMS; "قادة
# سلاح المدفعية": the artillery corps a man served in)
GUNS = re.compile(
    r"(?<!\w)(?:artillery|mortars?|howitzers?|(?<!rpg )shells"
    rf"|(?<!سلاح )[بو]?(?:ال)?(?:مدفعي\w*|قذايف(?! (?:ال ?)?\(?{_RPG})|هاون"
    r"|راجمات))(?!\w)"
)


def a_cause(nt: str, match, last: tuple[int, str] | None) -> bool:
    """Return whether an event word names why people fled, just after their
    flight ("نزح ... من مناطق الاشتباكات والقصف في X", "fled the fighting"):
    the flight is the event, told at the place that follows."""
    if last is None or last[1] != "displacement":
        return False
    between = nt[last[0] : match.start]
    if SENTENCE_END.search(between):  # "... fleeing civilians. The attack ...": news
        return False
    return len(between) <= CAUSE_CHARS and CAUSE_GAP.search(between) is not None


def _air_raids(nt: str, match, last: tuple[int, str] | None) -> bool:
    """Return whether "raids" are air raids: "the raids" after an air strike
    just told, or an air force or aircraft named by them ("coalition raids")
    with no ground forces ("a joint coalition-SDF raid")."""
    if not RAIDS.fullmatch(nt[match.start : match.end]):
        return False
    told = last is not None and last[1] == "air_strike"
    near = told and match.start - last[0] <= RAIDS_BACK
    if near and DEFINITE.search(nt[max(0, match.start - 20) : match.end]):
        return True
    return by_aircraft(nt, match, AIR_FORCES) and not _ground_raid(nt, match)


def _ground_raid(nt: str, match) -> bool:
    before = nt[max(0, match.start - GROUND_RAID_CHARS) : match.start]
    around = SENTENCE_END.split(before)[-1] + " "
    around += rest_of_sentence(nt, match, GROUND_RAID_CHARS)
    return GROUND_RAID.search(around) is not None


# Weapons no aircraft fires: told by name, they are shelling whatever flies near.
GROUND_WEAPONS = re.compile(r"artillery|mortars?|howitzers?|مدفعيه|راجمات الصواريخ")
ATTACK_NOUNS = frozenset({"attack", "attacks", "هجوم", "هجمات"})
ATTACK_BACK = 400  # how far back "the attacks" may name the blast just told
# "the initial attack": the one that began what was told, not the blast just told.
FIRST_OF_ALL = re.compile(r"the (?:initial|first|original|opening) \w+$")


def _the_attack_told(nt: str, match, last: tuple[int, str] | None) -> str | None:
    """Return the kind of the explosion just told that "the attacks" / "الهجوم"
    names again ("... rocket attacks targeted US outposts. The attacks occurred
    in Deir Ezzor", "... لغارة جوية ... الهجوم الأمريكي على منطقة دير الزور")."""
    if match.key not in ATTACK_NOUNS or last is None or last[1] not in EXPLOSIONS:
        return None
    before = nt[max(0, match.start - 20) : match.end]
    if not DEFINITE.search(before) or FIRST_OF_ALL.search(before):
        return None
    return last[1] if match.start - last[0] <= ATTACK_BACK else None


def _continued(
    nt: str, match, last: tuple[int, str] | None, back: int = 0
) -> str | None:
    """Return the kind of the explosion told just before in the same sentence
    that a bare "targeted" goes on with ("شن ست غارات على البوكمال، كما استهدف
    أحياء ..."), or None; with ``back``, told up to that many characters
    before in any sentence."""
    if last is None or last[1] not in EXPLOSIONS:
        return None
    between = nt[last[0] : match.start]
    if back:
        return last[1] if len(between) <= back else None
    if len(between) > CONTINUED_CHARS or SENTENCE_END.search(between):
        return None
    return last[1]


def typed_by_context(
    nt: str, match, sub_type: str, last: tuple[int, str] | None = None
) -> str | None:
    """Return the sub-type the words around a trigger give it, or None when
    they make it no event: leaving is displacement only when people leave;
    "targeted" needs its weapon named or an explosion just told; a strike, a
    shell, a bomb, raids or an attack named with an aircraft (or air force) are
    an air strike; "under control" is a change only when just reached.
    ``last`` is the end and sub-type of the trigger before."""
    if sub_type == "leaving":
        return left(nt, match)
    if sub_type == "under_control":
        return now_held(nt, match)
    if sub_type in ("targeting", "strike", "blasts", "destroying", "by_aircraft"):
        return _unnamed_explosion(nt, match, sub_type, last)
    if sub_type == "firing":
        return _fired(nt, match, last)
    if sub_type == "massacre":
        return _massacre_by(nt, match)
    if sub_type == "attack":
        return _typed_attack(nt, match, last)
    if sub_type in ("shelling", "remote_explosive"):
        return (
            None
            if no_blast(nt, match, sub_type)
            else _by_what(nt, match, sub_type, last)
        )
    if match.key in BODIES:  # a body is an event only where it was found
        return None if no_body_found(nt, match) else sub_type
    return None if no_event_told(nt, match, sub_type) else sub_type


def _by_what(nt: str, match, sub_type: str, last: tuple[int, str] | None) -> str:
    """Shelling or a bomb told with an aircraft or an air force is an air strike
    (but "القصف المدفعي" is shelling even after aircraft are named)."""
    if sub_type == "shelling" and BY_ARTILLERY.match(nt, match.end):
        return "shelling"
    if sub_type == "shelling" and GROUND_WEAPONS.fullmatch(match.key):
        return "shelling"  # "aiding the Air Force by launching heavy artillery"
    if by_aircraft(nt, match):
        return "air_strike"
    if sub_type == "shelling" and AIR_AFTER.match(nt, match.end):
        return "air_strike"
    if sub_type == "shelling" and by_an_air_force(nt, match):
        return "air_strike"
    # "لقصف مماثل", "similar strikes": of the kind just told
    before = nt[max(0, match.start - 20) : match.start]
    if SIMILAR.match(nt, match.end) or SIMILAR_BEFORE.search(before):
        return _continued(nt, match, last, BLASTS_BACK) or sub_type
    # "وشمل القصف ...": the bombardment just told from the air
    if match.key in BOMBARDMENT and DEFINITE.search(
        nt[max(0, match.start - 20) : match.end]
    ):
        return _continued(nt, match, last, BLASTS_BACK) or sub_type
    return sub_type


# A massacre told as done or as happening, whoever did it.
COMMITTED_BEFORE = re.compile(
    r"(?<!\w)(?:[وف]?(?:ارتكب\w*|ارتكاب|نفذ\w*|حصول|وقوع)|committed|carried out"
    r"|perpetrated)(?: \S+){0,2} $"
)
COMMITTED_AFTER = re.compile(
    r"(?: \S+){0,2}? (?:[وف]?ارتكب\w*|committed|perpetrated|by|علي يد|علي ايدي)(?!\w)"
)


def _massacre_by(nt: str, match) -> str | None:
    """Type a massacre by what its sentence says committed it ("ارتكبت طائرات
    التحالف مجزرة", "مجزرة ... بالقذائف"); committed by people ("حصول مجزرة
    ارتكبها التنظيم", "carried out a massacre"), violence against civilians;
    else it is only a name for the harm ("شهداء مجزرة البوكمال"), the event told
    elsewhere."""
    lo = max(0, match.start - WITH_AIRCRAFT_CHARS)
    before = SENTENCE_END.split(nt[lo : match.start])[-1]
    around = f"{before} {rest_of_sentence(nt, match, WITH_AIRCRAFT_CHARS)}"
    if AIRCRAFT.search(around):
        return "air_strike"
    if ARTILLERY.search(around) or GUNS.search(around):
        return "shelling"
    committed = COMMITTED_BEFORE.search(before) or COMMITTED_AFTER.match(nt, match.end)
    return "attack_on_civilians" if committed else None


def _fired(nt: str, match, last: tuple[int, str] | None) -> str | None:
    """Firing at a place with a weapon named is told by the weapon's word
    (None); from an aircraft it is an air strike, otherwise a ground attack."""
    clause = SENTENCE_END.split(nt[max(0, match.start - 60) : match.start])[-1]
    if ARTILLERY.search(clause) or _weapon_later(nt, match):
        return None
    if by_aircraft(nt, match):
        return "air_strike"
    return _typed_attack(nt, match, last)


def _strikes_did(nt: str, match, last: tuple[int, str] | None) -> str | None:
    """Return the kind of the explosion named just before an attack verb as its
    subject ("The air strikes attacked", "الغارات هاجمت"), or None."""
    if last is None or last[1] not in EXPLOSIONS:
        return None
    return last[1] if STRIKES_SUBJECT.fullmatch(nt[last[0] : match.start]) else None


def _typed_attack(nt: str, match, last: tuple[int, str] | None) -> str:
    """Air raids and attacks by aircraft ("the Israeli Air Force attacked",
    "هاجمت طائرات مسيرة") are air strikes; attacks on civilians or a protest
    are violence against civilians; a heliborne raid is a raid."""
    if match.key in HELIBORNE:
        return "attack"
    if _air_raids(nt, match, last):
        return "air_strike"
    if ATTACK_VERB.match(nt, match.start) and by_aircraft(nt, match):
        return "air_strike"
    if ATTACK_VERB.match(nt, match.start) and (kind := _strikes_did(nt, match, last)):
        return kind  # "The air strikes attacked ISIS positions in X"
    if AIRCRAFT_NEXT.search(nt[max(0, match.start - 30) : match.start]) or (
        AIRCRAFT_AFTER.match(nt, match.end)
    ):
        return "air_strike"  # "a drone attack", "هجوم بطائرات مسيرة"
    if air_launched(nt, match):
        return "air_strike"
    if (kind := _the_attack_told(nt, match, last)) is not None:
        return kind
    if BOMB_AFTER.match(nt, match.end):
        return "remote_explosive"  # "هجوماً بسيارة ملغمة", "an attack with a car bomb"
    civilians = CIVILIAN_VICTIMS.match(nt, match.end) or civilians_only(nt, match)
    return (
        "attack_on_civilians" if civilians or protesters_hurt(nt, match) else "attack"
    )


# "a car bomb exploded", "انفجرت عبوة ناسفة": the bomb is the trigger, not its verb
BLAST_VERBS = frozenset({"exploded", "انفجرت", "انفجر"})
BOMB_NEAR = re.compile(
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:عبوه|عبوات|عبوتين|لغم|الغام|مفخخه|ملغمه|ناسفه|قذيفه"
    r"|قذائف|صاروخ|صواريخ)|bombs?|mines?|landmines?|ieds?|devices?|shells?|missiles?"
    r"|rockets?|vbieds?)(?!\w)"
)
BOMB_NEAR_CHARS = 30


def _bomb_named_by(nt: str, match) -> bool:
    around = nt[max(0, match.start - BOMB_NEAR_CHARS) : match.end + BOMB_NEAR_CHARS]
    return BOMB_NEAR.search(around) is not None


def _blasts(nt: str, match, last: tuple[int, str] | None) -> str | None:
    if match.key in BLAST_VERBS and _bomb_named_by(nt, match):
        return None
    kind = _continued(nt, match, last, BLASTS_BACK)
    return kind or ("shelling" if _weapon_later(nt, match) else "remote_explosive")


def _unnamed_explosion(
    nt: str, match, sub_type: str, last: tuple[int, str] | None
) -> str | None:
    """Type a strike, a "targeted", explosions or destroying by the aircraft,
    air force or weapon named near them, or by the explosion told just before
    (destroying only by an aircraft or a weapon, killing only by an aircraft)."""
    if sub_type == "by_aircraft":
        if by_aircraft(nt, match) or made_with_aircraft(nt, match):
            return "air_strike"
        # "... struck by coalition aircraft. The oil facilities hit are near X"
        # (not "Coalition airstrikes hit": the same strike's verb)
        hit = match.key in ("hit", "hits") and last is not None
        if not hit or not SENTENCE_END.search(nt[last[0] : match.start]):
            return None
        return _continued(nt, match, last, BLASTS_BACK)
    if sub_type == "blasts":
        return _blasts(nt, match, last)
    if sub_type == "destroying":
        if by_aircraft(nt, match):
            return "air_strike"
        return "shelling" if by_aircraft(nt, match, ARTILLERY) else None
    if not by_aircraft(nt, match) and GUNS.search(
        OTHER_CLAUSE.split(rest_of_sentence(nt, match, CONTINUED_CHARS))[0]
    ):
        return "shelling"  # "استهدفت قوات التحالف معبراً ... بقذائف المدفعية"
    if by_aircraft(nt, match, AIR_FORCES) or made_with_aircraft(nt, match):
        return "air_strike"
    if sub_type == "strike" and (kind := _strike_told(nt, match, last)):
        return kind
    return _from_the_ground(nt, match, sub_type, last)


def _from_the_ground(
    nt: str, match, sub_type: str, last: tuple[int, str] | None
) -> str | None:
    """Type a strike or a "targeted" no aircraft is named with: by the weapon
    named, the people targeted, or the explosion told just before."""
    weapon = by_aircraft(nt, match, ARTILLERY)
    if not weapon and at_a_protest(nt, match):
        return "attack_on_civilians"  # "استهداف قوات قسد المتظاهرين"
    rest = rest_of_sentence(nt, match, SMALL_ARMS_CHARS)
    if (not weapon or RPG.search(rest)) and SMALL_ARMS.search(rest):
        return "attack"  # "struck the post with medium-calibre weapons", "RPG shells"
    if not weapon and GUNMEN.match(nt, match.end) and POSTS.search(rest):
        return "attack"  # "استهدف مسلحون مجهولون يستقلون دراجة نارية حاجزاً"
    if not weapon and fighters_did_it(nt, match):
        return "attack"  # "its fighters struck the tanker", "ISIS fighters targeted"
    if weapon or sub_type == "strike":
        return "shelling"
    # "... بقصف جوي على قرية الطوب. ... جراء استهداف المنزل في البوليل"
    kind = _continued(nt, match, last, BLASTS_BACK)
    return kind or ("attack" if GROUND_TARGETS.match(nt, match.end) else None)


def _strike_told(nt: str, match, last: tuple[int, str] | None) -> str | None:
    """Return the kind of the explosion a strike goes on with: just told in
    its sentence ("a car bomb struck"), or further back when it is "the
    strike" ("... killed in an airstrike. The strike occurred in ...")."""
    if kind := _continued(nt, match, last):
        return kind
    if DEFINITE.search(nt[max(0, match.start - 20) : match.end]):
        return _continued(nt, match, last, BLASTS_BACK)
    return None


def _weapon_later(nt: str, match) -> bool:
    """Return whether the sentence of explosions names a weapon after them
    ("explosions were heard ..., after US forces fired missiles at ...")."""
    rest = rest_of_sentence(nt, match, CONTINUED_CHARS)
    return ARTILLERY.search(rest) is not None
