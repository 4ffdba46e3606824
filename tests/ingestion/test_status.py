"""The status page and API: staff only, counts, failures escaped, retry by POST."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from places.models import Article

from ..base import make_article

HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>'


@pytest.fixture
def staff(db) -> Client:
    user = get_user_model().objects.create_user("staff", "", "pw", is_staff=True)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


@pytest.fixture
def articles(db) -> dict[str, Article]:
    made = {}
    for name, status in [("q", "queued"), ("p", "processing"), ("e", "enriched"),
                         ("f1", "failed"), ("f2", "failed")]:  # fmt: skip
        article = make_article(title=f"{name} {HOSTILE}", body=f"Clashes {name}.")
        Article.objects.filter(pk=article.pk).update(
            status=status, error=f"ValueError: {HOSTILE}" if status == "failed" else "",
            enriched_at=timezone.now() if status == "enriched" else None,
        )  # fmt: skip
        made[name] = Article.objects.get(pk=article.pk)
    return made


def csrf_token(page: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)


def test_only_staff_see_the_status(db, client):
    assert client.get("/status/").status_code == 302
    assert client.get("/api/status/").status_code in {401, 403}
    user = get_user_model().objects.create_user("plain", "", "pw")
    client.force_login(user)
    assert client.get("/status/").status_code == 302
    assert client.get("/api/status/").status_code == 403


def test_the_page_counts_and_escapes_what_articles_say(staff, articles):
    page = staff.get("/status/").content.decode()
    assert '<td id="count-failed">2</td>' in page
    assert '<td id="count-queued">1</td>' in page
    assert '<strong id="throughput">1</strong>' in page
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    assert page.count('name="article"') == 2


def test_the_json_api_has_the_same_figures(staff, articles):
    data = staff.get("/api/status/").json()
    assert data["counts"] == {"queued": 1, "processing": 1, "enriched": 1, "failed": 2}
    assert data["enriched_last_hour"] == 1
    assert {f["id"] for f in data["failures"]} == {articles["f1"].pk, articles["f2"].pk}
    assert data["failures"][0]["error"].startswith("ValueError: <img")  # raw in JSON


def test_retry_one_then_all_with_csrf(staff, articles):
    token = csrf_token(staff.get("/status/").content.decode())
    assert (
        staff.post("/status/retry/", {"article": articles["f1"].pk}).status_code == 403
    )
    response = staff.post(
        "/status/retry/", {"article": articles["f1"].pk, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert Article.objects.get(pk=articles["f1"].pk).status == "queued"
    assert Article.objects.get(pk=articles["f2"].pk).status == "failed"
    staff.post("/status/retry/", {"all": "1", "csrfmiddlewaretoken": token})
    assert not Article.objects.filter(status="failed").exists()
    assert Article.objects.get(pk=articles["e"].pk).status == "enriched"
    page = staff.get("/status/").content.decode()
    assert "1 article(s) queued again." in page


def test_retry_needs_post(staff, articles):
    assert staff.get("/status/retry/").status_code == 405


def test_the_json_api_retries(db, articles):
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("su", "", "pw"))
    bad = client.post("/api/status/", {"article": "x"}, content_type="application/json")
    assert bad.status_code == 400
    one = client.post("/api/status/", {"article": articles["f2"].pk},
                      content_type="application/json")  # fmt: skip
    assert one.json() == {"queued": 1}
    every = client.post("/api/status/", {"all": True}, content_type="application/json")
    assert every.json() == {"queued": 1}
