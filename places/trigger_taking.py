"""Capture and flight words that tell no event, and control that is one: what
is taken is people or things, not ground ("captured six others", "Weapons were
also seized"); those who fled are fighters; "areas under its control" is a
state, "باتت تحت سيطرة" a change."""

import re

from .trigger_people import SENTENCE_END, fighters_fled

# Things taken, which are no ground taken.
THINGS = (
    r"(?:vehicles?|cars?|trucks?|weapons|arms|ammunition|equipment|documents|money"
    r"|cash)"
)
# What a taking verb takes when it is not ground: people, or a decision.
NOT_GROUND = re.compile(
    r" (?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|several|a number"
    r"|some) (?:of )?(?:\w+ )?(?:others|soldiers|fighters|members|militants|people"
    r"|civilians|russians|men|women|children|locals|of the locals|elements|personnel"
    r"|troops|guards|officers|gunmen|workers)|them|him|her"
    r"|prisoners?|hostages?|captives?|(?:the |a )?\W?(?:\w+ )?decision|steps?|measures"
    r"|part|office|refuge|shelter|care|advantage"
    # what is secured that is no ground: "secured the release of the hostages"
    r"|(?:the |an? )?(?:release|deal|agreement|funding|support|approval|passage)"
    # things, not ground: "seized a military vehicle", "took deliberate action"
    rf"|(?:an?|the|\d+|two|three|several|their|its) (?:\w+,? ){{0,2}}{THINGS}"
    r"|(?:\w+,? ){0,2}action"
    r"|as (?:an?|the|their|its))(?!\w)"  # "which the US forces take as a base"
)
# ... and in Arabic: "تحرير أربعة من مقاتليها", "تحرير الرهائن" (people freed).
NOT_GROUND_AR = re.compile(
    r" (?:\S+ (?:من )?)?[وبل]?(?:ال)?(?:اسري|اسير\w*|رهائن|رهينه|مختطف\w*|مخطوف\w*"
    r"|مقاتلي\w*|عناصر\w*|محتجز\w*|معتقل\w*"
    # things, not ground: "السيطرة على أسلحة وسيارات لقسد"
    r"|اسلح\w*|سلاح|ذخير\w*|ذخاير|سيارات|سياره|اليات|معدات|اموال|وثايق)(?!\w)"
)
# Cargo and aid that come in are no ground taken, whoever brings them: "دخول
# 120 شاحنة إلى قاعدة حقل العمر", "دخلت تعزيزات عسكرية إلى دير الزور".
CARGO_AR = re.compile(
    r" (?:\S+ من )?(?:\d+ )?(?:شاحن\w*|قافله|قوافل|صهاريج|صهريج|تعزيزات"
    r"|مساعدات)(?!\w)"
)
# Verbs whose next noun is who acted: "سيطر مقاتلو التنظيم على", "انسحب عناصر".
INTRANSITIVE = re.compile(r"(?:سيطر|انسحب|تقدم|دخل)")
# Things or people taken, told in the passive: "Weapons were also seized",
# "Civilians were reportedly taken from Balighia".
THINGS_TAKEN = re.compile(
    rf"(?<!\w)(?:{THINGS}|civilians|people|residents|men|women|children|hostages"
    r"|measures|steps|action)"
    r"(?: \w+){0,2} (?:were|was|have been|has been|had been)"
    r"(?: also| reportedly| then| later)? $"
)
# "وباتت القرية تحت سيطرة قسد": a state told as just reached is a change.
# "Settlements brought under tribal control", "fell under the control of ISIS".
BECAME = re.compile(
    r"(?<!\w)(?:[وف]?(?:باتت|بات|اصبحت|اصبح|صارت|صار)|now|brought|came|fell|placed"
    r"|returned|back|passed)(?!\w)(?: \S+){0,3} $"
)


def no_event_told(nt: str, match, sub_type: str) -> bool:
    """Return whether a capture or flight word tells no event: "captured six
    others", "Weapons were also seized", fighters who fled."""
    if sub_type == "territory_change":
        before = nt[max(0, match.start - 60) : match.start]
        said = nt[match.start : match.end]
        cargo = CARGO_AR.match(nt, match.end)
        people = (
            cargo
            or NOT_GROUND.match(nt, match.end)
            or (
                NOT_GROUND_AR.match(nt, match.end)
                # who acted follows "سيطر", what was taken "السيطرة على"
                and not (INTRANSITIVE.match(said) and not said.endswith(" علي"))
            )
        )
        return bool(people or THINGS_TAKEN.search(before))
    return sub_type == "displacement" and fighters_fled(nt, match)


def now_held(nt: str, match) -> str | None:
    """A place "now" under someone's control ("باتت تحت سيطرة") has changed
    hands; "areas under its control" is a state."""
    before = SENTENCE_END.split(nt[max(0, match.start - 40) : match.start])[-1]
    return "territory_change" if BECAME.search(before) else None
