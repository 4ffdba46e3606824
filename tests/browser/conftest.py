"""Headless Debian Chromium driven by Playwright, against the live test server."""

from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Page, expect, sync_playwright

from tests.base import ROOT

CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "var" / "screenshots"

# expect() retries its check until this deadline (Playwright's default is 5 s): on
# a loaded two-core machine Chromium, the live server and the ORM share the CPU.
# A longer deadline checks the same thing; it only gives a slow page more time.
expect.set_options(timeout=20_000)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs it.")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()
        # While Playwright runs, this thread has a running event loop, so Django
        # keeps its database connections in context-local storage (asgiref), apart
        # from the thread's own. Close them here: one left open by a last `db` test
        # (which, unlike a transactional one, does not close it) would keep the test
        # database from being dropped at the end ("accessed by other users").
        connections.close_all()


@pytest.fixture
def page(browser) -> Page:
    """A fresh page; the test fails if the page logs an error or throws."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on(
        "console",
        lambda m: (
            problems.append(f"console {m.type}: {m.text}")
            if m.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.problems = problems
    yield page
    context.close()
    assert problems == [], problems


def screenshot(page: Page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path
