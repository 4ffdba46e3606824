"""Taking articles in and storing what enrichment finds, keeping editors' work."""

import pytest
from django.test import override_settings

from places import ingest
from places.models import Article, Event, Mention, Place

from .base import SAMPLE_PUBLISHED, make_article, sample_text


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "no text"),
        ("   \n\t  ", "no text"),
        ("\x00\x01\x02" * 100, "no text"),
        ("%$#@!&*()_+=-0987654321" * 50, "does not look like text"),
    ],
)
def test_unusable_text_is_refused_with_a_reason(db, body, message):
    with pytest.raises(ingest.RejectedArticle, match=message):
        ingest.submit(body=body)
    assert not Article.objects.exists()


@override_settings(CONFLICTMAP_MAX_ARTICLE_CHARS=1000)
def test_text_over_the_limit_is_refused_and_says_the_limit(db):
    with pytest.raises(ingest.RejectedArticle, match="limit is 1,000"):
        ingest.submit(body="word " * 1000)


def test_the_same_article_is_stored_once(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        first, created = ingest.submit(title="A", body="Clashes in Khasham.")
        again, created_again = ingest.submit(title="A", body="Clashes in Khasham.  ")
    assert (created, created_again) == (True, False)
    assert first.pk == again.pk
    assert len(callbacks) == 1


def test_language_is_detected_when_not_given(db):
    arabic, _ = ingest.submit(body="اشتباكات في خشام")
    english, _ = ingest.submit(body="Clashes in Khasham")
    assert (arabic.language, english.language) == ("ar", "en")


def test_control_characters_are_removed_before_storing(db):
    article, _ = ingest.submit(body="Clashes\x00 in Khasham\x07.")
    assert article.body == "Clashes in Khasham."


def test_an_article_without_date_is_enriched_with_a_warning(geodata):
    article = make_article(body="Clashes broke out in Khasham yesterday.")
    ingest.process_article(article)
    article.refresh_from_db()
    assert article.status == Article.Status.ENRICHED
    assert "No publication date" in article.error


@pytest.fixture
def sample(geodata):
    article = make_article(body=sample_text(), published=SAMPLE_PUBLISHED)
    return ingest.process_article(article)


def test_re_enrichment_keeps_a_corrected_mention_and_moves_its_event(sample):
    mention = sample.mentions.filter(place__slug="hatla").first()
    other = Place.objects.get(slug="khasham")
    mention.place, mention.review = other, Mention.Review.CORRECTED
    mention.save()
    ingest.process_article(sample)
    kept = Mention.objects.get(pk=mention.pk)
    assert (kept.place, kept.review) == (other, Mention.Review.CORRECTED)
    moved = Event.objects.filter(mention=kept)
    assert moved.exists()
    assert all(e.place == other and e.point == other.point for e in moved)
    assert all("place: corrected by an editor" in e.why for e in moved)


def test_stored_events_say_how_they_were_read(sample):
    events = list(sample.events.all())
    assert events
    for event in events:
        assert [w.split(":")[0] for w in event.why] == ["type", "place", "date"]


def test_re_enrichment_drops_events_of_a_rejected_mention(sample):
    mention = sample.mentions.filter(place__slug="hatla").first()
    mention.review = Mention.Review.REJECTED
    mention.save()
    ingest.process_article(sample)
    assert Mention.objects.filter(pk=mention.pk).exists()
    assert not Event.objects.filter(article=sample, place__slug="hatla").exists()


def test_manual_events_survive_re_enrichment(sample):
    event = sample.events.first()
    event.manual = True
    event.save()
    ingest.process_article(sample)
    assert Event.objects.filter(pk=event.pk).exists()
