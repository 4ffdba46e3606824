"""Words met in the real-ed to real-eg reports (sentences here are the team's own)."""

import datetime

from tests import reading


def test_a_bombardment_by_aircraft_named_after_it_is_an_air_strike():
    text = "Positions near Hatla came under heavy bombardment by Syrian aircraft."
    assert reading.sub_types_at(text) == {("air_strike", "hatla")}


def test_bombardments_of_an_army_s_aircraft_are_air_strikes():
    text = "Positions near Hatla came under bombardments of the Syrian army’s aircraft."
    assert reading.sub_types_at(text) == {("air_strike", "hatla")}


def test_a_base_fire_came_from_is_not_the_site_of_the_shelling():
    text = (
        "The coalition shelled Hajin with missiles fired from the coalition's base "
        "in al-Omar oilfield."
    )
    assert reading.places_of(text, "shelling") == {"hajin"}


def test_badiya_in_latin_letters_is_the_desert_of_the_town_after_it():
    for text in (
        "Jets pounded positions in Badiyeh Khasham on Sunday.",
        "Jets pounded positions in Badiyat al-Mayadin on Sunday.",
    ):
        (event,) = reading.events_at(text)
        assert event.geo_precision == 2, text


def test_two_councils_named_at_once_are_no_sites():
    text = (
        'اندلعت اشتباكات يوم الأحد بين قوات "مجلسي دير الزور وهجين العسكريين" '
        "وبين المجموعات المهاجمة في محيط بلدة ذيبان."
    )
    assert reading.places_of(text, "armed_clash") == {"diban"}
    text = (
        "In Diban, clashes broke out on Sunday between the Deir ez-Zor and Hajin "
        "military councils and tribal fighters."
    )
    assert reading.places_at(text) == ["diban"]


def test_an_arabic_text_wrapped_in_short_lines_is_read_in_sentences():
    text = (
        "سيطرت\nمجموعات من أبناء العشائر على عدد من البلدات في\nريف دير الزور "
        "إثر هجوم عنيف يوم الأحد. واندلعت اشتباكات بين الطرفين في\nمحيط بلدة ذيبان "
        "يوم الأحد، حيث تتركز الاشتباكات في\nبلدة الصبحة."
    )
    assert ("territory_change", "deir-ez-zor-governorate") in reading.sub_types_at(text)


def test_the_attacking_groups_are_people_not_an_attack():
    text = "اندلعت اشتباكات يوم الأحد بين قسد والمجموعات المهاجمة في محيط بلدة ذيبان."
    assert reading.sub_types_at(text) == {("armed_clash", "diban")}


def test_fighting_told_as_going_on_just_before_its_word_is_of_the_report_day():
    text = (
        "قصفت طائرة سيارتين في الميادين يوم الجمعة، فيما رجحت مصادر أن يكون "
        "قيادياً جرى استهدافه بعد تتبعه في حين تتواصل الاشتباكات في أطراف مدينة "
        "دير الزور."
    )
    days = reading.dates_at(text, "deir-ez-zor")
    assert days and all(last == reading.SUNDAY for _, last in days)


def test_a_similar_bombardment_is_of_the_kind_just_told():
    text = (
        "استهدف طيران التحالف يوم السبت حقل الجفرة، فيما تعرضت مصافي نفط في قرية "
        "الصعوة لقصف مماثل."
    )
    assert reading.places_of(text, "air_strike") == {"jafra-oil-field", "al-sawa"}
    text = (
        "Coalition jets struck the Jafra field on Saturday, while similar shelling "
        "hit Hatla."
    )
    assert reading.places_of(text, "air_strike") == {"jafra-oil-field", "hatla"}


def test_an_undated_event_may_be_of_the_day_told_just_before_it():
    text = (
        "On Sunday the army attacked ISIL in al-Mayadin. In a relevant development "
        "on Saturday, troops pushed ISIL back north of the city. The army men "
        "continued to advance and imposed full control over al-Orfi."
    )
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert reading.dates_at(text, "al-orfi") == [(saturday, reading.SUNDAY)]


def test_deir_ez_zor_before_governorates_is_the_governorate():
    text = (
        "Jets struck positions on Sunday between the Homs and Deir Ezzor governorates."
    )
    assert reading.places_at(text) == ["homs", "deir-ez-zor-governorate"]


def test_the_past_twenty_four_hours_in_arabic_words_run_to_the_report():
    text = (
        "قصفت الطائرات البوكمال يوم الأربعاء. وقتل 19 مدنياً خلال الأربعة والعشرين "
        "ساعة الماضية بغارات على الميادين."
    )
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert reading.dates_at(text, "al-mayadin") == [(saturday, reading.SUNDAY)]


def test_since_with_a_conjunction_runs_to_the_report():
    text = "ومنذ الجمعة الماضية شنت طائرات النظام عشر غارات على الميادين."
    friday = reading.SUNDAY - datetime.timedelta(days=2)
    assert reading.dates_at(text, "al-mayadin") == [(friday, reading.SUNDAY)]


def test_a_masthead_s_today_s_issue_is_no_date():
    text = "عدد اليوم\nقتل مدنيون بغارات على الميادين."
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert reading.dates_at(text, "al-mayadin") == [(saturday, reading.SUNDAY)]


def test_the_withdrawal_of_forces_from_fields_is_a_change_of_hands():
    text = (
        "A source confirmed on Sunday the withdrawal of SDF forces from the Omar field."
    )
    assert reading.sub_types_at(text) == {("territory_change", "al-omar-oil-field")}


def test_a_terrorist_assault_is_an_attack():
    text = "قتل عنصران يوم الأحد جراء اعتداء إرهابي على موقع للجيش في بلدة الشولا."
    assert reading.sub_types_at(text) == {("attack", "al-shula")}


def test_bombers_that_took_off_from_an_airfield_took_nothing():
    text = (
        "On Sunday, bombers that took off from a Russian airfield carried out "
        "airstrikes on targets in Deir ez-Zor province."
    )
    assert reading.sub_types_at(text) == {("air_strike", "deir-ez-zor-governorate")}


def test_an_event_told_only_as_an_aside_is_the_report_s_news():
    text = (
        "أعلن وزير الأمن أن قرار ضرب التنظيم صدر في مجلس الأمن القومي.\n"
        "يذكر أن الحرس الثوري أعلن مساء الجمعة الماضي أن قواته أطلقت صواريخ على "
        "مقر للتنظيم في مدينة الميادين."
    )
    assert reading.places_of(text, "shelling") == {"al-mayadin"}


def test_a_given_name_before_a_place_name_makes_a_person():
    text = "Hadi al-Bahra, an opposition leader, said on Sunday that IS attacked Hajin."
    assert reading.places_at(text) == ["hajin"]


def test_phones_taken_from_them_are_no_change_of_hands():
    text = (
        "Two men were arrested in a raid on their homes in Hajin on Sunday. Their "
        "phones were taken from them."
    )
    assert ("territory_change", "hajin") not in reading.sub_types_at(text)


def test_according_to_an_agency_on_a_day_is_when_it_was_told():
    text = "According to the news agency SANA on early Sunday, a strike hit Hajin."
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert reading.dates_at(text, "hajin") == [(saturday, reading.SUNDAY)]


def test_the_scene_does_not_carry_over_a_sentence_naming_another_place():
    text = (
        "A drone strike hit militia positions in Albu Kamal and Hajin on Sunday. "
        "An explosion went off at a gas lab near al-Shaddadi. The ministry said "
        "the lab was attacked."
    )
    assert reading.places_of(text, "attack") == set()


def test_a_later_sentence_told_as_earlier_does_not_date_the_news():
    text = (
        "A source said the army has fully liberated al-Mayadin. Earlier on Friday "
        "the units completely encircled al-Mayadin city."
    )
    events = reading.events_at(text)
    taken = [
        (e.date_start, e.date_end) for e in events if e.sub_type == "territory_change"
    ]
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert taken == [(saturday, reading.SUNDAY)]
