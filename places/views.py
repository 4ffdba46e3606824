from django.db.models import Max, Min
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from .models import Event


def map_page(request: HttpRequest) -> HttpResponse:
    """The public map: configuration goes to the page as JSON, data comes by API."""
    span = Event.objects.aggregate(first=Min("date_start"), last=Max("date_end"))
    config = {
        "api": {
            "events": reverse("api-events"),
            "histogram": reverse("api-histogram"),
            "controlAreas": reverse("api-control-areas"),
            "referenceLines": reverse("api-reference-lines"),
            "places": reverse("api-places"),
            "basemap": reverse("api-basemap"),
        },
        "firstDate": span["first"].isoformat() if span["first"] else None,
        "lastDate": span["last"].isoformat() if span["last"] else None,
    }
    return render(request, "places/map.html", {"config": config})
