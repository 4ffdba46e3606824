"""Rules found on the real-y reports (sentences here are the team's own):
numeric dates, pages of dated items, fighting that lasted into the early hours
of a day, and "the initial attack"."""

import datetime

import pytest

from places.dates import find_dates
from places.geoparsing import geoparse
from tests import reading

MONDAY = datetime.date(2017, 5, 15)
THURSDAY = datetime.date(2018, 2, 8)


@pytest.fixture(scope="module")
def gazetteer():
    return reading.curated()


def _days(text: str, published: datetime.date, gazetteer) -> set[tuple]:
    return {
        (e.sub_type, e.place.slug, e.date_start.isoformat(), e.date_end.isoformat())
        for e in geoparse(text, published, gazetteer).events
    }


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("(14/5/2017)", datetime.date(2017, 5, 14)),
        ("on 14.05.2017.", datetime.date(2017, 5, 14)),
        ("on 5/14/2017", datetime.date(2017, 5, 14)),  # the day cannot be 14th month
        ("on 2017-05-14", datetime.date(2017, 5, 14)),
        ("في ١٤/٥/٢٠١٧", datetime.date(2017, 5, 14)),
    ],
)
def test_numeric_dates_are_read_day_first(written, day):
    (found,) = find_dates(f"Clashes {written}", MONDAY, "en")
    assert (found.start, found.end) == (day, day)


@pytest.mark.parametrize(
    "written",
    ["14/5/17", "3.5 km", "1/2", "2017-5", "counted 2017 05 people", "31/2/2017"],
)
def test_numbers_that_are_no_date_stay_none(written):
    assert find_dates(f"Clashes {written} away", MONDAY, "en") == []


def test_an_item_of_a_dated_digest_is_of_its_own_day(gazetteer):
    text = (
        "(15/5/2017) ~ Army units operating in Deir Ezzor city killed several "
        "militants on Monday and destroyed their vehicles in the south-west.\n\n"
        "(14/5/2017) ~ The Syrian Air Force launched strikes on IS "
        "fortifications in Hatla, inflicting heavy losses upon them.\n"
    )
    assert ("air_strike", "hatla", "2017-05-14", "2017-05-14") in _days(
        text, MONDAY, gazetteer
    )


def test_a_short_dated_line_is_still_a_byline_not_an_item(gazetteer):
    text = "14/5/2017\nWarplanes struck Hatla yesterday."
    assert ("air_strike", "hatla", "2017-05-14", "2017-05-14") in _days(
        text, MONDAY, gazetteer
    )


@pytest.mark.parametrize(
    "text",
    [
        "The fighting near Khasham lasted into the early hours of Thursday.",
        "وتواصلت الاشتباكات في خشام حتى فجر الخميس.",
    ],
)
def test_fighting_into_the_early_hours_of_a_day_began_the_day_before(text, gazetteer):
    assert _days(text, THURSDAY, gazetteer) == {
        ("armed_clash", "khasham", "2018-02-07", "2018-02-08")
    }


def test_the_initial_attack_is_no_strike_told_just_before(gazetteer):
    text = (
        "The coalition targeted the attacking forces with air strikes on "
        "Wednesday. The initial attack took place near Khasham."
    )
    assert ("attack", "khasham", "2018-02-07", "2018-02-08") in _days(
        text, THURSDAY, gazetteer
    )


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("قتلى بالقصف منذ فجر الجمعة الماضي", "2017-09-29", "2017-10-05"),
        ("Strikes have killed 200 since Friday.", "2017-09-29", "2017-10-05"),
        ("Clashes on Friday.", "2017-09-29", "2017-09-29"),
        ("منذ أيلول الماضي", "2017-09-01", "2017-09-30"),  # what began long ago
    ],
)
def test_since_a_recent_day_runs_up_to_publication(text, first, last):
    language = "ar" if not text.isascii() else "en"
    [found] = find_dates(text, datetime.date(2017, 10, 5), language)
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_a_day_after_a_statement_told_at_length_is_when_it_was_told():
    text = (
        "وقال الوزير في بيان مطول أصدرته وزارة الدفاع /البنتاغون/ عبر موقعها "
        "الرسمي، اليوم الاثنين، إن القوات نفذت الضربات."
    )
    (found,) = find_dates(text, datetime.date(2023, 11, 13), "ar")
    assert found.reporting
    said = "وقال المرصد في بيان صحفي الأحد: سمع دوي انفجار ليل السبت."
    night = [d for d in find_dates(said, datetime.date(2024, 4, 7), "ar")][-1]
    assert not night.reporting
