"""Words met in the real-bt to real-bw reports (sentences here are the team's own)."""

import pytest

from tests import reading


@pytest.mark.parametrize(
    "text",
    [
        "قال بيان إن طيران التحالف أقدم يوم الجمعة عند الساعة الخامسة مساء على قصف "
        "موقع في جبل ثردة.",
        "وقامت الطائرات الحربية مساء يوم الجمعة في تمام الساعة العاشرة بقصف بلدة حطلة.",
    ],
)
def test_aircraft_that_went_on_to_shell_struck_from_the_air(text):
    (event,) = reading.events_at(text)
    assert event.sub_type == "air_strike"


def test_forces_that_went_on_to_shell_still_shelled():
    text = "وقامت قوات النظام المتمركزة في محيط المطار يوم الجمعة بقصف بلدة حطلة."
    assert reading.sub_types_at(text) == {("shelling", "hatla")}


def test_strikes_that_killed_people_in_a_town_struck_that_town():
    text = (
        "شن الطيران غارات جوية على مناطق قرب الحدود، مما أدى إلى مقتل 15 شخصاً "
        "في بلدة الموحسن."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-muhasan")}


def test_what_an_event_led_to_is_still_cut_from_it():
    text = "سيطرت قوات النظام على بلدة حطلة، مما أدى إلى نزوح الأهالي إلى خشام."
    assert ("territory_change", "khasham") not in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل مدنيان نتيجة قنصهم من قبل قوات النظام في قرية مظلوم.",
        "A civilian was killed by sniper fire in the village of Mazloum.",
    ],
)
def test_civilians_sniped_at_were_attacked(text):
    assert reading.sub_types_at(text) == {("attack_on_civilians", "mazloum")}


def test_an_attack_near_a_subdistrict_is_at_its_seat():
    text = (
        "شنوا هجوماً على نقاط قسد في بلدة الشحيل، وهاجموا حاجزاً لقسد بالقرب من "
        "ناحية الصور."
    )
    sites = {place for _, place in reading.sub_types_at(text)}
    assert sites == {"al-shuhayl", "suwar-subdistrict"}


@pytest.mark.parametrize(
    "text",
    [
        "تم استهداف القاعدة الأمريكية في حقل العمر النفطي بعدد من الصواريخ.",
        "وتعرضت القاعدة الأمريكية في حقل العمر لقصف صاروخي.",
    ],
)
def test_rockets_at_an_american_base_are_no_air_strike(text):
    assert reading.sub_types_at(text) == {("shelling", "al-omar-oil-field")}


def test_an_air_force_right_after_the_shelling_did_it():
    text = "قصف التحالف بلدة هجين أمس، كما تعرضت بلدة الشعفة لقصف روسي."
    assert reading.sub_types_at(text) == {
        ("air_strike", "hajin"),
        ("air_strike", "al-shafah"),
    }


def test_a_date_told_as_earlier_in_an_after_clause_is_not_carried_on():
    text = (
        "Fighters regained control of three villages on Saturday after being "
        "expelled earlier this month.\n"
        "They beheaded two tribesmen who fled to the nearby village of Shaafa."
    )
    assert ("attack_on_civilians", "al-shafah") in reading.sub_types_at(text)


def test_bombers_strike_from_the_air():
    text = "Russian bombers pounded IS positions near al-Mayadin on Monday."
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled ISIL positions in al-Sina'ah, al-Orfi and al-Mowazafin "
        "districts of Deir Ezzur on Sunday.",
        "قصفت قوات النظام حي الصناعة وحي العرفي وحي الموظفين في مدينة دير الزور.",
    ],
)
def test_quarters_of_deir_ez_zor_city(text):
    assert {"al-sinaa", "al-orfi", "al-muwazzafin"} <= set(reading.places_at(text))


def test_a_word_that_names_a_quarter_needs_its_cue():
    text = "قال مسؤول إن الصناعة تضررت والخسارات كبيرة والموظفين بلا رواتب."
    assert reading.places_at(text) == []


def test_a_quarter_in_northern_deir_ez_zor_is_in_the_city():
    text = "ISIL attacked the army in the al-Haweeqa District in northern Deir Ezzor."
    assert reading.places_at(text) == ["al-huwaiqa", "deir-ez-zor"]


@pytest.mark.parametrize(
    "text",
    [
        "أخبار الآن | دير الزور – سوريا (خاص)\nقصفت طائرات بلدة حطلة أمس.",
        "سمارت _دير الزور\nقصفت طائرات بلدة حطلة أمس.",
        "دير الزور ـ خاص\nقصفت طائرات بلدة حطلة أمس.",
        "دير الزور، 16 أكتوبر 2025 – قصفت طائرات بلدة حطلة أمس.",
    ],
)
def test_datelines_of_arabic_outlets_name_the_city(text):
    assert reading.places_at(text)[0] == "deir-ez-zor"


@pytest.mark.parametrize(
    "text",
    [
        "The army struck IS positions along the Sukhnah-Deir Ezzor Highway.",
        "The army struck IS positions along the Deir Ezzor-Al-Qamishli Highway.",
    ],
)
def test_a_highway_named_by_its_ends_ends_in_the_city(text):
    assert "deir-ez-zor" in reading.places_at(text)


def test_a_quarter_held_later_in_its_clause_is_in_the_city():
    text = "قصفت طائرات حي القصور الخاضع لسيطرة القوات الحكومية في دير الزور."
    assert reading.places_at(text) == ["al-qusour", "deir-ez-zor"]


def test_a_town_held_later_in_its_clause_is_in_the_province():
    text = "قصفت طائرات بلدة هجين الخاضعة لسيطرة التنظيم في دير الزور."
    assert reading.places_at(text) == ["hajin", "deir-ez-zor-governorate"]


def test_a_month_told_as_past_with_al_faait_is_a_recap():
    text = (
        "قصفت طائرات حربية جسر السياسية صباح اليوم. وشهد أيلول الفائت استهداف "
        "جسري الميادين والبوكمال."
    )
    assert {place for _, place in reading.sub_types_at(text)} == {"siyasiyah-bridge"}


def test_the_city_in_the_next_sentence_makes_deir_ez_zor_the_city():
    text = (
        "Syrian forces have captured Deir az-Zour, the group's last stronghold in "
        "Syria, state television said.\nEarlier news said troops had expelled IS "
        "fighters from the city's east."
    )
    assert reading.places_at(text)[0] == "deir-ez-zor"


def test_another_place_between_keeps_deir_ez_zor_the_province():
    text = (
        "Syrian forces advanced in Deir az-Zour province on Saturday.\nIn Albu "
        "Kamal, troops expelled IS fighters from the city's east."
    )
    assert reading.places_at(text)[0] == "deir-ez-zor-governorate"


def test_a_name_that_says_city_is_the_city_in_a_part_of_it():
    text = "IS shelled the Panorama Roundabout in western Deir Ezzor City on Monday."
    assert "deir-ez-zor" in reading.places_at(text)
