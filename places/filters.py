"""Query parameters of the API, validated: a bad value is a 400 with a message."""

import django_filters
from django import forms
from django.contrib.gis.geos import Polygon
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from .models import ControlArea, Event, ReferenceLine

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
    article = django_filters.NumberFilter(field_name="article_id")

    class Meta:
        model = Event
        fields = ["start", "end", "bbox", "type", "sub_type", "article"]

    def filter_start(self, qs: QuerySet, name: str, value) -> QuerySet:
        return qs.between(value, None)

    def filter_end(self, qs: QuerySet, name: str, value) -> QuerySet:
        return qs.between(None, value)


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
