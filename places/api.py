"""GeoJSON endpoints for the map and the timeline."""

import json
from functools import cache
from pathlib import Path

from django.db.models import Count, QuerySet
from django.http import StreamingHttpResponse
from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import generics
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import export, serializers
from .filters import ControlAreaFilter, EventFilter, PlaceFilter, ReferenceLineFilter
from .models import ControlArea, Event, Place, ReferenceLine

DATA_DIR = Path(__file__).resolve().parent / "data"
MAX_EVENTS = 20_000


def filtered_events(request: Request) -> QuerySet:
    """Events matching the query parameters; a bad parameter is a 400."""
    filterset = EventFilter(request.query_params, queryset=Event.objects.all())
    if not filterset.is_valid():
        raise ValidationError(filterset.errors)
    return filterset.qs


class EventList(APIView):
    """Events whose dates overlap [start, end], filtered; lean, for drawing markers.

    At most MAX_EVENTS come back, oldest first; "total" and "truncated" say if
    more matched.
    """

    def get(self, request: Request) -> Response:
        qs = filtered_events(request)
        features = export.lean_features(qs, MAX_EVENTS)
        total = len(features) if len(features) < MAX_EVENTS else qs.count()
        return Response({
            "type": "FeatureCollection",
            "total": total,
            "truncated": total > len(features),
            "features": features,
        })  # fmt: skip


class EventDetail(generics.RetrieveAPIView):
    """One event with its story: the sentence, the article and its other events."""

    serializer_class = serializers.EventDetailSerializer
    queryset = Event.objects.select_related("place", "article", "mention")


class EventExport(APIView):
    """The filtered events as a CSV or GeoJSON download, every field."""

    def get(self, request: Request, fmt: str) -> StreamingHttpResponse:
        rows = export.events_for_export(filtered_events(request))
        if fmt == "csv":
            body, kind = export.csv_lines(rows), "text/csv; charset=utf-8"
        else:
            body, kind = export.geojson_chunks(rows), "application/geo+json"
        response = StreamingHttpResponse(body, content_type=kind)
        response["Content-Disposition"] = f'attachment; filename="events.{fmt}"'
        return response


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
    """In-region places; `q` searches English and Arabic names and aliases."""

    serializer_class = serializers.PlaceSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = PlaceFilter
    queryset = Place.objects.filter(in_region=True).exclude(kind__in=["river"])


class Histogram(APIView):
    """Events per day and sub-type, for the bars above the timeline."""

    def get(self, request: Request) -> Response:
        rows = (
            filtered_events(request)
            .values("date_start", "sub_type")
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
