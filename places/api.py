"""GeoJSON endpoints for the map and the timeline."""

import json
from functools import cache
from pathlib import Path

from django.db.models import Count
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import serializers
from .filters import ControlAreaFilter, EventFilter, ReferenceLineFilter
from .models import ControlArea, Event, Place, ReferenceLine

DATA_DIR = Path(__file__).resolve().parent / "data"
MAX_EVENTS = 20_000


class EventList(generics.ListAPIView):
    """Events whose dates overlap [start, end], inside bbox, of the given types."""

    serializer_class = serializers.EventSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = EventFilter
    queryset = Event.objects.select_related("place", "article")

    def filter_queryset(self, queryset):
        return super().filter_queryset(queryset)[:MAX_EVENTS]


class ControlAreaList(generics.ListAPIView):
    serializer_class = serializers.ControlAreaSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = ControlAreaFilter
    queryset = ControlArea.objects.all()


class ReferenceLineList(generics.ListAPIView):
    serializer_class = serializers.ReferenceLineSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = ReferenceLineFilter
    queryset = ReferenceLine.objects.all()


class PlaceList(generics.ListAPIView):
    serializer_class = serializers.PlaceSerializer
    queryset = Place.objects.filter(in_region=True).exclude(kind__in=["river"])


class Histogram(APIView):
    """Events per day and sub-type, for the bars above the timeline."""

    def get(self, request: Request) -> Response:
        filterset = EventFilter(request.query_params, queryset=Event.objects.all())
        if not filterset.is_valid():
            raise ValidationError(filterset.errors)
        rows = (
            filterset.qs.values("date_start", "sub_type")
            .annotate(n=Count("pk"))
            .order_by("date_start")
        )
        days: dict[str, dict] = {}
        for row in rows:
            day = days.setdefault(
                row["date_start"].isoformat(), {"count": 0, "by_type": {}}
            )
            day["count"] += row["n"]
            day["by_type"][row["sub_type"]] = row["n"]
        return Response({"days": [{"date": d, **v} for d, v in days.items()]})


class Basemap(APIView):
    """Country outlines drawn under everything, so the map works offline."""

    def get(self, request: Request) -> Response:
        return Response(basemap())


@cache
def basemap() -> dict:
    path = DATA_DIR / "basemap.geojson"
    if not path.exists():
        return {"type": "FeatureCollection", "features": []}
    return json.loads(path.read_text(encoding="utf-8"))
