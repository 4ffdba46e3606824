"""Corrections: what each one changes, what it teaches, and that none is lost."""

import datetime

import pytest
from django.contrib.auth.models import User

from places import ingest, learning, review
from places.models import Event, Mention, NotAPlace, Place, PlaceName

from .base import SAMPLE_PUBLISHED, group_named, make_article, sample_text


@pytest.fixture
def editor(db):
    user = User.objects.create_user("ed", password="pw", is_staff=True)
    user.groups.add(group_named("editor"))
    return user


@pytest.fixture
def sample(geodata):
    article = make_article(body=sample_text(), published=SAMPLE_PUBLISHED, title="s")
    return ingest.process_article(article)


def mention_of(article, slug):
    return article.mentions.filter(place__slug=slug).first()


def test_phrase_spans_find_a_phrase_however_it_is_spelled():
    text = "بثّت قناة الميادين تقريراً عن الميادين"
    spans = learning.phrase_spans(text, ["قناه الميادين"])
    assert [text[s:e] for s, e in spans] == ["قناة الميادين"]
    channel, town = text.index("الميادين"), text.rindex("الميادين")
    assert learning.covered(channel, channel + 8, spans)
    assert not learning.covered(town, town + 8, spans)


def test_confirming_is_recorded_with_who_and_can_be_reverted(sample, editor):
    mention = mention_of(sample, "khasham")
    review.confirm(mention, editor)
    mention.refresh_from_db()
    assert (mention.review, mention.reviewed_by) == ("confirmed", editor)
    before, after = mention.history.order_by("history_date")
    assert (before.review, after.review) == ("auto", "confirmed")
    before.instance.save()  # what the admin's "revert" does
    mention.refresh_from_db()
    assert mention.review == "auto"


def test_repointing_moves_the_events_and_survives_re_enrichment(sample, editor):
    mention = mention_of(sample, "salihiyah-deir-ez-zor")
    other = Place.objects.get(slug="salihiyah-abu-kamal")
    event_ids = list(mention.events.values_list("pk", flat=True))
    assert event_ids
    review.repoint(mention, other, editor)
    assert set(
        Event.objects.filter(pk__in=event_ids).values_list("place", flat=True)
    ) == {other.pk}
    ingest.process_article(sample)
    mention.refresh_from_db()
    assert (mention.place, mention.review) == (other, "corrected")
    assert mention.events.exists()
    assert set(mention.events.values_list("place", flat=True)) == {other.pk}


def test_a_learned_alias_geocodes_the_next_article(sample, editor):
    mention = mention_of(sample, "hatla")
    mayadin = Place.objects.get(slug="al-mayadin")
    batch = review.repoint(mention, mayadin, editor, alias=mention.surface)
    assert PlaceName.objects.filter(place=mayadin, learned=True, name=mention.surface)
    assert sample.pk in batch.article_ids
    later = make_article(
        body=f"قصف مدفعي على {mention.surface} أمس.", published="2018-03-02", title="n"
    )
    ingest.process_article(later)
    assert later.mentions.get(surface=mention.surface).place == mayadin
    assert set(later.events.values_list("place", flat=True)) == {mayadin.pk}


def test_learned_aliases_win_over_what_the_geoparser_chose(sample, editor):
    mention = mention_of(sample, "khasham")
    event = mention.events.first()
    mayadin = Place.objects.get(slug="al-mayadin")
    review.learn_alias(mayadin, mention.surface)
    counts = learning.apply_rules(sample)
    mention.refresh_from_db()
    assert counts["repointed"] >= 1
    assert (mention.place, mention.method, mention.review) == (
        mayadin,
        "learned",
        "auto",
    )
    event.refresh_from_db()
    assert (event.place, event.point) == (mayadin, mayadin.point)


def test_a_not_a_place_rule_stops_the_wording_in_other_articles(geodata, editor):
    first = make_article(body="نشرت صحيفة الفرات خبراً أمس.", published="2018-10-02")
    ingest.process_article(first)
    wrong = first.mentions.get(place__slug="euphrates")
    review.reject(wrong, editor, phrase="صحيفة الفرات")
    assert NotAPlace.objects.filter(phrase="صحيفة الفرات").exists()
    later = make_article(
        body="نقلت صحيفه الفرات عن مصادر اشتباكات قرب نهر الفرات.",
        published="2018-10-03",
    )
    ingest.process_article(later)
    by_rule = later.mentions.get(review="rejected")
    assert (by_rule.surface, by_rule.reviewed_by) == ("الفرات", None)
    assert later.mentions.get(review="auto").surface == "نهر الفرات"


def test_a_rejection_phrase_must_hold_the_name(sample, editor):
    mention = mention_of(sample, "khasham")
    with pytest.raises(review.CorrectionError, match="must contain"):
        review.reject(mention, editor, phrase="something else")


def test_rejecting_removes_the_events_for_good(sample, editor):
    mention = mention_of(sample, "hatla")
    assert mention.events.exists()
    review.reject(mention, editor)
    ingest.process_article(sample)
    assert not Event.objects.filter(mention=mention).exists()
    assert Mention.objects.get(pk=mention.pk).review == "rejected"


def test_a_new_place_is_created_and_pointed_to(sample, editor):
    mention = mention_of(sample, "al-dahla")
    place = review.create_place(
        name="Dahla Farms", name_ar="مزارع الدحلة", kind="village", lat=35.41, lon=40.2
    )
    review.repoint(mention, place, editor)
    assert place.slug == "dahla-farms"
    assert set(place.names.values_list("name", flat=True)) == {
        "Dahla Farms", "مزارع الدحلة",
    }  # fmt: skip
    assert set(mention.events.values_list("place", flat=True)) == {place.pk}
    with pytest.raises(review.CorrectionError):
        review.create_place(name="", name_ar="", kind="village", lat=1, lon=1)


def test_a_fixed_event_is_kept_when_the_article_is_read_again(sample, editor):
    event = sample.events.filter(sub_type="displacement").first()
    day = datetime.date(2018, 2, 6)
    review.fix_event(
        event, date_start=day, date_end=day, sub_type="armed_clash",
        event_type="battles", place=None,
    )  # fmt: skip
    ingest.process_article(sample)
    kept = Event.objects.get(pk=event.pk)
    assert (kept.manual, kept.sub_type, kept.date_start) == (True, "armed_clash", day)
    assert kept.history.count() == 2


def test_a_river_confirmed_still_only_locates_its_event(sample, editor):
    river = sample.mentions.filter(place__slug="euphrates", events__isnull=False)
    mention = river.distinct().get()
    governorate = Place.objects.get(slug="deir-ez-zor-governorate")
    assert set(mention.events.values_list("place", flat=True)) == {governorate.pk}
    review.confirm(mention, editor)
    ingest.process_article(sample)
    mention.refresh_from_db()
    assert set(mention.events.values_list("place", flat=True)) == {governorate.pk}
    khasham = Place.objects.get(slug="khasham")
    review.repoint(mention, khasham, editor)
    assert set(mention.events.values_list("place", flat=True)) == {khasham.pk}
