"""Place rules: Latin spelling variants, lists, relations, areas named after towns."""

from pathlib import Path

import pytest

from places.extraction import find_toponyms
from places.gazetteer import Gazetteer, PlaceEntry, read_csv
from places.normalisation import normalise_name
from places.resolution import named_area, resolve
from places.spelling import latin_skeleton

CURATED = Path(__file__).resolve().parents[2] / "places" / "data" / "gazetteer.csv"


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(CURATED))


def skeleton(name):
    return latin_skeleton(normalise_name(name).split(" "))


def places(text, gazetteer):
    found = resolve(find_toponyms(text, gazetteer), gazetteer)
    return [(r.toponym.surface, r.place.slug if r.place else None) for r in found]


@pytest.mark.parametrize(
    "names",
    [
        ["Deir el-Zour", "Dayr az-Zawr", "Deir ez-Zor", "Deir al-Zor"],
        ["Deir Ezzor airport", "Deir ez-Zor airport", "Deir Ezzur airport"],
        ["al-Shaafa", "al-Sha'fah", "Shafah", "Shaafa"],
        ["al-Shuheil", "Shuhail", "al-Shuhayl"],
        ["Busaira", "Busayrah", "Busayra"],
        ["Mayadeen", "al-Mayadin"],
        ["Baghouz", "al-Baghuz", "Bagouz"],
        ["Husseiniyeh", "al-Husayniyah"],
        ["Kouriyeh", "al-Quriyah"],
        ["Dahleh", "al-Dahla"],
    ],
)
def test_spellings_of_one_name_share_a_skeleton(names):
    assert len({skeleton(n) for n in names}) == 1
    assert skeleton(names[0])


@pytest.mark.parametrize(
    ("a", "b"), [("Hotel", "Hatla"), ("Dublin", "Dablan"), ("Khasham", "Khusham")]
)
def test_different_words_keep_different_skeletons(a, b):
    assert skeleton(a) != skeleton(b)


def test_short_or_non_latin_names_have_no_skeleton():
    assert skeleton("Susa") == ""
    assert skeleton("Tank") == ""
    assert latin_skeleton(["هجين"]) == ""


def test_a_skeleton_shared_by_two_places_is_not_used():
    entries = [
        PlaceEntry("a", "Tabiyah", "", "village", 35.0, 40.0, True),
        PlaceEntry("b", "Tabiyeh", "", "village", 34.0, 41.0, True),
    ]
    assert Gazetteer(entries).scan_variants("tabbiya") == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Coalition strikes hit al-Shaafa on Sunday.", "al-shafah"),
        ("Shelling on Busayra and Thiban.", "al-busayrah"),
        ("Clashes near Hajeen.", "hajin"),
        ("Fighting in Deir el-Zour city.", "deir-ez-zor"),
    ],
)
def test_spelling_variants_are_found_and_resolved(text, slug, gazetteer):
    assert slug in {s for _, s in places(text, gazetteer)}


def test_variants_need_a_capital_and_whole_words(gazetteer):
    assert places("the shaafa and hajeen2 busairas", gazetteer) == []


def test_a_variant_of_a_common_word_needs_a_cue(gazetteer):
    assert places("Sabhah said on Monday.", gazetteer) == []


def test_a_common_word_name_listed_after_a_place_counts(gazetteer):
    text = "تحتفظ قوات النظام بمواقعها في البوكمال والجلاء"
    assert ("الجلاء", "al-jalaa") in places(text, gazetteer)
    assert places("العباس والجلاء", gazetteer) == []


def test_neighbourhoods_are_found_after_the_word_for_district(gazetteer):
    found = places("إلى الأهالي في حيي الجورة والقصور", gazetteer)
    assert [s for _, s in found] == ["al-jorah", "al-qusour"]
    assert places("بناء القصور", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("نزحت العائلات باتجاه بلدة الشحيل", "toward"),
        ("fighters withdrew toward Albu Kamal", "toward"),
        ("قصف مدفعي من مواقع قسد في هجين", "origin"),
        ("shelled positions from across the river in Mayadin", "origin"),
        ("air strikes hit the nearby town of al-Quriyah", None),
    ],
)
def test_direction_and_origin_words_are_relations(text, relation, gazetteer):
    [toponym] = find_toponyms(text, gazetteer)
    assert toponym.relation == relation


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("displaced to camps in Hasakah province", "hasakah-governorate"),
        ("in the eastern countryside of Deir Ezzor", "deir-ez-zor-governorate"),
        ("in the eastern Deir ez-Zor countryside", "deir-ez-zor-governorate"),
        ("قصف على ريف الميادين", "mayadin-district"),
        ("قتلى في الميادين", "al-mayadin"),
    ],
)
def test_a_town_named_as_a_province_is_the_province(text, slug, gazetteer):
    assert places(text, gazetteer)[-1][1] == slug


def test_the_area_named_after_a_town_is_the_widest(gazetteer):
    assert named_area(gazetteer.get("deir-ez-zor"), gazetteer).slug == (
        "deir-ez-zor-governorate"
    )
    assert named_area(gazetteer.get("hajin"), gazetteer).slug == "hajin-subdistrict"
    assert named_area(gazetteer.get("khasham"), gazetteer).slug == "khasham-subdistrict"
    assert named_area(gazetteer.get("hatla"), gazetteer) is None


def test_short_unseen_spellings_in_an_announced_list_are_matched(gazetteer):
    found = places("killed in clashes in the villages of Hrejieh and Breeha", gazetteer)
    assert found == [("Hrejieh", "al-hereji"), ("Breeha", "abriha")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SDF took control of Sousa on Tuesday.", [("Sousa", "al-susah")]),
        ("Clashes in Al-Sabha on Tuesday.", [("Al-Sabha", "al-sabha")]),
        ("Omar said the clashes were over.", []),
    ],
)
def test_a_name_that_is_a_word_counts_as_what_an_event_hit(text, expected, gazetteer):
    assert places(text, gazetteer) == expected
