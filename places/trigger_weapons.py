"""Weapon words that tell no blast: mines and bombs being cleared, and weapons
listed as what an attack was made with ("استخدموا خلال الهجوم ... والقذائف
الصاروخية", "the attackers used mortars and RPGs"): the attack is the event.
Bombs are not in such a list: "used two car bombs in its assault" blew up.
A bomb named just after an attack word types the attack ("an attack with a
car bomb")."""

import re

from .trigger_people import SENTENCE_END

LOOK_BACK = 80

# Mines and bombs being cleared are no explosion: "يواصلون تفكيك الألغام والعبوات
# الناسفة", "engineers defused the IEDs", "demining the roads".
CLEARED_THINGS = (
    r"(?: (?:the|a|an|of|and|two|three|several|dozens|hundreds|\d+|some|unexploded"
    r"|roadside|car|booby trapped|explosive|devices?|mines?|landmines?|ieds?|bombs?"
    r"|explosives|ordnance|عدد|من|[وب]?(?:ال)?(?:الغام|لغم|عبوه|عبوات|مفخخات|مفخخه"
    r"|ناسفه|متفجرات|قنابل|ذخاير|مخلفات|حرب)))"
)
CLEARING = re.compile(
    r"(?<!\w)(?:[وبل]?(?:ال)?(?:تفكيك|نزع|ازاله|تطهير|فكك\w*)|dismantl\w*|defus\w*"
    rf"|clear(?:ed|ing)|remov(?:ed|ing|al)|demin\w*){CLEARED_THINGS}{{0,5}} $"
)
USED = re.compile(
    r"(?<!\w)(?:[وف]?(?:استخدم\w*|[يت]ستخدم\w*|[وب]?استخدام|مستخدم\w*)|used|using"
    r"|employ(?:ed|ing))(?!\w)"
)
# ... but "used artillery to shell the town", "استخدمت المدفعية في قصف": a blast.
NOT_A_LIST = re.compile(r"(?<!\w)(?:to|in|for|في|ل\w+)(?!\w)")


def no_blast(nt: str, match, sub_type: str) -> bool:
    """Return whether a bomb or shell word names no blast of its own: bombs
    cleared, or weapons in the list of what was used."""
    before = nt[max(0, match.clitic_start - LOOK_BACK) : match.clitic_start]
    if sub_type == "remote_explosive" and CLEARING.search(before):
        return True
    if sub_type == "remote_explosive":
        return False  # "used two car bombs in its assault": they blew up
    clause = SENTENCE_END.split(before)[-1]
    used = list(USED.finditer(clause))
    return bool(used) and NOT_A_LIST.search(clause[used[-1].end() :]) is None


# The bomb an attack was made with: "هجوما بسيارة مفخخة", "attacked by a car bomb".
BOMB_AFTER = re.compile(
    r"\w{0,2} (?:ب(?:ال)?(?:سياره|سيارات|عربه|دراجه|عبوه|عبوات|عبوتين|حزام|احزمه) "
    r"(?:\S+ )?(?:مفخخه|ملغمه|ناسفه|ناسفتين)"
    r"|(?:with|by|using) (?:a |an |two |several )?"
    r"(?:car bombs?|suicide car bombs?|roadside bombs?|bombs?|ieds?|explosive devices?"
    r"|suicide (?:bomber|vest|belt)s?|landmines?|vbieds?))(?!\w)"
)


def weapon_after(nt: str, end: int) -> str | None:
    """Return the kind of blast an attack word's weapon makes of it, if the
    weapon follows it: a bomb (not artillery: "هجوماً بالمدفعية" is fought
    too, and the shells' own word tells the shelling)."""
    return "remote_explosive" if BOMB_AFTER.match(nt, end) else None
