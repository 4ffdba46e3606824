"""Names of people that read like place names: "Abu al-Hussein", "المدعو أبو
حسن", "Omar Abu Layla"."""

import re

from .normalisation import Normalised, PhraseMatch

# A name after "Abu" / "أبو" that is no place "Abu ..." is a person's kunya
# (not أم, which is also "or").
KUNYA = re.compile(r"(?<!\w)(?:abu|abou|ابو) $")
# "Omar Abu Layla", "Ahmed Abu Khawla": a given name and a family name.
GIVEN_NAME = re.compile(
    r"(?<!\w)(?:Omar|Umar|Mohammed|Mohammad|Muhammad|Mohamed|Ahmed|Ahmad|Ali|Hassan"
    r"|Hussein|Hussain|Khalid|Khaled|Mahmoud|Ibrahim|Abdullah|Mustafa|Youssef|Yusuf"
    r"|Saleh|Salem|Rami|Hamid|Hamad|Fayez|Bashar|Issa|Musa|Yasser|Ammar|Hadi|Riad"
    r"|Riyad|Jamal|Fadi|Walid|Adnan|Faisal|Firas|Nizar|Ghassan|Anas|Tariq|Tareq|Majid"
    r"|Samir|Haitham|Bassam|Osama|Usama|Hamza|Ayman|Abdul|Abdel) $"
)
FAMILY_NAME_AFTER = re.compile(r" ((?:Abu|Abou) [A-Z][\w'‘’-]*)")
KUNYAS = ("abu ", "abou ", "أبو ", "ابو ")
# A name right after "the so-called" / "nicknamed" is a person's.
NAMED_PERSON = re.compile(
    r"(?<!\w)(?:[وف]?(?:المدعو|المدعوه|الملقب|الملقبه|المكني)"
    r"|nicknamed|a man called|a man named) \W?"
    # ... and the rest of the name: "المدعو عبد الفتاح الحمد الخزيم"
    r"(?:(?!(?:في|من|الي|علي|عن|قرب|قريه|بلده|مدينه|حي|in|from|of|at|near|the|village"
    r"|town|city) )[^\W\d]+ ){0,3}$"
)


def a_person(
    text: str, norm: Normalised, hit: PhraseMatch, span: tuple[int, int], common: bool
) -> bool:
    """Return whether a name (``span`` in the text) is a person's: after "Abu"
    ("Abu al-Hussein"), "the so-called" ("المدعو أبو حسن العراقي") or a given
    name ("Omar Abu Layla"), or a name that is also a word or a given name
    (``common``) before a family name ("Omar Abu Layla")."""
    nt = norm.text
    if KUNYA.search(nt, max(0, hit.clitic_start - 6), hit.clitic_start):
        return True
    if NAMED_PERSON.search(nt[max(0, hit.clitic_start - 48) : hit.clitic_start]):
        return True
    start, end = span
    if GIVEN_NAME.search(text, max(0, start - 10), start):
        return True
    return common and FAMILY_NAME_AFTER.match(text, end) is not None


def person_named(text: str, span: tuple[int, int]) -> str:
    """The name a person found at ``span`` may be named again by: the family
    name after it ("Omar Abu Layla" -> "abu layla"), or the name itself."""
    family = FAMILY_NAME_AFTER.match(text, span[1])
    return (family.group(1) if family else text[span[0] : span[1]]).lower()


def named_again(surface: str, persons: set[str]) -> bool:
    """Return whether a name is a person's "Abu X" found before in the text."""
    surface = surface.lower()
    return surface in persons and surface.startswith(KUNYAS)
