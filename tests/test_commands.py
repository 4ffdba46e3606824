"""The management commands, called as a user would."""

import io
import json
import re

import pytest
from django.core.management import CommandError, call_command

from places.models import Article, Place, ReferenceLine

from .base import SAMPLE


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_load_gazetteer_is_idempotent(db):
    run("load_reference_data")
    run("load_gazetteer")
    counts = Place.objects.count(), Place.objects.filter(names__isnull=False).count()
    assert re.search(r"\b0 places created, \d+ updated", run("load_gazetteer"))
    assert (
        Place.objects.count(),
        Place.objects.filter(names__isnull=False).count(),
    ) == (counts)
    assert counts[0] >= 90


def test_banks_are_computed_from_the_river(geodata):
    assert Place.objects.get(slug="deir-ez-zor").bank == "west"
    assert Place.objects.get(slug="khasham").bank == "east"
    assert Place.objects.get(slug="hmeimim").bank == "none"


def test_the_euphrates_passes_by_its_towns(geodata):
    river = ReferenceLine.objects.get(slug="euphrates").geometry
    river.transform(32637)  # UTM 37N: metres
    for slug in ["deir-ez-zor", "al-mayadin", "hajin", "albu-kamal"]:
        town = Place.objects.get(slug=slug).point.transform(32637, clone=True)
        assert river.distance(town) < 2000, slug


def test_geoparse_prints_the_stable_json_and_writes_nothing(geodata):
    text = run("geoparse", str(SAMPLE), "--json", "--published", "2018-02-08")
    data = json.loads(text)
    assert set(data) >= {"language", "mentions", "events"}
    assert data["language"] == "ar"
    body = SAMPLE.read_text(encoding="utf-8")
    for m in data["mentions"]:
        assert body[m["start"] : m["end"]] == m["surface"]
        assert {"place", "lat", "lon", "in_region", "confidence"} <= set(m)
    for e in data["events"]:
        assert {"date", "type", "sub_type", "place", "lat", "lon", "actors"} <= set(e)
    assert not Article.objects.exists()


def test_ingest_command_queues_files_and_reports_bad_ones(db, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Clashes in Khasham yesterday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(CommandError, match="1 of 2"):
        run("ingest", str(good), str(bad), "--published", "2018-02-08")
    article = Article.objects.get()
    assert (article.status, article.published.isoformat()) == ("queued", "2018-02-08")


def test_the_migrations_match_the_models(db):
    call_command("makemigrations", "--check", "--dry-run", stdout=io.StringIO())
