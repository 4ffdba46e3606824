"""Finding place names in text: word boundaries, clitics, cues and relations."""

from pathlib import Path

import pytest

from places.extraction import find_toponyms
from places.gazetteer import Gazetteer, read_csv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(FIXTURES / "gazetteer_small.csv"))


def surfaces(text, gazetteer):
    return [t.surface for t in find_toponyms(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("نزوح من وجديد العكيدات", "جديد العكيدات"),
        ("قصف بالصالحية", "الصالحية"),
        ("الوصول لحقل كونيكو", "حقل كونيكو"),
        ("ووصلوا إلى فالدحلة", "الدحلة"),
        ("معارك للصالحية", "صالحية"),
        ("وخشام", "خشام"),
    ],
)
def test_proclitics_are_left_out_of_the_surface(text, surface, gazetteer):
    assert surfaces(text, gazetteer) == [surface]


@pytest.mark.parametrize(
    "text",
    ["هجينات كثيرة", "Hajinx road", "xHajin", "مخشام", "خشامي", "Hatlas", "دمشقي"],
)
def test_a_name_never_matches_inside_another_word(text, gazetteer):
    assert surfaces(text, gazetteer) == []


def test_offsets_point_at_the_surface_in_the_original_text(gazetteer):
    text = "قصفٌ على “حطلةَ والصالحيّة” و(خشام) و Hajin's outskirts"
    toponyms = find_toponyms(text, gazetteer)
    assert [t.surface for t in toponyms] == ["حطلةَ", "الصالحيّة", "خشام", "Hajin"]
    assert all(text[t.start : t.end] == t.surface for t in toponyms)


def test_the_longest_name_wins_over_a_name_inside_it(gazetteer):
    [toponym] = find_toponyms("في محافظة دير الزور", gazetteer)
    assert toponym.surface == "محافظة دير الزور"
    assert toponym.cue == "governorate"


def test_names_written_without_a_space_are_found(gazetteer):
    assert surfaces("مجلس ديرالزور العسكري", gazetteer) == ["ديرالزور"]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("في قريتي حطلة", "village"),
        ("في مدينة دير الزور", "city"),
        ("على أطراف حقل كونيكو", "field"),
        ("في ريف دير الزور", "governorate"),
        ("the village of Hatla", "village"),
        ("the Conoco field", "field"),
        ("in Khasham town", "village"),
        ("في بادية خشام", "desert"),
        ("في خشام", None),
    ],
)
def test_a_cue_word_gives_the_kind_of_place(text, cue, gazetteer):
    assert find_toponyms(text, gazetteer)[-1].cue == cue


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("هجوم شرق دير الزور", "east"),
        ("شمال نهر الفرات", "north"),
        ("بالقرب من خشام", "near"),
        ("على أطراف حقل كونيكو", "outskirts"),
        ("على بعد ثماني كيلومترات شرق نهر الفرات", "east"),
        ("8 km east of the Euphrates", "east"),
        ("north of Hajin", "north"),
        ("near al-Mayadin", "near"),
        ("on the outskirts of Hajin", "outskirts"),
        ("شرق مدينة دير الزور", "east"),
        ("in Hajin", None),
        ("شمال نهر الفرات، (خشام", None),
    ],
)
def test_a_relative_phrase_is_recorded(text, relation, gazetteer):
    assert find_toponyms(text, gazetteer)[-1].relation == relation


def test_a_list_after_a_cue_shares_it(gazetteer):
    toponyms = find_toponyms("نزوح من قرى جديد عكيدات وجديد بكارة والدحلة", gazetteer)
    assert [t.cue for t in toponyms] == ["village"] * 3


def test_english_transliterations_match(gazetteer):
    text = (
        "Deir al-Zour, Dayr az-Zawr, Deir Ezzor, Khusham, al-Bukamal, Abu Kamal, "
        "Salhiyah and the Euphrates River."
    )
    found = [t.key for t in find_toponyms(text, gazetteer)]
    assert found == [
        "deir al zour", "dayr az zawr", "deir ezzor", "khusham", "al bukamal",
        "abu kamal", "salhiyah", "euphrates river",
    ]  # fmt: skip


def test_text_without_names_gives_nothing(gazetteer):
    assert find_toponyms("", gazetteer) == []
    assert find_toponyms("   \n ", gazetteer) == []
