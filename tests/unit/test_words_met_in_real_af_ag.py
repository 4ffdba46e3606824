"""Words met in the real-af and real-ag reports (sentences here are the team's
own): confrontations and skirmishes, firing at a place, an aim that is no
capture, mines being cleared, names written joined or with Arabic-Indic digits,
spellings the gazetteer lacked, and a village said to be in a town."""

import datetime

import pytest

from places.geoparsing import geoparse
from places.normalisation import name_keys, normalise
from tests import reading

SUNDAY = reading.SUNDAY
sub_types_at = reading.sub_types_at


@pytest.mark.parametrize(
    "text",
    [
        "Skirmishes erupted in Mahkan on Sunday between the army and the SDF.",
        "Troops moved to the riverbed after confrontations broke out in Mahkan.",
    ],
)
def test_confrontations_and_skirmishes_are_clashes(text):
    assert ("armed_clash", "mahkan") in sub_types_at(text)


def test_firing_at_a_village_with_no_weapon_named_is_an_attack():
    found = sub_types_at("Gunmen fired upon the village of al-Dahla on Sunday.")
    assert found == {("attack", "al-dahla")}


def test_firing_a_named_weapon_is_the_weapon_s_event_only():
    found = sub_types_at("Mortar shells were fired at Diban on Sunday.")
    assert found == {("shelling", "diban")}


def test_firing_from_a_drone_is_an_air_strike():
    assert sub_types_at("A drone fired at a car in Diban.") == {("air_strike", "diban")}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("وتحاول قوات النظام السيطرة على بلدة السوسة منذ أيام.", "al-susah"),
        (
            "The government forces were seeking to seize the fields of Khasham.",
            "khasham",
        ),
    ],
)
def test_an_aim_or_an_attempt_is_no_capture(text, slug):
    assert ("territory_change", slug) not in sub_types_at(text)


def test_an_aim_told_with_bihadaf_is_no_capture_word():
    text = "وحشدت قسد مقاتليها بهدف السيطرة على بلدة السوسة."
    assert reading.kinds(text) == []
    assert reading.kinds("وسيطرت قسد على بلدة السوسة.") != []


def test_forces_forced_to_leave_still_left():
    text = "Government forces were forced to pull back from Khasham on Sunday."
    assert ("territory_change", "khasham") in sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "وتواصل وحدات الهندسة تفكيك الألغام والعبوات الناسفة في شوارع البوكمال.",
        "Army engineers defused two IEDs and dismantled a car bomb in Hajin.",
        "Engineers kept clearing mines and explosive devices in Hajin.",
    ],
)
def test_clearing_mines_is_no_explosion(text):
    assert not {s for s, _ in sub_types_at(text)} & {"remote_explosive"}


def test_a_bomb_that_went_off_after_the_area_was_cleared_still_went_off():
    text = "ISIS cleared the area and then a car bomb exploded in Hajin."
    assert ("remote_explosive", "hajin") in sub_types_at(text)


def test_arabic_indic_digits_are_digits():
    assert normalise("اللواء ١٣٧").text == "اللواء 137"
    text = "هاجم التنظيم مواقع في اللواء ١٣٧ اليوم."
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert "brigade-137-base" in places


def test_a_kunya_written_joined_is_the_same_name():
    assert "ابوحمام" in name_keys("أبو حمام")
    assert ("armed_clash", "abu-hamam") in sub_types_at("اشتباكات في بلدة أبوحمام.")


@pytest.mark.parametrize(
    ("surface", "slug"),
    [
        ("Muhkan", "mahkan"),
        ("Kobajib", "kabajib"),
        ("أبريها", "abriha"),
        ("ولاية الخير", "deir-ez-zor-governorate"),
    ],
)
def test_spellings_met_in_the_reports(surface, slug):
    text = f"Clashes broke out in {surface} on Sunday."
    if surface[0] > "z":
        text = f"اندلعت اشتباكات في {surface} اليوم."
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert slug in places


def test_a_village_said_to_be_in_a_town_is_that_town_s_namesake():
    text = (
        "واستهدفت غارات مدينة دير الزور، وتم استهداف منطقة السويعية وقرية "
        "الصالحية وشارع الهجانة في مدينة البوكمال."
    )
    mentions = geoparse(text, SUNDAY, reading.curated()).mentions
    assert [m.place.slug for m in mentions if m.surface == "الصالحية"] == [
        "salihiyah-abu-kamal"
    ]


def test_the_next_sentence_says_where_in_the_province():
    text = (
        "Gunmen killed 12 shepherds in an attack on shepherds in Syria's Deir "
        "ez-Zor province on Sunday. The attack occurred in the desert of Kabajib, "
        "a monitor said."
    )
    assert sub_types_at(text) == {("attack_on_civilians", "kabajib")}


def test_people_left_missing_are_no_displacement():
    text = "An attack on shepherds near Kabajib left 30 people missing on Sunday."
    assert "displacement" not in {s for s, _ in sub_types_at(text)}


def test_a_name_after_the_so_called_is_a_person():
    text = 'وفرّ قادة التنظيم بينهم المدعو "أبو حسن العراقي" إلى شرق النهر.'
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert "abu-hasan" not in places


@pytest.mark.parametrize(
    "text",
    [
        "وأوضحت الوكالة أن نحو 150 إرهابياً من فلول داعش فروا من البوكمال.",
        "Dozens of ISIS militants fled Albu Kamal towards the desert.",
    ],
)
def test_fighters_who_flee_are_no_displaced_people(text):
    assert reading.kinds(text) == []


def test_civilians_who_flee_beside_fighters_are_displaced():
    text = "Thousands of civilians fled Albu Kamal as ISIS fighters advanced."
    assert ("fled", "displacement") in reading.kinds(text)


def test_hussein_is_a_person_not_al_hasin():
    text = "Clashes went on near the field. ?? Hussein Malla / Associated Press"
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert "al-hasin" not in places
    text = "Clashes broke out in the village of al-Huseen near Albu Kamal."
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert "al-hasin" in places


def test_a_strike_told_as_done_from_a_place_is_not_at_it():
    text = "وأوضحت المصادر أن الاستهداف الصاروخي تم من بادية محكان غرب نهر الفرات."
    assert "mahkan" not in {p for _, p in sub_types_at(text)}
    text = "أطلقت الميليشيات صواريخ من بادية محكان على قاعدة حقل العمر."
    assert sub_types_at(text) == {("shelling", "al-omar-oil-field")}


def test_expelled_from_a_village_is_still_at_the_village():
    text = "تم طرد التنظيم من قرية الصبحة اليوم."
    assert ("territory_change", "al-sabha") in sub_types_at(text)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("وتركزت غارات التحالف في الشهرين الماضيين على مدينة الميادين.", 60),
        ("Coalition strikes over the past two months focused on al-Mayadin.", 60),
        ("Coalition jets struck al-Mayadin over the past few weeks.", 21),
    ],
)
def test_weeks_or_months_back_are_a_range_up_to_the_report(text, days):
    (event,) = geoparse(text, SUNDAY, reading.curated()).events
    assert (event.date_start, event.date_end) == (
        SUNDAY - datetime.timedelta(days=days),
        SUNDAY,
    )


@pytest.mark.parametrize(
    "text",
    [
        "ISIS attacked the Deir Ezzur military airport on Sunday.",
        "The army repelled an assault on the Deir Ezzor airbase.",
        "كسرت قوات النظام حصار التنظيم لمطار محافظة دير الزور.",
    ],
)
def test_the_airport_named_with_another_spelling_of_its_city(text):
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert "deir-ez-zor-airport" in places


def test_the_towns_of_two_cities_are_the_towns():
    text = "Strikes hit the towns of Mayadeen and Boukamal on Sunday."
    assert sub_types_at(text) >= {
        ("shelling", "al-mayadin"),
        ("shelling", "albu-kamal"),
    }


def test_the_provincial_capital_is_the_city():
    text = "Strikes targeted the provincial capital of Deir Az-Zour on Sunday."
    places = {m.place.slug for m in geoparse(text, SUNDAY, reading.curated()).mentions}
    assert places == {"deir-ez-zor"}


def test_years_ago_in_a_background_clause_does_not_date_the_news():
    text = (
        "تابع الجيش عملية استعادة البلدات التي سيطر عليها التنظيم قبل سنوات.\n"
        "وتمكنت وحدات الجيش من دخول بلدة حطلة والسيطرة عليها بشكل كامل."
    )
    assert ("territory_change", "hatla") in sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two brothers were shot and killed by gunmen in the village of al-Jasim.",
        "Gunmen attacked an oil tanker in al-Tukayhi, wounding the driver.",
        "قتلت طفلة برصاص مجهولين في بلدة ذيبان.",
    ],
)
def test_an_attack_that_hurts_only_civilians_is_violence_against_them(text):
    assert {s for s, _ in sub_types_at(text)} == {"attack_on_civilians"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a checkpoint in Diban, killing two fighters and a civilian.",
        "The SDF resumed its attack on al-Baghuz after letting civilians leave.",
    ],
)
def test_an_attack_on_fighters_or_with_civilians_unhurt_stays_an_attack(text):
    assert "attack_on_civilians" not in {s for s, _ in sub_types_at(text)}


def test_sorties_of_an_air_force_are_air_strikes():
    text = "ونفذ سلاح الجو طلعات على مواقع التنظيم في قرى حطلة والمريعية."
    assert sub_types_at(text) == {
        ("air_strike", "hatla"),
        ("air_strike", "al-mariiyah"),
    }
    assert reading.kinds("خرجت طلعة من الطلاب إلى المدرسة") == []


def test_the_euphrates_dam_is_the_tabqa_dam_outside():
    text = "A photo of the Euphrates dam was shared on Sunday."
    (mention,) = geoparse(text, SUNDAY, reading.curated()).mentions
    assert (mention.place.slug, mention.place.in_region) == ("tabqa", False)


def test_civilians_displaced_in_the_clause_after_fighters_withdrew():
    text = (
        "وقالت مصادر إن مقاتلي داعش انسحبوا نحو بلدة الشعفة، بينما تشهد المنطقة "
        "نزوحاً للمدنيين من بلدة هجين."
    )
    assert ("displacement", "hajin") in sub_types_at(text)
