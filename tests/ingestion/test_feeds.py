"""Feeds against a local HTTP server: new entries in, seen ones skipped, text clean."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from places import feeds
from places.models import Article

from .feedserver import ARABIC, ENGLISH, serve


@pytest.fixture
def site(tmp_path):
    with serve(tmp_path) as base:
        yield base


def test_an_rss_feed_brings_its_new_articles_with_their_page_text(db, site):
    result = feeds.poll(feeds.FeedSource(f"{site}/feed.xml"))
    assert (result.created, result.seen, result.failed) == (3, 0, [])
    hajin = Article.objects.get(url=f"{site}/hajin.html")
    assert hajin.title == "Strikes on Hajin"
    assert hajin.outlet == "Euphrates Monitor"
    assert hajin.published.isoformat() == "2018-02-08"
    assert (hajin.language, hajin.status) == ("en", "queued")
    assert ENGLISH in hajin.body
    for boilerplate in ["About us", "Copyright", "owned", "<"]:
        assert boilerplate not in hajin.body
    gone = Article.objects.get(url=f"{site}/gone.html")
    assert gone.body == f"Summary: {ENGLISH} Near al-Susah."  # the feed's own text


def test_a_second_poll_fetches_nothing_twice(db, site):
    source = feeds.FeedSource(f"{site}/feed.xml")
    feeds.poll(source)
    again = feeds.poll(source)
    assert (again.created, again.seen) == (0, 3)
    assert Article.objects.count() == 3


def test_an_atom_feed_with_its_language_and_outlet_given(db, site):
    source = feeds.FeedSource(f"{site}/atom.xml", outlet="Monitor (Arabic)",
                              language="ar")  # fmt: skip
    assert feeds.poll(source).created == 1
    article = Article.objects.get()
    assert ARABIC in article.body
    assert (article.language, article.outlet) == ("ar", "Monitor (Arabic)")


def test_bad_feeds_are_errors_that_say_why(db, site):
    with pytest.raises(feeds.FetchError, match="not a feed"):
        feeds.poll(feeds.FeedSource(f"{site}/not-a-feed.xml"))
    with pytest.raises(feeds.FetchError, match="404"):
        feeds.poll(feeds.FeedSource(f"{site}/missing.xml"))
    with pytest.raises(feeds.FetchError, match="http"):
        feeds.poll(feeds.FeedSource("file:///etc/passwd"))


@override_settings(CONFLICTMAP_MAX_UPLOAD_BYTES=100)
def test_a_feed_over_the_byte_limit_is_refused(db, site):
    with pytest.raises(feeds.FetchError, match="larger than 100 bytes"):
        feeds.poll(feeds.FeedSource(f"{site}/feed.xml"))


def test_feeds_come_from_the_setting_and_the_json_file(db, tmp_path, settings):
    path = tmp_path / "feeds.json"
    path.write_text(
        json.dumps(
            [
                "https://a.example/rss",
                {"url": "https://b.example/atom", "outlet": "B", "language": "ar"},
            ]
        )
    )
    settings.CONFLICTMAP_FEEDS = ["https://c.example/feed"]
    settings.CONFLICTMAP_FEEDS_FILE = path
    found = [(s.url, s.outlet, s.language) for s in feeds.configured_feeds()]
    assert found == [("https://c.example/feed", "", ""),
                     ("https://a.example/rss", "", ""),
                     ("https://b.example/atom", "B", "ar")]  # fmt: skip


def test_the_poll_feeds_command(db, site, capsys):
    call_command("poll_feeds", f"{site}/feed.xml")
    assert "3 new, 0 already stored" in capsys.readouterr().out
    with pytest.raises(CommandError, match="1 of 1 feed"):
        call_command("poll_feeds", f"{site}/not-a-feed.xml")
