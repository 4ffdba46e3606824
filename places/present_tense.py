"""Event verbs in the Arabic present tense, as headlines and newscasts tell
events ("قسد تقصف بلدة هجين", "مسلحون يهاجمون حاجزاً"). Not a state told in
the present: "مناطق تسيطر عليها قسد" is no change of control."""

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
