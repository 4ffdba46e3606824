"""Words met in the real-hc and later reports (sentences here are the team's own)."""

import datetime

from tests import reading

MONDAY = datetime.date(2025, 10, 27)


def test_fighters_killing_people_is_an_attack():
    text = "IS militants killed 12 members of the SDF in Hajin on Saturday."
    assert reading.sub_types_at(text) == {("attack", "hajin")}
    text = "An SDF fighter was killed by unknown gunmen in the village of al-Ezba."
    assert reading.sub_types_at(text) == {("attack", "isba-gas-station")}


def test_fighters_killed_by_gunmen_are_no_fight_of_theirs():
    text = "Two SDF militants were killed after unknown gunmen fired at them in Hajin."
    assert ("armed_clash", "hajin") not in reading.sub_types_at(text)


def test_overnight_on_a_weekday_is_that_night():
    text = "IS militants killed 12 members of the SDF in Hajin overnight on Friday."
    assert reading.dates_at(text, "hajin") == [(datetime.date(2025, 10, 24),) * 2]


def test_had_in_reported_speech_is_news():
    text = (
        "An activist added that tribal fighters had taken control of parts of "
        "the town of Tayana."
    )
    assert reading.sub_types_at(text) == {("territory_change", "al-tayyanah")}
    text = "Tribal fighters had taken control of parts of the town of Tayana."
    assert reading.sub_types_at(text) == set()


def test_forces_securing_a_town_take_it():
    text = "The SDF secured Hajin, the largest town of the pocket, on Saturday."
    assert reading.sub_types_at(text) == {("territory_change", "hajin")}
    text = "The SDF secured the release of 20 hostages in Hajin on Saturday."
    assert reading.sub_types_at(text) == set()
    text = "Our forces have finished sweeping the town of al-Busayrah."
    assert reading.sub_types_at(text) == {("territory_change", "al-busayrah")}


def test_measures_taken_are_no_ground_taken():
    text = "Security measures have been taken by our forces in Hajin."
    assert reading.sub_types_at(text) == set()


def test_people_evacuated_after_a_long_subject_are_displaced():
    text = (
        "أجلت قوات سوريا الديمقراطية، المدعومة من الولايات المتحدة الأمريكية، "
        "3 آلاف شخص من قرية الباغوز أمس."
    )
    assert reading.sub_types_at(text) == {("displacement", "al-baghuz-fawqani")}


def test_control_taken_by_forces_named_between_is_a_change():
    text = "وأعلنت المصادر سيطرة قوات سوريا الديمقراطية على بلدة الشعفة أمس."
    assert reading.sub_types_at(text) == {("territory_change", "al-shafah")}
    text = "وتقع بلدة الشعفة تحت سيطرة قوات سوريا الديمقراطية على الدوام."
    assert reading.sub_types_at(text) == set()


def test_strikes_people_fled_from_are_on_the_village_they_left():
    text = (
        "نزحت عشرات العائلات أمس من قرية البوبدران شرق دير الزور، جراء القصف "
        "الجوي والمدفعي لقوات التحالف."
    )
    assert reading.sub_types_at(text) == {
        ("displacement", "al-bubadran"),
        ("air_strike", "al-bubadran"),
        ("shelling", "al-bubadran"),
    }


def test_civilians_deported_are_displaced():
    text = "رحلت قوات النظام عشرات المدنيين من مدينة الميادين أمس."
    assert reading.sub_types_at(text) == {("displacement", "al-mayadin")}


def test_what_it_came_after_does_not_date_it():
    text = (
        "رحلت قوات النظام عشرات المدنيين من مدينة الميادين، ويأتي هذا عقب "
        "معارك عنيفة قبل يومين."
    )
    days = reading.dates_at(text, "al-mayadin")
    assert (datetime.date(2025, 10, 25), datetime.date(2025, 10, 26)) in days


def test_al_bishri_counts_with_a_cue_only():
    text = "قتل ستة أشخاص بانفجار لغم في منطقة البشري أمس."
    assert reading.sub_types_at(text) == {("remote_explosive", "jabal-bishri")}
    text = "وقال المسؤول إن الجهد البشري كبير في دير الزور."
    assert "jabal-bishri" not in reading.places_at(text)


def test_tharda_alone_is_the_mountains():
    text = "Warplanes pounded IS positions near Tharda crossroad on Saturday."
    assert reading.sub_types_at(text) == {("air_strike", "jabal-tharda")}


def test_a_council_of_two_towns_is_no_place():
    text = "اشتبكت قوات مجلس دير الزور وهجين العسكريين مع المهاجمين في ذيبان أمس."
    assert "hajin" not in reading.places_at(text)


def test_a_today_a_source_published_yesterday_is_not_the_writing_day():
    text = (
        "ونشر المرصد أمس، أن التنظيم نفذ صباح اليوم الأحد كميناً قرب حقل التيم. "
        "وقتل أربعة عناصر بهجوم على حاجز في بادية أبو خشب."
    )
    dated = [
        e for e in reading.events_at(text, MONDAY) if e.place.slug == "abu-khashab"
    ]
    assert [(e.date_start, e.date_end) for e in dated] == [
        (datetime.date(2025, 10, 26), MONDAY)
    ]


def test_a_strike_told_as_not_the_first_is_a_habit():
    text = "This is not the first time that US planes have struck militias in Hajin."
    assert reading.sub_types_at(text) == set()


def test_had_after_a_speech_verb_without_that_is_news():
    text = (
        "The monitor's head told AFP several groups of militants had attacked "
        "government forces near al-Mayadin on Wednesday."
    )
    assert ("attack", "al-mayadin") in reading.sub_types_at(text)


def test_commanders_who_fled_are_no_displaced_people():
    text = "IS commanders fled Hajin on Saturday, military sources said."
    assert reading.sub_types_at(text) == set()


def test_fighters_pushed_out_of_villages_lost_them():
    text = "IS fighters were pushed out from Abu Hamam and Gharanij on Friday."
    assert reading.sub_types_at(text) == {
        ("territory_change", "abu-hamam"),
        ("territory_change", "gharanij"),
    }


def test_targeted_by_aircraft_named_after_the_day_is_an_air_strike():
    text = (
        "قتل عشرات من قوات النظام بعد استهدافهم اليوم الأحد، من قبل طائرات "
        "أمريكية في جبل ثردة."
    )
    assert reading.sub_types_at(text) == {("air_strike", "jabal-tharda")}


def test_this_and_opening_a_sentence_tells_a_new_event():
    text = (
        "شن مقاتلو العشائر أمس هجوماً على مواقع قسد في بلدة الشحيل. "
        "هذا واستهدف مقاتلو العشائر بالأسلحة الرشاشة مواقع قسد في قرية درنج."
    )
    assert ("attack", "darnaj") in reading.sub_types_at(text)


def test_another_bombardment_after_air_strikes_is_one_of_them():
    text = "شنت طائرات حربية أمس غارات على مدينة الميادين. وطال قصف آخر مستودعات عياش."
    assert ("air_strike", "ayyash") in reading.sub_types_at(text)


def test_forces_killing_one_terrorist_fought_him():
    text = (
        "Special forces of the SDF killed a “dangerous terrorist” in the village "
        "of Jazrat Milaj on Saturday."
    )
    assert reading.sub_types_at(text) == {("armed_clash", "al-jazarat")}


def test_a_name_going_on_with_a_people_s_name_is_a_namesake_elsewhere():
    text = "قصفت المدفعية مواقع المسلحين في السرمانية ودوير الأكراد بسهل الغاب أمس."
    assert "al-duwayr" not in reading.places_at(text)
    assert "al-duwayr" in reading.places_at("قصفت طائرات مسيرة بلدة الدوير أمس.")


def test_a_spelling_guess_cued_as_another_kind_of_place_is_no_match():
    text = (
        "Gunmen fired at them near the factories in the al-Jazara neighborhood, "
        "the National Hospital in al-Tabqah city."
    )
    assert "al-jazarat" not in reading.places_at(text)
