"""Rules found on the real-p reports (sentences here are the team's own): lists
after a river, "these villages", a place in the countryside of another, events
that have gone on for days, and the day a report calls "today"."""

import datetime

import pytest

from places.dates import find_dates
from places.geoparsing import geoparse
from places.news import running_days
from places.writing_day import written_on
from tests import reading

TUESDAY = datetime.date(2024, 8, 13)


@pytest.fixture(scope="module")
def gazetteer():
    return reading.curated()


def events(text, gazetteer, published=TUESDAY):
    return reading.events(text, gazetteer, published)


def test_villages_listed_after_east_of_the_river_are_sites_not_references(gazetteer):
    text = "وفي مناطق شرق الفرات، شهدت جديد بكارة والدحلة حركة نزوح كبيرة."
    found = {(sub, slug) for _, sub, slug in events(text, gazetteer)}
    assert ("displacement", "jadid-bakkara") in found
    assert ("displacement", "al-dahla") in found


def test_east_of_two_rivers_is_still_a_reference_for_both(gazetteer):
    text = "اشتباكات شرق الفرات والخابور"
    places = geoparse(text, TUESDAY, gazetteer).mentions
    assert all(m.role != "site" for m in places)


def test_residents_heading_away_is_displacement_but_troops_heading_is_not(gazetteer):
    assert events("وتوجه أهالي صبيخان نحو دمشق.", gazetteer) == {
        ("2024-08-13", "displacement", "subaykhan")
    }
    assert events("وتوجهت القوات نحو صبيخان.", gazetteer) == set()


def test_these_villages_refers_back_to_the_whole_list(gazetteer):
    text = (
        "Fighters were sent to al-Dahla, Jadid Bakkara and Abriha. "
        "This followed rocket fire on these villages."
    )
    shelled = {slug for _, sub, slug in events(text, gazetteer) if sub == "shelling"}
    assert shelled == {"al-dahla", "jadid-bakkara", "abriha"}


def test_a_desert_in_the_countryside_of_a_town_is_where_the_strike_was(gazetteer):
    text = "استهدفت طائرات حربية مواقع في بادية السيال بريف مدينة البوكمال."
    assert {slug for _, _, slug in events(text, gazetteer)} == {"sayyal"}


def test_a_village_in_the_countryside_of_a_town_is_not_also_the_town(gazetteer):
    text = "قصفت قوات النظام قرية العباس بريف البوكمال."
    assert {slug for _, _, slug in events(text, gazetteer)} == {"al-abbas"}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("6 أيام على الهجوم", 6),
        ("لليوم الثالث على التوالي", 3),
        ("for the third straight day", 3),
        ("ten days into the offensive", 10),
        ("منذ 4 أيام", 4),
        ("a day after the strike", None),
        ("clashes for 40 days", None),
    ],
)
def test_how_long_a_report_says_its_events_have_gone_on(text, days):
    assert running_days(text) == days


def test_an_undated_event_that_has_gone_on_for_days_spans_them(gazetteer):
    text = "6 أيام على الهجوم.. نزوح مستمر من قرية صبيخان"
    found = geoparse(text, TUESDAY, gazetteer).events
    (event,) = [e for e in found if e.sub_type == "displacement"]
    assert (event.date_start, event.date_end) == (datetime.date(2024, 8, 7), TUESDAY)
    assert "6 days" in event.why[-1]


def test_yesterday_counts_from_the_day_the_report_calls_today(gazetteer):
    published = datetime.date(2017, 10, 18)
    text = (
        "أعلنت قوات النظام اليوم الثلاثاء (17 تشرين الأول) سيطرتها على الميادين. "
        "وكانت قد سيطرت أمس على قرية الحسينية."
    )
    dates = find_dates(text, published, "ar")
    assert written_on(dates, published) == datetime.date(2017, 10, 17)
    found = events(text, gazetteer, published)
    assert ("2017-10-16", "territory_change", "al-husayniyah") in found


def test_today_on_the_publication_day_changes_nothing():
    published = datetime.date(2017, 10, 17)
    dates = find_dates("قالت اليوم الثلاثاء إن", published, "ar")
    assert written_on(dates, published) == published


def test_gunmen_opening_fire_is_an_attack_and_their_escape_no_displacement(gazetteer):
    text = "أطلق مجهولون النار على عنصر في بلدة الشحيل، قبل أن يلوذوا بالفرار."
    assert events(text, gazetteer) == {("2024-08-13", "attack", "al-shuhayl")}


@pytest.mark.parametrize(
    "text",
    [
        "ونقل جرحى التفجير إلى مشفى بلدة الشحيل.",
        "The wounded of the blast were taken to a hospital in al-Shuhayl.",
    ],
)
def test_the_town_the_wounded_were_taken_to_is_not_where_the_blast_was(text, gazetteer):
    (mention,) = geoparse(text, TUESDAY, gazetteer).mentions
    assert mention.role == "destination"


def test_a_cell_targeting_an_sdf_military_checkpoint_is_an_attack(gazetteer):
    text = "An ISIS cell targeted an SDF military checkpoint near the town of Daranj."
    assert events(text, gazetteer) == {("2024-08-13", "attack", "darnaj")}


def test_what_came_hours_before_the_news_is_news_even_in_an_aside(gazetteer):
    text = (
        "Coalition warplanes struck al-Shafah on Saturday. The raids came hours "
        "after ISIS attacked SDF headquarters in the town of Hajin."
    )
    saturday = datetime.date(2018, 11, 24)
    found = events(text, gazetteer, saturday)
    assert ("2018-11-24", "attack", "hajin") in found
    text = "The raids came days after ISIS attacked the town of Hajin."
    assert not {e for e in events(text, gazetteer, saturday) if e[2] == "hajin"}


def test_an_air_force_firing_artillery_shells_and_its_base_is_not_the_site(gazetteer):
    text = (
        "استهدفت قوات التحالف المتمركزة في قاعدة كونيكو معبراً نهرياً قرب قرية "
        "حطلة بقذائف المدفعية الثقيلة."
    )
    found = events(text, gazetteer)
    assert ("2024-08-13", "shelling", "hatla") in found
    assert not {e for e in found if e[2] == "conoco-gas-field" or e[1] == "air_strike"}


def test_artillery_in_the_next_clause_leaves_the_strikes_of_an_air_force_alone(
    gazetteer,
):
    text = (
        "Russian strikes killed civilians in the town of Darnaj, while regime "
        "artillery pounded other villages."
    )
    assert ("2024-08-13", "air_strike", "darnaj") in events(text, gazetteer)


def test_the_event_an_aside_opens_with_and_one_18_hours_before_stay_background(
    gazetteer,
):
    sunday = datetime.date(2020, 6, 28)
    text = (
        "Unknown warplanes struck militia bases in al-Ashara on Sunday. The "
        "bombings came hours after a commander visited the city of Albu Kamal."
    )
    assert {e[2] for e in events(text, gazetteer, sunday)} == {"al-ashara"}
    text = (
        "Rockets hit the al-Omar oil field on Monday. The attack comes 18 hours "
        "after US airstrikes near Albu Kamal."
    )
    assert {e[2] for e in events(text, gazetteer, sunday)} == {"al-omar-oil-field"}


def test_the_countryside_holder_is_read_through_diacritics(gazetteer):
    text = "استهدفت طائرات حربية مواقع في بادية السيال بريفِ مدينةِ البوكمال."
    assert {slug for _, _, slug in events(text, gazetteer)} == {"sayyal"}
