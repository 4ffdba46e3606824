"""Words met in the real-ch to real-ck reports (sentences here are the team's own)."""

import datetime

import pytest

from tests import reading


def test_a_base_spelt_with_its_articles_apart_is_the_base():
    text = "A suicide car bomb hit the gate of the Deir el-Zour air base on Saturday."
    assert reading.places_at(text) == ["deir-ez-zor-airport"]


def test_the_air_base_refers_back_to_the_base_named():
    text = (
        "Militants stormed the Deir ez-Zor air base on Thursday, after they had "
        "taken Brigade 137 nearby. On Saturday government aircraft bombed "
        "attackers at the air base."
    )
    assert ("air_strike", "deir-ez-zor-airport") in reading.sub_types_at(text)


def test_an_article_written_joined_to_the_name_is_still_the_name():
    assert reading.places_at("Troops repelled attacks near Deir elZour city.") == [
        "deir-ez-zor"
    ]


def test_a_camp_announces_the_place_it_is_named_for():
    assert reading.places_at("هاجم التنظيم مخيم البحرة.") == ["al-bahrah"]


def test_a_name_in_brackets_after_its_cue_is_the_name():
    text = "سيطرت قسد على حقل (العمر) النفطي في ريف دير الزور."
    assert reading.places_at(text)[0] == "al-omar-oil-field"


def test_the_shaitat_area_is_a_place_and_the_clan_is_not():
    assert reading.places_at("اشتباكات في منطقة الشعيطات.") == ["al-shaitat"]
    assert reading.places_at("اجتمع وجهاء قبيلة الشعيطات.") == []
    assert reading.places_at("Clashes broke out in the Shaitat area.") == ["al-shaitat"]


def test_an_after_opening_keeps_its_day_to_itself():
    text = (
        "After yesterday's advance where the army liberated Mazloum village, "
        "the army captured farms and entered Khasham town."
    )
    days = {e.place.slug: e.date_end for e in reading.events_at(text)}
    assert days["mazloum"] == reading.SUNDAY - datetime.timedelta(days=1)
    assert days["khasham"] == reading.SUNDAY


def test_a_day_media_declared_a_strike_is_that_day_or_the_day_before():
    text = (
        "صرحت وسائل إعلام سورية، مساء اليوم الأحد، بوقوع قتلى جراء غارة على بلدة الهري."
    )
    (event,) = reading.events_at(text)
    assert event.date_start == reading.SUNDAY - datetime.timedelta(days=1)
    assert event.date_end == reading.SUNDAY


def test_strikes_told_again_after_an_earlier_verb_keep_their_days():
    text = (
        "وارتفعت حصيلة غارات التحالف على بلدة السوسة إلى 63 قتيلاً، بحسب المرصد الذي "
        "كان قد أعلن مقتل 41 شخصاً قتلوا في ضربات جوية استهدفت البلدة يومي الخميس "
        "والجمعة."
    )
    (event,) = reading.events_at(text)
    assert (event.date_start.isoformat(), event.date_end.isoformat()) == (
        "2025-10-23",
        "2025-10-24",
    )


def test_an_attack_told_after_a_sentence_of_flight_is_no_cause_of_it():
    text = (
        "The group appeared to target fleeing civilians.\n\nThe attack occurred "
        "Saturday in the eastern province of Deir Ezzor, killing 75 displaced people."
    )
    assert ("attack_on_civilians", "deir-ez-zor-governorate") in (
        reading.sub_types_at(text)
    )


def test_the_settlements_of_announce_villages():
    text = "The army regained control of the settlements of Marrat and Mazloum."
    assert reading.places_at(text) == ["marrat", "mazloum"]


def test_maarat_al_numan_is_no_marrat():
    text = "Aircraft attacked rebels in the vicinity of Maarat al-Numan."
    assert reading.places_at(text) == ["maarat-al-numan"]


def test_a_narrative_would_tells_what_happened():
    text = (
        "Russian bombers would conduct several air raids against the militants at "
        "Al-Jufra and Ayyash."
    )
    assert reading.sub_types_at(text) == {
        ("air_strike", "al-jafra"),
        ("air_strike", "ayyash"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Russia said its bombers would conduct air raids against ISIS at Al-Jufra.",
        "The coalition would strike al-Jufra if ISIS attacked the base.",
        "Aircraft would likely bomb al-Jufra.",
    ],
)
def test_a_would_of_what_was_said_or_a_condition_is_no_event(text):
    assert reading.sub_types_at(text) == set()


def test_taking_no_prisoners_takes_nothing():
    text = (
        "The Russian Air Force took no prisoners in Deir Ezzor Governorate on Tuesday."
    )
    assert reading.sub_types_at(text) == set()


def test_a_plural_cue_announces_every_village_of_its_list():
    text = "دارت اشتباكات في قريتي السجر وضمان بريف دير الزور الشمالي."
    assert "daman" in reading.places_at(text)
    text = "سيطرت قسد على قرى الجنينة والجيعة والعليان والحصان."
    assert "al-hisan" in reading.places_at(text)


def test_a_word_after_a_plural_cue_is_no_list():
    text = "تدور المعارك على أطراف أبو حمام، إحدى كبرى بلدات عشيرة الشعيطات."
    assert "al-shaitat" not in reading.places_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "شنت طائرات التحالف غارات على مواقع التنظيم على الضفاف الشرقية لنهر الفرات.",
        "Coalition jets struck ISIS positions on the eastern bank of the Euphrates.",
    ],
)
def test_a_bank_of_the_river_locates_an_event_in_the_governorate(text):
    assert reading.sub_types_at(text) == {("air_strike", "deir-ez-zor-governorate")}


def test_forces_that_withdrew_to_a_bank_went_toward_it():
    text = "انسحبت القوات المهاجمة نحو الضفة الغربية لنهر الفرات."
    assert reading.sub_types_at(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "DEIR EZZOR, SYRIA (12:30 P.M.) – The Islamic State attacked the army.",
        "بلدي نيوز- دير الزور (عمر الحسن)\nاستشهد مدنيون بقصف جوي.",
        "Omar Al-Hasan, Baladi News, Deir Al-Zor\nThe WFP dropped aid.",
        "بنت القوات جسراً على مسافة بضعة كيلومترات عن دير الزور.",
    ],
)
def test_a_dateline_a_byline_or_a_distance_marks_the_city(text):
    assert reading.places_at(text)[0] == "deir-ez-zor"


def test_a_name_held_by_a_far_province_is_none_of_ours():
    text = (
        "The army liberated the settlements of Abu Umar (prov. Idlib), north of Hama."
    )
    assert "al-bu-amr" not in reading.places_at(text)


def test_a_list_of_provinces_holds_none_of_them():
    text = "Attacks on the SDF in Aleppo, Deir Ezzor, Raqqa and Hasakah provinces."
    assert "deir-ez-zor-governorate" in reading.places_at(text)
