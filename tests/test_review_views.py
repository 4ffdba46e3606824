"""The review pages over HTTP: who may see and change what, and forms that say why."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from places import ingest
from places.described import NOTE_HEAD
from places.models import Mention, Place, Reenrichment

from .base import SAMPLE_PUBLISHED, group_named, make_article, sample_text


def user_in(group: str | None) -> Client:
    user = User.objects.create_user(f"u-{group}", password="pw", is_staff=True)
    if group:
        user.groups.add(group_named(group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def sample(geodata):
    article = make_article(
        body=sample_text(), published=SAMPLE_PUBLISHED, title="<b>s</b>", language="ar"
    )
    return ingest.process_article(article)


def confirm_url(mention: Mention) -> str:
    return f"/review/mention/{mention.pk}/confirm/"


def test_anonymous_visitors_are_sent_to_log_in(client, sample):
    for url in ["/review/", f"/review/article/{sample.pk}/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_viewers_read_but_cannot_correct(sample):
    viewer = user_in("viewer")
    mention = sample.mentions.first()
    assert viewer.get("/review/").status_code == 200
    page = viewer.get(f"/review/article/{sample.pk}/").content.decode()
    assert "Confirm (c)" not in page
    assert viewer.post(confirm_url(mention)).status_code == 403
    assert Mention.objects.get(pk=mention.pk).review == "auto"


def test_editors_correct_but_only_gazetteer_admins_edit_places(sample):
    editor, curator = user_in("editor"), user_in("gazetteer admin")
    mention = sample.mentions.first()
    assert editor.post(confirm_url(mention)).status_code == 302
    assert Mention.objects.get(pk=mention.pk).review == "confirmed"
    place = Place.objects.get(slug="khasham")
    change = f"/admin/places/place/{place.pk}/change/"
    form = {"name": "Khasham X"}
    assert editor.post(change, form).status_code == 403
    assert curator.get(change).status_code == 200


def test_every_form_needs_its_csrf_token(sample):
    client = Client(enforce_csrf_checks=True)
    client.force_login(User.objects.create_superuser("root", password="pw"))
    assert client.post(confirm_url(sample.mentions.first())).status_code == 403


def test_the_queue_puts_out_of_region_names_first_and_counts(sample):
    page = user_in("viewer").get("/review/")
    rows = page.context["rows"]
    assert rows[0][1][0] in {"unresolved", "out of region"}
    assert page.context["counts"]["out of region"] == (
        sample.mentions.filter(place__in_region=False).count()
    )
    filtered = user_in("editor").get("/review/", {"place": "Khasham"}).context["rows"]
    assert filtered
    assert all(m.place.slug.startswith("khasham") for m, _ in filtered)


def test_the_article_page_escapes_the_text_and_marks_mentions(sample):
    page = user_in("viewer").get(f"/review/article/{sample.pk}/").content.decode()
    assert "&lt;b&gt;s&lt;/b&gt;" in page and "<b>s</b>" not in page
    assert page.count('class="mention ') == sample.mentions.count()
    assert 'dir="rtl"' in page


def test_repointing_with_an_alias_reports_the_articles_sent_back(sample):
    editor = user_in("editor")
    mention = sample.mentions.filter(place__slug="hatla").first()
    response = editor.post(
        f"/review/mention/{mention.pk}/repoint/",
        {"place": "al-mayadin", "alias": mention.surface},
        follow=True,
    )
    assert "sent back to the worker" in response.content.decode()
    batch = Reenrichment.objects.get()
    progress = editor.get(f"/review/progress/{batch.pk}/").json()
    assert progress == {"id": batch.pk, "total": 1, "done": 0}


def test_bad_corrections_are_messages_not_errors(sample):
    editor = user_in("editor")
    mention = sample.mentions.first()
    for url, data in [
        (f"/review/mention/{mention.pk}/repoint/", {"place": "nowhere"}),
        (f"/review/mention/{mention.pk}/new-place/", {"name": "x", "lat": "200"}),
        (f"/review/mention/{mention.pk}/reject/", {"phrase": "no name in it"}),
    ]:
        response = editor.post(url, data, follow=True)
        assert response.status_code == 200
        assert response.context["messages"]
    assert Mention.objects.get(pk=mention.pk).review == "auto"
    assert editor.post("/review/mention/999999/confirm/").status_code == 404
    assert editor.get(f"/review/mention/{mention.pk}/confirm/").status_code == 405


def test_place_search_finds_any_entry_in_either_language(sample):
    viewer = user_in("viewer")
    found = viewer.get("/review/places/", {"q": "حميميم"}).json()["places"]
    assert [p["slug"] for p in found] == ["hmeimim"]
    assert viewer.get("/review/places/", {"q": "x"}).json() == {"places": []}


def test_the_admin_shows_the_history_of_a_correction_with_revert(sample, admin_client):
    mention = sample.mentions.first()
    user_in("editor").post(confirm_url(mention))
    history = admin_client.get(f"/admin/places/mention/{mention.pk}/history/")
    assert history.status_code == 200
    records = mention.history.order_by("history_date")
    assert records.count() == 2
    assert records.last().history_user.username == "u-editor"
    old = admin_client.get(
        f"/admin/places/mention/{mention.pk}/history/{records.first().history_id}/"
    )
    assert old.status_code == 200
    assert "Revert" in old.content.decode()


def test_the_queue_says_when_an_event_place_or_date_was_inferred(sample):
    event = sample.events.exclude(mention=None).first()
    event.why = [
        "type: “قصف” (shelling)",
        "place: named by the event told beside it in the clause",
        "date: “أمس”, the latest date told before it",
    ]
    event.save()
    page = user_in("viewer").get("/review/")
    rows = dict(page.context["rows"])
    assert {"event place inferred", "event date inferred"} <= set(rows[event.mention])
    assert page.context["counts"]["events placed or dated by inference"] >= 1


def test_the_queue_flags_places_located_from_a_description(sample):
    mention = sample.mentions.filter(place__in_region=True).first()
    place = mention.place
    place.notes = f"{NOTE_HEAD} (within about 3 km): a travel book's order of villages"
    place.save()
    page = user_in("viewer").get("/review/")
    rows = dict(page.context["rows"])
    assert "place located from a description" in rows[mention]
    count = sample.mentions.filter(place=place, review="auto").count()
    assert page.context["counts"]["places located from a description"] == count
