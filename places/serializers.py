"""GeoJSON shapes of the API: the one place where models become features."""

from rest_framework import serializers
from rest_framework_gis.serializers import GeoFeatureModelSerializer

from .models import ControlArea, Event, Place, ReferenceLine


class EventSerializer(GeoFeatureModelSerializer):
    date = serializers.DateField(source="date_start")
    type = serializers.CharField(source="event_type")
    place = serializers.CharField(source="place.name", default=None)
    place_ar = serializers.CharField(source="place.name_ar", default=None)
    article_id = serializers.IntegerField()
    article_title = serializers.CharField(source="article.title")
    article_url = serializers.CharField(source="article.url")
    outlet = serializers.CharField(source="article.outlet")
    language = serializers.CharField(source="article.language")

    class Meta:
        model = Event
        geo_field = "point"
        fields = [
            "id", "date", "date_end", "date_precision", "type", "sub_type", "actors",
            "fatalities", "place", "place_ar", "geo_precision", "excerpt", "confidence",
            "article_id", "article_title", "article_url", "outlet", "language",
        ]  # fmt: skip


class ControlAreaSerializer(GeoFeatureModelSerializer):
    controller_label = serializers.CharField(source="get_controller_display")

    class Meta:
        model = ControlArea
        geo_field = "polygon"
        fields = [
            "id", "controller", "controller_label", "label", "valid_from", "valid_to",
            "source", "notes",
        ]  # fmt: skip


class ReferenceLineSerializer(GeoFeatureModelSerializer):
    class Meta:
        model = ReferenceLine
        geo_field = "geometry"
        fields = [
            "id", "slug", "name", "name_ar", "kind", "valid_from", "valid_to", "source",
        ]  # fmt: skip


class PlaceSerializer(GeoFeatureModelSerializer):
    class Meta:
        model = Place
        geo_field = "point"
        fields = ["id", "slug", "name", "name_ar", "kind", "bank", "in_region"]
