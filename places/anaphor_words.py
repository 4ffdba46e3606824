"""Definite nouns that refer back to a place already named ("المدينة", "the
town", "these villages", "the same province"): the cue that named it and,
failing that, the kinds of place it may be."""

from .event_words import SETTLEMENTS

_BASES = frozenset({"airport", "base"})
_AIRPORTS = frozenset({"airport"})
_FIELDS = frozenset({"oil_field", "gas_field"})
_QUARTERS = frozenset({"neighbourhood"})
_AREAS = frozenset({"governorate"})
_PLACES = SETTLEMENTS | _BASES | _FIELDS | {"region", "subdistrict", "neighbourhood"}
# Each noun: the cue that named the place ("مدينة البوكمال" ... "المدينة"), and
# the kinds of place it may be.
ANAPHORS = {
    "المدينه": ("city", SETTLEMENTS), "the city": ("city", frozenset({"city"})),
    "البلده": ("village", SETTLEMENTS), "the town": ("village", SETTLEMENTS),
    "القريه": ("village", SETTLEMENTS), "the village": ("village", SETTLEMENTS),
    "الحي": ("neighbourhood", _QUARTERS),
    "the neighbourhood": ("neighbourhood", _QUARTERS),
    "the neighborhood": ("neighbourhood", _QUARTERS),
    "the base": ("base", _BASES), "القاعده": ("base", _BASES),
    # an airport, not the brigade's base named after it
    "المطار": ("base", _AIRPORTS), "the airport": ("base", _AIRPORTS),
    "the airbase": ("base", _AIRPORTS), "the air base": ("base", _AIRPORTS),
    "الحقل": ("field", _FIELDS),
    "the field": ("field", _FIELDS), "the oilfield": ("field", _FIELDS),
    # "airstrikes targeted positions in the area", "في المنطقة": the place just named
    "in the area": ("area", _PLACES), "المنطقه": ("area", _PLACES),
    # plural: "fire on these areas", "هذه القرى": the list of places just named
    "these areas": ("list", _PLACES), "these villages": ("list", SETTLEMENTS),
    "these towns": ("list", SETTLEMENTS), "هذه المناطق": ("list", _PLACES),
    "تلك المناطق": ("list", _PLACES),
    # the places just struck: "شهدت مناطق القصف حركة نزوح", "the shelled areas"
    "مناطق القصف": ("list", _PLACES), "المناطق المستهدفه": ("list", _PLACES),
    "the shelled areas": ("list", _PLACES), "the bombed areas": ("list", _PLACES),
    "the targeted areas": ("list", _PLACES), "هذه القري": ("list", SETTLEMENTS),
    "تلك القري": ("list", SETTLEMENTS), "هذه البلدات": ("list", SETTLEMENTS),
    # two: "شهدت البلدتان موجة نزوح", "the two towns"
    "البلدتان": ("list", SETTLEMENTS), "البلدتين": ("list", SETTLEMENTS),
    "القريتان": ("list", SETTLEMENTS), "القريتين": ("list", SETTLEMENTS),
    "the two towns": ("list", SETTLEMENTS), "the two villages": ("list", SETTLEMENTS),
    "both towns": ("list", SETTLEMENTS), "both villages": ("list", SETTLEMENTS),
    # "another airstrike in the same province": the governorate named before
    "the same province": ("governorate", _AREAS),
    "that province": ("governorate", _AREAS),
    "المحافظه نفسها": ("governorate", _AREAS),
    "نفس المحافظه": ("governorate", _AREAS),
    "ذات المحافظه": ("governorate", _AREAS),
    # at a clause's end: "Clashes are ongoing there.", "وتدور اشتباكات هناك"
    "there": ("list", _PLACES), "هناك": ("list", _PLACES),
}  # fmt: skip
