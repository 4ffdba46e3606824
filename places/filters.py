"""Query parameters of the API, validated: a bad value is a 400 with a message."""

import django_filters
from django import forms
from django.contrib.gis.geos import Polygon
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet

from .models import ControlArea, Event, Place, ReferenceLine
from .normalisation import normalise_name

# Events are drawn over the region; a box larger than this is a mistake.
MAX_BBOX_DEGREES = 60


def parse_bbox(value: str) -> Polygon:
    """Return a polygon for "min_lon,min_lat,max_lon,max_lat"."""
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ValidationError(
            "bbox must be four numbers: min_lon,min_lat,max_lon,max_lat."
        ) from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise ValidationError("bbox must have min < max within -180..180 and -90..90.")
    if east - west > MAX_BBOX_DEGREES or north - south > MAX_BBOX_DEGREES:
        raise ValidationError(f"bbox may span at most {MAX_BBOX_DEGREES} degrees.")
    return Polygon.from_bbox((west, south, east, north))


class BBoxField(forms.CharField):
    def clean(self, value: str | None) -> Polygon | None:
        value = super().clean(value)
        return parse_bbox(value) if value else None


class BBoxFilter(django_filters.Filter):
    field_class = BBoxField

    def filter(self, qs: QuerySet, value: Polygon | None) -> QuerySet:
        return qs.filter(point__intersects=value) if value else qs


class CommaListFilter(django_filters.BaseInFilter, django_filters.CharFilter):
    pass


class EventFilter(django_filters.FilterSet):
    start = django_filters.DateFilter(method="filter_start", label="From (YYYY-MM-DD)")
    end = django_filters.DateFilter(method="filter_end", label="To (YYYY-MM-DD)")
    bbox = BBoxFilter(label="min_lon,min_lat,max_lon,max_lat")
    type = CommaListFilter(
        field_name="event_type", label="Event types, comma separated"
    )
    sub_type = CommaListFilter(
        field_name="sub_type", label="Sub-types, comma separated"
    )
    actor = CommaListFilter(method="filter_actor", label="Actors, comma separated")
    language = django_filters.ChoiceFilter(
        field_name="article__language", choices=[("ar", "ar"), ("en", "en")]
    )
    outlet = CommaListFilter(
        field_name="article__outlet", label="Sources (outlets), comma separated"
    )
    place = django_filters.CharFilter(
        method="filter_place", label="Place name (English or Arabic)", max_length=100
    )
    article = django_filters.NumberFilter(field_name="article_id", min_value=1)

    class Meta:
        model = Event
        fields = [
            "start", "end", "bbox", "type", "sub_type", "actor", "language",
            "outlet", "place", "article",
        ]  # fmt: skip

    def filter_start(self, qs: QuerySet, name: str, value) -> QuerySet:
        return qs.between(value, None)

    def filter_end(self, qs: QuerySet, name: str, value) -> QuerySet:
        return qs.between(None, value)

    def filter_actor(self, qs: QuerySet, name: str, value: list[str]) -> QuerySet:
        # Actors are a JSON list; matching the quoted name works on SQLite and PostGIS.
        match = Q()
        for actor in value:
            match |= Q(actors__icontains=f'"{actor}"')
        return qs.filter(match)

    def filter_place(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(place__in=places_named(value))


def places_named(text: str) -> QuerySet:
    """Places whose English or Arabic name, or any alias, contains the text."""
    text = text.strip()
    key = normalise_name(text)
    return Place.objects.filter(
        Q(name__icontains=text)
        | Q(name_ar__icontains=text)
        | Q(names__key__icontains=key or text)
    ).distinct()


class PlaceFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="filter_q", label="Name (English or Arabic)", max_length=100
    )

    class Meta:
        model = Place
        fields = ["q", "kind"]

    def filter_q(self, qs: QuerySet, name: str, value: str) -> QuerySet:
        return qs.filter(pk__in=places_named(value).values("pk"))


class ValidOnFilter(django_filters.FilterSet):
    date = django_filters.DateFilter(
        method="filter_date", label="Valid on (YYYY-MM-DD)"
    )

    def filter_date(self, qs: QuerySet, name: str, value) -> QuerySet:
        return qs.valid_on(value)


class ControlAreaFilter(ValidOnFilter):
    class Meta:
        model = ControlArea
        fields = ["date", "controller"]


class ReferenceLineFilter(ValidOnFilter):
    class Meta:
        model = ReferenceLine
        fields = ["date", "kind"]
