"""Real worker (and beat) processes: odd input ends enriched, feeds are polled."""

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from rest_framework.test import APIClient

from places.models import Article, Event, Place

from ..base import load_geodata, wait_for
from ..faults.processes import purge_queue, start_beat, start_worker, stop
from .feedserver import ARABIC, ENGLISH, serve

pytestmark = pytest.mark.worker


def settled() -> bool:
    return not Article.objects.filter(status__in=["queued", "processing"]).exists()


def test_odd_but_readable_input_is_enriched_never_stuck(worker, tmp_path):
    load_geodata()
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(f"هجين\n{ARABIC}".encode("cp1256"))
    laden = tmp_path / "laden.html"
    laden.write_text(f"<div><script>x()</script><p>{ENGLISH}</p></div>", "utf-8")
    call_command("ingest", str(legacy), str(laden), stdout=io.StringIO())
    client = APIClient()
    client.force_authenticate(get_user_model().objects.create_superuser("e", "", "p"))
    longest = ("Clashes in Hajin. " * 20_000)[: settings.CONFLICTMAP_MAX_ARTICLE_CHARS]
    items = [
        {"title": "mixed", "body": f"{ARABIC} Hajin (هجين) {ENGLISH} ١٢ 12"},
        {"title": "longest", "body": longest},
        {"title": "emoji", "body": f"🔥 {ENGLISH} 🔥\u200f\u202e{ARABIC}"},
    ]
    response = client.post("/api/articles/", items, format="json")
    assert response.json()["created"] == 3, response.json()
    assert wait_for(settled, timeout=120)
    statuses = dict(Article.objects.values_list("title", "status"))
    assert set(statuses.values()) == {"enriched"}, statuses
    assert Article.objects.get(title="mixed").events.exists()


def test_feeds_are_polled_on_beat_s_schedule(transactional_db, tmp_path):
    load_geodata()
    log = tmp_path / "processes.log"
    site = tmp_path / "site"
    site.mkdir()
    with serve(site) as base:
        schedule = {"CONFLICTMAP_FEEDS": f"{base}/feed.xml",
                    "CONFLICTMAP_FEEDS_EVERY": "1"}  # fmt: skip
        worker = start_worker(log, concurrency=1, **schedule)
        beat = start_beat(log, tmp_path / "beat-schedule", **schedule)
        try:
            done = wait_for(
                lambda: Article.objects.filter(status="enriched").count() == 3,
                timeout=90,
            )
            assert done, log.read_text()
            polls = log.read_text().count("Sending due task poll feeds")
            assert wait_for(
                lambda: log.read_text().count("Sending due task poll feeds") > polls,
                timeout=30,
            )
            assert settled()
        finally:
            stop(beat)
            stop(worker)
            purge_queue()
    urls = set(Article.objects.values_list("url", flat=True))
    assert urls == {f"{base}/hajin.html", f"{base}/shafah.html", f"{base}/gone.html"}
    assert Article.objects.count() == 3  # later polls found nothing new


def test_reenrichment_after_a_gazetteer_change_reaches_every_article(worker):
    load_geodata()
    for number in range(5):
        Article.objects.create(
            title=f"r{number}",
            body=f"Coalition air strikes hit Hajin. Report {number}.",
            published="2018-02-08",
            status="enriched",
        )
    assert not Article.objects.filter(events__isnull=False).exists()
    Place.objects.filter(slug="al-shafah").delete()  # a gazetteer change
    call_command("reenrich", "--chunk", "2", stdout=io.StringIO())
    assert wait_for(
        lambda: (
            set(Article.objects.values_list("attempts", "status")) == {(1, "enriched")}
        ),
        timeout=90,
    )
    assert Event.objects.filter(place__slug="hajin").count() == 5
