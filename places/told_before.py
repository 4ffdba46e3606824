"""Event words that point back at events already told ("the attack", "هذه
المجزرة"), which are not new events unless they name a new site."""

from collections.abc import Collection

from .events import Trigger, definite, demonstrative
from .normalisation import normalise
from .segments import Reading
from .siting import Host

# "the attack" after an event already told is that event, not another.
BACK_NOUNS = frozenset({"attack", "attacks", "الهجوم", "الهجمات", "هجوم", "هجمات"})


def points_back(reading: Reading, trigger: Trigger) -> bool:
    """Return whether an attack word names an event already told: "the attack",
    "الهجوم" (a strike or a bombing just reported, as the next lines call it),
    when it names no place of its own."""
    if trigger.sub_type != "attack":
        return False
    word = normalise(reading.text[trigger.start : trigger.end]).text
    return word in BACK_NOUNS and definite(reading.text, trigger)


def told_again(
    reading: Reading,
    trigger: Trigger,
    told: Collection[str],
    own: list[Host],
    seen: Collection[str],
) -> bool:
    """Return whether "these attacks", "هذه المجزرة" points back at events of
    its type already told: not when another event word goes on to a site they
    were not at ("وتأتي هذه المجزرة ... حيث استهدف الطيران صهريجاً في معيزيلة")."""
    if trigger.event_type not in told or not demonstrative(reading.text, trigger):
        return False
    return not any(
        h.precision == 1
        and slug_of(reading, h) not in seen
        and any(
            trigger.end < t.start < reading.resolved[h.index].toponym.start
            for t in reading.triggers
        )
        for h in own
    )


def slug_of(reading: Reading, host: Host) -> str:
    """Return the slug of the place an event is put at."""
    return (host.place or reading.resolved[host.index].place).slug
