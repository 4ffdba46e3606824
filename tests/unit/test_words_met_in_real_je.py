"""Words met in the real-je and later reports (sentences here are the team's own)."""

import datetime

from tests import reading

SUNDAY = reading.SUNDAY  # 26 October 2025
FRIDAY = datetime.date(2025, 10, 24)


def _strike_days(text: str) -> set[tuple[datetime.date, datetime.date]]:
    return {
        (e.date_start, e.date_end)
        for e in reading.events_at(text)
        if e.sub_type == "air_strike"
    }


def test_a_date_that_names_an_event_is_not_carried_to_the_next_sentence():
    later = "\nA monitor said five militants were killed in air strikes in al-Mayadin."
    text = "Jets struck al-Mayadin after an October 24 attack in Palmyra." + later
    day_before = SUNDAY - datetime.timedelta(days=1)
    assert (day_before, SUNDAY) in _strike_days(text)
    text = "Jets struck al-Mayadin after gunmen attacked Palmyra on October 24." + later
    assert _strike_days(text) == {(FRIDAY, FRIDAY)}


def test_where_the_news_came_from_does_not_stop_an_event_taking_the_scene():
    scene = "The tribe accused the SDF of killing a young man in al-Granij.\n"
    text = scene + (
        "Enab Baladi's correspondent in Deir Ezzor reported that the SDF "
        "summarily executed the man after he refused to stop at a checkpoint."
    )
    assert reading.sub_types_at(text) == {("attack_on_civilians", "gharanij")}
    text = scene + (
        "In al-Mayadin, the SDF summarily executed a man after he refused to "
        "stop at a checkpoint."
    )
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-mayadin")}


def test_taking_over_a_place_is_a_change_of_control():
    text = "Tribal fighters were taking over the Omar oil field on Saturday."
    assert reading.sub_types_at(text) == {("territory_change", "al-omar-oil-field")}


def test_the_village_a_man_comes_from_is_not_where_he_was_killed():
    text = (
        "قال المراسل إن القائد قتل جراء انفجار لغم أرضي في بادية ريف دير الزور "
        "الغربي، مشيراً إلى أنه من أبناء قرية الجفرة بريف دير الزور الشرقي."
    )
    assert reading.sub_types_at(text) == {
        ("remote_explosive", "deir-ez-zor-governorate")
    }
    text = "قتل شاب برصاص مجهولين في بلدة الشحيل، وهو من أبناء بلدة ذيبان."
    assert reading.places_of(text, "attack_on_civilians") == {"al-shuhayl"}
    text = "قتل شاب من أبناء بلدة ذيبان برصاص مجهولين مساء أمس."
    assert reading.places_of(text, "attack_on_civilians") == {"diban"}


def test_spellings_met_in_2013_to_2024_reports():
    assert reading.places_at("غارة على منطقة الشولة أمس.") == ["al-shula"]
    assert reading.places_at("معارك في قرية جزر الميلاج أمس.") == ["al-jazarat"]
    assert reading.places_at("A car bomb hit al-Ozbeh town.") == ["isba-gas-station"]


def test_an_order_to_leave_is_a_displacement():
    text = "ISIS declared al-Tabiyah a military zone and asked residents to leave."
    assert reading.sub_types_at(text) == {("displacement", "tabiyah-jazira")}
    text = "وطالب التنظيم الأهالي بإخلاء قرية الطابية خلال يومين."
    assert reading.sub_types_at(text) == {("displacement", "tabiyah-jazira")}


def test_an_assault_in_preparation_is_not_yet_an_event():
    text = "IS fighters were gathering near al-Mayadin in preparation for an assault."
    assert reading.sub_types_at(text) == set()


def test_a_day_accounts_emerged_on_is_when_it_was_told():
    text = "Accounts emerged on Saturday of a killing in Hatla.\nClashes hit Hatla."
    day = datetime.date(2025, 10, 25)
    assert reading.dates_at(text, "hatla") == [(day - datetime.timedelta(days=1), day)]


def test_car_bombs_used_in_an_assault_are_blasts_too():
    text = "IS used two car bombs in its assault on the Deir ez-Zor airport."
    assert reading.sub_types_at(text) == {
        ("attack", "deir-ez-zor-airport"),
        ("remote_explosive", "deir-ez-zor-airport"),
    }
    text = "The attackers used mortars in their assault on the Deir ez-Zor airport."
    assert reading.sub_types_at(text) == {("attack", "deir-ez-zor-airport")}


def test_hamadan_in_iran_is_not_the_hamdan_airbase():
    text = "Russian bombers took off from the Hamedan air base to strike al-Mayadin."
    assert reading.places_at(text) == ["hamadan", "al-mayadin"]


def test_the_scene_may_be_set_two_sentences_back():
    text = (
        "On Saturday, the SDF tracked an ISIS cell to the village of al-Dahla. "
        "Our forces surrounded the house with support from the coalition. "
        "The terrorists refused to surrender and initiated a firefight. "
        "The cell had also raided a post in al-Shuhayl in 2023."
    )
    assert reading.sub_types_at(text) == {("armed_clash", "al-dahla")}
    text = (
        "On Saturday, the SDF tracked an ISIS cell to the village of al-Dahla. "
        "In al-Busayrah, a mine killed two shepherds. "
        "The terrorists refused to surrender and initiated a firefight."
    )
    assert ("armed_clash", "al-dahla") not in reading.sub_types_at(text)


def test_a_next_sentence_saying_where_that_happened_places_it():
    text = (
        "أغلقت دورية لقسد معبراً في بلدة الكسرة.\n"
        "وأمس، اندلعت اشتباكات بين عناصر دورية لقسد ومسلحين يعملون بالتهريب.\n"
        "جرى ذلك في قرية الجنينة بريف دير الزور الغربي."
    )
    assert reading.places_of(text, "armed_clash") == {"al-jnenah"}


def test_the_sinaa_prison_of_hasakah_is_not_the_sinaa_quarter():
    text = "ISIS detainees rioted in al-Sina'a prison in Hasakah on Saturday."
    assert "al-sinaa" not in reading.places_at(text)
    text = "SDF fighters clashed with ISIS in the al-Sina'a quarter of Deir ez-Zor."
    assert reading.places_at(text)[0] == "al-sinaa"


def test_a_date_in_the_page_address_is_when_it_was_put_up():
    text = (
        "https://example.org/syrian-war-report-october-26-2025-army-advances/\n\n"
        "ISIS fighters captured the village of al-Kashmah from the army."
    )
    assert reading.dates_at(text, "al-kashmah") == [
        (SUNDAY - datetime.timedelta(days=1), SUNDAY)
    ]


def test_the_same_province_is_the_governorate_named_before():
    text = (
        "Coalition aircraft bombed al-Sha'afa village in Deir ez-Zor on Monday. "
        "Earlier on Sunday, another coalition airstrike in the same province "
        "killed two children."
    )
    assert reading.sub_types_at(text) == {
        ("air_strike", "al-shafah"),
        ("air_strike", "deir-ez-zor-governorate"),
    }


def test_attacks_on_several_occasions_in_the_past_are_a_habit():
    text = (
        "IS fighters attacked army posts in the western countryside of Deir "
        "Ezzor on Saturday. The area has been targeted by IS on several "
        "occasions in the past, including a number of attacks near al-Shula."
    )
    assert reading.sub_types_at(text) == {("attack", "deir-ez-zor-governorate")}


def test_shofeh_is_al_shafah():
    assert reading.places_at("Airstrikes targeted the town of Shofeh.") == ["al-shafah"]


def test_a_body_left_where_it_would_be_found_is_a_killing_there():
    text = (
        "وقال الموقع إن عناصر التنظيم قتلوا شاباً أمس.\nوأضاف أنهم وضعوا جثة "
        "الشاب أمام منزل ذويه في بلدة الزر."
    )
    assert ("attack_on_civilians", "al-zir") in reading.sub_types_at(text)
    text = "تحولت السيارة إلى رماد وتحول السائق إلى جثة في بلدة الزر أمس."
    assert ("attack_on_civilians", "al-zir") not in reading.sub_types_at(text)


def test_an_attack_with_artillery_is_not_where_it_was_fired_from():
    text = (
        "وشنت قوات الحكومة من نقاطها في الميادين والعشارة هجوماً بالمدفعية "
        "على بلدة ذيبان مساء أمس."
    )
    assert reading.sub_types_at(text) == {("attack", "diban"), ("shelling", "diban")}


def test_an_attack_fought_off_is_a_clash_too():
    # labellers of real reports coded most repelled attacks as clashes, some
    # as attacks, some as both
    both = {("attack", "diban"), ("armed_clash", "diban")}
    text = (
        "تصدّت قوات سوريا الديمقراطية، قرابة الساعة 02.00 بعد منتصف ليلة "
        "(السبت – الأحد) لهجوم شنته قوات الحكومة على بلدة ذيبان."
    )
    assert reading.sub_types_at(text) == both
    text = "The SDF repelled an attack by IS fighters on Diban on Saturday."
    assert reading.sub_types_at(text) == both
    text = "IS fighters attacked an SDF post in Diban on Saturday."
    assert reading.sub_types_at(text) == {("attack", "diban")}


def test_where_the_attackers_set_off_from_is_not_the_attack_site():
    text = (
        "شن مسلحون هجوماً على بلدة ذيبان فجر السبت، وانطلق المهاجمون من قرى ومدن "
        "(صبيخان، الدوير والميادين) الواقعة في الضفة الغربية."
    )
    assert reading.sub_types_at(text) == {("attack", "diban")}
    text = "IS fighters attacked al-Mayadin on Saturday."
    assert reading.sub_types_at(text) == {("attack", "al-mayadin")}
