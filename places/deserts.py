"""A town's desert named as where an event happened, beside other sites ("ومواقع
في بادية البوكمال", "in the Mu'ayzila desert near Albu Kamal")."""

import re
from collections.abc import Collection

from .normalisation import normalise
from .resolution import Resolved
from .segments import Reading

IN_DESERT = re.compile(
    # not "حقل العمر الواقع في بادية الشحيل", "located in the desert of": where
    # the site named before lies
    r"(?<!الواقع )(?<!الواقعه )(?<!located )(?<!situated )"
    # ... or named with them ("X and the desert of Y", "X وبادية Y")
    r"(?:(?<!\w)في |(?<!\w)[وب]|(?<!\w)(?:in|and) the )(?:بادي\w*|desert|badi\w*)"
    r"(?: of)?\W*$"
)
# "in the X desert": the desert word after the name.
IN_THE = re.compile(r"(?<!\w)(?:in|and) the $")
DESERT_AFTER = re.compile(r"\s+(?:desert|badia)(?!\w)", re.IGNORECASE)


def in_a_desert(reading: Reading, r: Resolved, areas: Collection[str]) -> bool:
    """Return whether a town's desert is named as where it happened, beside
    other sites; alone it is the reference it is (not an area's desert)."""
    if r.toponym.cue != "desert" or r.toponym.relation or r.place.kind in areas:
        return False
    text, start, end = reading.text, r.toponym.start, r.toponym.end
    before = normalise(text[max(0, start - 36) : start]).text
    if IN_DESERT.search(before):
        return True
    return (
        IN_THE.search(before) is not None and DESERT_AFTER.match(text, end) is not None
    )
