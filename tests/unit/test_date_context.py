"""Event dates read in context: when a report was told, dates counted from
another date, months and years without a day, background and recaps."""

import datetime

import pytest

from places.dates import find_dates
from places.geoparsing import geoparse
from tests.reading import SATURDAY, curated, events


@pytest.fixture(scope="module")
def gazetteer():
    return curated()


def test_a_pluperfect_capture_last_month_is_background(gazetteer):
    text = "وكانت قسد قد سيطرت الشهر الماضي على مدينة هجين."
    assert events(text, gazetteer) == set()


def test_a_pluperfect_attack_last_night_is_news(gazetteer):
    text = "وكانت مجموعات من التنظيم قد هاجمت ليلة أمس نقاطاً في بلدة هجين."
    assert events(text, gazetteer) == {("2018-10-12", "attack", "hajin")}


def test_said_on_saturday_does_not_date_the_next_sentence(gazetteer):
    text = (
        "Militants stormed a camp on Friday night, a monitor said on Saturday. "
        "The fighting at the camp, next to al-Bahra, left 20 dead."
    )
    assert ("2018-10-12", "armed_clash", "al-bahrah") in events(text, gazetteer)


def test_said_on_saturday_dates_an_event_when_nothing_else_does(gazetteer):
    text = "The SDF has captured Hajin, the monitor said on Saturday."
    assert events(text, gazetteer) == {("2018-10-13", "territory_change", "hajin")}


def test_a_day_earlier_counts_from_the_date_told_before():
    text = (
        "Raids killed 35 late Thursday, a monitor said on Friday. "
        "Fifteen were killed a day earlier."
    )
    spans = find_dates(text, datetime.date(2017, 5, 26), "en")
    assert [(d.text, d.start.isoformat()) for d in spans] == [
        ("Thursday", "2017-05-25"),
        ("Friday", "2017-05-26"),
        ("a day earlier", "2017-05-24"),
    ]
    assert [d.reporting for d in spans] == [False, True, False]


def test_a_day_of_the_same_month_takes_the_month_told_before():
    text = (
        "سيطرت القوات على المدينة في 19 تشرين الثاني "
        "بعد أن خسرتها في الحادي عشر من الشهر ذاته"
    )
    spans = find_dates(text, datetime.date(2017, 12, 3), "ar")
    assert [d.start.isoformat() for d in spans] == ["2017-11-19", "2017-11-11"]


def test_two_captures_with_dates_of_their_own_are_two_events(gazetteer):
    text = (
        "سيطرت قوات النظام على مدينة البوكمال يوم الأحد 19 تشرين الثاني، "
        "بعد أن استعاد التنظيم أجزاء منها في الحادي عشر من الشهر ذاته."
    )
    found = events(text, gazetteer, datetime.date(2017, 11, 20))
    assert found == {
        ("2017-11-19", "territory_change", "albu-kamal"),
        ("2017-11-11", "territory_change", "albu-kamal"),
    }


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("three days ago", "en", "2018-10-10", "2018-10-10"),
        ("قبل ثلاثة أيام", "ar", "2018-10-10", "2018-10-10"),
        ("قبل يومين", "ar", "2018-10-11", "2018-10-11"),
        ("a week ago", "en", "2018-10-03", "2018-10-09"),
        (
            "Fighting on 3 May. Two weeks later it ended.",
            "en",
            "2018-05-14",
            "2018-05-20",
        ),
        (
            "Clashes on Friday. Two days earlier the SDF advanced.",
            "en",
            "2018-10-10",
            "2018-10-10",
        ),
    ],
)
def test_counted_days_and_weeks(text, language, first, last):
    found = find_dates(text, SATURDAY, language)[-1]
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_may_with_a_full_stop_ends_the_sentence():
    spans = find_dates("Fighting on 3 May. Later it ended.", SATURDAY, "en")
    assert [d.text for d in spans] == ["3 May"]


def test_an_event_a_month_before_publication_is_background(gazetteer):
    text = "The SDF captured al-Baghuz Fawqani last month."
    assert events(text, gazetteer, datetime.date(2019, 4, 28)) == set()
    assert events(text, gazetteer, datetime.date(2019, 4, 3)) == {
        ("2019-03-01", "territory_change", "al-baghuz-fawqani")
    }


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("سيطرت منتصف كانون الأول الماضي على هجين", "ar", "2018-12-11", "2018-12-20"),
        ("منذ أيلول الماضي", "ar", "2018-09-01", "2018-09-30"),
        ("in early September", "en", "2018-09-01", "2018-09-10"),
        ("late in the month of last March", "en", "2018-03-01", "2018-03-31"),
    ],
)
def test_a_month_without_its_year_made_safe_by_a_part_or_last(
    text, language, first, last
):
    [found] = find_dates(text, datetime.date(2019, 1, 18), language)
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_a_bare_month_name_is_no_date():
    assert find_dates("Fighters may return.", SATURDAY, "en") == []


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("منذ طردهم منها أواخر عام 2017", "2017-09-01", "2017-12-31"),
        ("in late 2017", "2017-09-01", "2017-12-31"),
        ("العام الماضي", "2017-01-01", "2017-12-31"),
    ],
)
def test_a_year_or_part_of_one(text, first, last):
    [found] = find_dates(text, SATURDAY, "ar" if text[0] > "z" else "en")
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_a_number_of_fighters_is_no_year():
    assert find_dates("2018 fighters were killed", SATURDAY, "en") == []


def test_earlier_this_month_is_background(gazetteer):
    text = (
        "Earlier this month the SDF captured Hajin. "
        "Clashes broke out in al-Susah on Saturday."
    )
    assert events(text, gazetteer) == {("2018-10-13", "armed_clash", "al-susah")}


@pytest.mark.parametrize("when", ["earlier this week", "over the past week"])
def test_earlier_this_week_is_the_news_of_the_week(gazetteer, when):
    text = f"IS fighters recaptured Hajin {when}."
    [event] = geoparse(text, SATURDAY, gazetteer).events
    assert (event.date_start, event.date_end) == (
        datetime.date(2018, 10, 6),
        SATURDAY,
    )


def test_a_date_of_an_earlier_verb_is_not_the_events(gazetteer):
    text = (
        "On Friday IS fighters attacked Hajin, "
        "retaking sites they had lost in September."
    )
    found = events(text, gazetteer)
    assert ("2018-10-12", "territory_change", "hajin") in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وقال المرصد في بيان صحفي الأحد إن", "ar"),
        ("the monitor said in a statement on Sunday", "en"),
    ],
)
def test_a_statements_date_is_when_it_was_told(text, language):
    [found] = find_dates(text, SATURDAY, language)
    assert found.reporting


def test_a_dateline_date_is_when_it_was_told():
    [found] = find_dates("DAMASCUS, May 10 (Xinhua) -- Six civilians", SATURDAY, "en")
    assert found.reporting


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("out of al-Baghouz in March.", "en", 3),
        ("في شهر آب", "ar", 8),
        ("في آذار", "ar", 3),
    ],
)
def test_a_month_after_in_is_a_date(text, language, month):
    [found] = find_dates(text, SATURDAY, language)
    assert found.start.month == month


def test_a_lead_dated_only_when_told_takes_the_next_sentences_date(gazetteer):
    text = (
        "Air strikes killed 23 civilians in Hajin, a monitor said on Saturday. "
        "The strikes hit residential buildings on Thursday night."
    )
    result = geoparse(text, SATURDAY, gazetteer)
    [event] = [e for e in result.events if e.sentence[0] == 0]
    assert (event.date_start.isoformat(), event.sub_type) == (
        "2018-10-11",
        "air_strike",
    )
    assert "told of the same event in the next sentence" in event.why[-1]


def test_a_photo_captions_day_dates_no_event(gazetteer):
    text = (
        "A fighter attends a funeral in Qamishli on October 6, 2018. / AFP / A. B.\n"
        "The SDF have taken the town of Hajin."
    )
    assert events(text, gazetteer) == {("2018-10-13", "territory_change", "hajin")}


def test_an_event_told_with_no_day_is_the_publication_day_or_the_day_before(
    gazetteer,
):
    [event] = geoparse("قصفت المدفعية بلدة هجين.", SATURDAY, gazetteer).events
    assert (event.date_start, event.date_end, event.date_precision) == (
        SATURDAY - datetime.timedelta(days=1),
        SATURDAY,
        "publication",
    )
    assert "the day before" in event.why[-1]


def test_what_had_happened_is_no_retelling_of_the_news(gazetteer):
    text = (
        "Government forces have taken the town of Hajin, a military source said "
        "on Saturday. On Thursday, a monitor said government forces had retaken "
        "four neighbourhoods in Hajin."
    )
    assert ("2018-10-13", "territory_change", "hajin") in events(text, gazetteer)


def test_a_weekday_on_the_byline_line_is_when_it_was_told(gazetteer):
    text = (
        "الخميس - 28 محرم 1444 هـ - 25 أغسطس 2022 مـ رقم العدد [ 15976]\n"
        "شن الجيش الأميركي غارة جوية في دير الزور فجر أمس (الأربعاء).\n"
        "وشمل القصف معسكري عياش والصاعقة."
    )
    found = events(text, gazetteer, datetime.date(2022, 8, 25))
    assert ("2022-08-24", "air_strike", "saiqa-camp") in found
    assert ("2022-08-24", "air_strike", "ayyash") in found
