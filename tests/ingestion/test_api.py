"""POST /api/articles/: authenticated, one or many, duplicates and bad input refused."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from places.models import Article

URL = "/api/articles/"
ARABIC = "قصفت طائرات التحالف بلدة هجين في ريف دير الزور الشرقي أمس."
ENGLISH = "Coalition air strikes hit Hajin yesterday, killing five civilians."


@pytest.fixture
def api(db) -> APIClient:
    """A client with the token of an account allowed to add articles."""
    user = get_user_model().objects.create_superuser("editor", "", "pw-editor-1")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user)}")
    return client


def test_writing_needs_an_account(db):
    client = APIClient()
    response = client.post(URL, {"body": ENGLISH}, format="json")
    assert response.status_code == 401
    assert not Article.objects.exists()


def test_an_account_without_the_permission_is_refused(db):
    user = get_user_model().objects.create_user("reader", "", "pw-reader-1")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user)}")
    assert client.post(URL, {"body": ENGLISH}, format="json").status_code == 403


def test_a_session_needs_its_csrf_token(db):
    get_user_model().objects.create_superuser("staff", "", "pw-staff-1")
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="staff"))
    response = client.post(URL, {"body": ENGLISH}, format="json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_the_map_api_stays_public(db):
    assert APIClient().get("/api/events/").status_code == 200


def test_one_article_is_saved_queued_and_its_language_detected(api):
    response = api.post(URL, {"title": "Hajin", "body": ARABIC}, format="json")
    assert response.status_code == 201, response.json()
    data = response.json()
    assert (data["status"], data["language"], data["article_status"]) == (
        "created", "ar", "queued",
    )  # fmt: skip
    article = Article.objects.get(pk=data["id"])
    assert article.body == ARABIC
    progress = api.get(f"{URL}{article.pk}/").json()
    assert (progress["status"], progress["events"]) == ("queued", 0)


def test_duplicates_by_text_and_by_url_are_refused(api):
    first = {"title": "A", "body": ENGLISH, "url": "https://example.org/a"}
    assert api.post(URL, first, format="json").status_code == 201
    same_text = api.post(URL, {"title": "A", "body": ENGLISH}, format="json")
    assert same_text.status_code == 409
    assert "same title and text" in same_text.json()["reason"]
    same_url = {"title": "B", "body": "Other text.", "url": "https://example.org/a"}
    response = api.post(URL, same_url, format="json")
    assert response.status_code == 409
    assert "same URL" in response.json()["reason"]
    assert Article.objects.count() == 1


def test_a_list_gets_one_result_per_item(api):
    items = [
        {"title": "1", "body": ENGLISH},
        {"title": "2", "body": ARABIC, "published": "2018-02-08"},
        {"title": "1", "body": ENGLISH},
        {"title": "3", "body": "   \n\t  "},
        {"title": "4", "body": ENGLISH, "published": "8 February"},
        "not an object",
    ]
    response = api.post(URL, items, format="json")
    assert response.status_code == 200
    data = response.json()
    statuses = [r["status"] for r in data["results"]]
    assert statuses == ["created", "created", "duplicate", "rejected", "rejected",
                        "rejected"]  # fmt: skip
    assert (data["created"], data["duplicates"], data["rejected"]) == (2, 1, 3)
    assert "no text" in data["results"][3]["reason"]
    assert data["results"][4]["reason"].startswith("published:")


@override_settings(CONFLICTMAP_MAX_BATCH=2)
def test_too_many_articles_in_one_request_is_a_400(api):
    response = api.post(URL, [{"body": ENGLISH}] * 3, format="json")
    assert response.status_code == 400
    assert "at most 2" in response.json()["detail"]


@override_settings(CONFLICTMAP_MAX_UPLOAD_BYTES=1000)
def test_a_request_over_the_byte_limit_is_a_413(api):
    response = api.post(URL, {"body": "x" * 2000}, format="json")
    assert response.status_code == 413
    assert "CONFLICTMAP_MAX_UPLOAD_BYTES" in response.json()["detail"]


def test_a_10_mb_article_is_refused_with_the_limit_named(api):
    response = api.post(URL, {"body": "Hajin " * 1_750_000}, format="json")
    assert response.status_code == 400
    assert "CONFLICTMAP_MAX_ARTICLE_CHARS" in response.json()["reason"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ("\x01\x02\x03\x04\x05\x06\x07\x08" * 100, "no text"),
        ("\ufffd" * 50 + " 1234 5678 %%%% @@@@ ####", "too few letters"),
        ("<script>alert(1)</script><style>p{}</style>", "no text"),
    ],
)
def test_unusable_text_is_a_clear_400(api, body, reason):
    response = api.post(URL, {"body": body}, format="json")
    assert response.status_code == 400
    assert reason in response.json()["reason"]


def test_nul_characters_and_bad_json_are_400s_not_crashes(api):
    assert api.post(URL, {"body": "a\x00b"}, format="json").status_code == 400
    bad = api.post(URL, "{not json", content_type="application/json")
    assert bad.status_code == 400
    form = api.post(URL, {"body": ENGLISH})  # multipart: only JSON is taken
    assert form.status_code == 415
    assert api.post(URL, [], format="json").status_code == 400
    assert api.post(URL, 42, format="json").status_code == 400


def test_html_is_reduced_to_its_text(api):
    page = (
        "<html><head><title>t</title><script>alert('x')</script></head><body>"
        "<nav>Home | About | Contact</nav><article><h1>Strikes on Hajin</h1>"
        f'<p>{ENGLISH}</p><p onclick="alert(2)">Clashes went on in al-Shafah.'
        "</p></article><footer>Copyright</footer></body></html>"
    )
    for field in ("html", "body"):
        response = api.post(URL, {"title": field, field: page}, format="json")
        assert response.status_code == 201, response.json()
        body = Article.objects.get(pk=response.json()["id"]).body
        assert ENGLISH in body and "al-Shafah" in body
        assert "<" not in body and "alert" not in body


def test_mixed_script_text_is_taken_and_its_language_is_the_majority(api):
    mixed = f"{ARABIC} (Hajin, Deir ez-Zor) {ARABIC}"
    response = api.post(URL, {"body": mixed}, format="json")
    assert (response.status_code, response.json()["language"]) == (201, "ar")


def test_a_bad_url_or_language_is_named(api):
    response = api.post(URL, {"body": ENGLISH, "url": "javascript:alert(1)"},
                        format="json")  # fmt: skip
    assert response.status_code == 400 and response.json()["reason"].startswith("url")
    response = api.post(URL, {"body": ENGLISH, "language": "fr"}, format="json")
    assert response.status_code == 400
    assert response.json()["reason"].startswith("language")
