"""The status page in Chromium: hostile article text stays text; retry works.

Chromium runs in a thread of its own: tests/browser keeps a Playwright session
open in the main thread for the whole run, and one thread holds only one.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import Page, expect, sync_playwright

from places.models import Article

from ..base import make_article
from ..browser.conftest import CHROMIUM, screenshot
from ..faults.processes import purge_queue

pytestmark = pytest.mark.browser

PAYLOADS = [
    '<img src=x onerror="window.__owned=1">',
    "<script>window.__owned=2</script>",
    '"><svg onload="window.__owned=3">',
    "javascript:window.__owned=4",
]


def in_chromium(steps: Callable[[Page], None]) -> list[str]:
    """Run steps on a fresh page; return its console errors, page errors, dialogs."""

    def run() -> list[str]:
        problems: list[str] = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            )
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.on("dialog", lambda d: problems.append(f"dialog {d.message}"))
            try:
                steps(page)
            finally:
                browser.close()
        return problems

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result(timeout=180)


@pytest.fixture
def status_url(live_server, transactional_db):
    for number, payload in enumerate(PAYLOADS):
        article = make_article(title=payload, body=f"Clashes in Hajin {number}.")
        Article.objects.filter(pk=article.pk).update(
            status="failed", error=f"ValueError: {payload}"
        )
    User.objects.create_user("staff", "", "staff-pass-1", is_staff=True)
    yield f"{live_server.url}/status/"
    purge_queue()  # the retries' messages: no worker runs in this test


def log_in(page: Page, url: str) -> None:
    page.goto(url)
    page.fill("#id_username", "staff")
    page.fill("#id_password", "staff-pass-1")
    page.click("input[type=submit]")
    expect(page.locator("h1")).to_have_text("Ingestion status")


def test_hostile_titles_and_errors_are_shown_as_text(status_url):
    def steps(page: Page) -> None:
        log_in(page, status_url)
        for payload in PAYLOADS:
            expect(page.get_by_text(payload, exact=False).first).to_be_visible()
        assert page.evaluate("window.__owned") is None
        assert page.locator("main img, main svg, main script").count() == 0
        screenshot(page, "status-hostile")

    assert in_chromium(steps) == []


def test_retry_buttons_post_with_csrf(status_url):
    def steps(page: Page) -> None:
        log_in(page, status_url)
        expect(page.locator("#count-failed")).to_have_text("4")
        page.get_by_role("button", name="Retry", exact=True).first.click()
        expect(page.locator("#count-failed")).to_have_text("3")
        expect(page.locator("#count-queued")).to_have_text("1")
        page.get_by_role("button", name="Retry all failures").click()
        expect(page.locator("#count-failed")).to_have_text("0")
        expect(page.get_by_text("3 article(s) queued again.")).to_be_visible()

    assert in_chromium(steps) == []
    assert not Article.objects.filter(status="failed").exists()
