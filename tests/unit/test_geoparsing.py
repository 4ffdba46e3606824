"""The whole geoparse: the sample report, English, output shape, robustness."""

import datetime
from pathlib import Path

import pytest

from places.gazetteer import Gazetteer, read_csv
from places.geoparsing import excerpt, geoparse
from tests.expected import SAMPLE_EVENTS, SAMPLE_PLACES

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PUBLISHED = datetime.date(2018, 2, 8)
FEB_7 = datetime.date(2018, 2, 7)
ENGLISH = (
    "Coalition airstrikes hit Hatla and Salhiyah on Wednesday, activists said. "
    "Clashes broke out yesterday in Khasham and al-Tabiyah between the SDF and "
    "pro-government forces 8 km east of the Euphrates.\n"
    "Russian aircraft landed at Hmeimim. Families fled Jadid Ekeidat."
)


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(FIXTURES / "gazetteer_small.csv"))


@pytest.fixture(scope="module")
def sample_text():
    return (FIXTURES / "khasham-2018-02-08.ar.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sample(sample_text, gazetteer):
    return geoparse(sample_text, PUBLISHED, gazetteer)


def events_of(result):
    return {(e.sub_type, e.place.slug) for e in result.events}


def test_the_sample_is_arabic(sample):
    assert sample.language == "ar"


def test_every_mention_surface_is_the_text_at_its_offsets(sample, sample_text):
    assert sample.mentions
    assert all(sample_text[m.start : m.end] == m.surface for m in sample.mentions)


def test_the_sample_mentions_resolve_to_the_expected_places(sample):
    places = {m.place.slug for m in sample.mentions if m.place}
    assert places >= SAMPLE_PLACES | {"hmeimim"}
    assert "salihiyah-abu-kamal" not in places
    assert "syria" not in places  # only inside قوات سوريا الديمقراطية
    by_surface = {m.surface: m.place.slug for m in sample.mentions if m.place}
    assert by_surface["جديد العكيدات"] == by_surface["جديد عكيدات"] == "jadid-ekeidat"
    assert "ديرالزور" not in by_surface  # only in مجلس ديرالزور العسكري
    assert by_surface["نهر الفرات"] == "euphrates"
    hmeimim = next(m for m in sample.mentions if m.place and m.place.slug == "hmeimim")
    assert hmeimim.place.in_region is False


def test_the_sample_events_are_the_reported_ones(sample):
    assert events_of(sample) >= SAMPLE_EVENTS


def test_the_clashes_are_dated_the_day_before_publication(sample):
    clashes = [e for e in sample.events if e.sub_type == "armed_clash"]
    assert clashes
    assert {(e.date_start, e.date_end, e.date_precision) for e in clashes} == {
        (FEB_7, FEB_7, "day")
    }


def test_the_rocket_shelling_is_by_the_coalition(sample):
    for slug in ("hatla", "salihiyah-deir-ez-zor"):
        event = next(e for e in sample.events if e.place.slug == slug)
        assert event.sub_type == "shelling"
        assert event.actors[0] == "Coalition"


def test_the_shelling_near_conoco_is_by_the_government_and_approximate(sample):
    event = next(e for e in sample.events if e.place.slug == "conoco-gas-field")
    assert event.actors == ("Government",)
    assert event.geo_precision == 2


def test_no_event_at_hmeimim_the_river_or_outside_the_region(sample):
    slugs = {e.place.slug for e in sample.events}
    assert not slugs & {"hmeimim", "euphrates", "russia", "united-states"}
    assert all(e.place.in_region for e in sample.events)


def test_mentions_have_roles(sample):
    roles = {}
    for m in sample.mentions:
        roles.setdefault(m.surface, m.role)
    assert roles["خشام"] == "site"
    assert roles["حقل كونيكو"] == "reference"
    assert roles["قاعدة حميميم"] == "mentioned"


def test_events_point_at_their_mention(sample):
    for event in sample.events:
        mention = sample.mentions[event.mention_index]
        if mention.place.kind == "river":  # located only by it: the governorate
            assert event.place.kind == "governorate"
        else:
            assert mention.place == event.place
        assert mention.sentence == event.sentence
        assert len(event.excerpt) <= 401


def test_events_are_not_duplicated(sample):
    keys = [(e.date_start, e.sub_type, e.place.slug) for e in sample.events]
    assert len(keys) == len(set(keys))


def test_geoparse_is_deterministic(sample_text, gazetteer, sample):
    assert geoparse(sample_text, PUBLISHED, gazetteer) == sample


def test_an_english_report_gives_its_places_and_events(gazetteer):
    result = geoparse(ENGLISH, PUBLISHED, gazetteer)
    assert result.language == "en"
    assert {m.place.slug for m in result.mentions} == {
        "hatla", "salihiyah-deir-ez-zor", "khasham", "tabiyah-jazira", "euphrates",
        "hmeimim", "jadid-ekeidat",
    }  # fmt: skip
    events = {(e.sub_type, e.place.slug, e.date_start) for e in result.events}
    assert events == {
        ("air_strike", "hatla", FEB_7),
        ("air_strike", "salihiyah-deir-ez-zor", FEB_7),
        ("armed_clash", "khasham", FEB_7),
        ("armed_clash", "tabiyah-jazira", FEB_7),
        ("displacement", "jadid-ekeidat", FEB_7),
    }
    strike = result.events[0]
    assert strike.actors == ("Coalition",)
    euphrates = next(m for m in result.mentions if m.place.slug == "euphrates")
    assert euphrates.role == "reference"


def test_an_event_near_a_reference_is_placed_there_approximately(gazetteer):
    result = geoparse("Shelling 8 km east of Deir ez-Zor.", PUBLISHED, gazetteer)
    [event] = result.events
    assert (event.place.slug, event.geo_precision) == ("deir-ez-zor", 2)
    assert event.date_precision == "publication"


def test_a_governorate_only_event_has_the_lowest_precision(gazetteer):
    result = geoparse("قصف مدفعي على ريف دير الزور", PUBLISHED, gazetteer, "ar")
    [event] = result.events
    assert (event.place.slug, event.geo_precision) == ("deir-ez-zor-governorate", 3)


def test_dates_carry_forward_from_earlier_sentences(gazetteer):
    text = "On 5 February, clashes in Khasham. Later, shelling hit Hatla."
    result = geoparse(text, PUBLISHED, gazetteer)
    assert [e.date_start.day for e in result.events] == [5, 5]


def test_to_json_has_exactly_the_agreed_shape_plus_the_added_fields(sample):
    data = sample.to_json()
    assert set(data) == {"language", "mentions", "events", "warnings"}
    assert set(data["mentions"][0]) == {
        "surface", "start", "end", "place", "place_id", "lat", "lon", "in_region",
        "confidence", "role", "method", "candidates",
    }  # fmt: skip
    assert set(data["mentions"][0]["candidates"][0]) == {
        "place", "place_id", "lat", "lon", "score", "reasons",
    }  # fmt: skip
    assert set(data["events"][0]) == {
        "date", "date_end", "date_precision", "type", "sub_type", "place",
        "place_id", "lat", "lon", "actors", "fatalities", "excerpt", "geo_precision",
        "why",
    }  # fmt: skip
    clash = next(e for e in data["events"] if e["place_id"] == "khasham")
    assert clash["date"] == "2018-02-07"
    assert clash["type"] == "battles"
    assert isinstance(clash["lat"], float) and isinstance(clash["actors"], list)
    assert all(m["confidence"] == round(m["confidence"], 3) for m in data["mentions"])


def test_excerpts_are_cut_on_a_word_boundary():
    text = "word " * 200
    cut = excerpt(text)
    assert len(cut) <= 400 and cut.endswith("…")
    assert cut[:-1].split(" ")[-1] == "word"
    assert excerpt("  short one \n") == "short one"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        bytes(range(256)).decode("utf-8", errors="replace") * 20,
        "<html><body><p>Clashes in <b>Khasham</b></p><script>x()</script></body>",
        "اشتباكات in Khasham و في حطلة yesterday أمس 7 شباط/February",
        "\u200f\u200e\u061c" * 100,
        "....!!!???؟؟\n\n\n",
    ],
)
def test_odd_input_gives_sensible_results(text, gazetteer):
    result = geoparse(text, PUBLISHED, gazetteer)
    assert all(text[m.start : m.end] == m.surface for m in result.mentions)
    assert result.to_json()["language"] in {"ar", "en"}


def test_blank_text_gives_nothing(gazetteer):
    assert geoparse("", PUBLISHED, gazetteer).to_json() == {
        "language": "en",
        "mentions": [],
        "events": [],
        "warnings": [],
    }


def test_a_megabyte_of_text_is_handled(sample_text, gazetteer):
    # Its speed is measured by `make bench` (bench_geoparse), not asserted here.
    text = (sample_text + "\n" + ENGLISH + "\n") * (2**20 // (len(sample_text) + 400))
    result = geoparse(text, PUBLISHED, gazetteer)
    assert len(result.mentions) > 1000
