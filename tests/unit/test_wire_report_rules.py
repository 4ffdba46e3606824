"""Rules found on real wire reports (sentences here are the team's own): what
is news, where and when; the words themselves are in test_wire_report_words."""

import datetime
from pathlib import Path

import pytest

from places.dates import find_dates
from places.gazetteer import Gazetteer, read_csv
from places.geoparsing import geoparse
from tests import reading

CURATED = Path(__file__).resolve().parents[2] / "places" / "data" / "gazetteer.csv"
THURSDAY = datetime.date(2018, 2, 8)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(CURATED))


def events(text, gazetteer, published=THURSDAY):
    return reading.events(text, gazetteer, published)


def test_the_bombardment_after_an_air_strike_goes_on_with_it(gazetteer):
    text = (
        "شهدت مدينة الميادين قصفاً جوياً عنيفاً. "
        "وشمل القصف منطقة السيال واللواء 137 جنوب دير الزور."
    )
    found = events(text, gazetteer)
    assert ("2018-02-08", "air_strike", "sayyal") in found
    assert ("2018-02-08", "air_strike", "brigade-137-base") in found
    assert not [e for e in found if e[1] == "shelling"]


def test_an_area_word_lets_a_name_that_is_also_a_word_count(gazetteer):
    assert events("قصفت طائرات منطقة السيال.", gazetteer) == {
        ("2018-02-08", "air_strike", "sayyal")
    }
    assert events("قصفت طائرات السيال.", gazetteer) == set()


def test_subjected_to_an_attack_is_the_attack(gazetteer):
    text = "وتعرضت حافلة لهجوم على طريق تدمر في منطقة كباجب."
    assert ("2018-02-08", "attack", "kabajib") in events(text, gazetteer)


def test_a_purpose_is_still_no_event(gazetteer):
    assert events("حشدت قوات النظام لهجوم على الميادين.", gazetteer) == set()


def test_a_place_located_by_a_reference_is_the_site(gazetteer):
    text = "وجهت القوات الأميركية الجمعة ضربة في منطقة البوكمال شرق دير الزور."
    found = events(text, gazetteer, datetime.date(2021, 2, 26))
    assert found == {("2021-02-26", "air_strike", "abu-kamal-district")}


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية منطقة قريبة من حقل العمر الواقع في بادية الشحيل.",
        "قصفت المدفعية منطقة قريبة من حقل #العمر_النفطي الواقع في بادية #الشحيل.",
        "Artillery shelled an area near the al-Omar field, located in the "
        "desert of al-Shuhayl.",
    ],
)
def test_a_place_that_only_locates_the_one_before_is_no_site(text, gazetteer):
    found = events(text, gazetteer)
    assert {e[2] for e in found} == {"al-omar-oil-field"}


def test_a_lead_takes_the_night_told_further_on(gazetteer):
    text = (
        "قصفت المجموعات قاعدة حقل كونيكو بصاروخ.\n"
        "وقال المرصد في بيان صحفي الأحد: سمع دوي انفجار في المنطقة، ليل السبت/الأحد."
    )
    found = events(text, gazetteer, datetime.date(2024, 4, 7))
    assert ("2024-04-06", "shelling", "conoco-gas-field") in found


def test_a_date_in_an_opening_after_phrase_is_the_earlier_events(gazetteer):
    text = (
        "After the clashes with the tribes in Deir ez-Zor last month, the group "
        "has intensified its attacks. Local sources said it shelled the villages of "
        "Gharanij and al-Tayyanah."
    )
    found = events(text, gazetteer)
    assert ("2018-02-08", "shelling", "gharanij") in found
    assert ("2018-02-08", "shelling", "al-tayyanah") in found


def test_turkish_spellings_of_villages_are_found(gazetteer):
    text = "Local sources said it shelled the villages of Giranic and Havayic."
    found = {e[2] for e in events(text, gazetteer)}
    assert found == {"gharanij", "al-hawayij"}


def test_a_lead_takes_the_day_told_further_on(gazetteer):
    text = (
        "Coalition air strikes killed 100 fighters east of Deir ez-Zor. "
        "Officials spoke to reporters. "
        "The strikes were carried out late on Wednesday."
    )
    dates = {e[0] for e in events(text, gazetteer)}
    assert dates == {"2018-02-07"}


def test_a_lead_does_not_take_an_older_day_told_further_on(gazetteer):
    text = (
        "Coalition air strikes killed 100 fighters east of Deir ez-Zor. "
        "Similar strikes hit the area last month."
    )
    assert {e[0] for e in events(text, gazetteer)} == {"2018-02-08"}


def test_a_day_after_a_speaker_and_a_comma_is_when_it_was_told():
    text = "وقال مسؤول أمريكي، اليوم الخميس، إن الضربات قتلت 100 مقاتل."
    (date,) = find_dates(text, THURSDAY, "ar")
    assert date.reporting


def test_airstrikes_in_the_area_are_at_the_place_just_named(gazetteer):
    text = (
        "Clashes went on in Hajin town on Thursday, while coalition airstrikes "
        "targeted positions in the area."
    )
    found = events(text, gazetteer)
    assert ("2018-02-08", "air_strike", "hajin") in found


def test_an_area_with_its_adjective_refers_to_nothing(gazetteer):
    text = "اشتباكات في بلدة هجين ومدينة الميادين. وقصفت طائرات المنطقة الشرقية."
    assert not [e for e in events(text, gazetteer) if e[1] == "air_strike"]


def test_a_byline_date_does_not_date_the_events_after_it(gazetteer):
    text = (
        "IS cuts off the airbase\n"
        "17 January, 2017\n"
        "IS seized the area around the Deir ez-Zor airport on Monday.\n"
        "Government jets carried out more than 20 airstrikes on the airport area."
    )
    found = events(text, gazetteer, datetime.date(2017, 1, 17))
    assert {e[0] for e in found} == {"2017-01-16"}


def test_a_byline_date_still_dates_a_report_with_no_other(gazetteer):
    text = "By Staff Reporter | 17 January, 2017\nJets struck Hajin."
    found = events(text, gazetteer, datetime.date(2017, 1, 18))
    assert found == {("2017-01-17", "air_strike", "hajin")}


def test_the_attack_after_a_strike_is_that_strike(gazetteer):
    text = (
        "Coalition jets struck a militia base in Albu Kamal on Thursday. "
        "An official spoke of the attack on condition of anonymity."
    )
    assert {e[1] for e in events(text, gazetteer)} == {"air_strike"}


def test_the_attack_naming_places_of_its_own_is_kept(gazetteer):
    text = (
        "IS fighters forced the SDF to pull back around Hajin on Thursday. "
        "The attack targeted SDF posts on the outskirts of al-Bahra."
    )
    assert ("2018-02-08", "attack", "al-bahrah") in events(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Russia warned against targeting its forces in Hajin.",
        "The army, which captured recently Hajin, is resting.",
        "وكانت قوات النظام قد سيطرت مؤخراً على بلدة هجين.",
        "ناشطون ينفون دخول قوات النظام إلى مدينة البوكمال",
        "The SDF denied capturing Hajin on Thursday.",
        "The injured were taken to al-Omar hospital.",
    ],
)
def test_warnings_recaps_denials_and_the_wounded_are_no_events(text, gazetteer):
    assert events(text, gazetteer) == set()


def test_the_village_after_one_we_lack_is_not_the_last_one_we_know(gazetteer):
    text = (
        "قتل مدني أمس في بلدة الشحيل. "
        'وأعدم التنظيم اليوم شاباً في قرية "الطكيحي"، وسط القرية.'
    )
    found = events(text, gazetteer)
    assert ("2018-02-08", "attack_on_civilians", "al-shuhayl") not in found


def test_a_date_told_of_a_pluperfect_verb_is_not_the_retaking(gazetteer):
    text = (
        "The militants punched back into Albu Kamal, which they had lost a day "
        "earlier, and retook several neighbourhoods."
    )
    assert events(text, gazetteer) == {("2018-02-08", "territory_change", "albu-kamal")}


def test_a_date_of_a_capture_by_others_is_not_the_retaking(gazetteer):
    text = (
        "At Albu Kamal, IS took back parts of the town captured by the army on Monday."
    )
    assert {e[0] for e in events(text, gazetteer)} == {"2018-02-08"}


def test_an_event_told_of_a_countryside_takes_the_village_of_its_clause(gazetteer):
    text = (
        "Army units clashed with IS in the western countryside of Deir Ezzor, "
        "establishing control over farms near al-Tabani town."
    )
    assert ("2018-02-08", "armed_clash", "al-tabni") in events(text, gazetteer)


def test_a_later_strike_elsewhere_does_not_date_the_lead(gazetteer):
    text = (
        "Jets pounded militia positions near Albu Kamal. "
        "Yesterday, jets struck the T4 airbase in Homs."
    )
    assert {e[0] for e in events(text, gazetteer)} == {"2018-02-08"}


def test_this_dawn_is_the_day_of_the_report(gazetteer):
    text = "Yesterday jets struck Hajin. Jets struck Albu Kamal this dawn."
    assert ("2018-02-08", "air_strike", "albu-kamal") in events(text, gazetteer)


def test_a_name_holding_its_cue_is_no_unknown_village(gazetteer):
    text = (
        "نفى ناشطون دخول قوات النظام إلى مدينة البوكمال (130 كم شرق مدينة دير الزور). "
        "وأكد الناشطون أن الاشتباكات تدور في محيط المدينة."
    )
    assert ("2018-02-08", "armed_clash", "albu-kamal") in events(text, gazetteer)


def test_close_to_breaking_a_siege_is_no_event(gazetteer):
    text = "Government forces are close to breaking the siege of Deir ez-Zor city."
    assert events(text, gazetteer) == set()


def test_targeting_after_an_air_strike_in_the_sentence_before_is_one(gazetteer):
    text = (
        "قتل مدنيون مساء أمس بقصف بطائرات حربية على بلدة هجين. "
        "وقتل آخرون جراء استهداف منزل في بلدة البوليل."
    )
    assert ("2018-02-07", "air_strike", "al-bulayl") in events(text, gazetteer)


def test_an_assassination_attempt_is_an_attack(gazetteer):
    text = "ونجا أحد الوجهاء من محاولة اغتيال بعد إطلاق النار عليه في بلدة الصبحة."
    assert ("2018-02-08", "attack", "al-sabha") in events(text, gazetteer)


def test_an_attempt_to_advance_is_no_event(gazetteer):
    assert events("وفي محاولة للتقدم نحو بلدة الصبحة.", gazetteer) == set()


def test_villages_taken_are_still_taken(gazetteer):
    text = "Two villages near Hajin were taken by the SDF on Thursday."
    assert ("2018-02-08", "territory_change", "hajin") in events(text, gazetteer)


def test_an_aside_dated_to_the_last_days_is_news(gazetteer):
    text = (
        "استهدفت طائرات التحالف الليلة الماضية منزلاً في بلدة هجين. "
        "يذكر أن مدنيين قتلا جراء قصف جوي على بلدة الشعفة ليلة أول أمس."
    )
    assert ("2018-02-06", "air_strike", "al-shafah") in events(text, gazetteer)


def test_an_aside_of_last_month_is_background(gazetteer):
    text = (
        "استهدفت طائرات التحالف الليلة الماضية منزلاً في بلدة هجين. "
        "يذكر أن مدنيين قتلا جراء قصف جوي على بلدة الشعفة الشهر الماضي."
    )
    assert not [e for e in events(text, gazetteer) if e[2] == "al-shafah"]


def test_a_photo_caption_tells_no_event(gazetteer):
    text = (
        "IS attacks an army post in Albu Kamal\n"
        "معارك بين تنظيم الدولة وقسد شرق دير الزور (أرشيف - إنترنت)\n"
        "IS fighters attacked an army post in Albu Kamal on Thursday."
    )
    found = events(text, gazetteer)
    assert found and all(e[2] == "albu-kamal" for e in found)


def test_forces_preparing_an_offensive_is_no_event(gazetteer):
    text = "Civilians left as the SDF prepare a final offensive on Hajin."
    assert not [e for e in events(text, gazetteer) if e[1] == "attack"]


def _places(text, gazetteer, published=THURSDAY):
    return [m.place.slug for m in geoparse(text, published, gazetteer).mentions]


def test_deir_ez_zor_named_after_a_village_is_the_province(gazetteer):
    text = "نزح آلاف المدنيين من بلدة السيال بدير الزور."
    assert _places(text, gazetteer, datetime.date(2017, 12, 5)) == [
        "sayyal",
        "deir-ez-zor-governorate",
    ]


def test_deir_ez_zor_after_a_city_quarter_is_the_city(gazetteer):
    text = "قصفت طائرات حي الجورة بدير الزور."
    assert _places(text, gazetteer, datetime.date(2017, 9, 1))[-1] == "deir-ez-zor"


def test_the_deir_ez_zor_desert_is_the_province(gazetteer):
    text = "IS attacked army positions in the Deir Ezzor desert on Thursday."
    assert _places(text, gazetteer, datetime.date(2017, 9, 1)) == [
        "deir-ez-zor-governorate"
    ]


def test_the_attack_told_next_gives_its_place_to_the_blast_before_it(gazetteer):
    text = (
        "A Russian general was killed by a land mine explosion in Syria, the "
        "ministry said on Saturday. The ministry said the attack took place in "
        "the southeastern province of Deir el-Zour."
    )
    assert events(text, gazetteer) == {
        ("2018-02-03", "remote_explosive", "deir-ez-zor-governorate")
    }
