"""Take articles in and turn them into mentions and events: the one entry point.

The Celery task, the management commands and the admin all call these functions.
"""

import dataclasses
import datetime
import logging
import unicodedata
from collections.abc import Iterable

from django.conf import settings
from django.contrib.gis.geos import Point
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import IntegrityError, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as KombuOperationalError

from . import gazetteer_store, geoparsing, learning, normalisation
from .models import Article, Event, Mention, Place

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
    """Raise RejectedArticle for an empty, too long or not textual article."""
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

    An article whose title and text, or whose URL, is already stored is not saved
    twice: the stored one comes back with created=False.
    """
    if len(body) > 2 * settings.CONFLICTMAP_MAX_ARTICLE_CHARS:
        check_body(body.strip())  # refuse a huge text before cleaning it
    title, body = clean_body(title)[:500], clean_body(body)
    check_body(body)
    existing = duplicate_of(title, body, url)
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
    try:
        with transaction.atomic():
            article.save()
            enqueue(article)
    except IntegrityError:  # the same text saved by someone else meanwhile
        existing = duplicate_of(title, body, url)
        if existing is None:
            raise
        return existing, False
    return article, True


def duplicate_of(title: str, body: str, url: str = "") -> Article | None:
    """The stored article with the same title and text, or else the same URL."""
    same = Article.objects.filter(content_hash=Article.hash_text(title, body)).first()
    if same is None and url:
        same = Article.objects.filter(url=url).order_by("pk").first()
    return same


def enqueue(article: Article) -> None:
    """Mark the article queued; send it to the worker when the transaction commits.

    `updated` is reset, so the sweeper counts an article's wait from this moment.
    """
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.QUEUED, error="", updated=timezone.now()
    )
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


def enqueue_pending(exclude: Iterable[int] = ()) -> int:
    """Queue again every article not enriched yet (queued, processing or failed).

    Articles in `exclude` were just sent; they are counted, not sent twice.
    """
    exclude = set(exclude)
    pending = list(Article.objects.pending().exclude(pk__in=exclude))
    for article in pending:
        enqueue(article)
    return len(pending) + len(exclude)


def process_article(article: Article) -> Article:
    """Geoparse the article; store its mentions and events over the automatic ones."""
    published, warning = reference_date(article)
    result = geoparsing.geoparse(
        article.body, published, gazetteer_store.current(), article.language or None
    )
    with transaction.atomic():
        # One writer per article at a time: two deliveries of the same task never
        # interleave their deletes and inserts (no duplicate mentions or events).
        Article.objects.select_for_update().filter(pk=article.pk).first()
        store_results(article, result)
        learning.apply_rules(article)
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


def _only_locates(mention: Mention) -> bool:
    """A river an editor confirmed still only locates its events (siting.by_river)."""
    return mention.place is not None and mention.place.kind == Place.Kind.RIVER


def new_event(
    article: Article,
    e: geoparsing.EventResult,
    mention: Mention,
    places: dict[str, int],
) -> Event | None:
    """Build an event at its mention's place; a rejected mention hosts no event."""
    if mention.review == Mention.Review.REJECTED:
        return None
    why = list(e.why)
    if mention.review == Mention.Review.AUTO or _only_locates(mention):
        place_id, point = places.get(e.place.slug), event_point(e)
    elif mention.place is None:
        return None
    else:
        place_id, point = mention.place_id, mention.place.point
        by_editor = f"place: {mention.get_review_display().lower()} by an editor"
        why = [by_editor if w.startswith("place:") else w for w in why]
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
        why=why,
    )


# --- Records: one article as a dict (API, JSON/JSONL/CSV files, feeds) ---------
RECORD_FIELDS = {"title", "body", "text", "html", "url", "outlet", "language",
                 "published"}  # fmt: skip


@dataclasses.dataclass
class Outcome:
    """What became of one submitted record."""

    status: str  # "created", "duplicate" or "rejected"
    article: Article | None = None
    reason: str = ""

    @property
    def unsent(self) -> bool:
        """Saved, but the broker could not be reached (it waits as queued)."""
        return bool(self.article and self.article.error.startswith(BROKER_DOWN))

    def as_dict(self) -> dict:
        data = {"status": self.status, "id": self.article and self.article.pk}
        if self.article is not None:
            data["language"] = self.article.language
            data["article_status"] = self.article.status
        if self.reason:
            data["reason"] = self.reason
        return data


def submit_record(record: dict, defaults: dict | None = None) -> Outcome:
    """Check, clean and submit one record; never raise for bad input."""
    fields = {k: v for k, v in {**(defaults or {}), **record}.items() if v}
    try:
        article, created = submit(**record_arguments(fields))
    except RejectedArticle as exc:
        return Outcome("rejected", reason=str(exc))
    article.refresh_from_db()
    if created:
        return Outcome("created", article)
    same_url = fields.get("url") and article.url == fields["url"]
    why = "the same URL" if same_url else "the same title and text"
    return Outcome("duplicate", article, f"article {article.pk} has {why}")


def record_arguments(fields: dict) -> dict:
    """The arguments of submit() from a record; RejectedArticle if one is unusable."""
    from .extract import html_to_text, prepare_text

    unknown = set(fields) - RECORD_FIELDS
    if unknown:
        raise RejectedArticle(f"Unknown field(s): {', '.join(sorted(unknown))}.")
    for name, value in fields.items():
        is_date = name == "published" and isinstance(value, datetime.date)
        if not (isinstance(value, str) or is_date):
            raise RejectedArticle(f"{name} must be a string.")
    if fields.get("html"):
        body = html_to_text(fields["html"])
    else:
        body = prepare_text(fields.get("body") or fields.get("text") or "")
    return {
        "title": fields.get("title", ""),
        "body": body,
        "published": record_date(fields.get("published")),
        "language": record_language(fields.get("language", "")),
        "outlet": clean_body(fields.get("outlet", ""))[:200],
        "url": record_url(clean_body(fields.get("url", ""))),
    }


def record_date(value: str | datetime.date | None) -> datetime.date | None:
    if not value or isinstance(value, datetime.date):
        return value or None
    try:
        return datetime.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise RejectedArticle(f"published must be YYYY-MM-DD, not {value!r}.") from exc


def record_language(value: str) -> str:
    value = value.strip().lower()[:2] if value else ""
    if value not in {"", *Article.Language.values}:
        raise RejectedArticle("language must be 'ar' or 'en' (or empty to detect it).")
    return value


def record_url(value: str) -> str:
    value = value.strip()
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError as exc:
        raise RejectedArticle(f"url is not an http(s) URL: {value[:200]!r}.") from exc
    if len(value) > Article._meta.get_field("url").max_length:
        raise RejectedArticle("url is longer than 1000 characters.")
    return value


def event_point(e: geoparsing.EventResult) -> Point:
    """Where the event goes: its computed point (relative locations), else the place."""
    if e.lat is not None and e.lon is not None:
        return Point(e.lon, e.lat, srid=4326)
    return gazetteer_store.point(e.place)
