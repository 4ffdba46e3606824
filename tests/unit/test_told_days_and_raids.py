"""Rules found on the real-s reports (sentences here are the team's own): an
event dated only by the day it was told may have happened the day before, and
raids with ground forces named are not air raids."""

import datetime

import pytest

from places.dates import find_dates
from places.geoparsing import geoparse
from tests import reading

SUNDAY = datetime.date(2018, 10, 28)
TUESDAY = datetime.date(2018, 10, 23)


@pytest.fixture(scope="module")
def gazetteer():
    return reading.curated()


def _dated(text: str, gazetteer, sub_type: str, slug: str) -> tuple:
    (event,) = [
        e
        for e in geoparse(text, SUNDAY, gazetteer).events
        if (e.sub_type, e.place.slug) == (sub_type, slug)
    ]
    return event.date_start, event.date_end, event.date_precision


@pytest.mark.parametrize(
    "text",
    [
        "IS militants have recaptured the town of Hajin, the Observatory reported "
        "Sunday.",
        "The SDF lost Hajin, a news agency source reports on October 28. IS "
        "militants recaptured the town of Hajin.",
        "قال ناشطون يوم الأحد إن تنظيم داعش استعاد السيطرة على بلدة هجين.",
    ],
)
def test_an_event_dated_by_the_day_it_was_told_may_be_of_the_day_before(
    text, gazetteer
):
    saturday = SUNDAY - datetime.timedelta(days=1)
    assert _dated(text, gazetteer, "territory_change", "hajin") == (
        saturday,
        SUNDAY,
        "told",
    )


def test_the_day_of_the_event_itself_stays_one_day(gazetteer):
    text = "IS militants recaptured Hajin on Saturday, the Observatory reported Sunday."
    saturday = SUNDAY - datetime.timedelta(days=1)
    assert _dated(text, gazetteer, "territory_change", "hajin") == (
        saturday,
        saturday,
        "day",
    )


@pytest.mark.parametrize(
    ("text", "reporting"),
    [
        ("a source reports on October 28 that", True),
        ("the coalition tweeted on Sunday that", True),
        ("ونقلت وكالة سانا يوم الأحد أن", True),
        ("the town fell on Sunday", False),
        ("أعلنت وزارة الدفاع الأمريكية (البنتاغون)، اليوم الأحد، تنفيذ ضربة", True),
        ("ونشر حساب إدارة العمليات عبر تلجرام اليوم، الأحد، تصريحاً", True),
        ("جاء في بيان نشرته وكالة أعماق اليوم، الأحد، أن عناصره", True),
        ("قال مصدر إن القوات سيطرت يوم الأحد على", False),
        ("the Observatory said IS fighters launched two attacks on Sunday", False),
    ],
)
def test_speech_verbs_mark_the_day_of_telling(text, reporting):
    (date,) = find_dates(text, SUNDAY, "ar" if "ا" in text else "en")
    assert date.reporting is reporting


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("انطلقت قبل منتصف ليلة السبت جولة من الغارات", (19, 20)),
        ("اشتباكات ليلة الأحد - الاثنين", (21, 22)),
        ("غارات يوم السبت", (20, 20)),
        ("غارات ليل السبت", (20, 20)),
        # two days back from the report, as the 48 hours are
        ("نزحت العوائل خلال اليومين الماضيين", (21, 23)),
        ("خلال الساعات الـ48 الماضية", (21, 23)),
    ],
)
def test_nights_and_the_last_days_in_arabic(text, days):
    (date,) = find_dates(text, TUESDAY, "ar")
    assert (date.start.day, date.end.day) == days


def test_the_nearest_of_two_dates_ending_the_same_day_dates_what_follows(gazetteer):
    text = (
        "استعاد داعش بلدة هجين، وفقا لما ذكره المرصد اليوم الأحد. وقال مدير المرصد "
        "إن داعش استعاد منذ يوم الجمعة وحتى فجر الأحد كافة المناطق. وبعد انسحاب "
        "قسد من الباغوز سيطر التنظيم على المنطقة."
    )
    friday = SUNDAY - datetime.timedelta(days=2)
    assert ("2018-10-26", "territory_change", "al-baghuz-fawqani") in {
        (e.date_start.isoformat(), e.sub_type, e.place.slug)
        for e in geoparse(text, SUNDAY, gazetteer).events
        if e.date_start == friday
    }


@pytest.mark.parametrize(
    "head",
    [
        "التاريخ: تشرين الثاني ١٣, ٢٠١٧\n",
        "الخميس ١٨ - ١ - ٢٠١٨\nالتاريخ: تشرين الثاني ١٣, ٢٠١٧\n",
    ],
)
def test_a_page_date_in_arabic_digits_is_the_day_it_was_told(head, gazetteer):
    text = head + "معارك عنيفة حول البوكمال والطيران يشن عشرات الغارات على المدينة."
    monday = datetime.date(2017, 11, 13)
    events = geoparse(text, monday, gazetteer).events
    assert {(e.date_start.day, e.date_end.day) for e in events} == {(12, 13)}


@pytest.mark.parametrize(
    "text",
    [
        "If the government forces manage to capture the cemetery of Deir ez-Zor "
        "city, they will lift the siege.",
        "وفي حال سيطرت قوات النظام على مدينة الميادين ستنسحب الميليشيات.",
    ],
)
def test_a_condition_is_no_event(text, gazetteer):
    assert not geoparse(text, SUNDAY, gazetteer).events


def test_a_day_and_its_date_in_brackets_are_one_date_of_telling():
    text = "أعلنت وزارة الدفاع، اليوم الخميس (9 تشرين الثاني 2023)، تنفيذ ضربة"
    thursday = datetime.date(2023, 11, 9)
    (date,) = find_dates(text, thursday, "ar")
    assert (date.start, date.end, date.reporting) == (thursday, thursday, True)


def test_a_full_stop_before_an_arabic_letter_ends_the_sentence():
    from places.events import split_sentences

    text = "استهدفت مقاتلات بلدة غرانيج .و كانت قسد قد سيطرت على البلدة"
    assert len(split_sentences(text)) == 2


def test_the_day_of_a_pluperfect_clause_is_not_the_next_clause_s(gazetteer):
    text = (
        "قال المراسل إن اشتباكات جرت اليوم على أطراف بلدة الصالحية، وكان "
        "التنظيم قد استهدف بمفخخة تجمعاً للنظام قرب قرية العباس أمس، بينما "
        "استهدفت مقاتلات حربية بلدة غرانيج بعدة غارات جوية."
    )
    found = {
        (e.date_end, e.sub_type, e.place.slug)
        for e in geoparse(text, SUNDAY, gazetteer).events
    }
    assert (SUNDAY, "air_strike", "gharanij") in found


def test_yesterday_carried_to_a_later_sentence_may_be_today(gazetteer):
    text = (
        "Clashes broke out yesterday in Diban. Meanwhile, unidentified gunmen "
        "attacked a military vehicle in Abriha."
    )
    saturday = SUNDAY - datetime.timedelta(days=1)
    dated = {
        e.place.slug: (e.date_start, e.date_end)
        for e in geoparse(text, SUNDAY, gazetteer).events
    }
    assert dated == {"diban": (saturday, saturday), "abriha": (saturday, SUNDAY)}


def test_what_came_only_hours_before_is_news(gazetteer):
    text = (
        "تعرضت قاعدة حقل العمر لقصف صاروخي مساء يوم الأحد. ويأتي هذا الهجوم بعد "
        "ساعات فقط من قصف طيران حربي مجهول موقعاً للمليشيات في مدينة البوكمال."
    )
    found = {
        (e.sub_type, e.place.slug) for e in geoparse(text, SUNDAY, gazetteer).events
    }
    assert ("air_strike", "albu-kamal") in found


def test_a_name_after_a_dash_keeps_its_article():
    from places.extraction import find_toponyms

    text = "Hajin is 30 km north of al-Boukamal - al-Qaim border crossing."
    found = [t.surface for t in find_toponyms(text, reading.curated(), [])]
    assert "al-Boukamal" in found
    assert "al-Boukamal - al" not in found


def test_al_ahmar_alone_is_no_oil_field(gazetteer):
    text = "Government troops attacked militants on the hill of Al-Ahmar near Damascus."
    slugs = {
        m.place.slug for m in geoparse(text, SUNDAY, gazetteer).mentions if m.place
    }
    assert "al-ahmar-oil-field" not in slugs


# (words, the sub-types of the events they give)
TYPED = [
    # raids with ground forces named are no air raids
    ("Two IS leaders were killed in a joint coalition-SDF raid in al-Shuhayl.",
     {"attack"}),
    ("SDF forces backed by the US-led coalition carried out a raid on a house in "
     "al-Shuhayl.", {"attack"}),
    ("The coalition conducted a raid in al-Shuhayl that led to the arrest of "
     "three suspects.", {"attack"}),
    ("Coalition raids hit al-Shuhayl overnight.", {"air_strike"}),
    ("Coalition warplanes struck al-Shafah. The raids came after clashes with the "
     "SDF.", {"air_strike"}),
    # aircraft that launched an attack, or its drone further on
    ("Unidentified aircraft's attacks hit militia sites in al-Shuhayl.",
     {"air_strike"}),
    ("الطيران الأمريكي يشن هجوماً على منشآت في مدينة الميادين.", {"air_strike"}),
    ("Five fighters were killed in an attack on the al-Omar oil field base, where "
     "the base was targeted with a drone.", {"air_strike"}),
    ("أعلنت وزارة الدفاع عن شن الطيران الحربي الأمريكي لغارة جوية على منشآت شرق "
     "سورية.\nوأظهرت مواقع التواصل الهجوم الأمريكي على مدينة الميادين.",
     {"air_strike"}),
    ("ISIS gunmen attacked an SDF checkpoint in Diban, while a drone flew over the "
     "town.", {"attack"}),
    ("A fighter was killed in an overnight airstrike near Albu Kamal. The strike "
     "occurred in Deir ez-Zor province.", {"air_strike"}),
    # weapons that make an attack a bombing or shelling
    ("شن تنظيم داعش أمس هجوما بسيارة ملغمة على موقع للنازحين قرب مدينة دير الزور.",
     {"remote_explosive"}),
    ("An SDF convoy was attacked by a car bomb near the al-Omar oil field.",
     {"remote_explosive"}),
    ("US forces were injured on Friday in Iranian rocket attacks on the al-Omar "
     "oil field. The attacks occurred in Deir Ezzor province.", {"shelling"}),
    ("أطلق مسلحان مجهولان النار على دورية لقسد في بلدة أبو حمام.", {"attack"}),
    # control taken, or things taken
    ("The army stormed Deir ez-Zor city, liberating several neighbourhoods.",
     {"attack", "territory_change"}),
    ("The attackers also seized a military vehicle in Gharanij.", set()),
    ("The strikes on al-Mayadin took proportionate, deliberate action.",
     {"shelling"}),
    ("A joint force raided houses in al-Shuhayl. Weapons were also seized.",
     {"attack"}),
    # what was done before
    ("قصف الطيران مدينة الميادين اليوم، "
     "وهي منطقة نفذت فيها إسرائيل هجمات في السابق.", {"air_strike"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kinds"), TYPED)
def test_the_words_around_an_event_type_it(text, kinds, gazetteer):
    assert {e.sub_type for e in geoparse(text, SUNDAY, gazetteer).events} == kinds
