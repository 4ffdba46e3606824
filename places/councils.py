"""Councils named for a place ("the Hajin Military Council", "مجلس هجين
العسكري", "Deir ez-Zor Civil Council"): an organisation, so the place name
inside is no mention of the place."""

from .normalisation import PhraseMatch

AFTER_NAME = (" military council", " civil council", " العسكري", " المدني")
BEFORE_NAME = "مجلس "  # Arabic names the council first: "مجلس هجين العسكري"


def councils(text: str, hits: list[PhraseMatch]) -> list[PhraseMatch]:
    """Return a not-a-place match over each name hit that names a council, in
    normalised ``text``; it outlasts the name among overlapping matches."""
    found = []
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
