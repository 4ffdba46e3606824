"""Al Mayadeen, the Beirut channel, is spelt like al-Mayadin, the town: where a
report names it as whoever told or reported the news, it is no place."""

import re

from .normalisation import PhraseMatch

# Works on normalised text (ة→ه, أ→ا, ؤ→و); the outlet is the named group matched.
_SOURCES = r"[وف]?(?:مصادر|مصدر)(?: \S+)?"
_TOLD = r"\S*(?:قال|كد|فاد|فيد|كشف|ذكر|نقل|صرح|وضح|تحدث)\S*"
OUTLET_RE = re.compile(
    r"(?<!\w)(?:"
    # its sources, correspondents, office and site: "مصادر الميادين", "قناة الميادين"
    r"\S*(?:مصادر|مصدر|مراسل\w*|مكتب|قناه|شاشه|موقع)"
    r" (?P<name>الميادين)"
    r"|(?P<self>الميادين) (?:نت|اللبنانيه)"
    # told to it: "مصادر موثوقة للميادين", "مصادر مطلعة تؤكد للميادين", "قال
    # مسؤول للميادين", "نقلت مصادر سورية للميادين"
    rf"|(?:{_SOURCES}|{_TOLD}(?: {_SOURCES}| \S+)?) (?P<told>للميادين)"
    # a headline's "مصادر عسكرية في إريتريا للميادين تكشف"
    r"|(?P<told_now>للميادين) [تي](?:كشف|وكد|فيد|قول)"
    # spoke to it: "في لقاء مع الميادين", "في حديث خاص للميادين"
    r"|(?:لقاء|مقابله|حديث|حوار)\S*(?: خاص\S*)?(?: مع)? (?P<talk>(?:لل|ال)ميادين)"
    # it reported: "تفيد الميادين", "علمت الميادين"
    r"|[وف]?(?:تفيد|افادت|علمت|ذكرت|نقلت|كشفت) (?P<said>الميادين)"
    r")(?!\w)"
)
GROUPS = ("name", "self", "told", "told_now", "talk", "said")


def outlet_hits(normalised: str) -> list[PhraseMatch]:
    """Return where the normalised text names the outlet, as no-place hits."""
    hits = []
    for match in OUTLET_RE.finditer(normalised):
        group = next(g for g in GROUPS if match.group(g))
        start, end = match.span(group)
        hits.append(PhraseMatch(start, end, start, "al mayadeen", "not a place"))
    return hits
