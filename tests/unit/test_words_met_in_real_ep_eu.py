"""Words met in the real-ep to real-eu reports (sentences here are the team's own)."""

import datetime

from tests import reading


def test_bombardment_of_the_aircraft_with_the_article_after_lam_is_an_air_strike():
    text = "قتل 8 مدنيين جراء قصف للطائرات الحربية على بلدة الشعفة"
    assert reading.sub_types_at(text) == {("air_strike", "al-shafah")}


def test_a_dateline_with_a_colon_after_the_country_is_where_it_was_filed():
    text = (
        "OMAR OIL FIELD, Syria: Kurdish-led forces pounded the last pocket held "
        "by the group on Monday.\nThe fighters were inside Baghouz, he said."
    )
    assert reading.places_of(text, "shelling") == {"al-baghuz-fawqani"}


def test_baghous_is_a_spelling_of_al_baghuz():
    text = "The SDF captured the village of Baghous on Wednesday."
    assert reading.places_of(text, "territory_change") == {"al-baghuz-fawqani"}


def test_an_event_with_its_own_date_after_a_recent_one_of_its_kind_is_told():
    text = (
        "The militants, who have stepped up attacks in the past two months, on "
        "Monday ambushed soldiers near the town of al-Mayadin."
    )
    assert reading.places_of(text, "attack") == {"al-mayadin"}


def test_an_ellipsis_before_a_lower_case_word_ends_no_sentence():
    text = (
        '"Eight were killed when a landmine... exploded as they were travelling '
        'on the outskirts of Deir Ezzor," the monitor said.'
    )
    assert reading.places_of(text, "remote_explosive") == {"deir-ez-zor"}


def test_a_post_targeted_with_rpg_shells_and_machine_guns_is_an_attack():
    text = (
        "قتل عنصران من قسد اليوم الخميس من جراء استهداف مقرهم بقذائف الـ (أر بي جي) "
        'والرشاشات قرب بلدة "الزر" شرقي دير الزور.'
    )
    assert reading.sub_types_at(text) == {("attack", "al-zir")}


def test_a_convoy_targeted_is_an_attack_and_the_artillery_corps_no_shelling():
    text = (
        "قالت المجموعة إنها استهدفت رتلاً عسكرياً للمليشيا في منطقة البغيلية، "
        "مؤكدة مقتل أحد قادة المليشيا المسؤولين عن سلاح المدفعية."
    )
    assert reading.sub_types_at(text) == {("attack", "al-baghiliyah")}


def test_the_victims_were_in_a_place_told_next_is_where_the_blast_was():
    text = (
        "At least nine people have been killed in a landmine explosion in Syria, a "
        "monitor said. The victims were truffle hunters traveling in a truck in "
        "Dair al-Saur province in the east of the country."
    )
    assert reading.places_of(text, "remote_explosive") == {"deir-ez-zor-governorate"}


def test_a_massacre_against_the_displaced_is_no_flight_and_lil_tahaluf_an_air_force():
    assert reading.sub_types_at("مجزرة جديدة بحق النازحين في بلدة هجين") == set()
    text = "قتل 40 مدنيا جراء قصف للتحالف الدولي على مدينة هجين."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}


def test_an_undated_event_after_a_day_it_was_reported_may_be_of_that_day():
    text = (
        "The army took more regions in Deir Ezzur, field sources said Monday. "
        "Reports said on Saturday that the army hit ISIL positions in Deir Ezzur "
        "province. The army men won another battle with ISIL in the town of Khusham."
    )
    published = datetime.date(2017, 10, 24)
    (event,) = [
        e for e in reading.events_at(text, published) if e.place.slug == "khasham"
    ]
    assert event.date_start == datetime.date(2017, 10, 21)


def test_overnight_is_counted_from_the_day_its_sentence_says_it_was_told():
    text = (
        "BEIRUT: Air strikes hit positions of pro-Iranian forces in Albu Kamal "
        "overnight, killing 18 fighters, a war monitor said on Monday."
    )
    published = datetime.date(2019, 9, 10)  # a Tuesday
    (event,) = reading.events_at(text, published)
    assert event.date_start == datetime.date(2019, 9, 8)


def test_a_headline_event_is_placed_by_the_lead_after_a_date_stamp():
    text = (
        "مقتل مدنيين في هجوم إرهابي استهدف جامعي الكمأة\n"
        "تاريخ النشر: 6th, March 2024 GMT\n"
        "أقدمت مجموعة من فلول تنظيم داعش على حرق 15 سيارة كانت تقل مدنيين في "
        "بادية كباجب غرب جنوبي محافظة دير الزور، شرقي سوريا."
    )
    assert reading.places_of(text, "attack_on_civilians") == {"kabajib"}


def test_clashes_told_in_a_town_outside_the_region_borrow_no_place():
    text = (
        "قتلى للنظام باشتباكات مع الجيش الحر بحلب "
        'ومقتل 100 نازح بانفجار "مفخخة" في دير الزور'
    )
    assert reading.sub_types_at(text) == {
        ("remote_explosive", "deir-ez-zor-governorate")
    }


def test_a_mine_planted_by_militants_is_a_remote_explosive():
    text = "Six civilians were killed near al-Mayadin by a mine planted by militants."
    assert reading.sub_types_at(text) == {("remote_explosive", "al-mayadin")}


def test_a_date_in_the_next_clause_dates_that_clause_s_event_only():
    text = (
        "وقعت اشتباكات عنيفة بين جبهة النصرة وداعش في منطقة كباجب، فيما قتل القائد "
        "العسكري لداعش متأثراً بجروح أصيب بها قبل يومين."
    )
    published = datetime.date(2014, 5, 21)
    (event,) = reading.events_at(text, published)
    assert (event.sub_type, event.date_end) == ("armed_clash", published)


def test_a_checkpoint_targeted_by_gunmen_is_an_attack():
    text = (
        "كما استهدف مسلحون مجهولون يستقلون دراجة نارية، الجمعة، حاجزاً لقوى الأمن "
        "الداخلي في بلدة درنج شرق دير الزور، ما أدى إلى مقتل عنصر."
    )
    assert reading.sub_types_at(text) == {("attack", "darnaj")}


def test_an_airborne_operation_by_helicopters_is_a_raid_not_an_air_strike():
    text = "US-led coalition helicopters conducted an airborne operation near al-Kubar."
    assert reading.sub_types_at(text) == {("attack", "al-kubar")}


def test_fighter_jets_are_aircraft_and_women_fighters_are_not():
    text = "ارتفعت حصيلة المجزرة التي ارتكبتها المقاتلات الروسية في بلدة الشعفة اليوم."
    assert reading.sub_types_at(text) == {("air_strike", "al-shafah")}
    text = "قصفت المقاتلات الحربية بلدة الشعفة اليوم."
    assert reading.sub_types_at(text) == {("air_strike", "al-shafah")}
    text = "قصفت مقاتلات وحدات حماية المرأة بلدة الشعفة بالهاون اليوم."
    assert reading.sub_types_at(text) == {("shelling", "al-shafah")}


def test_an_ordinal_day_with_its_waw_standing_apart():
    text = "قصفت الطائرات بلدة الشعفة يوم الأحد السادس و العشرين من نوفمبر."
    (event,) = reading.events_at(text, datetime.date(2017, 11, 27))
    assert event.date_start == event.date_end == datetime.date(2017, 11, 26)


def test_saeqa_is_a_spelling_of_the_saiqa_camp():
    text = "Jets hit part of the Saeqa military camp on Sunday evening."
    assert reading.places_of(text, "air_strike") == {"saiqa-camp"}


def test_civilians_taken_from_a_village_are_no_ground_taken():
    text = "Civilians were reportedly taken from Balighia and moved to Raqqa."
    assert reading.sub_types_at(text) == set()
    text = "The village of Balighia was taken from IS on Sunday."
    assert reading.sub_types_at(text) == {("territory_change", "al-baghiliyah")}


def test_spellings_met_in_english_reports():
    for text, slug in (
        ("Jets struck al-Souseh on Wednesday.", "al-susah"),
        ("Jets struck the village of Al-Zar on Wednesday.", "al-zir"),
        ("Jets struck the village of al-Jarthi on Wednesday.", "jurdi-sharqi"),
        ("Jets struck the village of Hosan on Wednesday.", "al-hisan"),
    ):
        assert reading.places_of(text, "air_strike") == {slug}, text


def test_a_day_told_after_mushiran_ila_anna_dates_another_matter():
    text = (
        "قالت الشبكة إن الشاب قُتل برصاص قسد في بلدة سويدان جزيرة، مشيرةً "
        "إلى أن شقيقه قُتل السبت الفائت."
    )
    published = datetime.date(2024, 8, 12)
    (event,) = reading.events_at(text, published)
    assert event.date_start != datetime.date(2024, 8, 10)


def test_dahamat_is_a_raid():
    text = "وفجر السبت الفائت، دهمت قسد بلدة سويدان جزيرة، ما أدى إلى مقتل شخصين."
    assert reading.places_of(text, "attack") == {"suwaydan-jazira"}


def test_after_midnight_last_night_and_the_night_of_one_day_to_the_dawn_of_the_next():
    published = datetime.date(2017, 7, 4)  # a Tuesday
    text = "قصفت الطائرات الحربية بعد منتصف ليل أمس حي العرفي."
    (event,) = reading.events_at(text, published)
    assert (event.date_start, event.date_end) == (datetime.date(2017, 7, 3), published)
    text = "قصفت قوات النظام بعد منتصف ليل الأثنين- فجر الثلاثاء حي العرفي."
    (event,) = reading.events_at(text, published)
    assert (event.date_start, event.date_end) == (datetime.date(2017, 7, 3), published)


def test_a_quoted_list_after_a_plural_field_cue_and_its_adjective_names_fields():
    text = 'سيطر الجيش على الحقول النفطية "العمر، التنك، كونيكو، الجفرة".'
    assert reading.places_of(text, "territory_change") == {
        "al-omar-oil-field",
        "al-tanak-oil-field",
        "conoco-gas-field",
        "jafra-oil-field",
    }
    text = "قصفت الطائرات شاباً في العشرين من العمر في بلدة هجين."
    assert reading.places_at(text) == ["hajin"]  # "the age", no place
