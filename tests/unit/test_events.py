"""Sentences, triggers, actors and fatality counts."""

import pytest

from places.events import find_actors, find_triggers, split_sentences
from places.fatalities import find_fatalities
from places.news import hedged


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_split_on_stops_and_newlines():
    text = "Clashes in Khasham. Shelling hit Hatla!\nقصف على حطلة؟ نزوح"
    assert sentences(text) == [
        "Clashes in Khasham.", "Shelling hit Hatla!", "قصف على حطلة؟", "نزوح",
    ]  # fmt: skip


def test_sentences_do_not_split_on_decimals_or_abbreviations():
    text = "U.S. forces moved 3.5 km. east of the river. Then they stopped."
    assert sentences(text) == [
        "U.S. forces moved 3.5 km. east of the river.", "Then they stopped.",
    ]  # fmt: skip


def test_a_word_ending_in_a_diacritic_ends_its_sentence():
    # "اثنيْن." had been read as a one-letter initial, like "J." in "J. Smith".
    text = "قتل مدنييْن اثنيْن. يذكر أن المدينة محاصرة. Lt. J. Smith said."
    assert sentences(text) == [
        "قتل مدنييْن اثنيْن.", "يذكر أن المدينة محاصرة.", "Lt. J. Smith said.",
    ]  # fmt: skip


def test_sentence_spans_of_blank_text_are_empty():
    assert split_sentences("") == []
    assert split_sentences(" \n\n ") == []


def kinds(text):
    return [(text[t.start : t.end], t.sub_type) for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("اشتباكاتٍ عنيفة", [("اشتباكاتٍ", "armed_clash")]),
        ("قصف جوي على خشام", [("قصف جوي", "air_strike")]),
        ("قصف مدفعي", [("قصف مدفعي", "shelling")]),
        ("وقصفت قوات النظام", [("قصفت", "shelling")]),
        ("براجمات الصواريخ", [("راجمات الصواريخ", "shelling")]),
        ("غارة جوية", [("غارة", "air_strike")]),
        ("ضربات جوية", [("ضربات جوية", "air_strike")]),
        ("هجوماً كبيراً", [("هجوماً", "attack")]),
        ("بمهاجمة وحدات", [("مهاجمة", "attack")]),
        (
            "انفجار عبوة ناسفة",
            [("انفجار", "remote_explosive"), ("عبوة ناسفة", "remote_explosive")],
        ),
        ("حالة نزوح", [("نزوح", "displacement")]),
        ("بالسيطرة على حقول", [("سيطرة على", "territory_change")]),
        ("Coalition airstrikes hit", [("airstrikes", "air_strike")]),
        (
            "an air strike and shelling",
            [("air strike", "air_strike"), ("shelling", "shelling")],
        ),
        ("a car bomb exploded", [("car bomb", "remote_explosive")]),
        ("ISIS executed two men", [("executed", "attack_on_civilians")]),
        ("the SDF captured the village", [("captured", "territory_change")]),
        ("families fled", [("fled", "displacement")]),
        ("Clashes broke out", [("Clashes", "armed_clash")]),
    ],
)
def test_triggers_are_found_with_their_sub_type(text, expected):
    assert kinds(text) == expected


def test_the_longer_trigger_wins_at_the_same_place():
    [trigger] = find_triggers("قصف جوي")
    assert (trigger.event_type, trigger.sub_type) == ("explosions", "air_strike")


def test_triggers_do_not_match_inside_other_words():
    assert find_triggers("مقصفة attackers clashing") == []


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        (
            "أعلن التحالف الدولي أن قسد صدت هجوماً لقوات النظام",
            ["Coalition", "SDF", "Government"],
        ),
        (
            "ميليشياتها المدعومة من إيران (حزب الله اللبناني – حركة النجباء)",
            ["Pro-government militias"],
        ),
        ("قوات موالية للنظام", ["Government"]),
        ("طائرات روسيّة", ["Russia"]),
        ("قتال تنظيم الدولة وداعش", ["ISIS"]),
        (
            "U.S.-led coalition strikes on pro-government forces",
            ["Coalition", "Government"],
        ),
        ("Syrian Democratic Forces fought IS near Hajin", ["SDF", "ISIS"]),
        ("وفد مجلس سوريا الديمقراطية في دمشق", ["SDF"]),
        ("the Syrian Democratic Council said", ["SDF"]),
        ("Russian contractors and Hezbollah", ["Russia", "Pro-government militias"]),
        ("this is a test", []),
    ],
)
def test_actors_are_named_canonically_in_order(text, actors):
    assert find_actors(text) == actors


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("مما أسفر عن مقتل أكثر من مئة مقاتل", 100),
        ("أمريكا تقتل مئة من ميليشيات الأسد", 100),
        ("مقتل ٢٥ عنصراً", 25),
        ("the strikes killed 100 fighters", 100),
        ("more than 100 fighters were killed", 100),
        ("killed at least five civilians", 5),
        ("no one was hurt", None),
    ],
)
def test_fatalities_are_read_from_digits_and_words(text, count):
    assert find_fatalities(text) == count


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("قد يشاركون ب", True),
        ("في محاولة للنظام السعي ل", True),
        ("forces may launch an", True),
        ("وقد شن التحالف", False),
        ("وأفاد ناشطون بأن", False),
    ],
)
def test_intentions_and_guesses_are_hedged(before, expected):
    assert hedged(before) is expected


def test_a_dot_inside_code_or_an_address_does_not_end_the_sentence():
    text = 'Strikes hit Hajin <img onerror="window.__x=1"> on 3 March. Calm after.'
    assert sentences(text) == [
        'Strikes hit Hajin <img onerror="window.__x=1"> on 3 March.',
        "Calm after.",
    ]
