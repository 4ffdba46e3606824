"""RSS/Atom feeds: fetch, find the articles not stored yet, extract and submit them.

Feeds are configured, not stored: CONFLICTMAP_FEEDS (a comma list of URLs) and
the JSON file CONFLICTMAP_FEEDS_FILE (a list of URLs or of objects with "url",
"outlet" and "language"). An entry is seen when an article with its link as URL
is stored, so nothing is fetched twice.
"""

import dataclasses
import datetime
import json
import logging
import urllib.error
import urllib.request
from email.message import Message

import feedparser
from django.conf import settings

from . import extract, ingest
from .models import Article

logger = logging.getLogger(__name__)
USER_AGENT = "ConflictMap/1.0 (+feed reader)"


class FetchError(Exception):
    """A page or feed could not be fetched; the message says why."""


@dataclasses.dataclass
class FeedSource:
    url: str
    outlet: str = ""
    language: str = ""

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclasses.dataclass
class Poll:
    url: str
    created: int = 0
    seen: int = 0
    failed: list[str] = dataclasses.field(default_factory=list)


def configured_feeds() -> list[FeedSource]:
    """The feeds from CONFLICTMAP_FEEDS and the CONFLICTMAP_FEEDS_FILE JSON file."""
    sources = [FeedSource(url) for url in settings.CONFLICTMAP_FEEDS]
    path = settings.CONFLICTMAP_FEEDS_FILE
    if path.exists():
        for item in json.loads(path.read_text(encoding="utf-8")):
            fields = item if isinstance(item, dict) else {"url": item}
            sources.append(FeedSource(**fields))
    return sources


def fetch(url: str) -> tuple[bytes, str | None]:
    """GET an http(s) URL; return (body, declared charset). FetchError on failure."""
    if not url.lower().startswith(("http://", "https://")):
        raise FetchError(f"not an http(s) URL: {url[:200]}")
    limit = settings.CONFLICTMAP_MAX_UPLOAD_BYTES
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    timeout = settings.CONFLICTMAP_FETCH_TIMEOUT
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(limit + 1)
            headers: Message = response.headers
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise FetchError(f"{url[:200]}: {exc}") from exc
    if len(body) > limit:
        raise FetchError(f"{url[:200]}: larger than {limit:,} bytes")
    return body, headers.get_content_charset()


def poll(source: FeedSource) -> Poll:
    """Submit every entry of the feed whose link is not stored yet."""
    result = Poll(source.url)
    data, _charset = fetch(source.url)
    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{source.url}: not a feed ({parsed.get('bozo_exception')})")
    outlet = source.outlet or parsed.feed.get("title", "")[:200]
    for entry in parsed.entries[: settings.CONFLICTMAP_FEED_MAX_ENTRIES]:
        link = (entry.get("link") or "").strip()
        if not link:
            continue
        if Article.objects.filter(url=link).exists():
            result.seen += 1
            continue
        outcome = submit_entry(entry, link, outlet, source.language)
        if outcome.status == "created":
            result.created += 1
        elif outcome.status == "duplicate":
            result.seen += 1
        else:
            result.failed.append(f"{link}: {outcome.reason}")
    logger.info("Feed %s: %s", source.url, result)
    return result


def submit_entry(entry: dict, link: str, outlet: str, language: str) -> ingest.Outcome:
    """Fetch the entry's page, extract its text, and submit it as an article."""
    try:
        text, title = page_text(link)
    except FetchError as exc:
        logger.warning("Feed entry %s: %s; using the feed's own text", link, exc)
        text, title = "", ""
    if not text:
        text = extract.html_to_text(entry_content(entry))
    record = {
        "title": entry.get("title") or title,
        "body": text,
        "url": link,
        "outlet": outlet,
        "language": language,
        "published": entry_date(entry),
    }
    return ingest.submit_record(record)


def page_text(url: str) -> tuple[str, str]:
    """The main text of the page at url and its title."""
    data, charset = fetch(url)
    try:
        markup, _encoding = extract.decode_bytes(data, charset)
    except extract.NotText as exc:
        raise FetchError(f"{url[:200]}: {exc}") from exc
    return extract.html_to_text(markup), extract.page_title(markup)


def entry_content(entry: dict) -> str:
    """The entry's own text (content, else summary) as HTML or plain text."""
    for content in entry.get("content") or []:
        if content.get("value"):
            return content["value"]
    return entry.get("summary") or ""


def entry_date(entry: dict) -> datetime.date | None:
    """The entry's publication (or update) date, UTC."""
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if not stamp:
        return None
    return datetime.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
