"""The whole flow through a real Celery worker process and the configured broker."""

import pytest

from places import ingest
from places.models import Article, Event, Mention

from ..base import SAMPLE_PUBLISHED, load_geodata, sample_text, wait_for
from ..expected import SAMPLE_EVENTS, SAMPLE_PLACES

pytestmark = pytest.mark.worker


def finished(article_id: int) -> bool:
    status = Article.objects.get(pk=article_id).status
    return status in {Article.Status.ENRICHED, Article.Status.FAILED}


def submit_sample() -> Article:
    article, created = ingest.submit(
        title="Sample", body=sample_text(), published=SAMPLE_PUBLISHED, language="ar"
    )
    assert created
    return article


def test_worker_enriches_the_sample_article(worker):
    load_geodata()
    article = submit_sample()
    assert wait_for(lambda: finished(article.pk), timeout=90)
    article.refresh_from_db()
    assert article.status == Article.Status.ENRICHED, article.error
    found = set(article.mentions.values_list("place__slug", flat=True))
    assert found >= SAMPLE_PLACES
    events = {
        (e.sub_type, e.place.slug) for e in article.events.select_related("place")
    }
    assert events >= SAMPLE_EVENTS
    clash_days = article.events.filter(sub_type="armed_clash").values_list(
        "date_start", flat=True
    )
    assert {d.isoformat() for d in clash_days} == {"2018-02-07"}
    assert not Event.objects.filter(place__in_region=False).exists()


def test_enriching_twice_gives_the_same_rows(worker):
    load_geodata()
    article = submit_sample()
    assert wait_for(lambda: finished(article.pk), timeout=90)
    first = rows(article)
    ingest.enqueue(article)
    assert wait_for(
        lambda: (
            Article.objects.get(pk=article.pk).attempts == 2 and finished(article.pk)
        ),
        timeout=90,
    )
    assert rows(article) == first
    assert first[0] and first[1]


def rows(article: Article) -> tuple[list, list]:
    mentions = list(
        Mention.objects.filter(article=article)
        .order_by("start")
        .values_list("start", "end", "place__slug", "role")
    )
    events = list(
        Event.objects.filter(article=article)
        .order_by("date_start", "sub_type", "place__slug")
        .values_list("date_start", "sub_type", "place__slug")
    )
    return mentions, events
