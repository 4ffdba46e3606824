"""Dates relative to the publication date, in Arabic and English."""

import datetime

import pytest

from places.dates import find_dates
from places.writing_day import date_from_text

PUBLISHED = datetime.date(2018, 2, 8)  # a Thursday
FEB = {day: datetime.date(2018, 2, day) for day in range(1, 9)}


def only(text, language):
    [span] = find_dates(text, PUBLISHED, language)
    assert text[span.offset : span.offset + len(span.text)] == span.text
    return span


@pytest.mark.parametrize(
    ("text", "language", "day", "surface"),
    [
        ("دارت اشتباكات أمس", "ar", 7, "أمس"),
        ("اشتباكات بالأمس", "ar", 7, "الأمس"),
        ("البارحة", "ar", 7, "البارحة"),
        ("أول أمس", "ar", 6, "أول أمس"),
        ("أمس الأول", "ar", 6, "أمس الأول"),
        ("اليوم", "ar", 8, "اليوم"),
        ("اشتباكات أمس الأربعاء في خشام", "ar", 7, "أمس الأربعاء"),
        ("يوم الخميس", "ar", 8, "يوم الخميس"),
        ("الاثنين", "ar", 5, "الاثنين"),
        ("في الثامن من فبراير", "ar", 8, "الثامن من فبراير"),
        ("في 7 شباط/فبراير، والتي", "ar", 7, "7 شباط/فبراير"),
        ("7 شباط", "ar", 7, "7 شباط"),
        ("٧ فبراير", "ar", 7, "٧ فبراير"),
        ("Clashes yesterday.", "en", 7, "yesterday"),
        ("the day before yesterday", "en", 6, "the day before yesterday"),
        ("today", "en", 8, "today"),
        ("last Wednesday", "en", 7, "last Wednesday"),
        ("on Thursday", "en", 8, "Thursday"),
        ("on 8 February 2018", "en", 8, "8 February 2018"),
        ("February 8", "en", 8, "February 8"),
        ("Feb. 8", "en", 8, "Feb. 8"),
    ],
)
def test_a_day_is_found(text, language, day, surface):
    span = only(text, language)
    assert (span.start, span.end, span.precision) == (FEB[day], FEB[day], "day")
    assert span.text == surface


@pytest.mark.parametrize(
    ("text", "language"),
    [("الليلة الماضية", "ar"), ("last night", "en"), ("strikes overnight", "en")],
)
def test_last_night_runs_into_the_day_it_was_reported(text, language):
    span = only(text, language)
    assert (span.start, span.end, span.precision) == (FEB[7], FEB[8], "range")


def test_last_thursday_in_a_thursday_report_is_a_week_before():
    assert only("last Thursday", "en").start == datetime.date(2018, 2, 1)


def test_a_day_without_year_is_not_after_publication():
    assert only("9 February", "en").start == datetime.date(2017, 2, 9)
    assert only("20 تشرين الأول", "ar").start == datetime.date(2017, 10, 20)
    assert only("15 كانون الثاني", "ar").start == datetime.date(2018, 1, 15)


def test_late_wednesday_and_thursday_morning_is_one_range():
    span = only("late Wednesday and Thursday morning", "en")
    assert (span.start, span.end, span.precision) == (FEB[7], FEB[8], "range")


def test_the_arabic_range_in_the_sample_is_one_span():
    text = (
        "هجوماً في وقت متأخر أمس الأربعاء وصباح يوم الخميس الثامن من فبراير / "
        "شباط الجاري، مما أسفر"
    )
    span = only(text, "ar")
    assert (span.start, span.end, span.precision) == (FEB[7], FEB[8], "range")
    assert span.text.startswith("أمس الأربعاء") and span.text.endswith("شباط")


def test_a_month_with_year_is_month_precision():
    span = only("في شباط 2018", "ar")
    assert (span.start, span.end, span.precision) == (
        FEB[1],
        datetime.date(2018, 2, 28),
        "month",
    )


def test_every_levantine_and_standard_month_is_known():
    months = [
        "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
        "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول", "يناير", "فبراير",
        "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
        "نوفمبر", "ديسمبر",
    ]  # fmt: skip
    for number, month in enumerate(months):
        span = only(f"في 3 {month} 2017", "ar")
        assert span.start == datetime.date(2017, number % 12 + 1, 3), month


def test_ordinal_day_words_are_read():
    assert only("الحادي والثلاثين من كانون الثاني", "ar").start.day == 31
    assert only("الثاني عشر من كانون الثاني", "ar").start.day == 12
    assert only("الأول من شباط", "ar").start.day == 1


def test_relative_dates_are_never_after_publication():
    for text in ["اليوم", "غدا", "الخميس", "السبت", "tomorrow", "Saturday"]:
        for span in find_dates(text, PUBLISHED, "ar"):
            assert span.end <= PUBLISHED


def test_spans_come_in_text_order_with_original_offsets():
    text = "قصف أمس. ثم في 7 شباط. واليوم"
    spans = find_dates(text, PUBLISHED, "ar")
    assert [s.text for s in spans] == ["أمس", "7 شباط", "اليوم"]
    assert [s.offset for s in spans] == sorted(s.offset for s in spans)


def test_no_dates_in_text_without_any():
    assert find_dates("", PUBLISHED, "en") == []
    assert find_dates("8 km east of the river", PUBLISHED, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "published", "first", "last"),
    [
        ("late Wednesday until Thursday morning", "en", PUBLISHED, FEB[7], FEB[8]),
        ("منذ ليل الأربعاء حتى صباح الخميس", "ar", PUBLISHED, FEB[7], FEB[8]),
        ("ليلة الأربعاء - الخميس", "ar", PUBLISHED, FEB[7], FEB[8]),
        ("ليل الأربعاء/الخميس", "ar", PUBLISHED, FEB[7], FEB[8]),
        ("late Wednesday/Thursday", "en", PUBLISHED, FEB[7], FEB[8]),
        ("خلال الـ24 ساعة الفائتة", "ar", PUBLISHED, FEB[7], FEB[8]),
        ("خلال 24 ساعة الماضية", "ar", PUBLISHED, FEB[7], FEB[8]),
        ("on Feb. 7-8", "en", PUBLISHED, FEB[7], FEB[8]),
        ("on 7–8 February 2018", "en", PUBLISHED, FEB[7], FEB[8]),
    ],
)
def test_intervals_are_ranges(text, language, published, first, last):
    [span] = find_dates(text, published, language)
    assert (span.start, span.end, span.precision) == (first, last, "range")


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("on the eighth of February", "en", FEB[8]),
        ("on the seventh of February", "en", FEB[7]),
        ("في الثامن من شباط", "ar", FEB[8]),
        ("في السابع من فبراير", "ar", FEB[7]),
        ("الرابع عشر من كانون الثاني 2018", "ar", datetime.date(2018, 1, 14)),
        ("the twenty-first of January", "en", datetime.date(2018, 1, 21)),
    ],
)
def test_ordinal_days_in_both_languages_and_month_families(text, language, day):
    [span] = find_dates(text, PUBLISHED, language)
    assert (span.start, span.precision) == (day, "day")


def test_an_undated_report_takes_its_latest_full_date_with_a_warning():
    text = "أعلنت الوزارة يوم الأحد 24 أيلول/سبتمبر 2017 مقتل ضابط. وقتل أمس آخر."
    day, warning = date_from_text(text, "ar")
    assert day == datetime.date(2017, 9, 24)
    assert "2017-09-24" in warning


def test_an_undated_report_without_dates_says_so():
    day, warning = date_from_text("Clashes in Khasham yesterday.", "en")
    assert day is None
    assert "cannot be resolved" in warning


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("US strikes killed 41 over the weekend", "en", 10, 11),  # Sat-Sun
        ("غارات خلال عطلة نهاية الأسبوع", "ar", 9, 10),  # Fri-Sat
    ],
)
def test_the_weekend_is_the_last_one_before_publication(text, language, first, last):
    span = find_dates(text, datetime.date(2018, 11, 13), language)[0]
    assert (span.start.day, span.end.day, span.precision) == (first, last, "range")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("منذ انسحاب التنظيم من المدينة قبل أشهر", "ar"),
        ("سلسلة هجمات تشهدها المنطقة منذ أشهر", "ar"),
        ("the group lost the town a few months ago", "en"),
    ],
)
def test_months_ago_is_long_before_the_news(text, language):
    span = only(text, language)
    assert span.end <= FEB[8] - datetime.timedelta(days=30)


def test_the_fiercest_in_months_dates_nothing():
    assert find_dates("هجوماً هو الأعنف منذ أشهر", FEB[8], "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("بعد معارك استمرت 8 أيام", "ar", "2019-01-08", "2019-01-15"),
        (
            "killed over the last 48 hours by air strikes",
            "en",
            "2019-01-13",
            "2019-01-15",
        ),
        ("خلال الـ 24 ساعة الماضية", "ar", "2019-01-14", "2019-01-15"),
    ],
)
def test_how_long_it_lasted_is_a_range_up_to_the_report(text, language, first, last):
    (found,) = find_dates(text, datetime.date(2019, 1, 15), language)
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)
    assert found.precision == "range"
