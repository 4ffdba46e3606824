"""The admin in headless Chromium: log in, see the lists, edit geometry on a map."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from .conftest import screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def admin_page(page, live_server, enriched_demo):
    User.objects.create_superuser("editor", "editor@example.org", "secret-pass")
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "secret-pass")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_be_visible()
    return page


def test_admin_lists_every_model(admin_page, live_server):
    for name in [
        "Places", "Articles", "Mentions", "Events", "Control areas", "Reference lines",
    ]:  # fmt: skip
        expect(admin_page.get_by_role("link", name=name, exact=True)).to_be_visible()


def test_place_geometry_is_edited_on_a_leaflet_map(admin_page, live_server):
    admin_page.goto(f"{live_server.url}/admin/places/place/?q=Khasham")
    admin_page.get_by_role("link", name="Khasham", exact=True).first.click()
    point_map = admin_page.locator("#id_point-map")
    expect(point_map).to_be_visible()
    expect(point_map.locator(".leaflet-marker-icon")).to_have_count(1)
    basemap = point_map.locator(".leaflet-offline-basemap-pane path")
    expect(basemap.first).to_be_attached()
    screenshot(admin_page, "admin-place")


def test_control_area_polygon_is_drawn_on_a_leaflet_map(admin_page, live_server):
    admin_page.goto(f"{live_server.url}/admin/places/controlarea/")
    admin_page.locator("#result_list tbody a").first.click()
    widget = admin_page.locator(".leaflet-container")
    expect(widget).to_be_visible()
    expect(widget.locator("path.leaflet-interactive")).to_have_count(1)
    screenshot(admin_page, "admin-control-area")
