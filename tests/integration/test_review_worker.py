"""A correction that teaches the gazetteer is carried out by the real worker."""

import pytest
from django.contrib.auth.models import User

from places import ingest, review
from places.models import Article, Place

from ..base import load_geodata, wait_for

pytestmark = pytest.mark.worker


def enriched(*ids: int) -> bool:
    done = Article.objects.filter(pk__in=ids, status=Article.Status.ENRICHED)
    return done.count() == len(ids)


def test_a_learned_alias_re_enriches_the_articles_that_use_it(worker):
    load_geodata()
    editor = User.objects.create_user("ed")
    first, _ = ingest.submit(body="قصف مدفعي على حطلة أمس.", language="ar")
    second, _ = ingest.submit(body="نزوح من حطلة بعد اشتباكات عنيفة.", language="ar")
    assert wait_for(lambda: enriched(first.pk, second.pk), timeout=90)
    mention = first.mentions.get(surface="حطلة")
    mayadin = Place.objects.get(slug="al-mayadin")

    batch = review.repoint(mention, mayadin, editor, alias="حطلة")

    assert set(batch.article_ids) == {first.pk, second.pk}
    assert wait_for(lambda: batch.progress()["done"] == 2, timeout=90)
    moved = second.mentions.get(surface="حطلة")
    assert moved.place == mayadin
    assert set(second.events.values_list("place", flat=True)) == {mayadin.pk}
    kept = first.mentions.get(pk=mention.pk)
    assert (kept.review, kept.place) == ("corrected", mayadin)
