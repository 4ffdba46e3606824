"""Words found on real wire reports (sentences here are the team's own): how a
trigger is typed by what is named near it, and where a sentence ends."""

import pytest

from places.events import find_triggers, split_sentences


def kinds(text):
    return [(text[t.start : t.end], t.sub_type) for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian warplanes bombarded the post office", [("bombarded", "air_strike")]),
        ("a mystery air attack on a base", [("air attack", "air_strike")]),
        ("أضخم هجوم جوي على مواقع الميليشيات", [("هجوم جوي", "air_strike")]),
        ("شهدت القلعة قصفًا جويًّا عنيفًا", [("قصفًا", "air_strike")]),
        ("وجهت القوات الأميركية ضربة", [("ضربة", "air_strike")]),
        (
            "two attackers blew themselves up",
            [("blew themselves up", "remote_explosive")],
        ),
        ("explosions shook the market", [("explosions", "remote_explosive")]),
        (
            "fighters fired rocket launchers at the base",
            [("rocket launchers", "shelling")],
        ),
        ("قصف التحالف الدولي، الأحد، قرية السوسة", [("قصف", "air_strike")]),
        ("Russian bombardment of Hajin", [("bombardment", "air_strike")]),
        (
            "قصفت المدفعية الروسية قرية السوسة",
            [("قصفت", "shelling"), ("مدفعية", "shelling")],
        ),
        (
            # a civilian killed by gunmen: violence against civilians (ACLED)
            "قتل المدني بطلق ناري على يد مجهولين",
            [
                ("بطلق ناري", "attack_on_civilians"),
                ("على يد مجهولين", "attack_on_civilians"),
            ],
        ),
        ("مقتل عنصرين في بلدة الصبحة على يد مجهولين", [("على يد مجهولين", "attack")]),
        ("وأوضحت أن سلاح الجو دمر مواقع لداعش", [("دمر", "air_strike")]),
        (
            "Russian jets managed to destroy most of the boats",
            [("destroy", "air_strike")],
        ),
        (
            "artillery destroyed two positions",
            [("artillery", "shelling"), ("destroyed", "shelling")],
        ),
        ("a unit destroyed two vehicles", []),
        ("وأجلت قوات سوريا الديمقراطية 3 آلاف شخص", [("أجلت", "displacement")]),
        ("residents were compelled to flee", [("flee", "displacement")]),
        ("families fleeing the attacks", [("fleeing", "displacement")]),
        ("ونزحت عشرات العائلات من القرية", [("نزحت", "displacement")]),
        ("نزح الأهالي نحو نهر الفرات", [("نزح", "displacement")]),
        ("وفرت المنظمة الخيام للأهالي", []),
        (
            "militants use ground-to-ground weapons against villages",
            [("ground-to-ground", "shelling")],
        ),
        ("gunmen shoot dead two fighters", [("shoot dead", "attack")]),
        (
            "gunmen shoot dead peaceful demonstrators",
            [("shoot dead", "attack_on_civilians")],
        ),
        ("هجوم بالقنابل اليدوية على مظاهرة", [("هجوم", "attack_on_civilians")]),
        ("gunmen opened fire on protesters", [("opened fire", "attack_on_civilians")]),
        ("an attack on a checkpoint", [("attack", "attack")]),
        ("ISIS claimed the assassination of a civilian", [("assassination", "attack")]),
        (
            "Government forces have broken through a siege",
            [("broken through", "territory_change")],
        ),
        ("unknown persons targeted a checkpoint", [("targeted", "attack")]),
        ("مسلحون مجهولون استهدفوا حاجزاً لقسد", [("استهدفوا", "attack")]),
        ("استهدفت طائرات مسيرة سيارة", [("استهدفت", "air_strike")]),
        ("targeted the group in the area", []),
        ("شخصان أطلقا النار على مدنيين", [("أطلقا النار", "attack_on_civilians")]),
        (
            "Unidentified aircrafts targeted military sites",
            [("targeted", "air_strike")],
        ),
        ("an operation targeting an ISIS gathering", [("targeting", "attack")]),
        ("US forces fired missiles at militia posts", [("missiles", "shelling")]),
        (
            "ISIS sent four suicide car bombers at the SDF",
            [("car bombers", "remote_explosive")],
        ),
        ("two SVBIEDs hit the front line", [("SVBIEDs", "remote_explosive")]),
        ("the militia evacuated its headquarters", []),
        ("hundreds of civilians were evacuated", [("evacuated", "displacement")]),
        ("the fighters left in fear of US strikes", []),
        ("غادروا مقراتهم خوفاً من الغارات", []),
        (
            "explosions were heard after US forces fired missiles at posts",
            [("explosions", "shelling"), ("missiles", "shelling")],
        ),
        (
            "شنت طائرات روسية غارات على القرية، وتجدد القصف المدفعي على البلدة",
            [("غارات", "air_strike"), ("قصف", "shelling")],
        ),
    ],
)
def test_words_of_wire_reports(text, expected):
    assert kinds(text) == expected


def test_a_clock_time_does_not_end_the_sentence():
    text = "The raids lasted from 5 a.m. until 9 a.m Monday and hit Hajin."
    assert len(split_sentences(text)) == 1


def test_a_name_with_its_article_still_starts_a_sentence():
    text = "Jets struck Hajin. al-Shafah was shelled."
    assert len(split_sentences(text)) == 2


def test_explosions_after_a_strike_are_that_strike():
    text = "شنت طائرات غارات على البوكمال. وأكدت مصادر وقوع انفجارات قرب المدينة."
    assert [k for _, k in kinds(text)] == ["air_strike", "air_strike"]


def test_shelling_alone_stays_shelling():
    assert kinds("وشمل القصف منطقة السيال") == [("قصف", "shelling")]


def test_establishing_control_is_a_change_of_territory():
    assert kinds("Army units established control over new areas") == [
        ("established control", "territory_change")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US warplanes killed at least 20 people", [("killed", "air_strike")]),
        ("a Russian jet hit the bridge", [("hit", "air_strike")]),
        ("قتل خمسة مدنيين بطائرة مسيرة", [("قتل", "air_strike")]),
        ("a drone attack on the base", [("attack", "air_strike")]),
        ("هجوم بطائرات مسيرة على القاعدة", [("هجوم", "air_strike")]),
        ("gunmen killed two men", [("gunmen killed two", "attack")]),  # their killing
        ("an attack by gunmen on the post", [("attack", "attack")]),
    ],
)
def test_killing_or_hitting_by_aircraft_is_an_air_strike(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "سيطر التنظيم على القرية",
        "استولى المسلحون على القرية",
        "the SDF abandoned its positions",
        "IS fighters expelled the SDF",
        "the army lost control of the town",
    ],
)
def test_taking_and_losing_ground(text):
    assert [kind for _, kind in kinds(text)] == ["territory_change"]


def test_control_as_a_noun_is_no_event():
    assert kinds("لتنحصر بذلك سيطرة التنظيم في محيط البلدة") == []


def test_a_strike_word_after_a_bomb_is_the_bomb():
    assert kinds("a car bomb struck a checkpoint") == [
        ("car bomb", "remote_explosive"),
        ("struck", "remote_explosive"),
    ]


def test_what_they_proceeded_to_do_happened():
    assert kinds("the militants then proceeded to shell the bases") == [
        ("shell", "shelling")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وباتت قرية الباغوز تحت سيطرة قسد", ["territory_change"]),
        ("both towns are now under ISIS control", ["territory_change"]),
        ("قصفت قوات النظام مناطق تحت سيطرة قسد", ["shelling"]),
        ("the town is under SDF control", []),
    ],
)
def test_under_control_is_a_change_only_when_just_reached(text, expected):
    assert [kind for _, kind in kinds(text)] == expected


def test_aghara_is_an_air_raid():
    assert kinds("أغار الطيران الحربي على أحياء المدينة") == [("أغار", "air_strike")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقط صاروخ في البلدة", [("صاروخ", "shelling")]),
        ("ISIS cells fired a rocket at a checkpoint", [("rocket", "shelling")]),
        ("the base came under indirect fire", [("indirect fire", "shelling")]),
        ("لم تتبن أي جهة الاستهداف حتى لحظة تحرير هذا الخبر", []),
        ("قال قيادي في هيئة تحرير الشام", []),
    ],
)
def test_single_rockets_and_words_that_are_no_event(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the group also struck the post with medium-caliber weapons",
        "استهدف مسلحون حاجزا لقسد بالأسلحة الرشاشة",
    ],
)
def test_a_strike_with_guns_is_a_ground_attack(text):
    assert [kind for _, kind in kinds(text)] == ["attack"]


def test_leaving_people_dead_is_no_flight():
    assert kinds("a massacre in the town, leaving a number of civilians dead") == []


def test_battled_is_a_clash():
    assert kinds("the army battled Daesh on the edges of the city") == [
        ("battled", "armed_clash")
    ]
