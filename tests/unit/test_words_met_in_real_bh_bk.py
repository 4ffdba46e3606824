"""Words met in the real-bh to real-bk reports (sentences here are the team's own)."""

import datetime

import pytest

from tests import reading


def test_a_town_swept_was_taken():
    text = "The SDF said it had swept the town of al-Busayrah on Saturday."
    assert reading.sub_types_at(text) == {("territory_change", "al-busayrah")}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen opened fire on fishermen in al-Ashara on Saturday.",
        "أطلق مسلحون النار على صيادين في بلدة العشارة يوم السبت.",
    ],
)
def test_fishermen_shot_at_are_civilians_attacked(text):
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-ashara")}


def test_over_the_last_few_days_is_the_week_before():
    text = "Over the last few days, the SDF were forced to retreat from al-Susah."
    (retreat,) = reading.events_at(text)
    assert retreat.date_start == reading.SUNDAY - datetime.timedelta(days=7)


def test_shelling_by_the_regimes_aircraft_is_an_air_strike():
    text = "قتل خمسة مدنيين جراء قصف لطائرات النظام على مدينة موحسن."
    assert reading.sub_types_at(text) == {("air_strike", "al-muhasan")}


@pytest.mark.parametrize(
    "text",
    [
        "قصفت الطائرات مدينة الميادين، كما شهدت مناطق القصف حركة نزوح كبيرة.",
        "Jets struck the town of al-Mayadin, and the shelled areas saw people flee.",
    ],
)
def test_people_fleeing_the_areas_struck_fled_the_places_just_struck(text):
    assert ("displacement", "al-mayadin") in reading.sub_types_at(text)


def test_the_fiercest_attack_in_months_with_words_between_dates_nothing():
    text = (
        "وتدور معارك عنيفة في قرية البغيلية، ويعتبر هذا الهجوم هو الأعنف الذي يشنه"
        " تنظيم الدولة منذ أشهر."
    )
    assert ("armed_clash", "al-baghiliyah") in reading.sub_types_at(text)


def test_fighters_who_took_a_place_took_ground():
    text = "سيطر مقاتلي تنظيم الدولة على قرية الجفرة بالأمس."
    assert reading.sub_types_at(text) == {("territory_change", "al-jafra")}


def test_fighters_freed_are_still_no_ground_taken():
    assert reading.sub_types_at("تمكنت قسد من تحرير أربعة من مقاتليها.") == set()


def test_two_days_since_is_from_two_days_ago_up_to_the_report():
    text = "قتلت طفلتان منذ يومين جراء انفجار لغم في بلدة الشحيل."
    (blast,) = reading.events_at(text)
    assert (blast.date_start, blast.date_end) == (
        reading.SUNDAY - datetime.timedelta(days=2),
        reading.SUNDAY,
    )


def test_since_a_named_day_is_still_that_day_on():
    text = "وتتواصل الاشتباكات منذ يوم الأربعاء في بلدة الشحيل."
    (clash,) = reading.events_at(text)
    assert clash.date_start == reading.SUNDAY - datetime.timedelta(days=4)


def test_spaces_set_between_letters_against_filters_leave_the_word_whole():
    text = "#عاجل: مـ ـقـ ـتـ ـل 12 عاملاً جراء قـ ـصـ ـف على بلدة الشحيل"
    assert ("shelling", "al-shuhayl") in reading.sub_types_at(text)


def test_this_past_weekend_is_the_last_weekend():
    text = "IS executed two dozen detainees this past weekend in al-Mayadin."
    tuesday = reading.SUNDAY + datetime.timedelta(days=2)
    (executions,) = reading.events_at(text, tuesday)
    assert (executions.date_start, executions.date_end) == (
        reading.SUNDAY - datetime.timedelta(days=1),
        reading.SUNDAY,
    )


def test_men_decapitated_were_civilians_attacked():
    text = "In the city of al-Mayadin, IS militants decapitated another three men."
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-mayadin")}


def test_an_embedded_tweets_stamp_is_when_it_was_told():
    text = (
        "Yesterday, SDF fighters were injured when their patrol was attacked by"
        " gunmen in al-Kabr town. pic.twitter.com/x — Rojava Information Center"
        " (@RojavaIC) October 26, 2025"
    )
    (attack,) = reading.events_at(text)
    assert (attack.place.slug, attack.date_start) == (
        "al-kubar",
        reading.SUNDAY - datetime.timedelta(days=1),
    )


@pytest.mark.parametrize(
    "text",
    [
        "نفذت خلايا التنظيم كميناً في بادية الصالحية قرب البوكمال، ونقل الجرحى إلى"
        " مشفى في مركز مدينة دير الزور.",
        "Cells ambushed troops in the desert of Salihiyah near Albu Kamal; the"
        " wounded were taken to a hospital in the centre of Deir ez-Zor city.",
    ],
)
def test_a_place_said_to_be_near_a_town_is_the_one_near_it(text):
    assert "salihiyah-abu-kamal" in reading.places_at(text)


def test_the_fighting_centred_around_two_towns_is_a_clash_at_each():
    text = "والقتال بين الجانبين يتركز في محيط الباغوز فوقاني ومحيط بلدة هجين."
    assert {("armed_clash", "al-baghuz-fawqani"), ("armed_clash", "hajin")} <= (
        reading.sub_types_at(text)
    )


def test_gunmen_who_opened_fire_on_a_house_attacked():
    text = "فتح مسلحون النار على منزل في قرية أبو خشب مساء أمس."
    assert {slug for _, slug in reading.sub_types_at(text)} == {"abu-khashab"}


def test_an_attack_about_an_hour_before_is_news_of_the_same_day():
    text = (
        "تعرضت قاعدة حقل العمر النفطي لقصف صاروخي. يأتي هذا الحادث بعد حوالي ساعة"
        " من استهداف قاعدة الجيش الأمريكي في حقل كونيكو للغاز، والذي شهد هجومًا"
        " من قبل طائرات مسيرة."
    )
    assert ("air_strike", "conoco-gas-field") in reading.sub_types_at(text)


def test_last_night_in_arabic_runs_into_the_day_of_the_report():
    text = "استهدف طيران التحالف جسر الميادين ليلة أمس ما أدى لانهياره."
    (strike,) = reading.events_at(text)
    assert (strike.date_start, strike.date_end) == (
        reading.SUNDAY - datetime.timedelta(days=1),
        reading.SUNDAY,
    )


def test_a_night_attack_told_in_the_pluperfect_is_still_news():
    text = "وكانت مجموعات من التنظيم قد هاجمت ليلة أمس نقاطاً في بلدة هجين."
    assert reading.sub_types_at(text) == {("attack", "hajin")}


def test_fighting_for_days_now_is_of_the_last_week():
    text = "تشهد مدينة الميادين اشتباكات متقطعة منذ أيام."
    (clash,) = reading.events_at(text)
    assert clash.date_start == reading.SUNDAY - datetime.timedelta(days=7)
