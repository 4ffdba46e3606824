"""Event rules: state phrases, aircraft, clauses, borrowed places, dates."""

import datetime
from pathlib import Path

import pytest

from places.dates import find_dates
from places.events import clause_cuts, definite, find_triggers
from places.gazetteer import Gazetteer, read_csv
from tests import reading

CURATED = Path(__file__).resolve().parents[2] / "places" / "data" / "gazetteer.csv"
PUBLISHED = datetime.date(2018, 12, 15)  # a Saturday


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(CURATED))


def events(text, gazetteer, published=PUBLISHED):
    return reading.events(text, gazetteer, published)


def kinds(text):
    return [(text[t.start : t.end], t.sub_type) for t in find_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "البوكمال التي ما تزال تحت سيطرته",
        "نحو مناطق سيطرة قسد",
        "a camp for displaced people",
        "areas under the control of the SDF",
    ],
)
def test_phrases_naming_a_state_are_no_triggers(text):
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coalition warplanes pounded the camp", [("pounded", "air_strike")]),
        ("قصف الطيران الحربي", [("قصف", "air_strike")]),
        (
            "artillery pounded the town",
            [("artillery", "shelling"), ("pounded", "shelling")],
        ),
        ("took full control of the town", [("took full control", "territory_change")]),
        ("بعد تحرير بلدة", [("تحرير", "territory_change")]),
        ("ونزح مئات المدنيين", [("نزح", "displacement")]),
    ],
)
def test_new_trigger_phrases(text, expected):
    assert kinds(text) == expected


def test_clauses_start_at_while_and_its_arabic_forms():
    text = "X fell, while Y held; A، فيما B، وبينما C"
    assert [text[c : c + 7] for c in clause_cuts(text)] == [
        ", while", "; A، في", "، فيما ", "، وبينم",
    ]  # fmt: skip


def test_definite_event_words():
    text = "تسببت الاشتباكات، the fighting, clashes, اشتباكات"
    flags = [definite(text, t) for t in find_triggers(text)]
    assert flags == [True, True, False, False]


def test_a_clause_without_its_own_event_hosts_none(gazetteer):
    text = (
        "وتعرضت قسد لهجمات معاكسة من التنظيم، فيما تحتفظ قوات النظام بمواقعها "
        "في البوكمال."
    )
    assert events(text, gazetteer) == set()


def test_fighting_without_a_place_borrows_the_place_of_its_clause(gazetteer):
    text = "سيطرت قسد أمس الجمعة على بلدة هجين بعد معارك عنيفة."
    assert events(text, gazetteer) == {
        ("2018-12-14", "territory_change", "hajin"),
        ("2018-12-14", "armed_clash", "hajin"),
    }


def test_a_definite_event_word_refers_back_and_borrows_nothing(gazetteer):
    text = "قصف التحالف قرية حطلة أمس و تسببت الاشتباكات بحالة خوف."
    assert events(text, gazetteer) == {("2018-12-14", "air_strike", "hatla")}


def test_places_moved_toward_or_fired_from_are_not_sites(gazetteer):
    text = (
        "On Friday regime forces shelled Busaira from across the river in "
        "Mayadin. Families fled toward Diban."
    )
    assert events(text, gazetteer) == {("2018-12-14", "shelling", "al-busayrah")}


def test_an_event_takes_the_date_nearest_its_trigger(gazetteer):
    text = (
        "The campaign was launched on September 9, and SDF fighters seized the "
        "Conoco gas plant on September 23."
    )
    found = events(text, gazetteer, datetime.date(2017, 9, 25))
    assert found == {("2017-09-23", "territory_change", "conoco-gas-field")}


def test_ongoing_fighting_is_dated_by_publication(gazetteer):
    text = "سيطرت قسد أمس على هجين. ولا تزال الاشتباكات متواصلة في قرية أبو الحسن."
    assert ("2018-12-15", "armed_clash", "abu-hasan") in events(text, gazetteer)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("أعدم التنظيم الشهر الماضي ثلاثة شبان", "2018-11-01", "2018-11-30"),
        ("earlier this month", "2018-12-01", "2018-12-15"),
        ("مطلع الشهر الجاري", "2018-12-01", "2018-12-15"),
        ("last week", "2018-12-08", "2018-12-15"),
    ],
)
def test_relative_periods(text, first, last):
    [span] = find_dates(text, PUBLISHED, "ar")
    assert (span.start.isoformat(), span.end.isoformat()) == (first, last)
    assert span.precision == "range"
