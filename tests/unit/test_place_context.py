"""Where events are placed, read in context: "the town" referring back,
places beside, between or at the ends of a road, datelines, correspondents,
provinces named like their capital, and the roles of mentions."""

import datetime

import pytest

from places.geoparsing import geoparse
from tests.reading import SATURDAY, curated, events


@pytest.fixture(scope="module")
def gazetteer():
    return curated()


def roles(text, gazetteer):
    result = geoparse(text, SATURDAY, gazetteer)
    return {m.surface: m.role for m in result.mentions}


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


def test_a_district_of_the_city_is_a_neighbourhood_cue(gazetteer):
    result = geoparse(
        "Engineers combed the districts of al-Hamidiyah.", SATURDAY, gazetteer
    )
    assert [m.place.slug for m in result.mentions] == ["al-hamidiyah"]


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


@pytest.mark.parametrize(
    "text",
    [
        "Around 20 people were killed in a car bomb blast on Friday. "
        "The incident occurred in the town of al-Shuhayl.",
        "قتل عشرون شخصاً بانفجار سيارة مفخخة يوم الجمعة. "
        "ووقع الانفجار في بلدة الشحيل بريف دير الزور.",
        "A car bomb killed 20 people on Friday. "
        "The operation took place at dawn in the town of al-Shuhayl.",
    ],
)
def test_the_next_sentence_can_say_where_the_event_was(text, gazetteer):
    assert ("2018-10-12", "remote_explosive", "al-shuhayl") in events(text, gazetteer)


def test_a_next_sentence_about_something_else_places_nothing(gazetteer):
    text = (
        "Families left their homes on Friday. The explosion comes two months "
        "after warplanes struck al-Mayadin and Hajin."
    )
    assert not any(sub == "displacement" for _, sub, _ in events(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Clashes broke out in Deir ez-Zor.", "deir-ez-zor-governorate"),
        ("اشتباكات عنيفة في دير الزور.", "deir-ez-zor-governorate"),
        ("Jets struck villages east of Deir ez-Zor.", "deir-ez-zor-governorate"),
        ("قتل مدني بقصف شرقي دير الزور.", "deir-ez-zor-governorate"),
        ("Clashes broke out in Deir ez-Zor city.", "deir-ez-zor"),
        ("اشتباكات في مدينة دير الزور.", "deir-ez-zor"),
        ("Clashes broke out 20 km east of Deir ez-Zor.", "deir-ez-zor"),
        ("اشتباكات على بعد 7 كم شرق دير الزور.", "deir-ez-zor"),
        ("Clashes broke out near Deir ez-Zor.", "deir-ez-zor"),
        ("قصف على أطراف دير الزور.", "deir-ez-zor"),
        ("Jets hit besieged Deir ez-Zor.", "deir-ez-zor"),
        ("كمين على طريق دير الزور - تدمر.", "deir-ez-zor"),
        ("عنب بلدي – دير الزور\nقتل مدني بقصف.", "deir-ez-zor"),
        ("DEIR EZ-ZOR, Syria (North Press) – A bomb went off.", "deir-ez-zor"),
        ("تعرضت أحياء داخل ديرالزور لقصف جوي.", "deir-ez-zor"),
        ("استهداف حي وقافلة مساعدات في دير الزور بقذائف الهاون.", "deir-ez-zor"),
        ("الجيش يكسر حصاراً لداعش في دير الزور.", "deir-ez-zor"),
        ("Government forces are closing in on Deir al-Zour.", "deir-ez-zor"),
        (
            "IS controls half of Deir al-Zour and much of its surrounding province.",
            "deir-ez-zor",
        ),
    ],
)
def test_deir_ez_zor_is_the_governorate_unless_marked_as_the_city(
    text, slug, gazetteer
):
    result = geoparse(text, datetime.date(2017, 6, 1), gazetteer)
    assert result.mentions[0].place.slug == slug


def test_an_event_told_only_at_the_province_gives_way_to_the_same_told_exactly(
    gazetteer,
):
    text = (
        "Coalition air strikes hit Deir ez-Zor province on Friday. "
        "Jets struck Hajin and al-Susah on Friday."
    )
    assert {slug for _, _, slug in events(text, gazetteer)} == {"hajin", "al-susah"}


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("سيطرت قسد على قرى بدير الزور", "deir-ez-zor-governorate"),
        ("leaflets on the villages of Deir ez-Zor", "deir-ez-zor-governorate"),
        ("the town of Albu Kamal", "albu-kamal"),
    ],
)
def test_the_villages_of_a_city_are_its_province(text, slug, gazetteer):
    result = geoparse(text, datetime.date(2017, 6, 1), gazetteer)
    assert [m.place.slug for m in result.mentions] == [slug]


def test_an_event_with_no_place_is_at_the_only_place_the_report_names(gazetteer):
    text = (
        "Forces evacuated 40 truckloads of civilians from the last redoubt on "
        "Friday. Fighters remain trapped in the village of Baghouz."
    )
    assert ("2018-10-12", "displacement", "al-baghuz-fawqani") in events(
        text, gazetteer
    )
    two = text.replace("Baghouz.", "Baghouz and in Hajin.")
    assert not any(sub == "displacement" for _, sub, _ in events(two, gazetteer))


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("IS retakes parts of Syria's Albu Kamal", "albu-kamal"),
        ("clashes in Syria's Deir ez-Zor", "deir-ez-zor-governorate"),
    ],
)
def test_syrias_names_a_province_but_not_a_town(text, slug, gazetteer):
    result = geoparse(text, datetime.date(2017, 6, 1), gazetteer)
    assert [m.place.slug for m in result.mentions if m.place.in_region] == [slug]


def test_the_same_name_bare_and_as_a_reference_point_resolve_apart(gazetteer):
    text = (
        "Clashes broke out in Deir ez-Zor on Friday. "
        "Shelling hit a village 20 km east of Deir ez-Zor."
    )
    result = geoparse(text, datetime.date(2019, 6, 1), gazetteer)
    slugs = [m.place.slug for m in result.mentions]
    assert slugs == ["deir-ez-zor-governorate", "deir-ez-zor"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone struck the Qasrak base in Al-Hasakah countryside on Saturday.",
        "A drone struck the base of Qasrak in Hasakah on Saturday.",
    ],
)
def test_an_unseen_spelling_held_by_a_place_outside_is_not_ours(text, gazetteer):
    result = geoparse(text, SATURDAY, gazetteer)
    (qasrak,) = [m for m in result.mentions if m.surface == "Qasrak"]
    assert qasrak.place is None
    assert result.events == ()


def test_an_unseen_spelling_held_by_our_province_stays_ours(gazetteer):
    text = "Clashes hit the village of Jadeed Ekedat in Deir ez-Zor countryside."
    first = geoparse(text, SATURDAY, gazetteer).mentions[0]
    assert (first.surface, first.place.slug, first.method) == (
        "Jadeed Ekedat",
        "jadid-ekeidat",
        "fuzzy",
    )
