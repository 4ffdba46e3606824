"""Words met in the real-if and later reports (sentences here are the team's own)."""

import datetime

from tests import reading


def test_a_village_name_running_on_into_a_longer_name_is_another_place():
    text = "An air strike on the village of Maaret Harmeh killed ten people."
    assert reading.places_at(text) == []
    text = "Militants attacked a post in Assal al-Ward in the Qalamoun mountains."
    assert reading.places_at(text) == ["qalamoun"]
    text = "Rebels came from the villages of Maksar al-Hussan towards the hills."
    assert reading.places_at(text) == []
    text = "Jets hit ISIL positions in Abed Hill east of the city of Homs."
    assert "al-abd" not in reading.places_at(text)


def test_a_village_beside_another_name_or_a_common_word_is_still_found():
    text = "Clashes broke out in Hatla al-Husainiyah and Marrat on Sunday."
    assert reading.places_at(text) == ["hatla", "al-husayniyah", "marrat"]
    text = "Jets bombed the village of Marrat Syrian state media said."
    assert reading.places_at(text) == ["marrat"]


def test_a_name_in_a_far_province_means_a_namesake_there_each_time():
    text = (
        "In Jassem in the southern province of Daraa 16 civilians were killed. "
        "Rebels hold the west of the province, and that is where Jassem is."
    )
    assert "al-jasim" not in reading.places_at(text)


def test_an_aerospace_force_without_its_apostrophe_strikes_from_the_air():
    text = (
        "Over the past 24 hours Russias aerospace group dealt 182 strikes against "
        "ISIS positions in Deir Ezzor province."
    )
    assert reading.sub_types_at(text) == {("air_strike", "deir-ez-zor-governorate")}
    text = "The Aerospace Forces carry out 150 strikes a day near al-Mayadin city."
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


def test_words_that_spell_a_name_are_no_name_unless_written_as_one():
    text = "The monitor said. We see a very strong link between the two."
    assert reading.places_at(text) == []
    text = "Jets struck Waseiha and the Deir Ezzor airport on Sunday."
    assert reading.places_at(text) == ["al-wasiah", "deir-ez-zor-airport"]


def test_strikes_since_a_year_do_not_date_the_strike_told_before():
    text = (
        "The monitor said Russian air strikes on Thursday night killed 14 people "
        "near al-Mayadin. Russia has not acknowledged civilian deaths from its "
        "strikes since it intervened in Syria in 2015."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


def test_the_next_sentence_saying_what_strikes_destroyed_where_places_them():
    text = (
        "Some 120 fighters were killed in a series of Russian air strikes in Syria "
        "over the past 24 hours, the ministry said. A command post and up to 80 "
        "fighters were destroyed in the area of Mayadeen, it said, adding some 40 "
        "fighters were killed around the town of Albu Kamal."
    )
    assert reading.sub_types_at(text) == {
        ("air_strike", "al-mayadin"),
        ("air_strike", "albu-kamal"),
    }


def test_a_weekday_to_come_dates_no_event_told_after_it():
    text = (
        "كلمة للسيد نصر الله يوم الجمعة المقبل. عدوان جوي على منطقة البوكمال "
        "وتسع غارات تستهدف سبعة برادات."
    )
    assert reading.dates_at(text, "abu-kamal-district") == [
        (reading.SUNDAY - datetime.timedelta(days=1), reading.SUNDAY)
    ]
