"""Words met in the real-bd to real-bg reports (sentences here are the team's own)."""

import datetime

import pytest

from tests import reading

SEPTEMBER_22 = datetime.date(2025, 9, 22)


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("The army took Saqr Island on Thursday.", "hawijat-saqr"),
        ("The army advanced at Haweeja Sakr on Thursday.", "hawijat-saqr"),
        ("Fighters fled towards Hweijet al-Saker on Thursday.", "hawijat-saqr"),
        ("Troops attacked hideouts in Kroum hill on Thursday.", "tall-kroum"),
    ],
)
def test_spellings_of_the_island_and_the_hill(text, slug):
    assert reading.places_at(text) == [slug]


@pytest.mark.parametrize(
    "text",
    [
        "انفجرت عبوة ناسفة في سوق بلدة السوسة في ثاني تفجير منذ مطلع أيلول الحالي.",
        "A bomb went off in the market of al-Susah, the second since early September.",
    ],
)
def test_since_early_this_month_runs_up_to_publication(text):
    (bomb,) = reading.events_at(text, SEPTEMBER_22)
    assert (bomb.date_start, bomb.date_end) == (
        datetime.date(2025, 9, 1),
        SEPTEMBER_22,
    )


def test_after_a_week_of_fighting_the_fighting_is_news_where_the_town_was_taken():
    text = (
        "بعد أسبوع من المعارك العنيفة، تمكنت قوات سوريا الديموقراطية من طرد داعش"
        " من هجين."
    )
    assert ("armed_clash", "hajin") in reading.sub_types_at(text)


def test_days_after_the_siege_was_broken_the_siege_is_still_a_recap():
    text = "سيطرت قوات النظام على بلدة هجين بعد أيام من كسر الحصار."
    assert reading.sub_types_at(text) == {("territory_change", "hajin")}


def test_jets_used_to_target_a_meeting_struck_it():
    text = (
        "The military said it used F-16 jets to target a meeting near the village"
        " of al-Sousa."
    )
    assert ("air_strike", "al-susah") in reading.sub_types_at(text)


def test_a_plan_to_target_a_village_is_no_strike():
    text = "The jets are ready to target a meeting in the village of al-Sousa."
    assert reading.sub_types_at(text) == set()


def test_an_army_forced_to_withdraw_lost_ground():
    text = (
        "The army was forced to withdraw from al-Mayadin after its defences collapsed."
    )
    assert ("territory_change", "al-mayadin") in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army conducted military operations against ISIL hideouts in Kroum hill.",
        "Troops took the hill after a 15 hour operation against IS in Kroum hill.",
        "نفذت وحدات الجيش عمليات ضد أوكار داعش في تل كروم.",
    ],
)
def test_operations_against_hideouts_are_fighting(text):
    assert ("armed_clash", "tall-kroum") in reading.sub_types_at(text)


def test_people_forced_to_flee_the_neighbourhood_fled_the_one_just_named():
    text = (
        "تسلل عناصر داعش إلى حي هرابش وسيطروا على محطة الأبقار، ما أجبر الأهالي "
        "على الهروب من الحي."
    )
    assert ("displacement", "jabal-harabesh") in reading.sub_types_at(text)


def test_live_ammunition_is_no_neighbourhood():
    text = "تسلل عناصر داعش إلى حي هرابش. وأصيب رجل بالرصاص الحي في بلدة الشحيل."
    assert "jabal-harabesh" not in {slug for _, slug in reading.sub_types_at(text)}


def test_a_dot_set_in_words_against_filters_leaves_them_whole():
    text = "نفذت الولايات المتحدة فجر اليوم عـ.ـدواناً جـ.ـوياً على مدينة الميادين."
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


def test_a_full_stop_between_arabic_words_still_ends_a_sentence():
    text = "قصفت الطائرات مدينة الميادين.وقتل مدنيان في بلدة الشحيل برصاص مجهولين."
    assert ("air_strike", "al-shuhayl") not in reading.sub_types_at(text)


def test_the_air_forces_targets_on_a_day_were_struck():
    text = (
        "Among the Russian Air Force's primary targets on Saturday were the Political"
        " Bridge, Al-Mayadeen and Ayyash."
    )
    assert {
        ("air_strike", "siyasiyah-bridge"),
        ("air_strike", "al-mayadin"),
        ("air_strike", "ayyash"),
    } <= reading.sub_types_at(text)


def test_taking_it_upon_themselves_takes_no_ground():
    text = (
        "While ISIS was attacking the Deir Ezzor Military Airport, the Russian Air"
        " Force took it upon themselves to devastate several sites."
    )
    assert ("territory_change", "deir-ez-zor-airport") not in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "The army imposed full control over al-Bassah on Saturday.",
        "The Tiger Forces broke into the district of al-Bassah on Saturday.",
    ],
)
def test_full_control_imposed_and_a_district_broken_into(text):
    assert {slug for _, slug in reading.sub_types_at(text)} == {"al-bassah"}


def test_fighting_currently_told_is_of_the_days_of_publication():
    text = (
        "On Thursday evening, the army began an offensive. Currently, the troops are"
        " fighting in the village of al-Ghabra."
    )
    (clash,) = [e for e in reading.events_at(text) if e.sub_type == "armed_clash"]
    assert clash.date_end == reading.SUNDAY


def test_a_day_long_past_told_as_background_is_not_carried_to_the_news():
    text = (
        "On September 17, 2016, the coalition bombed the army on Tharda mountain."
        " Meanwhile, the Tiger Forces broke into the district of al-Baghiliyah."
    )
    (attack,) = reading.events_at(text)
    assert (attack.place.slug, attack.date_end) == ("al-baghiliyah", reading.SUNDAY)
