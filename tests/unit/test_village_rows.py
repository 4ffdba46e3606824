"""Villages added from Airwars geolocations, a travel book, local crossings and
the Wikipedia map module (sentences are the team's own): found with a cue where
the name is also a word, and told apart where two villages share a name."""

from pathlib import Path

import pytest

from places.extraction import find_toponyms
from places.gazetteer import Gazetteer, read_csv
from places.resolution import resolve

CURATED = Path(__file__).resolve().parents[2] / "places" / "data" / "gazetteer.csv"


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(CURATED))


def places(text, gazetteer):
    found = resolve(find_toponyms(text, gazetteer), gazetteer)
    return [(r.toponym.surface, r.place.slug if r.place else None) for r in found]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("داهمت القوات منزلاً في بلدة الطكيحي شرق البصيرة", "al-tukayhi"),
        ("a raid on the village of al-Takihi near al-Busayrah", "al-tukayhi"),
        ("Kurdish-led forces entered al-Kashma near al-Sha'fah", "al-kishma"),
        ("ضربات على قرية القطعة جنوب غرب هجين", "al-qata"),
        ("a strike near the village of Abu al-Nitel", "abu-al-naital"),
        ("اشتباكات في قرية سويدان شامية", "suwaydan-shamiyah"),
        ("قصف على قرية الجنينة غرب دير الزور", "al-jnenah"),
        ("the village of al-Hissan on the east bank", "al-hisan"),
        ("سيطرت القوات على قرية الغريبة قرب العشارة", "al-gharibah"),
        ("ISIS attacked army positions near T2 in the desert", "t2-station"),
        ("2 villages liberated in Dayro Zcuro", "deir-ez-zor-governorate"),
        ("an SDF fighter was killed in Al-Jazarah village", "al-jazarat"),
        ("army guns on Tal Brouk shelled the river bank", "tal-brouk"),
        ("وسيطرت القوات على قلعة زلبية شرق النهر", "zalabiye"),
        ("اشتباكات في بلدة الذيبان شرق النهر", "diban"),
        ("هجمات على مواقع قسد في حقل (الجفرة) شمال شرقي دير الزور", "jafra-oil-field"),
        ("غارات على بلدة الطيبة شرق الميادين", "al-tayyibah-mayadin"),
        ("قصف على تل الحريري قرب البوكمال", "mari"),
        ("Coalition jets struck Halabiye on the west bank", "halabiye"),
    ],
)
def test_new_villages_are_found_and_resolved(text, slug, gazetteer):
    assert slug in {s for _, s in places(text, gazetteer)}


@pytest.mark.parametrize(
    "text",
    [
        "قطعة من الأرض",
        "جلس في الجنينة",
        "ركب الحصان",
        "أخبار غريبة",
        "Hassan al-Ali said on Monday.",
        "Hasan was killed.",
        "قال إن الطيبة في قلوب الناس",
        "Mari said the strike hit a house.",
    ],
)
def test_names_that_are_words_or_people_need_a_cue(text, gazetteer):
    assert places(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("تقدمت قسد في الشعفة والكشمة والسوسة", "al-kishma"),
        ("سيطر الجيش على القورية والكشمة وصبيخان", "al-kashmah"),
    ],
)
def test_two_villages_named_alkashmah_are_told_apart_by_their_neighbours(
    text, slug, gazetteer
):
    assert ("الكشمة", slug) in places(text, gazetteer)


def test_hawayij_dhiyab_is_not_the_hawayij_by_diban(gazetteer):
    assert "al-hawayij" not in {s for _, s in places("قرية حوايج ذياب", gazetteer)}


def test_iraqs_hawija_is_not_the_hawayij_by_diban(gazetteer):
    found = places("ISIS cells fled to Al Hawayjah in Iraq", gazetteer)
    assert ("Al Hawayjah", "hawija") in found
    assert places("قرية الحويجة", gazetteer) == []


def test_alizba_is_the_village_by_its_gas_station_with_a_cue(gazetteer):
    assert ("العزبة", "isba-gas-station") in places(
        "شهدت بلدة العزبة حركة نزوح", gazetteer
    )
    assert places("وصلوا إلى العزبة الكبيرة للعائلة", gazetteer) == []
