"""Words met in the real-dr to real-du reports (sentences here are the team's own)."""

import datetime

from places.events import anaphors
from tests import reading

FRIDAY = datetime.date(2025, 10, 24)


def test_a_facility_names_the_field_or_base_before_it():
    text = "The Omar facility came under army control on Sunday."
    assert ("territory_change", "al-omar-oil-field") in reading.sub_types_at(text)
    assert reading.places_at("قصفت الطائرات منشأة كونيكو يوم الأحد") == [
        "conoco-gas-field"
    ]


def test_the_us_base_named_for_the_euphrates_is_the_conoco_base():
    text = "Rockets hit troops at Mission Support Site Euphrates on Sunday."
    assert reading.places_at(text) == ["conoco-gas-field"]


def test_gunmen_shooting_at_a_bus_attacked_it():
    text = "On Saturday gunmen surrounded a bus near Hajin and started shooting at it."
    assert ("attack", "hajin") in reading.sub_types_at(text)


def test_since_the_start_of_an_operation_on_a_day_runs_to_the_report():
    text = "The army has taken Hajin since the start of the offensive on Friday."
    assert reading.dates_at(text, "hajin") == [(FRIDAY, reading.SUNDAY)]
    text = "سيطر الجيش على هجين منذ بدء العمليات العسكرية يوم الجمعة."
    assert reading.dates_at(text, "hajin") == [(FRIDAY, reading.SUNDAY)]


def test_a_first_line_ending_in_a_full_stop_is_no_headline():
    text = (
        "قتل 8 عناصر إثر هجوم مسلحين على مقر لهم في مدينة الميادين.\n"
        "وأفاد المرصد أمس بأن 3 عناصر قتلوا برصاص مسلحين هاجموا نقطة في الميادين."
    )
    days = reading.dates_at(text, "al-mayadin")
    assert (reading.SUNDAY - datetime.timedelta(1), reading.SUNDAY) in days


def test_a_headline_told_again_in_the_body_is_still_one_event():
    text = (
        "مقتل 8 عناصر بهجوم في الميادين\n"
        "قتل 8 عناصر يوم الجمعة إثر هجوم مسلحين على مقر لهم في مدينة الميادين."
    )
    assert reading.dates_at(text, "al-mayadin") == [(FRIDAY, FRIDAY)]


def test_a_place_listed_beside_a_name_says_which_namesake_it_is():
    text = (
        "استهدفت غارات يوم الأحد حي العمال ومعسكر الصاعقة ومستودعات عياش. "
        "وقصفت الطائرات مواقع في الصالحية والعباس قرب الحدود العراقية."
    )
    assert "salihiyah-abu-kamal" in reading.places_at(text)
    assert "salihiyah-deir-ez-zor" not in reading.places_at(text)


def test_the_hospitals_the_dead_were_taken_to_are_not_the_site():
    text = (
        "انفجر لغم بسيارة تقل مدنيين في ريف دير الزور يوم الأحد، ونقل الأهالي "
        "الجثامين إلى مشافي مدينة دير الزور."
    )
    assert [e.place.slug for e in reading.events_at(text)] == [
        "deir-ez-zor-governorate"
    ]


def test_a_sentence_further_on_is_not_the_same_event_told_again():
    text = (
        "Government forces have broken the siege of Deir ez-Zor Airport, SANA said "
        "on Sunday. The troops met the advancing army, SANA said. In 2014, the "
        "Islamic State besieged the city and took control of its eastern districts."
    )
    saturday = reading.SUNDAY - datetime.timedelta(1)
    assert reading.dates_at(text, "deir-ez-zor-airport") == [(saturday, reading.SUNDAY)]


def test_there_at_a_clauses_end_points_back_at_the_places_just_named():
    text = (
        "IS attacked army posts on Sunday. After it, al-Shula and Kabajib remained "
        "the key areas where IS gained ground. Clashes are ongoing there."
    )
    clashes = reading.places_of(text, "armed_clash")
    assert clashes == {"al-shula", "kabajib"}
    text = "سيطرت القوات على الشولا يوم الأحد. وتدور اشتباكات عنيفة هناك."
    assert ("armed_clash", "al-shula") in reading.sub_types_at(text)


def test_there_opening_a_clause_points_at_nothing():
    for text in ["هناك اشتباكات في البادية.", "There were clashes in the desert."]:
        assert anaphors(text, 0, len(text)) == []
    text = "وتدور اشتباكات هناك."
    assert [text[s:e] for s, e, _ in anaphors(text, 0, len(text))] == ["هناك"]


def test_a_capitalised_citys_dateline_is_when_the_report_was_filed():
    text = (
        "Dushanbe, 26.10.2025. /NIAT Khovar/. The army retook a hospital that fell "
        "earlier on Friday near Hajin.\nAll the militants who stormed the hospital "
        "near Hajin were killed."
    )
    assert reading.dates_at(text, "hajin") == [(FRIDAY, FRIDAY)] * 2


def test_people_forced_out_of_a_town_were_displaced():
    for text in [
        "Some 30,000 residents of Hajin were forced out by IS on Sunday.",
        "IS rousted as many as 30,000 people from Hajin on Sunday.",
    ]:
        assert ("displacement", "hajin") in reading.sub_types_at(text)
    text = "Nusra fighters were forced out of Hajin on Sunday."
    assert ("displacement", "hajin") not in reading.sub_types_at(text)


def test_spellings_met_in_the_sets():
    text = "سيطرت قسد يوم الأحد على حقل نفط “العمر” شرق الفرات."
    assert ("territory_change", "al-omar-oil-field") in reading.sub_types_at(text)
    text = "The army clashed with IS near al-Bashari mount on Sunday."
    assert ("armed_clash", "jabal-bishri") in reading.sub_types_at(text)
    assert reading.places_at("Airstrikes hit Qourieh on Sunday.") == ["al-quriyah"]


def test_overrunning_a_town_took_it():
    text = "وكان مقاتلو التنظيم قد اجتاحوا مدينة موحسن أمس، وقصفتها الطائرات اليوم."
    assert ("territory_change", "al-muhasan") in reading.sub_types_at(text)
    text = "IS fighters overrun al-Muhasan on Sunday."
    assert ("territory_change", "al-muhasan") in reading.sub_types_at(text)


def test_the_force_a_state_backs_is_not_its_air_force():
    text = "Gunmen ambushed two cars of the US-backed SDF in Zubian town on Sunday."
    assert reading.sub_types_at(text) == {("attack", "diban")}
    text = (
        "Casualties were reported among the US-backed SDF after the targeting of "
        "two of their cars near al-Busayrah."
    )
    assert not any(t == "air_strike" for t, _ in reading.sub_types_at(text))
    assert reading.places_at("A bomb went off near the village of Salu.") == ["salu"]


def test_the_mayor_of_a_municipality_was_assassinated_in_its_town():
    text = "اغتيل صباح اليوم الأحد رئيس بلدية “الكبر” في ريف دير الزور الغربي."
    assert reading.sub_types_at(text) == {("attack", "al-kubar")}


def test_a_place_a_name_is_east_of_is_not_listed_beside_it():
    text = (
        "قصفت طائرات التحالف مواقع التنظيم في الباغوز والشعفة يوم الأحد. "
        "وقصفت الطائرات مواقع في بلدة (الكشمة) شرق دير الزور."
    )
    assert "al-kishma" in reading.places_at(text)


def test_a_sentence_opening_in_the_pluperfect_tells_another_event():
    text = (
        "أعلنت قسد يوم الأحد مقتل نحو 100 مدني بانفجار سيارة مفخخة قرب حقل كونيكو. "
        "وكان قد قتل نحو 40 مدنياً، الخميس 12 تشرين الأول المنصرم، بانفجار سيارتين."
    )
    saturday = reading.SUNDAY - datetime.timedelta(1)
    assert reading.dates_at(text, "conoco-gas-field") == [(saturday, reading.SUNDAY)]


def test_a_group_that_displaced_a_towns_people():
    text = "هجرت الدولة الإسلامية أول أمس الجمعة أهالي مدينة الشحيل."
    assert ("displacement", "al-shuhayl") in reading.sub_types_at(text)
