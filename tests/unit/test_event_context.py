"""Events read in their context: event words and what is no event (purposes,
hedges, habits, support, the pluperfect), back-references, and how each event
says it was read."""

import pytest

from places.geoparsing import geoparse
from tests.reading import SATURDAY, curated, events, kinds


@pytest.fixture(scope="module")
def gazetteer():
    return curated()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coalition aircraft had struck ISIS positions", [("struck", "air_strike")]),
        ("Russian strikes on the town", [("strikes", "air_strike")]),
        ("a shell struck the market", [("shell", "shelling"), ("struck", "shelling")]),
        ("the Israeli Air Force attacked depots", [("attacked", "air_strike")]),
        ("ISIS attacked the SDF", [("attacked", "attack")]),
        ("ضربات التحالف على البلدة", [("ضربات", "air_strike")]),
    ],
)
def test_a_strike_is_an_air_strike_only_with_an_air_force_near(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اختطف التنظيم عشرات العائلات", [("اختطف", "attack_on_civilians")]),
        ("militants stormed a camp", [("stormed", "attack")]),
        ("forced the SDF to pull back", [("pull back", "territory_change")]),
        ("وانسحبت قوات النظام", [("انسحبت", "territory_change")]),
        ("اغتال مسلحون مجهولون عنصراً", [("اغتال", "attack")]),
        ("gunmen shot dead a council member", [("shot dead", "attack")]),
        ("قتل مدني برصاص قناص", [("برصاص قناص", "attack_on_civilians")]),
        ("قتل عنصر برصاص قناص", [("برصاص قناص", "attack")]),
        ("قتل إثر إطلاق النار عليه في البلدة", [("إطلاق النار", "attack")]),
        ("shooters shot at him and his family", [("shot at", "attack_on_civilians")]),
        ("shooters shot at him and his guards", [("shot at", "attack")]),
        ("اتفاق وقف إطلاق النار في المنطقة", []),
        ("فر نحو ألفي مدني من جيب الباغوز", [("فر", "displacement")]),
        ("قتل عشرات المسلحين فيما فر آخرون باتجاه التبني", []),
    ],
)
def test_more_event_words(text, expected):
    assert kinds(text) == expected


def test_assassinations_told_as_a_habit_are_no_event():
    assert kinds("وتشهد المنطقة عمليات اغتيال متكررة") == []


@pytest.mark.parametrize(
    "text",
    [
        "أطلقت قسد حملة لطرد التنظيم",
        "في محاولة للسيطرة على الحقل",
        "launched an operation to capture the town",
    ],
)
def test_a_purpose_is_no_event(text):
    assert kinds(text) == []


def test_every_event_says_how_its_type_place_and_date_were_read(gazetteer):
    text = (
        "Government forces captured the town of Hajin on Friday. "
        "Clashes continued inside the town, the SDF said on Saturday."
    )
    result = geoparse(text, SATURDAY, gazetteer)
    why = {e.sub_type: e.why for e in result.events}
    assert why["territory_change"] == (
        "type: “captured” (territory_change)",
        "place: named where it happened",
        "date: “Friday” in the clause",
    )
    assert why["armed_clash"] == (
        "type: “Clashes” (armed_clash)",
        "place: “the town” refers back to it",
        "date: “Saturday”, the day it was told (no other): that day or the day before",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trucks carrying women and children left the town",
            [("left", "displacement")],
        ),
        ("خرجت عشرات العائلات من البلدة", [("خرجت", "displacement")]),
        (
            "15 trucks leaving the village thought to be carrying women",
            [("leaving", "displacement")],
        ),
        ("The convoy left the base", []),
        ("خرج المئات من أهالي البلدة في مظاهرات", []),
    ],
)
def test_leaving_is_displacement_only_when_people_leave(text, expected):
    assert kinds(text) == expected


def test_a_headline_event_told_again_in_the_body_is_the_bodys(gazetteer):
    text = (
        "IS retakes parts of Hajin in suicide assault\n"
        "Islamic State fighters stormed Hajin on Friday and seized several streets."
    )
    found = events(text, gazetteer)
    assert ("2018-10-13", "territory_change", "hajin") not in found
    assert ("2018-10-12", "territory_change", "hajin") in found


def test_a_result_clause_is_cut_from_the_event_before_it(gazetteer):
    text = (
        "حرر مقاتلو قسد أمس قرية المراشدة بعد اشتباكات عنيفة، لتنحصر بذلك سيطرة "
        "التنظيم في محيط بلدة الباغوز فوقاني."
    )
    found = events(text, gazetteer)
    assert found == {
        ("2018-10-12", "territory_change", "al-marashidah"),
        ("2018-10-12", "armed_clash", "al-marashidah"),
    }


def test_strikes_by_aircraft_named_with_hamza_are_air_strikes():
    assert kinds("جراء ضربات نفذتها طائرات مجهولة") == [("ضربات", "air_strike")]
    assert kinds("قصفت طائرات حربية البلدة") == [("قصفت", "air_strike")]


@pytest.mark.parametrize(
    "text",
    [
        "The army, backed by Russian airstrikes, took Hajin on Saturday.",
        "سيطرت قسد يوم السبت على هجين تحت غطاء من غارات التحالف.",
    ],
)
def test_strikes_named_as_support_are_no_events(text, gazetteer):
    assert {sub for _, sub, _ in events(text, gazetteer)} == {"territory_change"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "an improvised explosive device went off on the road",
            [("improvised explosive device", "remote_explosive")],
        ),
        ("a roadside bomb killed three", [("roadside bomb", "remote_explosive")]),
        ("A blast took place in Abu Hardub", [("blast", "remote_explosive")]),
        ("قتل ثلاثة بانفجار في البلدة", [("انفجار", "remote_explosive")]),
        (
            "One man was killed in an exchange of fire",
            [("exchange of fire", "armed_clash")],
        ),
        ("aircraft dropped bombs on the town", [("bombs", "air_strike")]),
        (
            "sleeper cells carry out regular bombings",
            [("bombings", "remote_explosive")],
        ),
    ],
)
def test_bombs_and_exchanges_of_fire(text, expected):
    assert kinds(text) == expected


def test_habits_are_no_events(gazetteer):
    text = "Cells still carry out regular bombings in Hajin."
    assert events(text, gazetteer) == set()


def test_these_attacks_point_back_to_the_attacks_told(gazetteer):
    text = (
        "هاجمت خلايا التنظيم يوم السبت نقاطاً لقسد في بلدة ذيبان. "
        "ويرى مراقبون أن هذه الهجمات محاولة لتشتيت قسد "
        "التي تحاصر التنظيم في بلدة الباغوز."
    )
    assert events(text, gazetteer) == {("2018-10-13", "attack", "diban")}


def test_taken_to_the_streets_is_no_capture():
    assert kinds("residents have taken to the streets") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أن طائرات أمريكية استهدفت عدداً من المنازل", [("استهدفت", "air_strike")]),
        (
            "استهدفت قذائف الهاون الحي",
            [("استهدفت", "shelling"), ("قذائف", "shelling")],
        ),
        ("the group targeted civilians", []),
        ("جراء عدوان جوي على المنطقة", [("عدوان جوي", "air_strike")]),
    ],
)
def test_targeting_counts_with_its_weapon(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "شن الطيران ست غارات على البوكمال، كما استهدف أحياء المدينة",
            [("غارات", "air_strike"), ("استهدف", "air_strike")],
        ),
        ("قتل عشرة في قصف التحالف الجوي لقوات العشائر", [("قصف", "air_strike")]),
        (
            "taking the control of half the town",
            [("taking the control", "territory_change")],
        ),
        # no weapon and no explosion before: a ground attack on the checkpoint
        ("استهدف مسلحون حاجزا", [("استهدف", "attack")]),
        ("استهدف مسلحون القرية", []),
    ],
)
def test_targeting_goes_on_with_the_explosion_told_before_it(text, expected):
    assert kinds(text) == expected


def test_a_clause_that_goes_on_with_the_same_kind_of_event_is_placed_too(gazetteer):
    text = (
        "شن الطيران الروسي أمس الجمعة ست غارات على مدينة البوكمال، "
        "كما استهدف حي الرشدية في مدينة دير الزور."
    )
    assert events(text, gazetteer) == {
        ("2018-10-12", "air_strike", "albu-kamal"),
        ("2018-10-12", "air_strike", "al-rashdiyah"),
        ("2018-10-12", "air_strike", "deir-ez-zor"),
    }


@pytest.mark.parametrize(
    "aside",
    [
        "يُذكر أن مدينة الميادين تشهد اشتباكات متقطعة منذ أيام.",
        "والجدير بالذكر أن اشتباكات اندلعت في مدينة الميادين.",
        "It is worth noting that clashes hit al-Mayadin.",
        "The raid came a day after protests in al-Mayadin.",
        "ويأتي ذلك بعد اشتباكات في مدينة الميادين.",
    ],
)
def test_a_sentence_the_report_marks_as_an_aside_tells_no_event(aside, gazetteer):
    news = "Coalition jets struck Hajin on Friday. "
    assert events(news + aside, gazetteer) == {("2018-10-12", "air_strike", "hajin")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "نزح خمسون ألف شخص من مناطق الاشتباكات والقصف في محافظة دير الزور",
            [("نزح", "displacement")],
        ),
        ("thousands fled the fighting in Hajin", [("fled", "displacement")]),
        ("a family that had fled fighting in Iraq", [("fled", "displacement")]),
        (
            "نزح الأهالي من هجين وسط اشتباكات عنيفة",
            [("نزح", "displacement"), ("اشتباكات", "armed_clash")],
        ),
    ],
)
def test_the_fighting_people_fled_is_the_cause_of_their_flight(text, expected):
    assert kinds(text) == expected


def test_in_another_attack_frames_the_strike_it_tells(gazetteer):
    text = (
        "In another attack, the Israeli Air Force targeted depots in the "
        "Albu Kamal desert with six airstrikes on Friday."
    )
    assert {sub for _, sub, _ in events(text, gazetteer)} == {"air_strike"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands have fled since Kurdish-led forces took the town of Hajin.",
            {"displacement"},
        ),
        ("نزح الآلاف منذ سيطرة قسد على بلدة هجين.", {"displacement"}),
        ("Since Saturday, clashes have raged in Hajin.", {"armed_clash"}),
    ],
)
def test_what_a_period_began_with_is_told_again_not_news(text, expected, gazetteer):
    assert {sub for _, sub, _ in events(text, gazetteer)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "«هدفنا الأول تحرير هجين والسوسة».",
        "The army will take Hajin within a week.",
        "The massacre came days after the army broke the siege of Hajin.",
        "ويأتي ذلك بعد أقل من أسبوعين على كسر الحصار عن هجين.",
    ],
)
def test_goals_the_future_and_what_came_before_are_no_news(text, gazetteer):
    assert events(text, gazetteer) == set()


def test_the_english_pluperfect_is_news_only_when_recent(gazetteer):
    old = "Fighters had withdrawn from Hajin last month."
    recent = "Fighters had withdrawn from Hajin on Friday."
    assert events(old, gazetteer) == set()
    assert events(recent, gazetteer) == {("2018-10-12", "territory_change", "hajin")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ISIS fighters captured six others", []),
        ("they had taken the “difficult decision” to move", []),
        ("US forces took them to an unknown destination", []),
        ("the SDF captured the town", [("captured", "territory_change")]),
    ],
)
def test_taking_people_or_a_decision_is_no_change_of_ground(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coalition raids killed seven civilians", [("raids", "air_strike")]),
        (
            "Russian air strikes killed 53. The dawn raids hit al-Shafah.",
            [("air strikes", "air_strike"), ("raids", "air_strike")],
        ),
        ("SDF raids on ISIS cells", [("raids", "attack")]),
    ],
)
def test_raids_are_air_raids_by_an_air_force_or_after_an_air_strike(text, expected):
    assert kinds(text) == expected


def test_an_event_with_no_place_takes_the_area_of_its_clause(gazetteer):
    text = (
        "On Saturday ISIS launched car bomb attacks on checkpoints in eastern "
        "Deir ez-Zor."
    )
    found = events(text, gazetteer)
    assert ("2018-10-13", "remote_explosive", "deir-ez-zor-governorate") in found


def test_an_area_strike_is_kept_beside_shelling_of_a_village(gazetteer):
    text = (
        "قصفت طائرات التحالف مواقع التنظيم بريف دير الزور الشرقي اليوم. "
        "وقصفت مدفعية النظام بلدة الباغوز."
    )
    found = {(kind, place) for _, kind, place in events(text, gazetteer)}
    assert ("air_strike", "deir-ez-zor-governorate") in found
    assert ("shelling", "al-baghuz-fawqani") in found
