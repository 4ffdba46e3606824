"""Event verbs in the Arabic present tense, as headlines and newscasts tell
events ("قسد تقصف بلدة هجين", "مسلحون يهاجمون حاجزاً"). Not a state told in
the present: "مناطق تسيطر عليها قسد" is no change of control."""

import re

from .normalisation import normalise_name as normalise

PRESENT_TRIGGERS = {
    ("explosions", "shelling"): ["تقصف", "يقصف", "يقصفون"],
    ("battles", "armed_clash"): ["تشتبك", "يشتبك", "يشتبكون"],
    ("battles", "attack"): [
        "تهاجم", "يهاجم", "يهاجمون", "تقتحم", "يقتحم", "يقتحمون", "تداهم", "يداهم",
        "يداهمون", "تغتال", "يغتال", "يغتالون",
    ],
    ("battles", "territory_change"): ["تستعيد", "يستعيد", "يستعيدون"],
    ("violence_against_civilians", "attack_on_civilians"): [
        "تعدم", "يعدم", "يعدمون", "تختطف", "يختطف", "يختطفون", "تخطف", "يخطف",
        "يخطفون",
    ],
}  # fmt: skip

# "وقد تقصف الطائرات": "may" before a present verb (a past one, "وقد قصفت",
# is "did").
MAY = re.compile(r"(?<!\w)[وف]?قد\s*$")
PRESENT_VERBS = frozenset(v for verbs in PRESENT_TRIGGERS.values() for v in verbs)


def may_do(before: str, said: str) -> bool:
    """Return whether a present-tense trigger is told as what may happen."""
    return normalise(said) in PRESENT_VERBS and MAY.search(before) is not None
