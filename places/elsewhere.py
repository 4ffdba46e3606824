"""Whether an event is told in a town outside the region: "in Aleppo", "بحلب"."""

import re

from .resolution import Resolved
from .segments import Reading, Segment

# "in Tehran", "في طهران", "بحلب": where it happened, not whose government
LOCATIVE = re.compile(r"(?:(?<!\w)(?:in|at|في)\s+|(?<!\w)[وف]?ب)$")


def elsewhere(reading: Reading, segment: Segment) -> bool:
    """Return whether a segment tells its event in a town outside the region
    ("قتلى للنظام باشتباكات مع الجيش الحر بحلب"): none of its neighbour's places."""
    for i in segment.mentions:
        r = reading.resolved[i]
        if r.place is None or r.place.in_region or r.place.kind == "country":
            continue
        if told_in(reading, r):
            return True
    return False


def told_in(reading: Reading, r: Resolved) -> bool:
    """Return whether a name is told as where something is ("in Tehran", "بحلب")."""
    before = reading.text[max(0, r.toponym.start - 8) : r.toponym.start]
    return LOCATIVE.search(before) is not None
