"""The GeoJSON API: shapes, filters, and a 400 (never a 500) for bad parameters."""

import csv
import io
import json

import pytest

from places import ingest
from places.models import Event, ReferenceLine

from .base import SAMPLE_PUBLISHED, make_article, sample_text


@pytest.fixture
def sample_events(geodata):
    article = make_article(body=sample_text(), published=SAMPLE_PUBLISHED, title="t")
    ingest.process_article(article)
    assert Event.objects.exists()
    return article


def test_events_are_lean_geojson_points(client, sample_events):
    data = client.get("/api/events/").json()
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == data["total"] == Event.objects.count()
    assert data["truncated"] is False
    feature = data["features"][0]
    assert feature["geometry"]["type"] == "Point"
    assert set(feature["properties"]) == {
        "id", "date", "date_end", "type", "sub_type", "geo_precision", "place",
        "place_ar",
    }  # fmt: skip


def test_an_event_tells_its_story(client, sample_events):
    event = Event.objects.filter(place__slug="khasham").first()
    props = client.get(f"/api/events/{event.pk}/").json()["properties"]
    assert props["article_title"] == "t"
    assert props["language"] == "ar"
    assert props["excerpt"] == event.excerpt
    assert props["why"] == event.why and props["why"][0].startswith("type:")
    start, end = props["highlight"]
    assert props["excerpt"][start:end] == props["surface"] == event.mention.surface
    others = {e["id"] for e in props["article_events"]}
    assert others == set(
        sample_events.events.exclude(pk=event.pk).values_list("pk", flat=True)
    )


def test_a_missing_event_is_a_404(client, db):
    assert client.get("/api/events/999999/").status_code == 404


def test_export_gives_every_field_of_the_filtered_events(client, sample_events):
    query = "start=2018-02-07&end=2018-02-07&type=displacement"
    wanted = set(
        Event.objects.between(*[SAMPLE_PUBLISHED.replace(day=7)] * 2)
        .filter(event_type="displacement")
        .values_list("pk", flat=True)
    )
    assert wanted
    response = client.get(f"/api/events/export.geojson?{query}")
    assert response["Content-Disposition"].endswith('events.geojson"')
    data = json.loads(b"".join(response.streaming_content))
    assert {f["id"] for f in data["features"]} == wanted
    assert data["features"][0]["properties"]["excerpt"]
    response = client.get(f"/api/events/export.csv?{query}")
    rows = list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    )
    assert {int(r["id"]) for r in rows} == wanted
    assert rows[0]["article_title"] == "t"


def test_csv_export_defuses_spreadsheet_formulas(client, geodata):
    article = make_article(
        title="=HYPERLINK(\"http://x\")", body="Clashes in Hajin on 3 March 2018.",
        published="2018-03-04", language="en",
    )  # fmt: skip
    ingest.process_article(article)
    body = b"".join(client.get("/api/events/export.csv").streaming_content).decode()
    row = next(csv.DictReader(io.StringIO(body)))
    assert row["article_title"].startswith("'=")


def test_events_filter_by_actor_language_outlet_and_place(client, sample_events):
    def ids(query):
        features = client.get(f"/api/events/?{query}").json()["features"]
        return {f["id"] for f in features}

    everything = ids("")
    coalition = {e.pk for e in Event.objects.all() if "Coalition" in e.actors}
    assert coalition and ids("actor=Coalition") == coalition
    assert ids("actor=Coalition,SDF") >= coalition
    assert ids("language=ar") == everything
    assert ids("language=en") == set()
    assert ids("outlet=nowhere") == set()
    # every place named Khasham: the village, its subdistrict, its desert
    khasham = set(
        Event.objects.filter(place__slug__startswith="khasham").values_list(
            "pk", flat=True
        )
    )
    assert ids("place=khash") == ids("place=خشام") == khasham


def test_places_can_be_searched_in_either_language(client, geodata):
    def slugs(q):
        features = client.get("/api/places/", {"q": q}).json()["features"]
        return {f["properties"]["slug"] for f in features}

    assert "deir-ez-zor" in slugs("Deir")
    assert "deir-ez-zor" in slugs("دير الزور")
    assert "khasham" in slugs("Khasham")
    assert slugs("no such place") == set()


def test_events_list_takes_a_fixed_number_of_queries(
    client, sample_events, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        client.get("/api/events/")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("start=2018-02-07&end=2018-02-07", "all-on-7th"),
        ("start=2019-01-01", "none"),
        ("end=2017-12-31", "none"),
        ("bbox=40.0,35.0,40.6,35.6", "all"),
        ("bbox=41.5,33.0,42.0,33.5", "none"),
        ("type=displacement", "displacement"),
    ],
)
def test_events_filter_by_date_box_and_type(client, sample_events, query, expected):
    ids = {f["id"] for f in client.get(f"/api/events/?{query}").json()["features"]}
    events = Event.objects.all()
    wanted = {
        "all": events,
        "none": events.none(),
        "all-on-7th": events.between(*[SAMPLE_PUBLISHED.replace(day=7)] * 2),
        "displacement": events.filter(event_type="displacement"),
    }[expected]
    assert ids == set(wanted.values_list("pk", flat=True))


@pytest.mark.parametrize(
    "query",
    [
        "start=yesterday",
        "end=2018-13-01",
        "bbox=1,2,3",
        "bbox=a,b,c,d",
        "bbox=41,35,40,36",
        "bbox=-200,0,0,10",
        "bbox=0,0,179,89",
        "type=" + "x" * 5000,
        "article=abc",
        "article=0",
        "language=fr",
        "place=" + "x" * 101,
    ],
)
def test_bad_parameters_are_a_400_with_a_message(client, db, query):
    for url in ["/api/events/", "/api/histogram/", "/api/events/export.csv"]:
        response = client.get(f"{url}?{query}")
        if query.startswith("type="):
            assert response.status_code == 200
            continue
        assert response.status_code == 400, (url, query)
        assert response.json()


def test_bad_date_for_areas_and_lines_is_a_400(client, db):
    assert client.get("/api/control-areas/?date=8 Feb").status_code == 400
    assert client.get("/api/reference-lines/?date=2018-02-30").status_code == 400


def test_histogram_counts_every_event_once(client, sample_events):
    days = client.get("/api/histogram/").json()["days"]
    assert sum(d["count"] for d in days) == Event.objects.count()
    assert all(sum(d["by_type"].values()) == d["count"] for d in days)


def test_control_areas_follow_the_date(client, geodata):
    feb = client.get("/api/control-areas/?date=2018-02-08").json()["features"]
    assert {f["properties"]["controller"] for f in feb} >= {"sdf", "government", "isis"}
    before = client.get("/api/control-areas/?date=2010-01-01").json()["features"]
    assert before == []


def test_deconfliction_line_is_shown_only_while_in_force(client, geodata):
    line = ReferenceLine.objects.get(kind=ReferenceLine.Kind.DECONFLICTION)
    assert line.valid_from

    def kinds(day):
        url = f"/api/reference-lines/?date={day.isoformat()}"
        return {f["properties"]["kind"] for f in client.get(url).json()["features"]}

    assert "deconfliction" in kinds(line.valid_from)
    assert "deconfliction" not in kinds(line.valid_from.replace(year=2010))
    assert "river" in kinds(line.valid_from.replace(year=2010))


def test_places_are_in_region_points(client, geodata):
    features = client.get("/api/places/").json()["features"]
    assert len(features) >= 80
    assert all(f["properties"]["in_region"] for f in features)


def test_map_page_passes_its_configuration_as_json(client, sample_events):
    response = client.get("/")
    assert response.status_code == 200
    assert b'id="map-config"' in response.content
    assert b"/api/events/" in response.content
