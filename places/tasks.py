"""Celery tasks: thin wrappers that load ids and call the ingest functions."""

import logging

from celery import shared_task
from django.db import OperationalError, transaction

from . import ingest
from .models import Article

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=5)
def enrich_article(self, article_id: int) -> None:
    """Enrich one article; a database hiccup is retried, anything else is recorded."""
    with transaction.atomic():
        article = Article.objects.select_for_update().filter(pk=article_id).first()
        if article is None:
            logger.warning("Article %s is gone; nothing to enrich.", article_id)
            return
        article.status = Article.Status.PROCESSING
        article.attempts += 1
        article.save(update_fields=["status", "attempts", "updated"])
    try:
        ingest.process_article(article)
    except OperationalError as exc:
        if self.request.retries >= self.max_retries:
            record_failure(article_id, exc)
            return
        logger.warning("Article %s: %s; retrying", article_id, exc)
        raise self.retry(exc=exc, countdown=2**self.request.retries) from exc
    except Exception as exc:
        logger.exception("Article %s failed", article_id)
        record_failure(article_id, exc)


def record_failure(article_id: int, exc: Exception) -> None:
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.FAILED, error=f"{type(exc).__name__}: {exc}"[:2000]
    )
