"""A broker that is down loses nothing: the article waits, queued, until it is back."""

import os
import subprocess
import sys

import pytest
from django.core.management import call_command

from places import ingest
from places.models import Article

from ..base import ROOT, load_geodata, wait_for
from ..conftest import database_url

pytestmark = pytest.mark.worker

# Nothing listens on port 1: a real connection attempt that is refused.
DEAD_BROKER = "redis://127.0.0.1:1/0"


def ingest_with_dead_broker(path) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conflictmap.settings",
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": DEAD_BROKER,
    }
    command = [sys.executable, "manage.py", "ingest", str(path), "--published",
               "2018-10-11"]  # fmt: skip
    return subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_article_saved_while_broker_is_down_is_enriched_once_it_is_back(
    tmp_path, worker
):
    load_geodata()
    report = tmp_path / "report.txt"
    report.write_text("Coalition air strikes hit Hajin yesterday.", encoding="utf-8")

    run = ingest_with_dead_broker(report)

    assert run.returncode == 1
    assert "broker) is unreachable" in run.stderr
    article = Article.objects.get()
    assert article.status == Article.Status.QUEUED
    assert article.error.startswith(ingest.BROKER_DOWN)

    call_command("enqueue_pending")
    assert wait_for(
        lambda: Article.objects.get(pk=article.pk).status == Article.Status.ENRICHED
    )
    article.refresh_from_db()
    assert article.error == ""
    event = article.events.get()
    assert (event.sub_type, event.place.slug) == ("air_strike", "hajin")
    assert event.date_start.isoformat() == "2018-10-10"
