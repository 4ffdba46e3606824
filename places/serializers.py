"""GeoJSON shapes of the API: the one place where models become features."""

from rest_framework import serializers
from rest_framework_gis.serializers import GeoFeatureModelSerializer

from .models import ControlArea, Event, Place, ReferenceLine


class EventDetailSerializer(GeoFeatureModelSerializer):
    date = serializers.DateField(source="date_start")
    type = serializers.CharField(source="event_type")
    place = serializers.CharField(source="place.name", default=None)
    place_ar = serializers.CharField(source="place.name_ar", default=None)
    surface = serializers.CharField(source="mention.surface", default=None)
    highlight = serializers.SerializerMethodField()
    article_id = serializers.IntegerField()
    article_title = serializers.CharField(source="article.title")
    article_url = serializers.CharField(source="article.url")
    outlet = serializers.CharField(source="article.outlet")
    language = serializers.CharField(source="article.language")
    published = serializers.DateField(source="article.published")
    article_events = serializers.SerializerMethodField()

    class Meta:
        model = Event
        geo_field = "point"
        fields = [
            "id", "date", "date_end", "date_precision", "type", "sub_type", "actors",
            "fatalities", "place", "place_ar", "geo_precision", "excerpt", "surface",
            "highlight", "confidence", "article_id", "article_title", "article_url",
            "outlet", "language", "published", "article_events", "why",
        ]  # fmt: skip

    def get_highlight(self, event: Event) -> list[int] | None:
        """Where the place's name stands in the excerpt, to mark it."""
        surface = event.mention.surface if event.mention else ""
        at = event.excerpt.find(surface) if surface else -1
        return [at, at + len(surface)] if at >= 0 else None

    def get_article_events(self, event: Event) -> list[dict]:
        others = (
            event.article.events.exclude(pk=event.pk)
            .select_related("place")
            .order_by("date_start", "id")[:50]
        )
        return [
            {
                "id": e.pk,
                "date": e.date_start.isoformat(),
                "sub_type": e.sub_type,
                "place": e.place.name if e.place else None,
                "place_ar": e.place.name_ar if e.place else None,
            }
            for e in others
        ]


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
