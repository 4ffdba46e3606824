"""Words met in the real-df to real-di reports (sentences here are the team's own)."""

import datetime

from tests import reading


def test_settlements_brought_under_a_forces_control_changed_hands():
    text = (
        "Tribal forces advanced on Sunday. Villages brought under tribal control "
        "include al-Susah, Diban and Hajin."
    )
    changed = reading.places_of(text, "territory_change")
    assert {"al-susah", "diban", "hajin"} <= changed


def test_a_town_that_fell_under_the_control_of_a_group_changed_hands():
    text = "On Sunday al-Susah fell under the control of the SDF."
    assert ("territory_change", "al-susah") in reading.sub_types_at(text)


def test_areas_under_a_groups_control_are_a_state_not_a_change():
    text = "Hajin, which is under SDF control, was quiet on Sunday."
    assert ("territory_change", "hajin") not in reading.sub_types_at(text)


def test_a_force_withdrawing_its_fighters_is_a_change_of_hands():
    text = "سحبت قوات سوريا الديمقراطية مقاتليها من بلدة ذيبان يوم الأحد"
    assert ("territory_change", "diban") in reading.sub_types_at(text)


def test_a_list_of_the_villages_just_told_places_the_event_in_each():
    text = (
        "سحبت قسد قواتها من ريف دير الزور الشرقي يوم الأحد. وبحسب المرصد، شملت "
        "تلك القرى والبلدات كل من: السوسة، هجين، ذيبان."
    )
    changed = reading.places_of(text, "territory_change")
    assert {"al-susah", "hajin", "diban"} <= changed


def test_english_the_villages_included_places_the_event_in_each():
    text = (
        "The SDF withdrew from the eastern Deir ez-Zor countryside on Sunday. The "
        "villages handed over included al-Susah, Hajin and Diban."
    )
    changed = reading.places_of(text, "territory_change")
    assert {"al-susah", "hajin", "diban"} <= changed


def test_a_dual_field_cue_names_both_fields():
    text = "قصفت الميليشيات يوم الأحد حقلي العمر والتنك"
    hit = {p for t, p in reading.sub_types_at(text)}
    assert {"al-omar-oil-field", "al-tanak-oil-field"} <= hit


def test_a_hard_wrapped_wire_copy_is_read_in_whole_sentences():
    text = (
        "The monitor said on Sunday that fighting went on in the\n"
        "east of the country and that the militants had been pushed\n"
        "back from the town of al-Susah by tribal fighters, and the\n"
        "group then beheaded two men in\n"
        "Hajin on Sunday, the monitor said.\n"
    )
    assert ("attack_on_civilians", "hajin") in reading.sub_types_at(text)


def test_a_clan_named_for_a_place_is_people_not_the_place():
    for text in (
        "Islamic State beheaded two men from the al-Sheitaat clan on Sunday.",
        "أعدم التنظيم يوم الأحد رجلين من عشيرة الشعيطات",
    ):
        assert not [p for _, p in reading.sub_types_at(text) if p == "al-shaitat"]


def test_both_cities_after_a_dual_city_cue_are_the_cities():
    text = "انسحب الجيش يوم الأحد من مدينتي البوكمال والميادين في دير الزور"
    assert {"albu-kamal", "al-mayadin"} <= set(reading.places_at(text))


def test_a_uav_attack_is_an_air_strike():
    text = "A UAV attack hit the al-Omar oil field on Sunday, the SDF said."
    assert ("air_strike", "al-omar-oil-field") in reading.sub_types_at(text)


def test_a_town_falling_into_a_groups_hands_changed_hands():
    for text in (
        "سقطت مدينة الميادين بيد تنظيم داعش يوم الأحد",
        "قال مصدر يوم الأحد إن الميادين يسقط بالفعل في أيدي قسد",
    ):
        assert ("territory_change", "al-mayadin") in reading.sub_types_at(text)


def test_a_car_they_were_riding_does_not_make_the_later_date_an_earlier_events():
    text = (
        "ذكرت مصادر أن القيادي قتل بانفجار عبوة ناسفة زرعت في سيارة كانوا "
        "يستقلونها، أول أمس الجمعة، في بلدة الطيانة."
    )
    friday = reading.SUNDAY - datetime.timedelta(days=2)
    days = [(e.date_start, e.date_end) for e in reading.events_at(text)]
    assert (friday, friday) in days


def test_troops_that_counter_attacked_a_town_attacked_it():
    text = "Syrian troops counter-attacked al-Susah on Sunday."
    assert ("attack", "al-susah") in reading.sub_types_at(text)


def test_a_wire_dateline_is_the_day_it_was_filed_not_the_events():
    text = "DAMASCUS, Oct 25 : Jets struck al-Susah, a monitor said."
    friday, saturday = (reading.SUNDAY - datetime.timedelta(days=n) for n in (2, 1))
    days = [(e.date_start, e.date_end) for e in reading.events_at(text)]
    assert days == [(friday, saturday)]


def test_ending_a_blockade_is_breaking_a_siege():
    for text in (
        "On Sunday the army linked up with the garrison in Deir ez-Zor city, "
        "ending the almost three-year blockade.",
        "أنهى الجيش الحصار المفروض على مدينة دير الزور يوم الأحد",
    ):
        assert ("territory_change", "deir-ez-zor") in reading.sub_types_at(text)


def test_the_bishri_ridge_is_jabal_bishri():
    assert "jabal-bishri" in reading.places_at(
        "Jets struck hideouts on the al-Bishri ridge on Sunday."
    )


def test_a_name_the_gazetteer_has_with_its_article_is_found_without_it_after_a_cue():
    text = 'تعرضت قرية "سوسة" الواقعة شرق دير الزور يوم الأحد إلى غارات التحالف'
    assert "al-susah" in reading.places_at(text)


def test_a_bare_name_after_a_cue_that_goes_on_is_another_village():
    assert "al-hawayij" not in reading.places_at("قصفت الطائرات قرية حوايج ذياب")


def test_a_capitalised_wire_dateline_names_the_city():
    for text in (
        "DEIR EZZOR, Oct. 26 (MNA) – Army units secured the airport.",
        "DEIR EZ-ZOR, East Syria – A militia was ambushed in al-Susah on Sunday.",
    ):
        assert reading.places_at(text)[0] == "deir-ez-zor"


def test_an_i_between_vowels_spells_a_y():
    text = "A suicide bomber struck an SDF post in the town of Taianeh on Sunday."
    assert "al-tayyanah" in reading.places_at(text)


def test_an_attempt_does_not_hedge_a_clause_told_as_done_after_it():
    text = (
        "حاولت قوات النظام التقدم نحو العشارة يوم الأحد وقد اندلعت اشتباكات "
        "عنيفة في بلدة القورية"
    )
    assert ("armed_clash", "al-quriyah") in reading.sub_types_at(text)


def test_may_before_a_present_verb_still_hedges():
    text = "حاولت قوات النظام التقدم وقد تندلع اشتباكات في بلدة القورية"
    assert ("armed_clash", "al-quriyah") not in reading.sub_types_at(text)
