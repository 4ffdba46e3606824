"""Take articles in and turn them into mentions and events: the one entry point.

The Celery task, the management commands and the admin all call these functions.
"""

import datetime
import logging
import unicodedata

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from . import gazetteer_store, geoparsing, normalisation
from .models import Article, Event, Mention

logger = logging.getLogger(__name__)

BROKER_DOWN = (
    "Saved, but the task queue could not be reached; the article waits as queued. "
    "Run `manage.py enqueue_pending` once the broker is back"
)
REVIEWED = [Mention.Review.CONFIRMED, Mention.Review.CORRECTED, Mention.Review.REJECTED]


class RejectedArticle(ValueError):
    """The article cannot be taken in; the message says why."""


def clean_body(body: str) -> str:
    """Return the text with control characters (NUL and friends) removed."""
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(
        ch for ch in body if ch in "\n\t" or unicodedata.category(ch) != "Cc"
    ).strip()


def check_body(body: str) -> None:
    limit = settings.CONFLICTMAP_MAX_ARTICLE_CHARS
    if not body:
        raise RejectedArticle("The article has no text.")
    if len(body) > limit:
        raise RejectedArticle(
            f"The article has {len(body):,} characters; the limit is {limit:,} "
            "(CONFLICTMAP_MAX_ARTICLE_CHARS)."
        )
    letters = sum(ch.isalpha() for ch in body)
    if letters < max(1, len(body) // 10):
        raise RejectedArticle("The article does not look like text (too few letters).")


def submit(
    *,
    title: str = "",
    body: str,
    published: datetime.date | None = None,
    language: str = "",
    outlet: str = "",
    url: str = "",
) -> tuple[Article, bool]:
    """Save an article and queue its enrichment; return (article, created).

    An article whose title and text are already stored is not saved twice.
    """
    title, body = clean_body(title)[:500], clean_body(body)
    check_body(body)
    existing = Article.objects.filter(
        content_hash=Article.hash_text(title, body)
    ).first()
    if existing:
        return existing, False
    article = Article(
        title=title,
        body=body,
        published=published,
        language=language or normalisation.detect_language(body),
        outlet=outlet,
        url=url,
    )
    with transaction.atomic():
        article.save()
        enqueue(article)
    return article, True


def enqueue(article: Article) -> None:
    """Mark the article queued; send it to the worker when the transaction commits."""
    Article.objects.filter(pk=article.pk).update(status=Article.Status.QUEUED, error="")
    transaction.on_commit(lambda: send(article.pk))


def send(article_id: int) -> bool:
    """Put the enrichment task on the broker; if it is down, say so on the article.

    The article stays queued in the database, so nothing is lost:
    `manage.py enqueue_pending` sends it again once the broker is back.
    """
    from . import tasks

    try:
        tasks.enrich_article.delay(article_id)
    except (KombuOperationalError, OSError) as exc:
        logger.error("Article %s saved but not queued: %s", article_id, exc)
        Article.objects.filter(pk=article_id).update(error=f"{BROKER_DOWN} ({exc})")
        return False
    return True


def enqueue_pending() -> int:
    """Queue again every article not enriched yet (queued, processing or failed)."""
    pending = list(Article.objects.pending())
    for article in pending:
        enqueue(article)
    return len(pending)


def process_article(article: Article) -> Article:
    """Geoparse the article; store its mentions and events over the automatic ones."""
    published, warning = reference_date(article)
    result = geoparsing.geoparse(
        article.body, published, gazetteer_store.current(), article.language or None
    )
    with transaction.atomic():
        store_results(article, result)
        article.language = article.language or result.language[:2]
        article.status = Article.Status.ENRICHED
        article.error = warning
        article.enriched_at = timezone.now()
        article.save(
            update_fields=["language", "status", "error", "enriched_at", "updated"]
        )
    logger.info(
        "Article %s enriched: %d mentions, %d events",
        article.pk,
        len(result.mentions),
        len(result.events),
    )
    return article


def reference_date(article: Article) -> tuple[datetime.date, str]:
    """Return the date relative expressions count from, and a warning if guessed."""
    if article.published:
        return article.published, ""
    day = (
        timezone.localdate(article.created) if article.created else timezone.localdate()
    )
    return day, (
        "No publication date: relative dates were resolved against the ingestion "
        f"date {day.isoformat()}."
    )


def store_results(article: Article, result: geoparsing.Geoparse) -> None:
    """Replace the article's automatic mentions and events; keep every reviewed one."""
    article.events.filter(manual=False).delete()
    article.mentions.filter(review=Mention.Review.AUTO).delete()
    reviewed = {
        (m.start, m.end): m for m in article.mentions.filter(review__in=REVIEWED)
    }
    places = gazetteer_store.place_ids()
    stored = [
        reviewed.get((m.start, m.end)) or new_mention(article, m, places)
        for m in result.mentions
    ]
    Mention.objects.bulk_create([m for m in stored if m.pk is None])
    events = [
        new_event(article, e, stored[e.mention_index], places) for e in result.events
    ]
    Event.objects.bulk_create([e for e in events if e is not None])


def new_mention(
    article: Article, m: geoparsing.MentionResult, places: dict[str, int]
) -> Mention:
    start, end = m.sentence
    return Mention(
        article=article,
        surface=m.surface[:200],
        start=m.start,
        end=m.end,
        sentence=article.body[start:end].strip(),
        place_id=places.get(m.place.slug) if m.place else None,
        candidates=[
            {"place": c.slug, "score": round(c.score, 3), "reasons": list(c.reasons)}
            for c in m.candidates
        ],
        confidence=m.confidence,
        method=m.method,
        role=m.role,
    )


def new_event(
    article: Article,
    e: geoparsing.EventResult,
    mention: Mention,
    places: dict[str, int],
) -> Event | None:
    """Build an event at its mention's place; a rejected mention hosts no event."""
    if mention.review == Mention.Review.REJECTED:
        return None
    if mention.review == Mention.Review.AUTO:
        place_id, point = places.get(e.place.slug), gazetteer_store.point(e.place)
    elif mention.place is None:
        return None
    else:
        place_id, point = mention.place_id, mention.place.point
    return Event(
        article=article,
        mention=mention,
        place_id=place_id,
        date_start=e.date_start,
        date_end=e.date_end,
        date_precision=e.date_precision,
        event_type=e.event_type,
        sub_type=e.sub_type,
        actors=list(e.actors),
        fatalities=e.fatalities,
        point=point,
        geo_precision=e.geo_precision,
        excerpt=e.excerpt,
        confidence=e.confidence,
    )
