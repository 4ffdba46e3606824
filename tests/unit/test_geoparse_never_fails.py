"""The geoparser reads any text without raising: random mixes of place names,
cue and event words, dates, capitals, Arabic marks and cut-off endings."""

import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from places.geoparsing import geoparse
from tests.reading import curated

PIECES = [
    "Hajin", "al-Susah", "Deir ez-Zor", "Albu Kamal", "the village of", "east of",
    "near", "clashes", "air strikes", "fled", "on Friday", "last night", "R", "A",
    "Q.", "هجين", "دير الزور", "بلدة", "ريف", "قصف", "اشتباكات", "أمس", "اثنيْن",
    "ـ", "ً", "،", ".", ",", "\n", " ", "'s", "-", "(", ")", "«", "»", "2018", "١٢",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=40))
def test_any_mix_of_words_is_read_without_error(pieces):
    text = " ".join(pieces) if len(pieces) % 2 else "".join(pieces)
    result = geoparse(text, datetime.date(2018, 10, 13), curated())
    for mention in result.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
