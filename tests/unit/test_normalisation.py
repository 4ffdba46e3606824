"""Normalising Arabic and Latin text, and the keys gazetteer names match under."""

import pytest

from places.extraction import find_toponyms
from places.normalisation import detect_language, name_keys, normalise, normalise_name
from tests import reading


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("أحمد إدلب آمن ٱلله", "احمد ادلب امن الله"),
        ("مستشفى", "مستشفي"),
        ("حطلة", "حطله"),
        ("مؤسسة", "موسسه"),
        ("بئر", "بير"),
        ("کردی", "كردي"),
        ("اشتباكاتٍ عنيفةً", "اشتباكات عنيفه"),
        ("قوّات", "قوات"),
        ("الرحمٰن", "الرحمن"),
        ("دير الـــزور", "دير الزور"),
        ("Dayr az-Zawr", "dayr az zawr"),
        ("Ālbū Kamāl", "albu kamal"),
        ("Mūḩ Ḩasan", "muh hasan"),
        ("Mari'iyah ʿAyn Sa’id Ta‘l `x_y", "mari iyah ayn sa id ta l x y"),
        ("Deir–Ezzor", "deir ezzor"),
        ("a  \t\n b", "a b"),
        ("دير\u200f \u200eالزور\u061c", "دير الزور"),
        ("ZWJ\u200djoined", "zwjjoined"),
        ("حقل “العمر” النفطي", "حقل العمر النفطي"),
        ('و"أبو حردوب" «الباغوز»', "و ابو حردوب الباغوز "),
    ],
)
def test_each_rule_normalises_as_specified(written, normalised):
    assert normalise(written).text == normalised


def test_offsets_map_every_normalised_character_back_to_the_original():
    original = "  اشتباكاتٍ في  Dayr az-Zawr’s  "
    norm = normalise(original)
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets[-1] == len(original)
    for i, ch in enumerate(norm.text):
        source = original[norm.offsets[i]]
        assert ch == " " or normalise(source).text == ch


def test_original_span_takes_in_trailing_harakat():
    original = "في خشامٌ اليوم"
    norm = normalise(original)
    start = norm.text.index("خشام")
    assert norm.original_span(start, start + 4, original) == (3, 8)


def test_normalise_name_strips_the_ends():
    assert normalise_name("  al-Salihiyah ") == "al salihiyah"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("اشتباكات في خشام", "ar"),
        ("Clashes in Khasham", "en"),
        ("Clashes in خشام and Hatla", "en"),
        ("", "en"),
        ("123 !!", "en"),
    ],
)
def test_language_is_the_script_with_more_letters(text, language):
    assert detect_language(text) == language


def test_arabic_keys_vary_the_article_on_each_word():
    keys = name_keys("جديد العكيدات")
    assert {"جديد العكيدات", "جديد عكيدات", "جديدالعكيدات"} <= keys
    assert name_keys("جديد عكيدات") & keys


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("الميادين", "الميادين"),
        ("حمص", "حمص"),
        ("سورية", "سوريه"),
    ],
)
def test_a_one_word_arabic_name_keeps_only_its_written_form(name, key):
    # Neither ميادين ("squares") nor الحمص ("the chickpeas") nor السورية
    # ("the Syrian", adjective) is a place.
    assert name_keys(name) == {key}


def test_a_definite_name_in_taa_marbuta_also_keeps_it_written_as_said():
    # not without its article: صالحية is no key
    assert name_keys("الصالحية") == {"الصالحيه", "الصالحيا"}


def test_a_multi_word_name_still_drops_the_article_of_each_word():
    assert "جديد عكيدات" in name_keys("جديد العكيدات")
    assert "حقل عمر" in name_keys("حقل العمر")


def test_joined_form_of_a_name_with_an_article_inside():
    assert "ديرالزور" in name_keys("دير الزور")


def test_english_keys_drop_a_leading_article_only():
    assert name_keys("al-Salihiyah") == {"al salihiyah", "salihiyah"}
    assert "ash shaddadi" in name_keys("ash-Shaddadi")
    assert "shaddadi" in name_keys("ash-Shaddadi")
    assert name_keys("Deir ez-Zor") == {"deir ez zor"}


def test_keys_are_never_shorter_than_three_characters():
    assert name_keys("al-Ba") == {"al ba"}
    assert name_keys("Ba") == set()
    assert all(len(k) >= 3 for k in name_keys("الرقة"))


def test_a_link_glued_to_a_name_leaves_the_name_a_whole_word():
    text = "Two killed by shells in Deir Ezzorhttps://t.co/ZrDAh1ndjP on Sunday."
    found = [t.surface for t in find_toponyms(text, reading.curated())]
    assert found == ["Deir Ezzor"]


def test_a_number_glued_to_an_arabic_word_is_read_apart():
    assert normalise("شن 20غارة").text == "شن 20 غاره"


def test_duals_of_feminine_nouns_and_none_of_other_words():
    from places.normalisation import arabic_duals

    assert arabic_duals("ضربه جويه") == ("ضربتين جويتين", "ضربتان جويتان")
    assert arabic_duals("غارات") == ()
    assert arabic_duals("air strike") == ()
