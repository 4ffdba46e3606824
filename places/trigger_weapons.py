"""Weapon words that tell no blast: mines and bombs being cleared, and weapons
listed as what an attack was made with ("استخدموا خلال الهجوم ... والقذائف
الصاروخية", "the attackers used mortars and RPGs"): the attack is the event.
Bombs are not in such a list: "used two car bombs in its assault" blew up."""

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
    if sub_type == "remote_explosive":  # not in a list: "used two car bombs" blew up
        return CLEARING.search(before) is not None
    clause = SENTENCE_END.split(before)[-1]
    used = list(USED.finditer(clause))
    return bool(used) and NOT_A_LIST.search(clause[used[-1].end() :]) is None
