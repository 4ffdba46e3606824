"""Events whose sentence names no site: one that only a river locates ("8 km
east of the Euphrates deconfliction line") is put at the governorate, at
precision 3, the river's mention staying the one an editor corrects; one whose
sentence names only a country or a distant capital goes to the report's only
place."""

import datetime

import pytest

from places.geoparsing import geoparse
from tests import reading

THURSDAY = datetime.date(2018, 2, 8)
GOVERNORATE = "deir-ez-zor-governorate"


@pytest.fixture(scope="module")
def gazetteer():
    return reading.curated()


def _placed(text: str, gazetteer) -> list[tuple]:
    found = geoparse(text, THURSDAY, gazetteer)
    return [
        (
            e.sub_type,
            e.place.slug,
            e.geo_precision,
            found.mentions[e.mention_index].surface,
        )
        for e in found.events
    ]


@pytest.mark.parametrize(
    "text, sub_type, river",
    [
        (
            "The attack took place 8 km east of the Euphrates deconfliction line, "
            "CENTCOM said.",
            "attack",
            "Euphrates",
        ),
        (
            "Coalition jets struck pro-regime forces east of the Euphrates overnight.",
            "air_strike",
            "Euphrates",
        ),
        ("اندلعت اشتباكات عنيفة شرق نهر الفرات يوم أمس.", "armed_clash", "نهر الفرات"),
    ],
)
def test_an_event_located_only_by_the_river_goes_to_the_governorate(
    text, sub_type, river, gazetteer
):
    assert _placed(text, gazetteer) == [(sub_type, GOVERNORATE, 3, river)]


def test_a_village_named_beside_the_river_is_the_place(gazetteer):
    text = "Coalition jets struck pro-regime forces in Khasham, east of the Euphrates."
    assert _placed(text, gazetteer) == [("air_strike", "khasham", 1, "Khasham")]


def test_a_place_outside_the_region_keeps_the_event_out(gazetteer):
    text = "Coalition jets struck IS positions east of the Euphrates near Raqqa."
    assert _placed(text, gazetteer) == []


def test_a_river_merely_crossed_locates_nothing(gazetteer):
    text = "Gunmen fired on a boat crossing the Euphrates on Wednesday."
    assert _placed(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "تخوض قوات سوريا الديمقراطية المدعومة من التحالف بقيادة واشنطن اشتباكات "
        "اليوم في شرق سوريا. وكانت القوات قد دخلت الباغوز.",
        "Fighters backed by Washington clashed with IS in eastern Syria today. "
        "The SDF had entered Baghuz.",
    ],
)
def test_a_distant_capital_is_a_government_not_a_site(text, gazetteer):
    assert _placed(text, gazetteer)[:1] == [
        ("armed_clash", "al-baghuz-fawqani", 2, _baghuz(text))
    ]


def _baghuz(text: str) -> str:
    return "الباغوز" if "الباغوز" in text else "Baghuz"


def test_a_near_city_outside_is_a_site_outside(gazetteer):
    text = "Clashes erupted in Damascus today. The SDF had entered Baghuz."
    assert not [e for e in _placed(text, gazetteer) if e[0] == "armed_clash"]


def test_a_headline_without_a_place_is_where_its_lead_says(gazetteer):
    text = (
        "عبر كمين في البادية… التنظيم يقتل 23 عنصراً من قوات النظام\n"
        "قتل 23 عنصراً على طريق المحطة الثانية في بادية الميادين.\n"
    )
    found = geoparse(text, THURSDAY, gazetteer).events
    assert [(e.sub_type, e.place.slug, e.geo_precision) for e in found] == [
        ("attack", "al-mayadin", 2)
    ]
    assert found[0].why[1] == "place: named by the lead under the headline"


def test_a_first_sentence_is_no_headline(gazetteer):
    text = (
        "Gunmen ambushed a bus in the desert.\n"
        "Forces then moved from al-Mayadin to Hajin.\n"
    )
    assert not [e for e in _placed(text, gazetteer) if e[0] == "attack"]


def test_a_distant_capital_named_as_where_is_a_site_outside(gazetteer):
    text = (
        "ورد الحرس على الهجومين اللذين استهدفا مبنى البرلمان في طهران في السابع "
        "من حزيران. وأطلق الحرس مساء الأحد صواريخ على مدينة دير الزور."
    )
    found = geoparse(text, datetime.date(2017, 6, 19), gazetteer).events
    assert [(e.date_start.isoformat(), e.place.slug) for e in found] == [
        ("2017-06-18", "deir-ez-zor")
    ]
