"""Editors' corrections: confirm, reject, re-point, new places, event fixes.

Every correction is kept when the article is enriched again (ingest.store_results
keeps reviewed mentions and manual events); history records who changed what.
"""

import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.contrib.gis.geos import Point
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from . import ingest, learning
from .gazetteer_store import language
from .models import Article, Event, Mention, NotAPlace, Place, PlaceName, Reenrichment
from .normalisation import normalise_name


class CorrectionError(ValueError):
    """The correction cannot be made; the message says why."""


def _baseline(obj) -> None:
    """Give rows written in bulk a first history record, so a change can be reverted."""
    if not obj.history.exists():
        obj.save()


def _reviewed(mention: Mention, review: str, user: AbstractBaseUser) -> None:
    mention.review = review
    mention.reviewed_by = user
    mention.reviewed_at = timezone.now()


@transaction.atomic
def confirm(mention: Mention, user: AbstractBaseUser) -> Mention:
    _baseline(mention)
    _reviewed(mention, Mention.Review.CONFIRMED, user)
    mention.save()
    return mention


@transaction.atomic
def reject(
    mention: Mention, user: AbstractBaseUser, phrase: str = ""
) -> Reenrichment | None:
    """Not a place here; with a phrase, never a place in that phrase again."""
    _baseline(mention)
    _reviewed(mention, Mention.Review.REJECTED, user)
    mention.save()
    learning.automatic_events(mention).delete()
    phrase = phrase.strip()
    if not phrase:
        return None
    if mention.surface not in phrase:
        raise CorrectionError(f"The phrase must contain the name “{mention.surface}”.")
    NotAPlace.objects.get_or_create(
        phrase=phrase[:200],
        defaults={"key": normalise_name(phrase), "created_by": user},
    )
    return reenrich_containing(phrase, user, f"“{phrase}” is not a place")


@transaction.atomic
def repoint(
    mention: Mention, place: Place, user: AbstractBaseUser, alias: str = ""
) -> Reenrichment | None:
    """The mention names this place; with an alias, so does that wording elsewhere."""
    _baseline(mention)
    mention.place = place
    mention.method = Mention.Method.MANUAL
    _reviewed(mention, Mention.Review.CORRECTED, user)
    mention.save()
    learning.move_events(mention)
    alias = alias.strip()
    if not alias:
        return None
    learn_alias(place, alias)
    return reenrich_containing(alias, user, f"“{alias}” is {place.name}")


def learn_alias(place: Place, alias: str) -> PlaceName:
    key = normalise_name(alias)
    if not key:
        raise CorrectionError("The alias has no letters.")
    PlaceName.objects.filter(key=key, learned=True).exclude(place=place).delete()
    name, _ = PlaceName.objects.update_or_create(
        place=place,
        name=alias[:200],
        defaults={"language": language(alias), "key": key, "learned": True},
    )
    return name


def reenrich_containing(text: str, user: AbstractBaseUser, reason: str) -> Reenrichment:
    """Send every article that contains the text back to the worker."""
    ids = list(
        Article.objects.filter(body__contains=text).values_list("pk", flat=True)[:5000]
    )
    batch = Reenrichment.objects.create(
        reason=reason[:300], article_ids=ids, created_by=user
    )
    for article in Article.objects.filter(pk__in=ids):
        ingest.enqueue(article)
    return batch


@transaction.atomic
def create_place(
    *, name: str, name_ar: str, kind: str, lat: float, lon: float, source: str = ""
) -> Place:
    """A new gazetteer entry from the review map (in the region: it is on our map)."""
    if not (name.strip() or name_ar.strip()):
        raise CorrectionError("A new place needs an English or an Arabic name.")
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise CorrectionError("The point is not on Earth.")
    point = Point(lon, lat, srid=4326)
    slug = unique_slug(name or name_ar)
    place = Place.objects.create(
        slug=slug, name=(name or name_ar).strip()[:200], name_ar=name_ar.strip()[:200],
        kind=kind, geometry=point, point=point, source=source[:500],
        notes="Added by an editor from the review page.",
    )  # fmt: skip
    for alias in {name.strip(), name_ar.strip()} - {""}:
        PlaceName.objects.create(
            place=place, name=alias, language=language(alias), key=normalise_name(alias)
        )
    return place


def unique_slug(name: str) -> str:
    base = slugify(name, allow_unicode=False)[:70] or "place"
    slug, n = base, 1
    while Place.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


@transaction.atomic
def fix_event(
    event: Event,
    *,
    date_start: datetime.date,
    date_end: datetime.date,
    sub_type: str,
    event_type: str,
    place: Place | None,
) -> Event:
    """An editor's fix; the event becomes manual and survives re-enrichment."""
    if date_end < date_start:
        raise CorrectionError("The event cannot end before it starts.")
    _baseline(event)
    event.date_start, event.date_end = date_start, date_end
    event.sub_type, event.event_type = sub_type, event_type
    if place is not None:
        event.place, event.point = place, place.point
    event.manual = True
    event.save()
    return event
