"""Words met in the real-ct to real-cw reports (sentences here are the team's own)."""

import datetime

import pytest

from tests import reading

SATURDAY = reading.SUNDAY - datetime.timedelta(days=1)


def test_a_day_opening_a_sentence_before_a_speech_verb_is_the_day_it_was_told():
    text = (
        "Jets struck Hajin on Friday. On Sunday, a source reported to the agency "
        "that warplanes bombed al-Susah."
    )
    assert reading.dates_at(text, "al-susah") == [(SATURDAY, reading.SUNDAY)]


def test_a_day_after_the_event_and_before_said_is_still_the_event_day():
    text = "Clashes erupted in Hajin on Sunday, a source said."
    assert reading.dates_at(text, "hajin") == [(reading.SUNDAY, reading.SUNDAY)]


def test_that_before_a_plural_event_word_tells_what_was_said_not_a_repeat():
    text = (
        "Clashes broke out in Hajin on Sunday. The monitor said that clashes also "
        "erupted in al-Susah on Sunday."
    )
    assert ("armed_clash", "al-susah") in reading.sub_types_at(text)


def test_that_before_a_singular_event_word_still_points_back():
    text = "An attack hit Hajin on Sunday. That attack killed two in al-Susah."
    assert ("attack", "al-susah") not in reading.sub_types_at(text)


def test_attacks_counted_within_one_week_are_dated_over_that_week():
    text = (
        "ورصد المرصد خلال أسبوع واحد 9 هجمات نفذتها خلايا التنظيم. وجاءت تفاصيل "
        "الهجمات كالتالي: استهداف عنصر في بلدة ذيبان."
    )
    week_ago = reading.SUNDAY - datetime.timedelta(days=7)
    assert reading.dates_at(text, "diban") == [(week_ago, reading.SUNDAY)]


def test_fought_in_a_town_is_a_clash_there():
    text = "The two groups fought each other in al-Susah on Sunday."
    assert ("armed_clash", "al-susah") in reading.sub_types_at(text)


def test_encircling_the_enemy_in_a_town_is_a_clash_there():
    text = "The army encircled IS fighters in the city of al-Mayadin on Sunday."
    assert ("armed_clash", "al-mayadin") in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Hajin Military Council foiled an attack on Sunday.",
        "أحبط مجلس هجين العسكري هجوما يوم الأحد.",
    ],
)
def test_a_council_named_for_a_town_is_no_mention_of_the_town(text):
    assert reading.places_at(text) == []


def test_a_killing_claimed_is_an_attack_on_the_day_of_the_month_told():
    text = (
        "On the 24th, ISIS claimed responsibility for the killing of an SDF "
        "fighter in the town of al-Susah."
    )
    day = reading.SUNDAY.replace(day=24)
    assert reading.dates_at(text, "al-susah") == [(day, day)]
    assert ("attack", "al-susah") in reading.sub_types_at(text)


def test_an_ordinal_before_a_unit_is_no_day():
    text = "The 17th Division attacked al-Susah on Sunday."
    assert reading.dates_at(text, "al-susah") == [(reading.SUNDAY, reading.SUNDAY)]


def test_the_airport_refers_back_to_an_airport_named_as_around_the_fighting():
    text = (
        "اندلعت اليوم الأحد اشتباكات في محيط مطار دير الزور العسكري. وقال ناشطون "
        "إن التنظيم قصف بقذائف الهاون مدرجات المطار."
    )
    assert ("shelling", "deir-ez-zor-airport") in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF pulled out from the Tanak oil field on Sunday, the monitor said.",
        "The SDF withdraws from the Tanak oil field.",
    ],
)
def test_forces_pulling_out_of_a_place_change_its_hands(text):
    assert ("territory_change", "al-tanak-oil-field") in reading.sub_types_at(text)


def test_a_long_subject_between_subjected_and_bombardment_is_still_bombed():
    text = (
        "تعرضت العديد من أحياء مدينة الميادين والبلدات المجاورة لقصف جوي مكثف "
        "اليوم الأحد."
    )
    assert ("air_strike", "al-mayadin") in reading.sub_types_at(text)


def test_bombing_as_a_purpose_is_still_no_event():
    text = "وتحركت القوات نحو الميادين لقصف مواقع التنظيم."
    assert reading.sub_types_at(text) == set()


def test_a_landing_operation_is_a_raid():
    text = "قتل 12 عنصرا جراء عملية الإنزال الأمريكية في حقل العمر النفطي يوم الأحد."
    assert ("attack", "al-omar-oil-field") in reading.sub_types_at(text)


def test_qad_before_a_past_verb_tells_what_happened():
    text = "وقد تابعت الطائرات قصفها مستهدفة بلدة الطيانة اليوم الأحد."
    assert ("air_strike", "al-tayyanah") in reading.sub_types_at(text)


def test_qad_before_a_present_verb_is_still_a_hedge():
    text = "وقد تقصف الطائرات بلدة الطيانة اليوم الأحد."
    assert reading.sub_types_at(text) == set()


def test_clashes_that_went_with_an_attempt_are_news_and_the_attempt_is_not():
    text = (
        "حاول عناصر التنظيم اليوم الأحد استعادة السيطرة على قرية حطلة ترافقت "
        "باشتباكات مماثلة في قرية الجفرة."
    )
    assert reading.sub_types_at(text) == {("armed_clash", "al-jafra")}


def test_earlier_in_the_day_is_the_day_of_the_statement_just_told():
    text = (
        "The SDF entered al-Susah on Friday. The YPG said in a statement on "
        "Sunday that its fighters had taken the village of Hajin earlier in the day."
    )
    assert reading.dates_at(text, "hajin") == [(reading.SUNDAY, reading.SUNDAY)]


def test_a_pluperfect_event_carried_a_day_may_have_been_the_day_before():
    text = (
        "وصلت المساعدات اليوم الأحد إلى مدينة دير الزور. هذا وكانت وحدات من الجيش "
        "بالتعاون مع القوات الرديفة والحليفة قد سيطرت على قرية حطلة."
    )
    assert reading.dates_at(text, "hatla") == [(SATURDAY, reading.SUNDAY)]


def test_a_semicolon_inside_brackets_does_not_end_the_clause():
    text = (
        "Bombers launched an airstrike which hit the facilities of the Islamic "
        "State (IS; formerly ISIS) in the town of al-Mayadin on Sunday."
    )
    assert ("air_strike", "al-mayadin") in reading.sub_types_at(text)


def test_the_past_two_weeks_spelt_with_faitin_is_a_range_of_two_weeks():
    text = "أعدم التنظيم خلال الأسبوعين الفائتين عشرات المدنيين في بلدة غرانيج."
    two_weeks_ago = reading.SUNDAY - datetime.timedelta(days=14)
    assert reading.dates_at(text, "gharanij") == [(two_weeks_ago, reading.SUNDAY)]
