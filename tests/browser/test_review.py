"""The review flow in Chromium: log in, open the queue, re-point on the map, see it."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from places.models import Event
from tests.base import group_named

from .conftest import screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def editor_page(page, live_server, enriched_demo):
    user = User.objects.create_user("editor1", password="secret-pass", is_staff=True)
    user.groups.add(group_named("editor"))
    page.goto(f"{live_server.url}/review/")
    expect(page).to_have_url(f"{live_server.url}/admin/login/?next=/review/")
    page.fill("#id_username", "editor1")
    page.fill("#id_password", "secret-pass")
    page.click("input[type=submit]")
    expect(page.locator("h2")).to_have_text("Mentions to review")
    return page


def test_an_editor_re_points_a_mention_on_the_map_and_the_event_moves(
    editor_page, live_server
):
    page = editor_page
    expect(page.locator(".reason", has_text="close runner-up").first).to_be_visible()
    screenshot(page, "review-queue")

    event = Event.objects.get(sub_type="shelling", place__slug="salihiyah-deir-ez-zor")
    mention = event.mention
    page.goto(
        f"{live_server.url}/review/article/{event.article_id}/#mention-{mention.pk}"
    )
    panel = page.locator(f"#mention-{mention.pk}")
    expect(panel).to_be_visible()
    expect(page.locator(f'.mention.selected[data-id="{mention.pk}"]')).to_be_visible()
    target = page.locator(".candidate-marker.candidate-salihiyah-abu-kamal")
    expect(target).to_be_visible()
    page.wait_for_timeout(300)
    screenshot(page, "review-article")

    target.click()
    expect(page.locator(".message")).to_contain_text("al-Salihiyah (Abu Kamal)")
    event.refresh_from_db()
    assert event.place.slug == "salihiyah-abu-kamal"
    assert mention.history.count() == 2

    page.goto(f"{live_server.url}/?from=2018-02-07&to=2018-02-07")
    item = page.locator(f'.event-item[data-id="{event.pk}"]')
    expect(item).to_contain_text("al-Salihiyah (Abu Kamal)")
    item.click()
    expect(page.locator(".event-popup")).to_contain_text("al-Salihiyah (Abu Kamal)")


def test_keys_move_between_names_and_confirm(editor_page, live_server):
    page = editor_page
    article = Event.objects.filter(place__slug="khasham").first().article
    page.goto(f"{live_server.url}/review/article/{article.pk}/")
    selected = page.locator(".article-text .mention.selected")
    first = selected.get_attribute("data-id")
    page.keyboard.press("j")
    expect(selected).not_to_have_attribute("data-id", first)
    second = selected.get_attribute("data-id")
    page.keyboard.press("c")
    expect(page.locator(".message")).to_contain_text("Confirmed")
    expect(
        page.locator(f'.mention.review-confirmed[data-id="{second}"]')
    ).to_be_visible()
