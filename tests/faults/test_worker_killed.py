"""kill -9 of the worker in the middle of a batch loses nothing and doubles nothing.

Runs on the configured broker: the filesystem transport by default, Redis in the
service-backed run. Celery beat (a real process) runs the sweeper every 2 s with
a 5 s age, so whatever the killed worker held (a message it had taken, an
article left `processing`) is sent again once the restarted worker is idle.
"""

import time

import pytest
from django.db.models import Count

from places import ingest
from places.models import Article, Mention

from ..base import SAMPLE_PUBLISHED, load_geodata, sample_text, wait_for
from .processes import (
    elapsed_since,
    kill_group,
    purge_queue,
    start_beat,
    start_worker,
    stop,
)

pytestmark = pytest.mark.worker

BATCH = 500
SWEEP = {"CONFLICTMAP_SWEEP_EVERY": "2", "CONFLICTMAP_STUCK_AFTER": "5"}


def enriched() -> int:
    return Article.objects.filter(status=Article.Status.ENRICHED).count()


def submit_batch(body: str) -> list[int]:
    ids = []
    for number in range(BATCH):
        article, created = ingest.submit(
            title=f"Batch report {number}", body=body,
            published=SAMPLE_PUBLISHED, language="ar",
        )  # fmt: skip
        assert created
        ids.append(article.pk)
    return ids


def clean_run_counts(body: str) -> tuple[int, int]:
    """Mentions and events of one article enriched once, in this process."""
    reference = Article.objects.create(
        title="Reference", body=body, published=SAMPLE_PUBLISHED, language="ar",
        status=Article.Status.PROCESSING,
    )  # fmt: skip
    ingest.process_article(reference)
    counts = (reference.mentions.count(), reference.events.count())
    reference.delete()
    return counts


def test_a_worker_killed_mid_batch_loses_and_doubles_nothing(
    transactional_db, tmp_path
):
    load_geodata()
    body = sample_text()
    mentions, events = clean_run_counts(body)
    assert mentions and events
    ids = submit_batch(body)
    started = time.monotonic()
    log = tmp_path / "processes.log"
    worker = start_worker(log, **SWEEP)
    beat = start_beat(log, tmp_path / "beat-schedule", **SWEEP)
    try:
        assert wait_for(lambda: enriched() >= BATCH // 5, timeout=120, every=0.05)
        kill_group(worker)
        done_at_kill = enriched()
        print(f"killed the worker with {done_at_kill} of {BATCH} enriched")
        assert done_at_kill < BATCH, "the batch finished before the kill"
        worker = start_worker(log, **SWEEP)
        assert wait_for(lambda: enriched() == BATCH, timeout=240), log.read_text()
    finally:
        stop(worker)
        stop(beat)
        purge_queue()
    print(f"{BATCH} articles, kill -9 and restart: {elapsed_since(started)}")
    assert_each_enriched_once(ids, mentions, events)


def assert_each_enriched_once(ids: list[int], mentions: int, events: int) -> None:
    articles = Article.objects.filter(pk__in=ids)
    assert set(articles.values_list("status", flat=True)) == {"enriched"}
    per_article = articles.annotate(
        m=Count("mentions", distinct=True), e=Count("events", distinct=True)
    ).values_list("m", "e")
    assert set(per_article) == {(mentions, events)}
    doubled = (
        Mention.objects.filter(article__in=ids)
        .values("article", "start", "end")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    assert not doubled.exists()
    retried = articles.filter(attempts__gt=1).count()
    print(f"articles enriched more than once (harmlessly): {retried}")
