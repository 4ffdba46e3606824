"""Events read in their context: strikes of no named kind, purposes, the
pluperfect, "the town" referring back, the date a report was told on, dates
counted from another date, places an event is beside."""

import datetime
from pathlib import Path

import pytest

from places.dates import find_dates
from places.events import find_triggers
from places.gazetteer import Gazetteer, read_csv
from places.geoparsing import geoparse

CURATED = Path(__file__).resolve().parents[2] / "places" / "data" / "gazetteer.csv"
SATURDAY = datetime.date(2018, 10, 13)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(CURATED))


def events(text, gazetteer, published=SATURDAY):
    result = geoparse(text, published, gazetteer)
    return {(e.date_start.isoformat(), e.sub_type, e.place.slug) for e in result.events}


def kinds(text):
    return [(text[t.start : t.end], t.sub_type) for t in find_triggers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("coalition aircraft had struck ISIS positions", [("struck", "air_strike")]),
        ("Russian strikes on the town", [("strikes", "air_strike")]),
        ("a shell struck the market", [("struck", "shelling")]),
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
    ],
)
def test_more_event_words(text, expected):
    assert kinds(text) == expected


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


def test_a_pluperfect_capture_last_month_is_background(gazetteer):
    text = "وكانت قسد قد سيطرت الشهر الماضي على مدينة هجين."
    assert events(text, gazetteer) == set()


def test_a_pluperfect_attack_last_night_is_news(gazetteer):
    text = "وكانت مجموعات من التنظيم قد هاجمت ليلة أمس نقاطاً في بلدة هجين."
    assert events(text, gazetteer) == {("2018-10-12", "attack", "hajin")}


def test_the_town_refers_back_to_the_town_named_before(gazetteer):
    text = (
        "The SDF captured the town of Hajin on Friday. "
        "Clashes continued on Saturday inside the town."
    )
    assert ("2018-10-13", "armed_clash", "hajin") in events(text, gazetteer)


def test_the_city_refers_back_to_the_place_named_city_not_a_reference(gazetteer):
    text = (
        "سيطرت قوات النظام على مدينة البوكمال يوم الجمعة شرق دير الزور. "
        "واندلعت اشتباكات عنيفة داخل المدينة يوم السبت."
    )
    found = events(text, gazetteer)
    assert ("2018-10-13", "armed_clash", "albu-kamal") in found
    assert not any(slug == "deir-ez-zor" for _, _, slug in found)


def test_the_town_of_x_is_a_cue_not_a_reference_back(gazetteer):
    text = "Hajin was quiet. Clashes broke out on Saturday in the town of Gharanij."
    assert events(text, gazetteer) == {("2018-10-13", "armed_clash", "gharanij")}


def test_said_on_saturday_does_not_date_the_next_sentence(gazetteer):
    text = (
        "Militants stormed a camp on Friday night, a monitor said on Saturday. "
        "The fighting at the camp, next to al-Bahra, left 20 dead."
    )
    assert ("2018-10-12", "armed_clash", "al-bahrah") in events(text, gazetteer)


def test_said_on_saturday_dates_an_event_when_nothing_else_does(gazetteer):
    text = "The SDF has captured Hajin, the monitor said on Saturday."
    assert events(text, gazetteer) == {("2018-10-13", "territory_change", "hajin")}


def test_a_day_earlier_counts_from_the_date_told_before():
    text = (
        "Raids killed 35 late Thursday, a monitor said on Friday. "
        "Fifteen were killed a day earlier."
    )
    spans = find_dates(text, datetime.date(2017, 5, 26), "en")
    assert [(d.text, d.start.isoformat()) for d in spans] == [
        ("Thursday", "2017-05-25"),
        ("Friday", "2017-05-26"),
        ("a day earlier", "2017-05-24"),
    ]
    assert [d.reporting for d in spans] == [False, True, False]


def test_a_day_of_the_same_month_takes_the_month_told_before():
    text = (
        "سيطرت القوات على المدينة في 19 تشرين الثاني "
        "بعد أن خسرتها في الحادي عشر من الشهر ذاته"
    )
    spans = find_dates(text, datetime.date(2017, 12, 3), "ar")
    assert [d.start.isoformat() for d in spans] == ["2017-11-19", "2017-11-11"]


def test_two_captures_with_dates_of_their_own_are_two_events(gazetteer):
    text = (
        "سيطرت قوات النظام على مدينة البوكمال يوم الأحد 19 تشرين الثاني، "
        "بعد أن استعاد التنظيم أجزاء منها في الحادي عشر من الشهر ذاته."
    )
    found = events(text, gazetteer, datetime.date(2017, 11, 20))
    assert found == {
        ("2017-11-19", "territory_change", "albu-kamal"),
        ("2017-11-11", "territory_change", "albu-kamal"),
    }


def test_an_event_near_a_village_is_at_the_village_approximately(gazetteer):
    text = "هاجم التنظيم يوم الجمعة مخيماً قرب بلدة البحرة في ريف دير الزور الشرقي."
    result = geoparse(text, SATURDAY, gazetteer)
    [event] = result.events
    assert (event.sub_type, event.place.slug, event.geo_precision) == (
        "attack",
        "al-bahrah",
        2,
    )


def test_a_clause_after_while_does_not_borrow_the_place_before(gazetteer):
    text = (
        "Clashes broke out on Saturday in Hajin, while Russian warplanes bombed "
        "positions along the road to al-Qaim."
    )
    assert events(text, gazetteer) == {("2018-10-13", "armed_clash", "hajin")}


def roles(text, gazetteer):
    result = geoparse(text, SATURDAY, gazetteer)
    return {m.surface: m.role for m in result.mentions}


def test_every_mention_has_a_role_in_the_events(gazetteer):
    found = roles(
        "Government forces shelled al-Shuhayl from positions in al-Mayadin on "
        "Saturday. Clashes broke out in Hajin, 5 km east of Deir ez-Zor. "
        "Families fled toward al-Susah. A plane landed in Damascus.",
        gazetteer,
    )
    assert found == {
        "al-Shuhayl": "target",
        "al-Mayadin": "origin",
        "Hajin": "site",
        "Deir ez-Zor": "reference",
        "al-Susah": "destination",
        "Damascus": "mentioned",
    }


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
        "date: “Saturday”, the day it was told (no other)",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trucks carrying women and children left the town",
            [("left", "displacement")],
        ),
        ("خرجت عشرات العائلات من البلدة", [("خرجت", "displacement")]),
        ("The convoy left the base", []),
        ("خرج المئات من أهالي البلدة في مظاهرات", []),
    ],
)
def test_leaving_is_displacement_only_when_people_leave(text, expected):
    assert kinds(text) == expected


def test_a_district_of_the_city_is_a_neighbourhood_cue(gazetteer):
    result = geoparse(
        "Engineers combed the districts of al-Hamidiyah.", SATURDAY, gazetteer
    )
    assert [m.place.slug for m in result.mentions] == ["al-hamidiyah"]


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("three days ago", "en", "2018-10-10", "2018-10-10"),
        ("قبل ثلاثة أيام", "ar", "2018-10-10", "2018-10-10"),
        ("قبل يومين", "ar", "2018-10-11", "2018-10-11"),
        ("a week ago", "en", "2018-10-03", "2018-10-09"),
        (
            "Fighting on 3 May. Two weeks later it ended.",
            "en",
            "2018-05-14",
            "2018-05-20",
        ),
        (
            "Clashes on Friday. Two days earlier the SDF advanced.",
            "en",
            "2018-10-10",
            "2018-10-10",
        ),
    ],
)
def test_counted_days_and_weeks(text, language, first, last):
    found = find_dates(text, SATURDAY, language)[-1]
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_may_with_a_full_stop_ends_the_sentence():
    spans = find_dates("Fighting on 3 May. Later it ended.", SATURDAY, "en")
    assert [d.text for d in spans] == ["3 May"]


def test_an_event_a_month_before_publication_is_background(gazetteer):
    text = "The SDF captured al-Baghuz Fawqani last month."
    assert events(text, gazetteer, datetime.date(2019, 4, 28)) == set()
    assert events(text, gazetteer, datetime.date(2019, 4, 3)) == {
        ("2019-03-01", "territory_change", "al-baghuz-fawqani")
    }


def test_a_dateline_places_only_an_event_with_no_place_of_its_own(gazetteer):
    lead = "NEAR BAGHUZ, Syria (AP) — Fighters launched the final assault on Saturday."
    assert events(lead, gazetteer) == {("2018-10-13", "attack", "al-baghuz-fawqani")}
    other = "HAJIN, Syria (AP) — Clashes broke out in al-Susah on Saturday."
    assert events(other, gazetteer) == {("2018-10-13", "armed_clash", "al-susah")}


def test_where_a_correspondent_is_is_no_site(gazetteer):
    text = "وذكر مراسل سانا في دير الزور أن اشتباكات اندلعت اليوم في بلدة هجين."
    assert events(text, gazetteer) == {("2018-10-13", "armed_clash", "hajin")}


def test_a_common_word_name_announced_once_counts_everywhere(gazetteer):
    text = (
        "The mosque in Sousa, a village near the border, was hit. "
        "Strikes on Sousa went on."
    )
    result = geoparse(text, SATURDAY, gazetteer)
    assert [m.surface for m in result.mentions] == ["Sousa", "Sousa"]
    assert geoparse("Sousa said it was hit.", SATURDAY, gazetteer).mentions == ()


def test_the_town_outside_the_region_places_nothing_inside_it(gazetteer):
    text = (
        "DEIR AL-ZOR, Syria (Reuters) - The SDF moved into the town of Markada, "
        "in Hasaka province. Clashes went on in the town on Saturday."
    )
    assert events(text, gazetteer) == set()


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("retakes two towns in eastern Deir al-Zour", "deir-ez-zor-governorate"),
        ("بين محافظتي الحسكة ودير الزور", "deir-ez-zor-governorate"),
        ("تعزيزات في الريف الشرقي لدير الزور", "deir-ez-zor-governorate"),
    ],
)
def test_a_part_or_a_governorate_of_a_city_named_area_is_the_area(
    text, slug, gazetteer
):
    mentions = geoparse(text, SATURDAY, gazetteer).mentions
    assert mentions[-1].place.slug == slug


def test_a_countryside_named_beside_picks_the_place_there(gazetteer):
    text = (
        "اشتباكات على أطراف بلدتي الصالحية والعباس في ريف البوكمال. "
        "وقصفت طائرات حربية الصالحية."
    )
    mentions = geoparse(text, SATURDAY, gazetteer).mentions
    found = [(m.surface, m.place.slug) for m in mentions if m.surface == "الصالحية"]
    assert found == [("الصالحية", "salihiyah-abu-kamal")] * 2
    reasons = mentions[0].candidates[0].reasons
    assert "in the Albu Kamal countryside" in reasons


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


@pytest.mark.parametrize(
    ("text", "language", "first", "last"),
    [
        ("سيطرت منتصف كانون الأول الماضي على هجين", "ar", "2018-12-11", "2018-12-20"),
        ("منذ أيلول الماضي", "ar", "2018-09-01", "2018-09-30"),
        ("in early September", "en", "2018-09-01", "2018-09-10"),
        ("late in the month of last March", "en", "2018-03-01", "2018-03-31"),
    ],
)
def test_a_month_without_its_year_made_safe_by_a_part_or_last(
    text, language, first, last
):
    [found] = find_dates(text, datetime.date(2019, 1, 18), language)
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_a_bare_month_name_is_no_date():
    assert find_dates("Fighters may return.", SATURDAY, "en") == []


def test_strikes_by_aircraft_named_with_hamza_are_air_strikes():
    assert kinds("جراء ضربات نفذتها طائرات مجهولة") == [("ضربات", "air_strike")]
    assert kinds("قصفت طائرات حربية البلدة") == [("قصفت", "air_strike")]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("منذ طردهم منها أواخر عام 2017", "2017-09-01", "2017-12-31"),
        ("in late 2017", "2017-09-01", "2017-12-31"),
        ("العام الماضي", "2017-01-01", "2017-12-31"),
    ],
)
def test_a_year_or_part_of_one(text, first, last):
    [found] = find_dates(text, SATURDAY, "ar" if text[0] > "z" else "en")
    assert (found.start.isoformat(), found.end.isoformat()) == (first, last)


def test_a_number_of_fighters_is_no_year():
    assert find_dates("2018 fighters were killed", SATURDAY, "en") == []


@pytest.mark.parametrize(
    "text",
    [
        "The army, backed by Russian airstrikes, took Hajin on Saturday.",
        "سيطرت قسد يوم السبت على هجين تحت غطاء من غارات التحالف.",
    ],
)
def test_strikes_named_as_support_are_no_events(text, gazetteer):
    assert {sub for _, sub, _ in events(text, gazetteer)} == {"territory_change"}


def test_an_event_between_two_places_goes_to_the_first_approximately(gazetteer):
    text = (
        "A car bomb struck on Saturday in an area between the Jafra oil field "
        "and the Conoco gas plant."
    )
    [event] = geoparse(text, SATURDAY, gazetteer).events
    assert (event.place.slug, event.geo_precision) == ("jafra-oil-field", 2)


def test_a_cue_on_the_line_before_does_not_reach_a_dateline(gazetteer):
    from places.extraction import find_toponyms

    text = "Car bomb near Syria energy fields\nHAJIN (AFP) - A car bomb went off."
    [hajin] = [t for t in find_toponyms(text, gazetteer) if t.surface == "HAJIN"]
    assert (hajin.cue, hajin.relation) == (None, "dateline")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "an improvised explosive device went off on the road",
            [("improvised explosive device", "remote_explosive")],
        ),
        ("a roadside bomb killed three", [("roadside bomb", "remote_explosive")]),
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


def test_a_place_is_borrowed_from_further_back_in_the_clause(gazetteer):
    text = (
        "Fighters stormed Hajin on Friday, sending in suicide bombers and "
        "seizing several streets."
    )
    assert ("2018-10-12", "territory_change", "hajin") in events(text, gazetteer)


@pytest.mark.parametrize(
    "text",
    ["bombings in Deir al-Zor's eastern countryside", "killed in Syria's Deir al-Zor"],
)
def test_wire_style_province_names(text, gazetteer):
    [mention] = [
        m for m in geoparse(text, SATURDAY, gazetteer).mentions if m.place.in_region
    ]
    assert mention.place.slug == "deir-ez-zor-governorate"


def test_a_road_named_by_its_ends_places_an_event_near_the_first(gazetteer):
    text = "انفجرت عبوة ناسفة يوم السبت على الطريق الواصل بين بلدتي ذيبان والحوايج."
    [event] = geoparse(text, SATURDAY, gazetteer).events
    assert (event.place.slug, event.geo_precision) == ("diban", 2)


def test_these_attacks_point_back_to_the_attacks_told(gazetteer):
    text = (
        "هاجمت خلايا التنظيم يوم السبت نقاطاً لقسد في بلدة ذيبان. "
        "ويرى مراقبون أن هذه الهجمات محاولة لتشتيت قسد "
        "التي تحاصر التنظيم في بلدة الباغوز."
    )
    assert events(text, gazetteer) == {("2018-10-13", "attack", "diban")}


@pytest.mark.parametrize(
    "text",
    ["سيطرت قسد على بلدة المحيميدة غربي دير الزور", "حملات أمنية في أرياف دير الزور"],
)
def test_arabic_western_x_and_countrysides_name_the_province(text, gazetteer):
    mentions = geoparse(text, SATURDAY, gazetteer).mentions
    assert mentions[-1].place.slug == "deir-ez-zor-governorate"


def test_a_name_announced_under_another_spelling_counts_too(gazetteer):
    text = "دخلت القوات حي الحميدية يوم السبت. واستمرت الاشتباكات في الحميدية."
    surfaces = [m.surface for m in geoparse(text, SATURDAY, gazetteer).mentions]
    assert surfaces == ["حي الحميدية", "الحميدية"]


def test_earlier_this_month_is_background(gazetteer):
    text = (
        "Earlier this month the SDF captured Hajin. "
        "Clashes broke out in al-Susah on Saturday."
    )
    assert events(text, gazetteer) == {("2018-10-13", "armed_clash", "al-susah")}


def test_a_date_of_an_earlier_verb_is_not_the_events(gazetteer):
    text = (
        "On Friday IS fighters attacked Hajin, "
        "retaking sites they had lost in September."
    )
    found = events(text, gazetteer)
    assert ("2018-10-12", "territory_change", "hajin") in found


def test_a_dateline_date_is_when_it_was_told():
    [found] = find_dates("DAMASCUS, May 10 (Xinhua) -- Six civilians", SATURDAY, "en")
    assert found.reporting


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("out of al-Baghouz in March.", "en", 3),
        ("في شهر آب", "ar", 8),
        ("في آذار", "ar", 3),
    ],
)
def test_a_month_after_in_is_a_date(text, language, month):
    [found] = find_dates(text, SATURDAY, language)
    assert found.start.month == month


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


def test_a_lead_dated_only_when_told_takes_the_next_sentences_date(gazetteer):
    text = (
        "Air strikes killed 23 civilians in Hajin, a monitor said on Saturday. "
        "The strikes hit residential buildings on Thursday night."
    )
    result = geoparse(text, SATURDAY, gazetteer)
    [event] = [e for e in result.events if e.sentence[0] == 0]
    assert (event.date_start.isoformat(), event.sub_type) == (
        "2018-10-11",
        "air_strike",
    )
    assert "told of the same event in the next sentence" in event.why[-1]
