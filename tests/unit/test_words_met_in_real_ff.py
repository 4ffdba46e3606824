"""Words met in the real-ff and later reports (sentences here are the team's own)."""

import datetime

from tests import reading


def test_checkpoints_targeted_without_an_article_are_a_ground_attack():
    text = (
        "Tribal fighters targeted checkpoints and vehicles of the SDF in the "
        "villages of Dhiban and al-Hawayij on Tuesday."
    )
    assert reading.sub_types_at(text) == {
        ("attack", "diban"),
        ("attack", "al-hawayij"),
    }


def test_an_airdrop_operation_is_a_raid():
    text = (
        "US forces carried out an airdrop operation at dawn on Monday in the town "
        "of al-Busayrah, killing two men."
    )
    assert reading.sub_types_at(text) == {("attack", "al-busayrah")}


def test_a_car_that_exploded_is_a_bombing():
    text = "أفاد ناشطون بأن سيارة تابعة لميليشيا محلية انفجرت في بادية الميادين."
    assert reading.sub_types_at(text) == {("remote_explosive", "al-mayadin")}


def test_two_days_earlier_counts_from_the_last_day_told_not_from_a_year():
    text = (
        "Gunmen killed a soldier in al-Mayadin on Saturday. The commander had "
        "left the group in 2016.\nTwo days earlier, gunmen attacked a checkpoint "
        "in al-Busayrah."
    )
    thursday = datetime.date(2025, 10, 23)
    assert reading.dates_at(text, "al-busayrah") == [(thursday, thursday)]


def test_beheading_is_violence_against_civilians_but_the_eid_sacrifice_is_not():
    text = "أقدم تنظيم داعش على ذبح 15 شاباً في مدينة الميادين أمس."
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-mayadin")}
    assert reading.sub_types_at("منع التنظيم ذبح الأضاحي في الميادين أمس.") == set()


def test_a_name_that_is_also_a_word_counts_when_said_to_be_in_the_province():
    text = "أطلق مسلحون مجهولون الرصاص على طفل في الحوايج بدير الزور أمس."
    assert reading.sub_types_at(text) == {("attack", "al-hawayij")}


def test_a_body_found_is_violence_against_civilians():
    text = "عثر أهالي بلدة الشحيل اليوم على جثة شاب مجهولة الهوية."
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-shuhayl")}


def test_bodies_recovered_after_a_strike_or_of_fighters_are_no_new_event():
    text = "The SDF found the bodies of five IS members in al-Suwar on Monday."
    assert ("attack_on_civilians", "al-suwar") not in reading.sub_types_at(text)
    text = "قصفت الطائرات البلدة ثم تحولت جثة الطفل إلى رماد في الشحيل أمس."
    assert ("attack_on_civilians", "al-shuhayl") not in reading.sub_types_at(text)


def test_an_attack_with_two_words_before_its_drones_is_an_air_strike():
    text = "Militias attacked the al-Omar oil field with multiple kamikaze drones."
    assert reading.sub_types_at(text) == {("air_strike", "al-omar-oil-field")}


def test_the_desert_of_a_town_named_with_other_sites_is_a_site_too():
    text = "The fighter jets targeted Hatla and the desert of Khasham on Saturday."
    assert reading.sub_types_at(text) == {
        ("air_strike", "hatla"),
        ("air_strike", "khasham"),
    }


def test_abu_husn_is_afps_spelling_of_abu_hasan():
    text = "Coalition air strikes hit the village of Abu Husn on Saturday."
    assert reading.sub_types_at(text) == {("air_strike", "abu-hasan")}


def test_a_unit_named_for_a_town_is_no_mention_of_the_town():
    text = "قتل قائد لواء البصيرة التابع لقسد بعملية اغتيال في بلدة الشحيل اليوم."
    assert reading.places_at(text) == ["al-shuhayl"]


def test_al_duwayr_is_placed_on_the_right_bank_near_al_kashmah():
    text = "استهدفت طائرة مسيرة سيارة في بلدة الدوير بريف البوكمال أمس."
    assert reading.sub_types_at(text) == {("air_strike", "al-duwayr")}
