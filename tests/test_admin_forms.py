"""Adding an article in the admin: checked like `manage.py ingest`, then queued."""

import pytest

from places.models import Article

ADD = "/admin/places/article/add/"


def form(**fields) -> dict:
    return {"title": "", "body": "", "language": "", "outlet": "", "url": "",
            "published": "", "mentions-TOTAL_FORMS": "0",
            "mentions-INITIAL_FORMS": "0", **fields}  # fmt: skip


def test_an_added_article_is_saved_and_queued(
    admin_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = admin_client.post(
            ADD, form(title="Hajin", body="قصف على هجين أمس", published="2018-10-10")
        )
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.status, article.language) == (Article.Status.QUEUED, "ar")
    assert len(callbacks) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "This field is required"),
        ("12345 !!!! 67890 ????? 2018", "does not look like text"),
        ("a\x00b", "Null characters are not allowed"),
        ("x" * 200_001, "the limit is 200,000"),
    ],
)
def test_unusable_text_is_a_form_error(admin_client, body, message):
    response = admin_client.post(ADD, form(title="t", body=body))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_a_duplicate_is_a_form_error_not_a_crash(admin_client):
    admin_client.post(ADD, form(title="Same", body="Clashes in Hajin."))
    response = admin_client.post(ADD, form(title="Same", body="Clashes in Hajin."))
    assert response.status_code == 200
    assert "already stored" in response.content.decode()
    assert Article.objects.count() == 1
