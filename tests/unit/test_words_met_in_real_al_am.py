"""Words met in the team's report 84 and the real-al and real-am reports
(sentences here are the team's own)."""

import dataclasses
import datetime

import pytest

from places.geoparsing import geoparse
from places.repeats import dedupe
from tests import reading

SUNDAY = reading.SUNDAY
sub_types_at = reading.sub_types_at


@pytest.mark.parametrize(
    "text",
    [
        "تقدمت القوات داخل بلدة الكشكية يوم الأحد في محاولة للسيطرة عليها، وسط غارات"
        " يشنها طيران التحالف على مواقع التنظيم فيها.",
        "The SDF tried to storm al-Kishkiyah on Sunday, amid air strikes by the"
        " coalition on the town.",
    ],
)
def test_an_attempt_does_not_hedge_the_strikes_that_go_on_meanwhile(text):
    assert ("air_strike", "al-kishkiyah") in sub_types_at(text)


def test_an_attempt_still_hedges_its_own_clause():
    found = sub_types_at("تحاول القوات السيطرة على بلدة الكشكية يوم الأحد.")
    assert ("territory_change", "al-kishkiyah") not in found


def test_fighting_terrorism_is_a_cause_not_a_battle_before_the_raids():
    text = (
        "Iraqi jets struck Islamic State positions on Sunday. The strikes showed"
        " the growing skill of the air force in fighting terrorism. Officials later"
        " said the raids hit hideouts near Hajin."
    )
    assert sub_types_at(text) == {("air_strike", "hajin")}


ATTACK_THEN = (
    "صدت قسد هجوما لخلايا التنظيم على بلدة الكشكية يوم الأحد، ثم شن المهاجمون"
    " هجوما ثانيا على أطراف البلدة نفسها. وبحسب مصادر محلية، "
)
# a second place, so that the report's only place lends nothing
ELSEWHERE = " ويقع مخيم الهول في ريف الحسكة، بعيدا عن بلدة الباغوز."


def test_an_event_told_with_no_place_is_where_the_fight_before_it_was():
    text = ATTACK_THEN + "قصفت طائرات التحالف مخابئ المهاجمين." + ELSEWHERE
    found = sub_types_at(text)
    assert ("air_strike", "al-kishkiyah") in found


@pytest.mark.parametrize(
    "rest",
    [
        "قصفت طائرات التحالف مخابئ المهاجمين في سوريا.",  # a place of its own
        "تمكنت القوات من السيطرة على مخابئ المهاجمين.",  # a capture names its place
    ],
)
def test_the_place_before_is_not_lent_to_an_event_placed_otherwise(rest):
    found = sub_types_at(ATTACK_THEN + rest + ELSEWHERE)
    assert found <= {("attack", "al-kishkiyah")}


@pytest.mark.parametrize(
    "text",
    [
        "شن مسلحون هجوما على مواقع قسد يوم الأحد. واستخدم المهاجمون خلال الهجوم"
        " الرشاشات والقذائف الصاروخية، وتركز على قرية الصبحة.",
        "Gunmen attacked SDF posts on Sunday. The attackers used machine guns and"
        " mortars, and the assault focused on al-Sabha.",
    ],
)
def test_weapons_listed_as_used_in_an_attack_are_no_shelling_of_their_own(text):
    assert ("shelling", "al-sabha") not in sub_types_at(text)


def test_weapons_used_in_shelling_a_village_are_still_shelling():
    found = sub_types_at("The army used artillery in the shelling of Diban on Sunday.")
    assert ("shelling", "diban") in found


def test_the_attack_named_after_its_cover_of_shells_is_the_attack():
    text = (
        "شن مسلحون هجوما واسعا على مواقع قسد يوم الأحد تحت غطاء من قذائف الهاون."
        " وتركز الهجوم على قرية الصبحة."
    )
    assert sub_types_at(text) == {("attack", "al-sabha")}


@pytest.mark.parametrize(
    "text",
    [
        'قصف طيران التحالف يوم الأحد مستودعات "عياش" في ريف دير الزور الغربي.',
        "US jets struck the Ayyash depots on Sunday.",
    ],
)
def test_depots_named_for_a_village_name_the_village(text):
    assert ("air_strike", "ayyash") in sub_types_at(text)


def test_a_name_with_its_taa_marbuta_written_as_said_is_the_name():
    found = sub_types_at("قصفت طائرات التحالف يوم الأحد قرية الجفرا.")
    assert ("air_strike", "al-jafra") in found


@pytest.mark.parametrize(
    "text",
    [
        "قامت إسرائيل بعدوان جوي يوم الأحد على مدينة الميادين ومنطقة البوكمال.",
        "شنت طائرات التحالف غارات على مدينة الميادين يوم الأحد. كما شنت غارات"
        " على منطقة البوكمال.",
    ],
)
def test_a_district_that_holds_none_of_the_places_beside_it_is_a_site(text):
    found = sub_types_at(text)
    assert {("air_strike", "al-mayadin"), ("air_strike", "abu-kamal-district")} <= found


def test_a_district_holding_the_place_named_is_only_its_area():
    text = "شنت طائرات التحالف غارات على هجين في منطقة البوكمال يوم الأحد."
    found = sub_types_at(text)
    assert found == {("air_strike", "hajin")}


def test_the_bombing_after_an_air_strike_is_that_air_strike_and_so_are_the_raids():
    text = (
        "Unidentified aircraft targeted sites south of al-Mayadin on Sunday, and"
        " the bombing included the al-Shibli area. A local source said the raids"
        " took place around the town of Albu Kamal."
    )
    found = sub_types_at(text)
    assert ("air_strike", "albu-kamal") in found
    assert not {s for s, _ in found} - {"air_strike"}


@pytest.mark.parametrize(
    "text",
    [
        "Fighters moving near Kabajib were targeted by the attacking forces' fire on"
        " Sunday.",
        "استهدفت قوات الجيش يوم الأحد عناصر التنظيم في كباجب بنيران رشاشاتها.",
    ],
)
def test_targeted_with_gunfire_is_a_ground_attack(text):
    assert ("attack", "kabajib") in sub_types_at(text)


def test_firing_told_with_its_subject_between_is_firing():
    text = (
        "قتل مدنيان يوم الأحد نتيجة إطلاق مجموعات (قسد) النار على متظاهرين"
        " في قرية البصيرة."
    )
    assert ("attack_on_civilians", "al-busayrah") in sub_types_at(text)


def test_a_ceasefire_with_words_between_is_still_no_firing():
    assert not sub_types_at("أعلن وقف إطلاق النار في قرية البصيرة يوم الأحد.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ارتكبت طائرات التحالف الدولي مجزرة بحق المدنيين في مدينة البوكمال يوم"
            " الأحد.",
            {("air_strike", "albu-kamal")},
        ),
        (
            "Russian jets committed a massacre in al-Mayadin on Sunday.",
            {("air_strike", "al-mayadin")},
        ),
        ("ارتفع عدد شهداء مجزرة البوكمال يوم الأحد إلى 11.", set()),
    ],
)
def test_a_massacre_is_an_event_of_the_means_its_sentence_names(text, expected):
    assert sub_types_at(text) == expected


def test_places_hit_after_an_air_strike_are_struck_by_it():
    text = (
        "Coalition warplanes bombed oil refineries on Sunday."
        " The facilities hit are located near al-Mayadin and Albu Kamal."
    )
    found = sub_types_at(text)
    assert {("air_strike", "al-mayadin"), ("air_strike", "albu-kamal")} <= found


def test_a_page_stamp_after_the_day_reported_makes_a_range_from_that_day():
    text = (
        "News from the east\n\nUpdated Jul 28, 2015\n\n"
        "Regime warplanes bombed al-Muhasan, the Syrian Observatory reported on"
        " Friday. More air raids hit the town of al-Muhasan, activists added."
    )
    result = geoparse(text, datetime.date(2015, 7, 28), reading.curated())
    carried = {(e.date_start, e.date_end) for e in result.events}
    # told on Friday the 24th: from the day before it, to the stamp
    assert (datetime.date(2015, 7, 23), datetime.date(2015, 7, 28)) in carried


def test_the_airbase_of_a_city_is_its_airport():
    found = sub_types_at("Warplanes struck around the airbase of Deir Ezzor on Sunday.")
    assert found == {("air_strike", "deir-ez-zor-airport")}


def test_strikes_that_attacked_a_town_are_air_strikes_on_it():
    text = (
        "Regime warplanes carried out three air raids on the countryside of Deir"
        " Ezzor on Sunday. The air strikes attacked ISIS positions in the town of"
        " al-Muhasan."
    )
    assert ("attack", "al-muhasan") not in sub_types_at(text)
    assert ("air_strike", "al-muhasan") in sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "في بلدة الشعفة، قطع التنظيم رأسي رجلين يوم الأحد.",
        "صلب عناصر داعش رجلين في بلدة الشعفة يوم الأحد.",
        "IS crucified two men in al-Shafah on Sunday.",
        "IS beheaded two men in al-Shafah on Sunday.",
    ],
)
def test_beheadings_and_crucifixions_are_violence_against_civilians(text):
    assert sub_types_at(text) == {("attack_on_civilians", "al-shafah")}


def test_a_page_stamp_with_slashes_is_a_date_and_its_weekday_goes_with_it():
    text = (
        "الثلاثاء ٠٧ / يناير / ٢٠٢٥\nشهدت محافظة دير الزور اشتباكات عنيفة في قرية درنج."
    )
    result = geoparse(text, datetime.date(2023, 12, 10), reading.curated())
    assert {(e.date_start, e.sub_type) for e in result.events} == {
        (datetime.date(2023, 12, 9), "armed_clash")
    }


def test_the_attack_with_two_words_before_it_names_the_strike_again():
    text = (
        "Israeli airstrikes targeted a militia base near Albu Kamal on Sunday. The"
        " pre-dawn attack destroyed storehouses at the Imam Ali compound."
    )
    found = sub_types_at(text)
    assert ("air_strike", "imam-ali-base") in found
    assert ("attack", "imam-ali-base") not in found


def test_the_exit_of_people_is_their_flight():
    text = "تواصل يوم الأحد خروج الأهالي من بلدة الباغوز نحو مخيم الهول."
    assert ("displacement", "al-baghuz-fawqani") in sub_types_at(text)


def test_a_claim_for_an_attack_on_a_village_with_its_article_is_that_attack():
    text = "Daesh took responsibility for an attack on the village of al-Sousa."
    assert sub_types_at(text) == {("attack", "al-susah")}


def test_a_photo_caption_ending_on_its_day_dates_nothing():
    text = (
        "28 October 2018\n"
        "A fighter walks through a damaged street in the city of Tabqa, after"
        " SDF captured it, May 12, 2017\n"
        "Daesh took responsibility for an attack on the village of al-Sousa."
    )
    result = geoparse(text, datetime.date(2018, 10, 28), reading.curated())
    assert {e.date_end for e in result.events} == {datetime.date(2018, 10, 28)}


@pytest.mark.parametrize(
    "text",
    [
        "طال القصف يوم الأحد مستودعات في أطراف مدينة دير الزور، ومواقع في بادية"
        " البوكمال.",
        "Jets struck depots on the outskirts of Deir ez-Zor city and positions in"
        " the desert of Albu Kamal on Sunday.",
    ],
)
def test_a_town_s_desert_named_beside_other_sites_is_one_of_them(text):
    found = sub_types_at(text)
    assert {"deir-ez-zor", "albu-kamal"} <= {slug for _, slug in found}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        (
            "Jets struck near the town of Salihiyah, east of Mayadeen.",
            "salihiyah-abu-kamal",
        ),
        (
            "Jets struck near the town of Salihiyah, north of Mayadeen.",
            "salihiyah-deir-ez-zor",
        ),
    ],
)
def test_a_direction_from_a_town_tells_which_place_of_the_name(text, slug):
    assert ("air_strike", slug) in sub_types_at(text)


def test_a_person_s_whole_name_after_the_so_called_is_no_place():
    text = (
        "قتل المدعو عبد الفتاح الحمد الخزيم بغارة لمسيرة استهدفت سيارة في قرية"
        " الزباري يوم الأحد."
    )
    assert sub_types_at(text) == {("air_strike", "al-zabari")}


def test_a_place_after_the_so_called_and_his_name_is_still_a_place():
    text = "قتل المدعو أحمد في قرية الزباري بغارة لمسيرة يوم الأحد."
    assert ("air_strike", "al-zabari") in sub_types_at(text)


def test_news_of_the_same_time_is_no_aside():
    text = (
        "قصفت القوات الأمريكية مواقع في البوكمال يوم الأحد. ويأتي ذلك في الوقت"
        " الذي أفادت فيه مصادر محلية بغارة لمسيرة استهدفت سيارة في قرية الزباري."
    )
    assert ("air_strike", "al-zabari") in sub_types_at(text)


def test_a_camp_targeted_with_rpgs_is_a_ground_attack():
    text = "IS members targeted a militia camp in al-Mayadin with RPG-7 on Sunday."
    assert sub_types_at(text) == {("attack", "al-mayadin")}


def test_tonight_may_be_the_night_before_a_report_filed_after_midnight():
    text = "DEIR EZZOR, SYRIA (3:00 A.M.) - The army recaptured Jabal Thardeh tonight."
    result = geoparse(text, datetime.date(2016, 9, 18), reading.curated())
    assert {(e.date_start, e.date_end) for e in result.events} == {
        (datetime.date(2016, 9, 17), datetime.date(2016, 9, 18))
    }


def test_of_two_events_told_from_the_same_day_the_longer_is_kept():
    result = geoparse("Clashes in Hajin on Sunday.", SUNDAY, reading.curated())
    (event,) = result.events
    longer = dataclasses.replace(event, date_end=SUNDAY + datetime.timedelta(days=3))
    assert dedupe([[event], [longer]]) == [longer]
    assert dedupe([[longer], [event]]) == [longer]


def test_news_that_came_in_on_a_day_is_a_telling_of_that_day_or_before():
    text = "تواترت الأنباء الخميس عن هجوم التنظيم على مطار دير الزور العسكري."
    result = geoparse(text, datetime.date(2014, 12, 5), reading.curated())
    assert {(e.date_start, e.date_end) for e in result.events} == {
        (datetime.date(2014, 12, 3), datetime.date(2014, 12, 4))
    }


@pytest.mark.parametrize(
    "text",
    [
        "شنت الطائرات غارتين على البوكمال يوم الأحد.",
        "نفذت واشنطن ضربتين جويتين على البوكمال يوم الأحد.",
    ],
)
def test_two_strikes_told_in_the_dual_are_strikes(text):
    assert sub_types_at(text) == {("air_strike", "albu-kamal")}
