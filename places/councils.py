"""Councils, clans and units named for a place ("the Hajin Military Council",
"مجلس هجين العسكري", "the al-Sheitaat tribe", "عشيرة الشعيطات", "لواء البصيرة"):
people, so the place name inside is no mention of the place; and a name that
goes on with a people's name ("دوير الأكراد", "Duwayr al-Akrad") is another
village's, a namesake elsewhere in Syria."""

import re

from .normalisation import PhraseMatch

AFTER_NAME = (" military council", " civil council", " العسكري", " المدني")
BEFORE_NAME = "مجلس "  # Arabic names the council first: "مجلس هجين العسكري"
CLAN_AFTER = (" tribe", " tribes", " clan", " clans", " tribesmen")
CLAN_BEFORE = ("عشيره ", "عشاير ", "قبيله ", "قبايل ")
# ... and armed units named for a town ("قائد لواء البصيرة التابع لقسد")
CLAN_BEFORE += ("لواء ", "كتيبه ", "كتايب ")
CLAN_AFTER += (" regiment", " brigade", " battalion")  # "the Albu Kamal regiment"
# "قصفت المدفعية ... السرمانية ودوير الأكراد بسهل الغاب": a village of Hama
CLAN_AFTER += (" الاكراد", " التركمان", " الشركس", " al akrad", " al turkman")
# Two councils at once: "مجلسي دير الزور وهجين العسكريين", "the Deir ez-Zor and
# Hajin military councils".
TWO_COUNCILS = re.compile(
    r"مجلسي? [^،.\n]{2,40}? (?:العسكريين|المدنيين)(?!\w)"
    r"|(?<!\w)[^,.\n]{2,30}? and [^,.\n]{2,30}? (?:military|civil) councils(?!\w)"
)


def councils(text: str, hits: list[PhraseMatch]) -> list[PhraseMatch]:
    """Return a not-a-place match over each name hit that names a council, in
    normalised ``text``; it outlasts the name among overlapping matches."""
    found = [_clan(text, hit) for hit in hits]
    found = [f for f in found if f is not None] + _two_councils(text, hits)
    for hit in hits:
        after = next((a for a in AFTER_NAME if text.startswith(a, hit.end)), None)
        if after is None:
            continue
        start = hit.clitic_start
        if not after.isascii():
            if not text.endswith(BEFORE_NAME, 0, start):
                continue
            start -= len(BEFORE_NAME)
        end = hit.end + len(after)
        found.append(PhraseMatch(start, end, start, text[start:end], "not a place"))
    return found


def _clan(text: str, hit: PhraseMatch) -> PhraseMatch | None:
    start, end = hit.clitic_start, hit.end
    after = next((a for a in CLAN_AFTER if text.startswith(a, end)), None)
    before = next((b for b in CLAN_BEFORE if text.endswith(b, 0, start)), None)
    if after:
        end += len(after)
    elif before:
        start -= len(before)
    else:
        return None
    return PhraseMatch(start, end, start, text[start:end], "not a place")


def _two_councils(text: str, hits: list[PhraseMatch]) -> list[PhraseMatch]:
    found = []
    for match in TWO_COUNCILS.finditer(text):
        inside = [h for h in hits if match.start() <= h.start < match.end()]
        if len(inside) < 2:
            continue
        # English from the first name: "the X and Y military councils"
        start = inside[-2].clitic_start if match[0].isascii() else match.start()
        found.append(
            PhraseMatch(
                start, match.end(), start, text[start : match.end()], "not a place"
            )
        )
    return found
