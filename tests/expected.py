"""What the sample article (places/data/samples/khasham-2018-02-08.ar.txt) must give.

Issue 2 lists these; the unit, command and worker tests all check them.
"""

# Every "دير الزور" of the sample is the governorate ("شرق دير الزور", "معارك دير
# الزور"): none is marked as the city (tests/corpus/README.md).
SAMPLE_PLACES = {
    "deir-ez-zor-governorate", "khasham", "jadid-ekeidat", "hatla",
    "salihiyah-deir-ez-zor", "jadid-bakkara", "al-dahla", "conoco-gas-field",
    "euphrates",
}  # fmt: skip
SAMPLE_EVENTS = {
    ("armed_clash", "khasham"),
    ("armed_clash", "jadid-ekeidat"),
    ("shelling", "hatla"),
    ("shelling", "salihiyah-deir-ez-zor"),
    ("displacement", "jadid-ekeidat"),
    ("displacement", "jadid-bakkara"),
    ("displacement", "al-dahla"),
    ("shelling", "conoco-gas-field"),
}
