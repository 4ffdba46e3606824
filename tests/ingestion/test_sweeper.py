"""The sweeper and re-enrichment, in this process (the fault tests use real ones)."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from places import sweeper, tasks
from places.models import Article

from ..base import make_article


def age(article: Article, minutes: int, status: str) -> None:
    Article.objects.filter(pk=article.pk).update(
        status=status, updated=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def test_only_articles_stuck_longer_than_the_age_are_sent_again(
    db, monkeypatch, django_capture_on_commit_callbacks
):
    sent = []
    monkeypatch.setattr(sweeper, "queue_length", lambda: 0)
    monkeypatch.setattr(sweeper.ingest, "send", lambda pk: sent.append(pk) or True)
    old_queued, old_processing, fresh, done = (
        make_article(body=f"Clashes in Hajin {n}.") for n in range(4)
    )
    age(old_queued, 30, "queued")
    age(old_processing, 30, "processing")
    age(fresh, 1, "processing")
    age(done, 30, "enriched")
    result = sweeper.sweep(datetime.timedelta(minutes=15))
    assert (result.resent, result.waiting) == (2, 0)
    assert sorted(sent) == sorted([old_queued.pk, old_processing.pk])
    assert Article.objects.get(pk=old_processing.pk).status == "queued"
    assert sweeper.sweep(datetime.timedelta(minutes=15)).resent == 0  # clock reset


def test_queued_articles_wait_while_the_queue_holds_messages(db, monkeypatch):
    monkeypatch.setattr(sweeper, "queue_length", lambda: 12)
    monkeypatch.setattr(sweeper.ingest, "send", lambda pk: True)
    queued, processing = make_article(body="A in Hajin."), make_article(body="B.")
    age(queued, 30, "queued")
    age(processing, 30, "processing")
    result = sweeper.sweep(datetime.timedelta(minutes=15))
    assert (result.resent, result.waiting) == (1, 1)


def test_the_queue_length_is_read_from_the_broker(db):
    assert sweeper.queue_length() >= 0


def test_the_sweep_command(db):
    out = io.StringIO()
    call_command("sweep", "--older-than", "60", stdout=out)
    assert "0 stuck article(s) sent again" in out.getvalue()


def test_reenrichment_goes_chunk_by_chunk(db, monkeypatch):
    sent, chained = [], []
    monkeypatch.setattr(sweeper.ingest, "send", lambda pk: sent.append(pk) or True)
    monkeypatch.setattr(tasks.reenrich, "delay", lambda *a: chained.append(a))
    ids = [make_article(body=f"Clashes in Hajin {n}.").pk for n in range(5)]
    Article.objects.update(status="enriched")
    assert tasks.reenrich(0, 2) == ids[1]
    assert chained == [(ids[1], 2)]
    assert sent == ids[:2]
    assert set(
        Article.objects.filter(pk__in=ids[:2]).values_list("status", flat=True)
    ) == {"queued"}
    assert tasks.reenrich(ids[1], 2) == ids[3]
    assert tasks.reenrich(ids[3], 2) is None  # the last, short chunk
    assert sent == ids and len(chained) == 2
