"""Past days, some days ago and a few days later, in any of their usual wordings
(sentences here are the team's own)."""

import datetime

import pytest

from tests import reading

DAY = datetime.timedelta(days=1)
WEEK_AGO = reading.SUNDAY - 7 * DAY


@pytest.mark.parametrize(
    "words",
    [
        "during the past days",
        "over recent days",
        "during the last few days",
        "in the past several days",
        "over the previous days",
    ],
)
def test_english_past_days_are_the_week_before_the_report(words):
    text = f"Coalition jets struck al-Susah {words}, killing ten people."
    assert reading.dates_at(text, "al-susah") == [(WEEK_AGO, reading.SUNDAY)]


@pytest.mark.parametrize(
    "words",
    [
        "خلال الأيام الفائتة",
        "خلال الأيام القليلة الماضية",
        "خلال الأيام المنصرمة",
        "خلال الأيام السابقة",
        "منذ عدة أيام",
    ],
)
def test_arabic_past_days_are_the_week_before_the_report(words):
    text = f"شنت طائرات التحالف {words} غارات على بلدة السوسة"
    assert reading.dates_at(text, "al-susah") == [(WEEK_AGO, reading.SUNDAY)]


@pytest.mark.parametrize("words", ["قبل أيام", "قبل عدة أيام", "قبل بضعة أيام"])
def test_arabic_some_days_ago_are_before_the_report_day(words):
    text = f"شنت طائرات التحالف {words} غارات على بلدة السوسة"
    assert reading.dates_at(text, "al-susah") == [(WEEK_AGO, reading.SUNDAY - DAY)]


@pytest.mark.parametrize("words", ["A few days ago", "Several days ago"])
def test_english_a_few_days_ago_are_before_the_report_day(words):
    text = f"{words}, coalition jets struck al-Susah, killing ten people."
    assert reading.dates_at(text, "al-susah") == [(WEEK_AGO, reading.SUNDAY - DAY)]


def test_a_couple_of_days_ago_is_two_days_back():
    text = "A couple of days ago, coalition jets struck al-Susah."
    two_ago = reading.SUNDAY - 2 * DAY
    assert reading.dates_at(text, "al-susah") == [(two_ago, two_ago)]


def test_a_few_days_later_counts_from_the_date_told_before():
    day = reading.SUNDAY - 20 * DAY
    told = f"{day.strftime('%B')} {day.day}"
    text = (
        f"On {told}, SDF fighters entered Hajin. A few days later, coalition jets "
        "struck al-Susah."
    )
    assert reading.dates_at(text, "al-susah") == [(day + DAY, day + 7 * DAY)]


def test_a_few_weeks_ago_is_no_day():
    text = "Coalition jets struck al-Susah a few weeks ago, the monitor said."
    assert (WEEK_AGO, reading.SUNDAY - DAY) not in reading.dates_at(text, "al-susah")


def test_this_week_and_its_start_are_the_week_before_the_report():
    week = (WEEK_AGO, reading.SUNDAY)
    for text in [
        "سيطر التنظيم على هجين مطلع الأسبوع.",
        "سيطر التنظيم على هجين خلال الأسبوع الجاري.",
        "IS seized Hajin earlier in the week.",
    ]:
        assert reading.dates_at(text, "hajin") == [week]
