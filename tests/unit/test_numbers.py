"""Numbers in digits and in Arabic and English words; vague counts are None."""

import pytest

from places.fatalities import find_fatalities
from places.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("35", 35), ("1,200", 1200), ("مئة", 100), ("مائة", 100), ("خمسين", 50),
        ("مئة وستة", 106), ("اثنان وعشرون", 22), ("ثمانية عشر", 18),
        ("اثنا عشر", 12), ("ثلاثمئة", 300), ("seven", 7), ("twenty-two", 22),
        ("a hundred", 100), ("three hundred", 300), ("Fifteen", 15),
    ],
)  # fmt: skip
def test_numbers_are_read(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["عشرات", "dozens", "scores", "a", "", "الميادين"])
def test_vague_or_no_numbers_are_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("قُتل اثنان وعشرون مقاتلاً من الحشد", 22),
        ("ارتفع إلى مئة وستة على الأقل عدد القتلى جراء الغارات", 106),
        ("أكثر من خمسين عنصراً من التنظيم قتلوا في المعارك", 50),
        ("قتل ثمانية عشر مقاتلاً", 18),
        ("ما أسفر عن مقتل العشرات", None),
        ("ما أسفر عن مقتل عشرات المدنيين", None),
        ("raids killed at least 35 civilians", 35),
        ("Fifteen people had been killed", 15),
        ("militants killed dozens of fighters", None),
    ],
)
def test_fatalities_with_number_words(text, killed):
    assert find_fatalities(text) == killed
