"""Words met in the real-ar to real-au reports (sentences here are the team's own)."""

import datetime

import pytest

from places.geoparsing import geoparse
from tests import reading

ONE_DAY = datetime.timedelta(days=1)


@pytest.mark.parametrize(
    "text",
    [
        "After the attack on Deir Ezzor on Sunday, gunmen seized dozens of people in"
        " the north of the city.",
        "Deir ez-Zor, south-east of Raqqa, has been under siege since 2015.",
        "Deir ez-Zor was the largest city the group still held.",
        "Troops broke the siege of the government-held enclave of Deir ez-Zor.",
        "The jets cut the roads into the industrial area of Deir ez-Zor.",
        "A car bomb went off in a street in Deir ez-Zor.",
        "The blockade imposed by IS on Deir ez-Zor cut all roads.",
        "The column is heading to Deir ez-Zor.",
    ],
)
def test_a_bare_deir_ez_zor_the_sentence_calls_the_city_is_the_city(text):
    assert reading.places_at(text)[0] == "deir-ez-zor"


@pytest.mark.parametrize(
    "text",
    [
        "Clashes in Deir ez-Zor spread to al-Mayadin, the city the group held.",
        "Deir ez-Zor is a province of eastern Syria.",
        "Gunmen attacked a checkpoint in Deir ez-Zor on Sunday.",
    ],
)
def test_a_bare_deir_ez_zor_is_still_the_governorate(text):
    assert reading.places_at(text)[0] == "deir-ez-zor-governorate"


@pytest.mark.parametrize(
    "text",
    [
        "دخلت الشاحنات مدينة دير الزور يوم الخميس. وتتواصل المعارك العنيفة في محيط"
        " قرية الجفرة.",
        "The trucks entered Deir ez-Zor city on Thursday. Fierce fighting continues"
        " around the village of al-Jafra.",
    ],
)
def test_fighting_still_going_on_is_of_the_days_of_publication_not_of_thursday(text):
    (clash,) = [e for e in reading.events_at(text) if e.sub_type == "armed_clash"]
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert (clash.date_start, clash.date_end) == (saturday, reading.SUNDAY)


def test_the_second_day_of_an_offensive_is_not_today():
    text = (
        "الأحد 26 تشرين الأول 2025\n"
        "قتل عشرة مقاتلين في اليوم الثاني على إطلاق المعركة، إثر كمين في محيط بلدة"
        " هجين."
    )
    (ambush,) = reading.events_at(text)
    saturday = reading.SUNDAY - datetime.timedelta(days=1)
    assert (ambush.date_start, ambush.date_end) == (saturday, reading.SUNDAY)


def test_fighting_overnight_and_into_saturday_is_of_friday_and_saturday():
    text = "Heavy fighting raged overnight and into Saturday in the town of Albu Kamal."
    (clash,) = reading.events_at(text)
    friday = reading.SUNDAY - datetime.timedelta(days=2)
    assert (clash.date_start, clash.date_end) == (friday, friday + ONE_DAY)


def test_a_day_its_own_clause_gives_comes_before_a_nearer_one_behind_a_comma():
    text = (
        "A website quoted the commander, who joined the group on Tuesday, as saying"
        " a suicide bomber blew himself up in Albu Kamal on Friday night."
    )
    (blast,) = reading.events_at(text)
    assert blast.date_start == reading.SUNDAY - datetime.timedelta(days=2)


def test_the_lebanese_network_al_mayadeen_is_no_place():
    text = "Jets struck Albu Kamal, Lebanese television network Al-Mayadeen said."
    assert reading.places_at(text) == ["albu-kamal"]


@pytest.mark.parametrize(
    "text",
    [
        "تعرضت بلدتا الدحلة وجديد بكارة لقصف مدفعي فجر اليوم.",
        "Artillery shelled al-Dahla and Jadid Bakkara at dawn on Sunday.",
    ],
)
def test_towns_subjected_to_shelling_with_their_names_between(text):
    found = reading.sub_types_at(text)
    assert {("shelling", "al-dahla"), ("shelling", "jadid-bakkara")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "قصفت المدفعية بلدتي الدحلة وجديد بكارة فجر اليوم، فيما شهدت البلدتان موجة"
        " نزوح كبيرة.",
        "Artillery shelled al-Dahla and Jadid Bakkara at dawn on Sunday, and hundreds"
        " fled the two towns.",
    ],
)
def test_two_towns_named_again_as_the_two_towns(text):
    found = reading.sub_types_at(text)
    assert {("displacement", "al-dahla"), ("displacement", "jadid-bakkara")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "سقط قتلى وجرحى في صفوف المحتجين برصاص القوات النظامية خلال تظاهرة في بلدة"
        " الصالحية يوم الأحد.",
        "A civilian was killed in al-Salihiyah on Sunday when the group opened fire on"
        " people protesting the arrests.",
        "The SDF opens fire on protesters in al-Salihiyah, killing one.",
    ],
)
def test_protesters_hurt_by_fire_are_violence_against_civilians(text):
    found = {sub for sub, _ in reading.sub_types_at(text)}
    assert "attack_on_civilians" in found


@pytest.mark.parametrize(
    "text",
    [
        "أفادت مصادر أهلية عن حصول مجزرة مروعة ارتكبها التنظيم في قرية البغيلية يوم"
        " الأحد.",
        "The group carried out a massacre in al-Baghiliyah on Sunday.",
    ],
)
def test_a_massacre_people_committed_is_violence_against_civilians(text):
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-baghiliyah")}


def test_a_massacre_only_named_is_still_no_event_of_its_own():
    assert reading.sub_types_at("شيع الأهالي يوم الأحد شهداء مجزرة البغيلية.") == set()


def test_a_salihiyah_said_to_be_in_bukamal_is_the_one_by_bukamal_throughout():
    text = (
        "Jets struck al-Salihiyah and Hatla on Sunday. A militia television said the"
        " strikes hit Salihiyah in Bukamal."
    )
    assert [p for p in reading.places_at(text) if "salihiyah" in p] == [
        "salihiyah-abu-kamal",
        "salihiyah-abu-kamal",
    ]


def test_a_given_name_before_abu_makes_a_person_not_two_places():
    text = (
        "Omar Abu Layla, who heads a local outlet, said US aircraft hit trucks in"
        " Boukamal. The al-Omar oil field was shelled later, Abu Layla said."
    )
    assert reading.places_at(text) == ["albu-kamal", "al-omar-oil-field"]


@pytest.mark.parametrize(
    "text",
    [
        "The army broke the IS siege of the Brigade 137 base on Sunday.",
        "Troops reached the Brigade 137 base on Sunday, breaking a three-year-long"
        " siege.",
        "كسر الجيش حصار التنظيم عن اللواء 137 يوم الأحد.",
    ],
)
def test_a_siege_broken_with_words_between_is_a_change_of_control(text):
    assert ("territory_change", "brigade-137-base") in reading.sub_types_at(text)


def test_fighters_freed_are_no_ground_taken():
    text = "أعلنت قسد يوم الأحد عن تحرير أربعة من مقاتليها في بلدة غرانيج."
    assert reading.sub_types_at(text) == set()


def test_a_beating_is_violence_against_civilians():
    text = "اعتدت عناصر الحاجز بالضرب على رجل مسن في بلدة غرانيج يوم الأحد."
    assert reading.sub_types_at(text) == {("attack_on_civilians", "gharanij")}


def test_fighting_that_forced_many_people_to_flee_is_a_flight():
    text = (
        "The fighting in rural Deir ez-Zor on Sunday forced more than 130,000 people"
        " to flee their homes."
    )
    found = reading.sub_types_at(text)
    assert ("displacement", "deir-ez-zor-governorate") in found


def test_strikes_told_with_fighting_that_goes_on_go_on_too():
    text = (
        "دخلت الشاحنات مدينة دير الزور يوم الخميس.\n"
        "وتتواصل المعارك العنيفة في محيط قرية الجفرة، ترافق مع تنفيذ الطائرات الحربية"
        " عدة غارات على بلدة موحسن."
    )
    (strike,) = [e for e in reading.events_at(text) if e.sub_type == "air_strike"]
    assert (strike.date_start, strike.date_end) == (
        reading.SUNDAY - ONE_DAY,
        reading.SUNDAY,
    )


def test_the_settlement_of_a_village_names_it():
    text = "Jets struck the settlement of al-Shaaf on Sunday, killing 15 civilians."
    assert reading.sub_types_at(text) == {("air_strike", "al-shafah")}


def test_the_second_end_of_a_road_is_no_site_either():
    text = "استهدفت عبوة ناسفة حافلة على طريق دير الزور الميادين يوم الأحد."
    result = geoparse(text, reading.SUNDAY, reading.curated(), None)
    assert [m.role for m in result.mentions] == ["reference", "reference"]


@pytest.mark.parametrize(
    "text",
    [
        "Six civilians were killed on Sunday in a massacre by unidentified gunmen in"
        " Buqrus.",
        "قتل ستة مدنيين يوم الأحد في مجزرة على يد مسلحين مجهولين في بلدة بقرص.",
    ],
)
def test_a_massacre_by_gunmen_is_violence_against_civilians(text):
    assert reading.sub_types_at(text) == {("attack_on_civilians", "buqrus")}


def test_a_denied_air_strike_is_no_event():
    text = "The commander said on Sunday the leader had not been killed in an air"
    text += " strike near al-Mayadin."
    assert reading.sub_types_at(text) == set()


def test_who_was_behind_the_strikes_unclear_is_still_a_strike():
    text = "It was not immediately clear who was behind the air strikes on al-Mayadin"
    text += " on Sunday."
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


def test_news_of_another_matter_does_not_take_the_last_event_s_place():
    text = (
        "قصف الطيران بلدة هجين يوم السبت. انسحبت قسد يوم الأحد من بلدة السوسة بعد"
        " اشتباكات عنيفة. من جهة أخرى خطف التنظيم عددا من أبناء العشيرة."
    )
    found = reading.sub_types_at(text)
    assert not any(sub == "attack_on_civilians" for sub, _ in found)


def test_villagers_attacked_are_violence_against_civilians():
    text = "Militants attacked villagers collecting truffles near Kabajib on Sunday."
    assert reading.sub_types_at(text) == {("attack_on_civilians", "kabajib")}


def test_it_took_place_near_a_town_places_the_attack_before_it():
    text = (
        "Militants attacked a group of villagers on Sunday, killing 18. It took place"
        " in a desert area near the town of Kabajib."
    )
    assert ("attack_on_civilians", "kabajib") in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "An army unit killed 25 ISIS terrorists near Jabal al-Tharda on Sunday.",
        "قضت وحدات من الجيش على 25 إرهابيا من داعش في محيط جبل الثردة يوم الأحد.",
    ],
)
def test_fighters_an_army_unit_killed_are_a_battle(text):
    assert reading.sub_types_at(text) == {("armed_clash", "jabal-tharda")}


@pytest.mark.parametrize(
    "text",
    [
        "US warplanes killed 20 ISIS militants near Hajin on Sunday.",
        "Court officials said the judge ruled on Sunday in Hajin.",
    ],
)
def test_killing_by_aircraft_or_no_killing_is_no_battle(text):
    assert ("armed_clash", "hajin") not in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "IS said it shot down a Syrian MiG jet near Jabal al-Tharda on Sunday.",
        "قال التنظيم إنه أسقط طائرة حربية تابعة للنظام قرب جبل الثردة يوم الأحد.",
    ],
)
def test_a_jet_shot_down_is_a_battle(text):
    assert reading.sub_types_at(text) == {("armed_clash", "jabal-tharda")}


def test_a_drone_shot_down_is_no_battle():
    text = "The SDF shot down a drone near the al-Omar oil field on Sunday."
    assert ("armed_clash", "al-omar-oil-field") not in reading.sub_types_at(text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل رجل وأصيب آخر بجروح يوم الأحد بإطلاق نار من قبل مليشيا فاطميون في قرية"
        " الصالحية.",
        "A young man was shot dead by a militia patrol in al-Salihiyah on Sunday.",
    ],
)
def test_a_man_killed_by_a_militia_is_violence_against_civilians(text):
    found = {sub for sub, _ in reading.sub_types_at(text)}
    assert found == {"attack_on_civilians"}


def test_a_soldier_shot_dead_is_no_violence_against_civilians():
    text = "A soldier was shot dead by gunmen in al-Salihiyah on Sunday."
    found = {sub for sub, _ in reading.sub_types_at(text)}
    assert "attack_on_civilians" not in found
