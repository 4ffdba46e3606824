"""Words met in the real-y reports (sentences here are the team's own):
spellings of villages, an outlet that is no place, a city's residential
areas, aircraft that "target", and people being evacuated."""

import datetime

import pytest

from places.geoparsing import geoparse
from tests import reading

TUESDAY = datetime.date(2020, 8, 4)


@pytest.fixture(scope="module")
def gazetteer():
    return reading.curated()


def _read(text: str, gazetteer) -> tuple[set, set]:
    found = geoparse(text, TUESDAY, gazetteer)
    places = {(m.surface, m.place.slug) for m in found.mentions if m.place}
    return places, {(e.sub_type, e.place.slug) for e in found.events}


@pytest.mark.parametrize(
    ("text", "surface", "slug"),
    [
        (
            "Gunmen opened fire on protesters in al-Hwayej town.",
            "al-Hwayej",
            "al-hawayij",
        ),
        ("A raid in the al-Jurzy town left one dead.", "al-Jurzy", "jurdi-sharqi"),
        (
            "Mortars hit the residential areas of Deir ez-Zor.",
            "Deir ez-Zor",
            "deir-ez-zor",
        ),
        ("سقطت قذائف على الأحياء السكنية في دير الزور.", "دير الزور", "deir-ez-zor"),
    ],
)
def test_spellings_and_city_parts(text, surface, slug, gazetteer):
    assert (surface, slug) in _read(text, gazetteer)[0]


def test_the_outlet_al_jazeera_is_no_village(gazetteer):
    places, events = _read(
        "The SDF entered Syria's Deir ez-Zour to cut the Islamic State's "
        "(Al Jazeera) supply lines.",
        gazetteer,
    )
    assert {slug for _, slug in places} == {"syria", "deir-ez-zor-governorate"}
    assert events == {("territory_change", "deir-ez-zor-governorate")}


def test_aircraft_that_target_strike_a_campaign_that_targets_does_not(gazetteer):
    struck = "هاجم التنظيم مواقع قرب الشولا قبل أن تتدخل طائرات حربية وتستهدف المنطقة."
    assert ("air_strike", "al-shula") in _read(struck, gazetteer)[1]
    aims = "وقال التحالف الدولي إن الحملة تستهدف وادي الخابور قرب الميادين."
    assert _read(aims, gazetteer)[1] == set()


def test_civilians_being_evacuated_are_displaced(gazetteer):
    text = "The SDF were evacuating hundreds of civilians from Baghouz."
    assert _read(text, gazetteer)[1] == {("displacement", "al-baghuz-fawqani")}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters took 7 SDF elements hostage and seized 3 cars in al-Hwayej.",
        "Rockets hit al-Omar oil field, which the US forces take as a base.",
    ],
)
def test_taking_people_cars_or_a_view_is_no_change_of_control(text, gazetteer):
    assert not [e for e in _read(text, gazetteer)[1] if e[0] == "territory_change"]


def test_villages_by_al_suwar_named_in_arabic_after_a_cue(gazetteer):
    text = (
        "أعلنت قسد، اليوم الجمعة، سيطرتها على قرية طبرية شمال بلدة الصور بعد "
        "حصارها يومين في دير الزور. كما أعلنت قسد أمس الخميس سيطرتها على قرية "
        "هلالا، فيما اندلعت اشتباكات صباح اليوم في الصور."
    )
    found = geoparse(text, datetime.date(2017, 10, 13), gazetteer)
    places = {m.surface: m.place.slug for m in found.mentions if m.place}
    assert places["طبرية"] == "tabarayya"
    assert places["هلالا"] == "hilalah"
    assert places["دير الزور"] == "deir-ez-zor-governorate"  # the village's siege
    hilalah = [e for e in found.events if e.place.slug == "hilalah"]
    assert [(e.date_start.day, e.date_end.day) for e in hilalah] == [(11, 12)]
    bare = geoparse("وصل طبرية وفد.", datetime.date(2017, 10, 13), gazetteer)
    assert not bare.mentions
