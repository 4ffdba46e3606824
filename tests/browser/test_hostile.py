"""Hostile article text in the admin and the review pages: shown, never run."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from places import ingest
from places.models import Article
from tests.base import make_article

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="__xss=1">',
    "<script>__xss=2</script>",
    '"><svg onload="__xss=3">',
]


@pytest.fixture
def hostile(geodata) -> Article:
    text = " ".join(PAYLOADS)
    article = make_article(
        title=f"Hajin {PAYLOADS[0]}",
        body=f"Coalition air strikes hit Hajin {text} on 3 March 2018.",
        language="en",
        published="2018-03-04",
        outlet=PAYLOADS[1],
    )
    return ingest.process_article(article)


def test_payloads_stay_text_in_the_admin_and_the_review_pages(
    page, live_server, hostile
):
    User.objects.create_superuser("root", password="secret-pass")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "root")
    page.fill("#id_password", "secret-pass")
    page.click("input[type=submit]")
    mention = hostile.mentions.first()
    pages = [
        f"/admin/places/article/{hostile.pk}/change/",
        "/admin/places/article/",
        "/admin/places/mention/",
        f"/admin/places/event/{hostile.events.first().pk}/change/",
        "/review/",
        f"/review/article/{hostile.pk}/#mention-{mention.pk}",
    ]
    for path in pages:
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("body")).to_contain_text("onerror")
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.locator("img[src=x], svg[onload]").count() == 0, path
