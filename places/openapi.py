"""The OpenAPI schema (drf-spectacular) at /api/schema/, complete for every view.

The event views read their parameters through EventFilter by hand, so the schema
is told about that filter set here, without touching the views themselves.
"""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.extensions import OpenApiViewExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_field
from drf_spectacular.views import SpectacularAPIView

from .filters import BBoxFilter, EventFilter
from .models import Event

OBJECT = {200: {"type": "object", "additionalProperties": True}}
BAD_PARAMETER = {400: {"type": "object", "additionalProperties": True}}

# bbox is a plain string parameter ("min_lon,min_lat,max_lon,max_lat"); this only
# annotates the filter class for drf-spectacular and changes nothing else.
extend_schema_field(OpenApiTypes.STR)(BBoxFilter)


def filtered_view(view: type, responses: dict, operation: str | None = None) -> type:
    """A stand-in of an event view that declares EventFilter's parameters."""

    class Described(view):
        filter_backends = [DjangoFilterBackend]
        filterset_class = EventFilter
        queryset = Event.objects.none()

        def get_queryset(self):  # pragma: no cover - schema only
            return Event.objects.none()

        @extend_schema(
            responses={**responses, **BAD_PARAMETER},
            operation_id=operation,
            filters=True,
        )
        def get(self, request, *args, **kwargs):  # pragma: no cover - schema only
            return super().get(request, *args, **kwargs)

    Described.__name__ = view.__name__
    Described.__doc__ = view.__doc__
    return Described


class EventListSchema(OpenApiViewExtension):
    target_class = "places.api.EventList"

    def view_replacement(self) -> type:
        return filtered_view(self.target_class, OBJECT, "events_list")


class HistogramSchema(OpenApiViewExtension):
    target_class = "places.api.Histogram"

    def view_replacement(self) -> type:
        return filtered_view(self.target_class, OBJECT)


class EventExportSchema(OpenApiViewExtension):
    target_class = "places.api.EventExport"

    def view_replacement(self) -> type:
        return filtered_view(self.target_class, {200: {"type": "string"}})


class BasemapSchema(OpenApiViewExtension):
    target_class = "places.api.Basemap"

    def view_replacement(self) -> type:
        class Described(self.target_class):
            @extend_schema(responses=OBJECT)
            def get(self, request, *args, **kwargs):  # pragma: no cover
                return super().get(request, *args, **kwargs)

        return Described


schema_view = SpectacularAPIView.as_view()
