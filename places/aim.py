"""Places an event is aimed at: fire sent "towards X", forces pushing toward X.

A place after "toward" is where forces went or people fled, not where an event
happened; but fire aimed at it lands there, and a fight with forces pushing
toward it is at its edge.
"""

import re
from collections.abc import Collection

from .normalisation import normalise
from .segments import Reading, Segment

# "قذائف باتجاه قرية X", "advance towards the town of X": the words before X
# (normalised) that aim at it.
AIMED_AT = re.compile(
    r"(?:^|\s)(?:نحو|باتجاه|اتجاه|toward|towards)(?: the)?(?: \S+){0,2}? ?$"
)
# Events whose "toward" is where they went: not where they happened.
MOVED_TOWARD = frozenset({"displacement", "territory_change"})
# "فر آخرون باتجاه التبني", "يفر قادة التنظيم من الرقة نحو الميادين": fled to it.
FLED = re.compile(
    r"(?<!\w)[وف]?(?:[يت]?فر|فروا|يفرون|فرار|[يت]?هرب\w*|هروب|[اي]?نسحب\w*"
    r"|انسحاب|نزح\w*|نزوح|توجه\w*|fle[de]\w*|retreat\w*|withdr\w*|escap\w*"
    r"|head(?:ed|ing|s)|mov(?:ed|ing))(?!\w)"
)
AIMED_WHY = "named as where fire was aimed or forces pushed"
REACH = 100  # characters before a name the aim is looked for in
FLIGHT_REACH = 60  # ... and the flight before the aim


def aimed_at(reading: Reading, segment: Segment, never: Collection[str]) -> list[int]:
    """Return the mentions of a segment that fire was aimed at or a force fought
    its way toward ("tried to advance towards Hajin"), not where people fled or
    forces went without a fight; places of a kind in ``never`` are left out."""
    if segment.trigger.sub_type in MOVED_TOWARD:
        return []
    found = []
    for i in segment.mentions:
        r = reading.resolved[i]
        if r.toponym.relation != "toward" or r.place is None:
            continue
        if not r.place.in_region or r.place.kind in never:
            continue
        before = normalise(
            reading.text[max(0, r.toponym.start - REACH) : r.toponym.start]
        )
        aim = AIMED_AT.search(before.text)
        if aim and not FLED.search(
            before.text[max(0, aim.start() - FLIGHT_REACH) : aim.start()]
        ):
            found.append(i)
    return found
