"""Finding place names in text: word boundaries, clitics, cues and relations."""

from pathlib import Path

import pytest

from places.extraction import find_toponyms
from places.gazetteer import Gazetteer, PlaceEntry, read_csv

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
    [
        "هجينات كثيرة",
        "Hajinx road",
        "xHajin",
        "مخشام",
        "خشامي",
        "Hatlas",
        "دمشقي",
        "الخشام",
        "كالخشام",
        "Hajin2",
        "فيHajin",
        "خشامHajin",
        "خشام٢",
        "Syrian army",
        "Iraqi troops",
        "Euphrateses",
    ],
)
def test_a_name_never_matches_inside_another_word(text, gazetteer):
    assert surfaces(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "زار الوفد ميادين المدينة وأسواقها",
        "صالحية المكان للزراعة موضع نقاش",
        "قالت الحكومة السورية إن الطريق مفتوح",
        "وصل الوفد الروسيا",
    ],
)
def test_a_one_word_name_is_matched_only_as_written(text, gazetteer):
    assert surfaces(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("وصلت تعزيزات للميادين", "ميادين"),
        ("وللبوكمال طريق آخر", "بوكمال"),
        ("قافلة وصلت لحطلة", "حطلة"),
    ],
)
def test_lam_with_the_article_contracted_is_a_clitic(text, surface, gazetteer):
    assert surfaces(text, gazetteer) == [surface]


def test_a_form_without_article_needs_the_contracted_lam(gazetteer):
    assert surfaces("بوكمال وبالميادين", gazetteer) == ["الميادين"]


@pytest.mark.parametrize(
    "text",
    [
        "هاجمت خلايا مواقع لقوات سوريا الديمقراطية قرب هجين",
        "قال مسؤول في مجلس سوريا الديمقراطية إن الوفد زار هجين",
        "The Syrian Democratic Forces and Syrian Democratic Council met near Hajin",
        "ذكرت قناة الميادين أن الطريق مقطوع قرب هجين",
        "Lebanon's Al Mayadeen TV said the road near Hajin was cut",
        "Fighters of the Islamic State of Iraq and Syria left Hajin",
    ],
)
def test_names_of_actors_and_outlets_are_not_places(text, gazetteer):
    assert [t.surface for t in find_toponyms(text, gazetteer)] in (["هجين"], ["Hajin"])


def test_the_country_is_still_a_place_outside_an_actor_name(gazetteer):
    assert surfaces("رفعوا علم سوريا قرب قوات سوريا الديمقراطية", gazetteer) == [
        "سوريا"
    ]


def ambiguous_gazetteer():
    def entry(slug, en, ar):
        return PlaceEntry(slug, en, ar, "village", 35.3, 40.2, True)

    return Gazetteer(
        [
            entry("marrat", "Marrat", "مرات"),
            entry("mazloum", "Mazloum", "مظلوم"),
            entry("al-suwar", "al-Suwar", "الصور"),
            entry("al-omar", "al-Omar", "حقل العمر"),
            entry("al-abbas", "al-Abbas", "العباس"),
            entry("panorama", "Panorama", "البانوراما"),
        ]
    )


@pytest.mark.parametrize(
    "text",
    [
        "تكررت الغارات عدة مرات خلال الأسبوع",
        "قال مظلوم عبدي إن الهدنة صامدة",
        "نشرت الصفحة الصور من موقع الانفجار",
        "Omar told reporters the road was closed",
        "Mahmoud Abbas spoke on Tuesday",
        "Mazloum Abdi visited the front",
    ],
)
def test_a_name_that_is_a_common_word_needs_a_cue(text):
    assert surfaces(text, ambiguous_gazetteer()) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("قصف على قرية مظلوم", "مظلوم"),
        ("اشتباكات شرق مرات", "مرات"),
        ("the village of Mazloum", "Mazloum"),
        ("fighting near al-Omar", "al-Omar"),
    ],
)
def test_a_common_word_name_with_a_cue_is_a_place(text, surface):
    assert surfaces(text, ambiguous_gazetteer()) == [surface]


@pytest.mark.parametrize(
    "text",
    [
        "the panorama from the hill",
        "a report on hajin",
        "clashes at Tibni",  # the lower-case "at" is not the article At
    ],
)
def test_a_latin_name_is_written_with_a_capital(text):
    gazetteer = Gazetteer(
        [
            PlaceEntry("hajin", "Hajin", "هجين", "town", 34.7, 40.8, True),
            PlaceEntry("panorama", "Panorama", "", "base", 35.3, 40.1, True),
            PlaceEntry("tabni", "At Tibni", "", "town", 35.6, 39.8, True),
        ]
    )
    assert all(t.surface[0].isupper() for t in find_toponyms(text, gazetteer))
    assert surfaces("At Tibni, at-Tibni and HAJIN", gazetteer) == [
        "At Tibni", "at-Tibni", "HAJIN",
    ]  # fmt: skip


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
    assert surfaces("قصف على ديرالزور", gazetteer) == ["ديرالزور"]


def test_a_place_name_inside_an_organisation_name_is_no_mention(gazetteer):
    assert surfaces("قال مجلس ديرالزور العسكري", gazetteer) == []
    assert surfaces("the Deir al-Zor Military Council said", gazetteer) == []


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
    assert [t.cue for t in toponyms] == ["villages"] * 3


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


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        ("clashes in the village of Jadeed Ekedat", "Jadeed Ekedat", "jadid ekeidat"),
        ("shelling east of Gharranidj", "Gharranidj", "gharanij"),
    ],
)
def test_an_unseen_spelling_after_a_cue_is_matched_fuzzily(
    text, surface, key, gazetteer
):
    [toponym] = find_toponyms(text, gazetteer)
    assert (toponym.surface, toponym.key, toponym.fuzzy) == (surface, key, True)


@pytest.mark.parametrize(
    "text",
    [
        "Jadeed Ekedat was shelled",  # no cue, relation or article announces it
        "the town of Springfield",
        "near Manbij",
        "Mohammed Khashamji said",
    ],
)
def test_fuzzy_matching_is_guarded(text, gazetteer):
    assert find_toponyms(text, gazetteer) == []


def test_a_fuzzy_match_is_resolved_with_less_confidence(gazetteer):
    from places.resolution import resolve

    [resolved] = resolve(
        find_toponyms("fighting in the village of Jadeed Ekedat", gazetteer), gazetteer
    )
    assert resolved.place.slug == "jadid-ekeidat"
    assert resolved.method == "fuzzy"
    assert resolved.confidence < 1


def test_a_cue_on_the_line_before_does_not_announce_a_fuzzy_spelling(gazetteer):
    assert find_toponyms("clashes in the village of\nJadeed Ekedat", gazetteer) == []
    [toponym] = find_toponyms("clashes in the village of Jadeed Ekedat", gazetteer)
    assert toponym.fuzzy


@pytest.mark.parametrize(
    "text",
    [
        "Clashes went on east of the Euphrates and R",  # a cut-off excerpt's end
        "Strikes hit the village of A",
        "the town of Q",
        "R",
    ],
)
def test_a_text_cut_off_after_a_capital_letter_is_read(text, gazetteer):
    find_toponyms(text, gazetteer)  # raised IndexError before
