from django.urls import path

from . import api, ingest_api, openapi, status, views

urlpatterns = [
    path("", views.map_page, name="map"),
    path("api/events/", api.EventList.as_view(), name="api-events"),
    path("api/events/<int:pk>/", api.EventDetail.as_view(), name="api-event"),
    path(
        "api/events/export.csv",
        api.EventExport.as_view(),
        {"fmt": "csv"},
        name="api-events-csv",
    ),
    path(
        "api/events/export.geojson",
        api.EventExport.as_view(),
        {"fmt": "geojson"},
        name="api-events-geojson",
    ),
    path("api/histogram/", api.Histogram.as_view(), name="api-histogram"),
    path("api/control-areas/", api.ControlAreaList.as_view(), name="api-control-areas"),
    path(
        "api/reference-lines/",
        api.ReferenceLineList.as_view(),
        name="api-reference-lines",
    ),
    path("api/places/", api.PlaceList.as_view(), name="api-places"),
    path("api/basemap/", api.Basemap.as_view(), name="api-basemap"),
    # Ingestion at scale and hardening (issue 6): ingestion API, status, schema.
    path("api/articles/", ingest_api.ArticleIngest.as_view(), name="api-articles"),
    path(
        "api/articles/<int:pk>/",
        ingest_api.ArticleProgress.as_view(),
        name="api-article",
    ),
    path("api/status/", status.StatusAPI.as_view(), name="api-status"),
    path("api/schema/", openapi.schema_view, name="api-schema"),
    path("status/", status.status_page, name="ingest-status"),
    path("status/retry/", status.retry_view, name="ingest-retry"),
]
