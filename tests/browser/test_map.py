"""The public map in headless Chromium: markers, the slider, popups, hostile text."""

import datetime

import pytest
from playwright.sync_api import Page, expect

from places import ingest
from places.models import Event
from tests.base import make_article

from .conftest import screenshot

pytestmark = pytest.mark.browser


def visible_count(page: Page, end: str) -> int:
    counter = page.locator(f'#visible-count[data-end="{end}"]')
    expect(counter).to_have_count(1, timeout=15_000)
    return int(counter.get_attribute("data-count"))


def expected(end: str, days: int | None) -> int:
    day = datetime.date.fromisoformat(end)
    start = day - datetime.timedelta(days=days - 1) if days else None
    return Event.objects.between(start, day).count()


def open_map(page: Page, live_server) -> str:
    page.goto(live_server.url)
    expect(page.locator("#date-label")).not_to_have_text("—")
    return page.locator("#map-config").evaluate("n => JSON.parse(n.textContent)")


def test_map_shows_the_demo_events_and_the_slider_filters_them(
    page, live_server, enriched_demo
):
    config = open_map(page, live_server)
    first = visible_count(page, config["initialDate"])
    assert first == expected(config["initialDate"], 30) > 0
    expect(page.locator(".event-marker")).to_have_count(first)
    expect(page.locator(".control-area")).to_have_count(4)
    expect(page.locator(".line-deconfliction")).to_have_count(1)
    expect(page.locator(".place-label").first).to_be_attached()
    screenshot(page, "map-initial")

    page.focus("#date-slider")
    page.keyboard.press("End")
    last = visible_count(page, config["lastDate"])
    assert last == expected(config["lastDate"], 30)
    assert last != first
    expect(page.locator(".event-marker")).to_have_count(last)
    expect(page.locator(".control-area")).to_have_count(0)
    expect(page.locator("#control-note")).to_contain_text("No areas of control")

    page.select_option("#window-select", "all")
    page.wait_for_function(
        "n => document.querySelector('#visible-count').dataset.count == n",
        arg=str(Event.objects.count()),
    )
    expect(page.locator(".event-marker")).to_have_count(Event.objects.count())
    screenshot(page, "map-everything")


def test_popup_tells_the_story_right_to_left(page, live_server, enriched_demo):
    config = open_map(page, live_server)
    visible_count(page, config["initialDate"])
    event = Event.objects.filter(place__slug="khasham", sub_type="armed_clash").first()
    assert event is not None
    item = page.get_by_role("button", name="Armed clash").filter(has_text="Khasham")
    item.first.click()
    popup = page.locator(".event-popup")
    expect(popup).to_contain_text("Armed clash")
    expect(popup).to_contain_text("7 Feb 2018")
    expect(popup).to_contain_text("Khasham")
    excerpt = popup.locator(".excerpt")
    expect(excerpt).to_have_attribute("dir", "rtl")
    expect(excerpt).to_contain_text(event.excerpt[:30])
    expect(popup.locator(".source")).to_contain_text(event.article.title)
    page.wait_for_timeout(400)  # let the popup finish fading in for the picture
    screenshot(page, "map-popup-arabic")


def test_hostile_article_text_is_shown_as_text(page, live_server, geodata):
    payload = '<img src=x onerror="__xss=1">'
    article = make_article(
        title=f"Report {payload}",
        body=f"Coalition air strikes hit Hajin {payload} on 3 March 2018.",
        language="en",
        published="2018-03-04",
        url="javascript:window.__xss=2",
    )
    ingest.process_article(article)
    event = Event.objects.get(article=article)
    open_map(page, live_server)
    page.locator(".event-marker").first.click(force=True)
    popup = page.locator(".event-popup")
    expect(popup).to_contain_text(payload)
    expect(popup.locator("img")).to_have_count(0)
    expect(popup.locator("a")).to_have_count(0)
    assert page.evaluate("window.__xss") is None
    assert payload in event.excerpt


def test_empty_database_says_how_to_add_events(page, live_server, geodata):
    open_map(page, live_server)
    expect(page.locator("#events-empty")).to_contain_text("No events yet")
    expect(page.locator("#date-slider")).to_be_disabled()
    expect(page.locator(".event-marker")).to_have_count(0)
