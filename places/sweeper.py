"""Nothing is lost: re-send articles stuck on their way, re-enrich after a change.

An article is stuck when it has been `queued` or `processing` for longer than
CONFLICTMAP_STUCK_AFTER seconds: its message was lost (a broker restarted without
persistence, a worker killed with its prefetched message, a Redis message waiting
for its visibility timeout). Sending it again is safe: enrichment is idempotent.
"""

import dataclasses
import datetime
import logging

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from . import ingest
from .models import Article

logger = logging.getLogger(__name__)
STUCK = [Article.Status.QUEUED, Article.Status.PROCESSING]


@dataclasses.dataclass
class Sweep:
    resent: int = 0
    waiting: int = 0  # queued, but the queue still holds messages: left alone
    unsent: int = 0  # the broker could not be reached


def stuck(older_than: datetime.timedelta) -> QuerySet:
    """Articles queued or processing, untouched for longer than `older_than`."""
    cutoff = timezone.now() - older_than
    return Article.objects.filter(status__in=STUCK, updated__lt=cutoff).order_by("pk")


def sweep(older_than: datetime.timedelta | None = None, limit: int = 5000) -> Sweep:
    """Send stuck articles to the worker again; return what was done.

    A `processing` article past the age is always sent again: no worker is on it
    any more (the task time limit is shorter than the age). A `queued` one is sent
    again only when the queue is empty, since otherwise its message may simply be
    waiting its turn behind a backlog.
    """
    if older_than is None:
        older_than = datetime.timedelta(seconds=settings.CONFLICTMAP_STUCK_AFTER)
    result = Sweep()
    backlog = queue_length()
    for article in stuck(older_than)[:limit]:
        if article.status == Article.Status.QUEUED and backlog:
            result.waiting += 1
            continue
        resend(article.pk)
        if ingest.send(article.pk):
            result.resent += 1
        else:
            result.unsent += 1
    if result.resent or result.unsent:
        logger.warning("Sweep: %s", result)
    return result


def resend(article_id: int) -> None:
    Article.objects.filter(pk=article_id).update(
        status=Article.Status.QUEUED, updated=timezone.now()
    )


def queue_length() -> int:
    """Messages waiting in the task queue; 0 when it is empty or cannot be read.

    0 on error is the safe side: at worst a waiting article is sent twice.
    """
    from conflictmap.celery import app

    queue = settings.CELERY_TASK_DEFAULT_QUEUE
    try:
        with app.connection_for_write() as connection:
            channel = connection.default_channel
            return channel.queue_declare(queue=queue, passive=True).message_count
    except Exception as exc:  # a broker error of any transport
        logger.info("Queue length of %s unknown: %s", queue, exc)
        return 0


def reenrich_chunk(after_id: int, size: int) -> int | None:
    """Queue the next `size` articles after `after_id` for enrichment again.

    Return the last id queued, or None when this was the last chunk.
    """
    ids = list(
        Article.objects.filter(pk__gt=after_id)
        .order_by("pk")
        .values_list("pk", flat=True)[:size]
    )
    Article.objects.filter(pk__in=ids).update(
        status=Article.Status.QUEUED, error="", updated=timezone.now()
    )
    for article_id in ids:
        ingest.send(article_id)
    logger.info("Re-enrichment: %d article(s) after id %d queued", len(ids), after_id)
    return ids[-1] if len(ids) == size else None
