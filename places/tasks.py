"""Celery tasks: thin wrappers that load ids and call the ingest functions."""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError, transaction

from . import ingest, sweeper
from .models import Article

logger = logging.getLogger(__name__)

# A database that is locked, restarting or unreachable for a moment.
TRANSIENT = (OperationalError, InterfaceError)


@shared_task(bind=True, max_retries=5)
def enrich_article(self, article_id: int) -> None:
    """Enrich one article; a database hiccup is retried, anything else is recorded."""
    try:
        article = start(article_id)
        if article is None:
            return
        ingest.process_article(article)
    except TRANSIENT as exc:
        if self.request.retries >= self.max_retries:
            record_failure(article_id, exc)
            return
        logger.warning("Article %s: %s; retrying", article_id, exc)
        raise self.retry(exc=exc, countdown=2**self.request.retries) from exc
    except Exception as exc:
        logger.exception("Article %s failed", article_id)
        record_failure(article_id, exc)


def start(article_id: int) -> Article | None:
    """Mark the article processing and count the attempt; None if it is gone."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            logger.warning("Article %s is gone; nothing to enrich.", article_id)
            return None
        article.status = Article.Status.PROCESSING
        article.attempts += 1
        article.save(update_fields=["status", "attempts", "updated"])
    return article


def record_failure(article_id: int, exc: Exception) -> None:
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
    )


@shared_task
def sweep_stuck() -> dict:
    """Periodic (Celery beat): send articles stuck queued/processing again."""
    return vars(sweeper.sweep())


@shared_task
def reenrich(after_id: int = 0, chunk: int = 500) -> int | None:
    """Re-enrich every article, `chunk` at a time, e.g. after a gazetteer change.

    Each run queues one chunk and then itself for the next one, behind that chunk,
    so the queue never holds more than about one chunk of the re-enrichment.
    """
    last = sweeper.reenrich_chunk(after_id, chunk)
    if last is not None:
        reenrich.delay(last, chunk)
    return last


@shared_task
def poll_feeds() -> int:
    """Periodic (Celery beat): one polling task per configured feed."""
    from . import feeds

    sources = feeds.configured_feeds()
    for source in sources:
        poll_feed.delay(source.as_dict())
    return len(sources)


@shared_task(soft_time_limit=600, time_limit=660)
def poll_feed(source: dict) -> dict:
    """Fetch one feed and submit the articles it links to that are not stored yet."""
    from . import feeds

    return vars(feeds.poll(feeds.FeedSource(**source)))
