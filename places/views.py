import datetime

from django.conf import settings
from django.db.models import Max, Min
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from .events import ACTORS
from .models import Article, ControlArea, Event

# The time window the map opens with: 30 days up to the opening date.
WINDOW = datetime.timedelta(days=29)
ATTRIBUTION = (
    "Rivers: GSHHG/WDBII (LGPL) · Borders: © OpenStreetMap contributors (ODbL) · "
    "Governorate: Natural Earth"
)


def initial_date(first: datetime.date, last: datetime.date) -> datetime.date:
    """The day the map opens on: the last event inside the newest control snapshot.

    So a visitor first sees events together with the areas of control of their time.
    """
    snapshot = ControlArea.objects.order_by("-valid_from").first()
    if snapshot is None:
        return last
    in_snapshot = Event.objects.filter(date_start__gte=snapshot.valid_from)
    if snapshot.valid_to:
        in_snapshot = in_snapshot.filter(date_start__lte=snapshot.valid_to)
    day = in_snapshot.aggregate(day=Max("date_start"))["day"]
    return day if day and first <= day <= last else last


def map_page(request: HttpRequest) -> HttpResponse:
    """The public map: configuration goes to the page as JSON, data comes by API."""
    span = Event.objects.aggregate(first=Min("date_start"), last=Max("date_start"))
    first, last = span["first"], span["last"]
    opening = initial_date(first, last) if first else None
    leaflet = settings.LEAFLET_CONFIG
    tiles = leaflet.get("TILES") or []
    config = {
        "api": {
            "events": reverse("api-events"),
            "event": reverse("api-event", args=[0]),
            "exportCsv": reverse("api-events-csv"),
            "exportGeojson": reverse("api-events-geojson"),
            "histogram": reverse("api-histogram"),
            "controlAreas": reverse("api-control-areas"),
            "referenceLines": reverse("api-reference-lines"),
            "places": reverse("api-places"),
            "basemap": reverse("api-basemap"),
        },
        "center": list(leaflet["DEFAULT_CENTER"]),
        "zoom": leaflet["DEFAULT_ZOOM"],
        "attribution": ATTRIBUTION,
        "tilesUrl": tiles[0][1] if tiles else "",
        "today": timezone.localdate().isoformat(),
        "actors": sorted(ACTORS),
        "outlets": outlets(),
        "firstDate": first.isoformat() if first else None,
        "lastDate": last.isoformat() if last else None,
        "initialDate": opening.isoformat() if first else None,
        "initialFrom": max(first, opening - WINDOW).isoformat() if first else None,
    }
    return render(request, "places/map.html", {"config": config})


def outlets() -> list[str]:
    rows = Article.objects.exclude(outlet="").values_list("outlet", flat=True)
    return sorted(set(rows.distinct()[:200]))
