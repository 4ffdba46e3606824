"""The public map in headless Chromium: time window, filters, links, popups, exports."""

import datetime
import re

import pytest
from playwright.sync_api import Page, expect

from places import ingest
from places.models import Event
from tests.base import make_article

from .conftest import screenshot

pytestmark = pytest.mark.browser


def shown(page: Page, start: str, end: str) -> int:
    """Wait until the map shows the window [start, end]; return its count."""
    counter = page.locator(f'#visible-count[data-start="{start}"][data-end="{end}"]')
    expect(counter).to_have_count(1, timeout=15_000)
    return int(counter.get_attribute("data-count"))


def in_db(start: str, end: str, **filters) -> int:
    day = datetime.date.fromisoformat
    return Event.objects.between(day(start), day(end)).filter(**filters).count()


# True once the address has stayed the same for 10 frames and half a second: a
# map move (Leaflet animates a pan for 0.25 s) writes the centre into the address
# only when it ends. Counted in the page's own frames, so a slow machine that
# delays the animation delays this count as much.
ADDRESS_SETTLED = """() => {
  const now = performance.now(), w = window.__addressWatch;
  if (!w || w.href !== location.href) {
    window.__addressWatch = { href: location.href, since: now, frames: 0 };
    return false;
  }
  w.frames += 1;
  return w.frames >= 10 && now - w.since >= 500;
}"""


def settled_url(page: Page) -> str:
    """The page's address once the map has stopped moving."""
    page.wait_for_function(ADDRESS_SETTLED, polling="raf", timeout=30_000)
    return page.url


def open_map(page: Page, url: str) -> dict:
    page.goto(url)
    expect(page.locator("#date-label")).not_to_have_text("—")
    return page.locator("#map-config").evaluate("n => JSON.parse(n.textContent)")


def test_the_window_filters_the_events_and_the_areas_follow_its_end(
    page, live_server, enriched_demo
):
    config = open_map(page, live_server.url)
    start, end = config["initialFrom"], config["initialDate"]
    first = shown(page, start, end)
    assert first == in_db(start, end) > 0
    expect(page.locator(".event-marker")).to_have_count(first)
    expect(page.locator(".control-area")).to_have_count(4)
    expect(page.locator(".line-deconfliction")).to_have_count(1)
    expect(page.locator(".line-label")).to_contain_text("deconfliction")
    expect(page.locator(".place-label").first).to_be_attached()
    screenshot(page, "map-initial")

    page.focus("#to-slider")
    page.keyboard.press("End")
    last = shown(page, start, config["lastDate"])
    assert last == in_db(start, config["lastDate"]) != first
    expect(page.locator(".event-marker")).to_have_count(last)
    expect(page.locator(".control-area")).to_have_count(0)
    expect(page.locator("#control-note")).to_contain_text("No areas of control")

    page.focus("#from-slider")
    page.keyboard.press("Home")
    assert shown(page, config["firstDate"], config["lastDate"]) == Event.objects.count()
    screenshot(page, "map-everything")


def test_play_moves_the_window_forward(page, live_server, enriched_demo):
    open_map(page, f"{live_server.url}/?from=2018-01-01&to=2018-01-07")
    shown(page, "2018-01-01", "2018-01-07")
    page.select_option("#step-select", "7")
    page.select_option("#speed-select", "250")
    page.keyboard.press("Space")
    expect(page.locator("#play")).to_have_attribute("aria-pressed", "true")
    page.wait_for_function(
        "() => document.querySelector('#visible-count').dataset.end >= '2018-01-28'"
    )
    page.click("#play")
    expect(page.locator("#play")).to_have_attribute("aria-pressed", "false")
    page.wait_for_timeout(300)
    counter = page.locator("#visible-count")
    start, end = counter.get_attribute("data-start"), counter.get_attribute("data-end")
    day = datetime.date.fromisoformat
    assert (day(end) - day(start)).days == 6
    assert (day(start) - datetime.date(2018, 1, 1)).days % 7 == 0
    assert int(counter.get_attribute("data-count")) == in_db(start, end)
    assert f"from={start}" in page.url


def test_filters_narrow_the_events_as_the_data_says(page, live_server, enriched_demo):
    config = open_map(page, live_server.url)
    start, end = config["initialFrom"], config["initialDate"]
    shown(page, start, end)
    page.uncheck("#type-displacement")
    expect(page.locator("#visible-count")).to_have_attribute(
        "data-count",
        str(in_db(start, end) - in_db(start, end, sub_type="displacement")),
    )
    page.check("#type-displacement")
    page.fill("#place-search", "خشام")
    expect(page.locator("#visible-count")).to_have_attribute(
        "data-count", str(in_db(start, end, place__slug__startswith="khasham"))
    )
    page.press("#place-search", "Enter")
    page.wait_for_function("() => location.search.includes('z=11')")
    page.fill("#place-search", "")
    page.select_option("#language-filter", "en")
    expect(page.locator("#visible-count")).to_have_attribute(
        "data-count", str(in_db(start, end, article__language="en"))
    )


def test_a_permalink_restores_the_same_view(page, browser, live_server, enriched_demo):
    config = open_map(page, live_server.url)
    shown(page, config["initialFrom"], config["initialDate"])
    page.uncheck("#type-shelling")
    page.select_option("#actor-filter", "SDF")
    page.locator(".event-item").first.click()
    expect(page.locator(".event-popup")).to_be_visible()
    event_id = page.locator(".event-popup").get_attribute("data-id")
    count = page.locator("#visible-count").get_attribute("data-count")
    expect(page).to_have_url(re.compile(rf"[?&]event={event_id}(&|$)"))
    link = settled_url(page)  # the centre the map pans to, not the one it left
    assert f"event={event_id}" in link

    other = browser.new_page(viewport={"width": 1400, "height": 900})
    other.goto(link)
    expect(other.locator(".event-popup")).to_have_attribute("data-id", event_id)
    expect(other.locator("#visible-count")).to_have_attribute("data-count", count)
    expect(other.locator("#type-shelling")).not_to_be_checked()
    expect(other.locator("#actor-filter")).to_have_value("SDF")
    assert settled_url(other) == link
    other.wait_for_timeout(400)  # let the popup finish fading in for the picture
    screenshot(other, "map-permalink")
    other.close()


def test_export_returns_the_visible_events(page, live_server, enriched_demo):
    config = open_map(page, live_server.url)
    start, end = config["initialFrom"], config["initialDate"]
    shown(page, start, end)
    page.uncheck("#type-displacement")
    wanted = in_db(start, end) - in_db(start, end, sub_type="displacement")
    expect(page.locator("#visible-count")).to_have_attribute("data-count", str(wanted))
    expect(page.locator(".event-item")).to_have_count(wanted)
    visible = {
        int(i)
        for i in page.locator(".event-item").evaluate_all(
            "items => items.map(i => i.dataset.id)"
        )
    }
    href = page.locator("#export-csv").get_attribute("href")
    body = page.request.get(f"{live_server.url}{href}").text()
    exported = {int(line.split(",")[0]) for line in body.splitlines()[1:]}
    assert exported == visible
    href = page.locator("#export-geojson").get_attribute("href")
    data = page.request.get(f"{live_server.url}{href}").json()
    assert {f["id"] for f in data["features"]} == visible


def test_popup_tells_the_story_right_to_left(page, live_server, enriched_demo):
    config = open_map(page, live_server.url)
    shown(page, config["initialFrom"], config["initialDate"])
    event = Event.objects.filter(place__slug="khasham", sub_type="armed_clash").first()
    item = page.locator(f'.event-item[data-id="{event.pk}"]')
    item.focus()
    page.keyboard.press("Enter")
    popup = page.locator(".event-popup")
    expect(popup).to_contain_text("Armed clash")
    expect(popup).to_contain_text("7 Feb 2018")
    expect(popup).to_contain_text("Khasham")
    excerpt = popup.locator(".excerpt")
    expect(excerpt).to_have_attribute("dir", "rtl")
    expect(excerpt.locator("mark")).to_have_text(event.mention.surface)
    expect(popup.locator(".source")).to_contain_text(event.article.title)
    others = event.article.events.count() - 1
    others_summary = popup.locator("summary", has_text="Other events in this article")
    expect(others_summary).to_contain_text(f"({others})")
    page.wait_for_timeout(400)  # let the popup finish fading in for the picture
    screenshot(page, "map-popup-arabic")
    popup.locator("summary", has_text="How this was read").click()
    reasons = popup.locator(".why li")
    expect(reasons).to_have_count(3)
    expect(reasons.nth(0)).to_contain_text("اشتباكات")
    expect(reasons.nth(1)).to_contain_text("place:")
    expect(reasons.nth(2)).to_contain_text("date:")
    screenshot(page, "map-popup-how-read")


def test_hostile_article_text_is_shown_as_text(page, live_server, geodata):
    payload = '<img src=x onerror="__xss=1">'
    article = make_article(
        title=f"Report {payload}",
        body=f"Coalition air strikes hit Hajin {payload} on 3 March 2018.",
        language="en",
        published="2018-03-04",
        url="javascript:__xss=2",
        outlet=payload,
    )
    ingest.process_article(article)
    event = Event.objects.get(article=article)
    assert payload in event.excerpt
    open_map(page, live_server.url)
    page.locator(".event-item").first.click()
    popup = page.locator(".event-popup")
    expect(popup).to_contain_text(payload)
    expect(popup.locator("img")).to_have_count(0)
    expect(popup.locator("a")).to_have_count(0)
    popup.locator("summary", has_text="How this was read").click()
    expect(popup.locator(".why li")).to_have_count(3)
    expect(popup.locator("img")).to_have_count(0)
    expect(page.locator("#outlet-filter option", has_text="<img")).to_have_count(1)
    assert page.evaluate("window.__xss") is None


def test_empty_database_says_how_to_add_events(page, live_server, geodata):
    open_map(page, live_server.url)
    expect(page.locator("#events-empty")).to_contain_text("No events yet")
    expect(page.locator("#to-slider")).to_be_disabled()
    expect(page.locator(".event-marker")).to_have_count(0)
