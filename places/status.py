"""Progress of ingestion for staff: an HTML page, a JSON API, retry buttons."""

import datetime

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Count, Min
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.permissions import IsAdminUser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import ingest
from .models import Article

FAILURES_SHOWN = 200
HOUR = datetime.timedelta(hours=1)


def summary(failures: int = FAILURES_SHOWN) -> dict:
    """Counts per status, throughput, the oldest wait and the latest failures."""
    now = timezone.now()
    counts = dict(
        Article.objects.values_list("status").annotate(n=Count("pk")).order_by()
    )
    pending = Article.objects.filter(status__in=["queued", "processing"])
    oldest = pending.aggregate(oldest=Min("updated"))["oldest"]
    waited = int((now - oldest).total_seconds()) if oldest else None
    failed = Article.objects.filter(status=Article.Status.FAILED).order_by("-updated")
    return {
        "counts": {s: counts.get(s, 0) for s in Article.Status.values},
        "total": sum(counts.values()),
        "enriched_last_hour": Article.objects.filter(
            enriched_at__gte=now - HOUR
        ).count(),
        "oldest_pending_seconds": waited,
        "unsent": pending.filter(error__startswith=ingest.BROKER_DOWN).count(),
        "failures": [
            failure(a)
            for a in failed.only("title", "error", "attempts", "updated")[:failures]
        ],
    }


def failure(article: Article) -> dict:
    return {
        "id": article.pk,
        "title": article.title,
        "error": article.error,
        "attempts": article.attempts,
        "updated": article.updated.isoformat(),
    }


def retry(article_id: int | None = None) -> int:
    """Queue failed articles again (one, or all of them); return how many."""
    failed = Article.objects.filter(status=Article.Status.FAILED)
    if article_id is not None:
        failed = failed.filter(pk=article_id)
    articles = list(failed.only("pk"))
    for article in articles:
        ingest.enqueue(article)
    return len(articles)


@staff_member_required
def status_page(request: HttpRequest) -> HttpResponse:
    """The status page; every text from an article is escaped by the template."""
    return render(request, "places/status.html", {"summary": summary()})


@staff_member_required
@require_POST
def retry_view(request: HttpRequest) -> HttpResponse:
    """Retry one failure (`article`) or all of them (`all`), then back to the page."""
    raw = request.POST.get("article", "")
    if raw.isdigit():
        count = retry(int(raw))
    elif "all" in request.POST:
        count = retry()
    else:
        messages.error(request, "Say which article to retry.")
        return HttpResponseRedirect(reverse("ingest-status"))
    messages.success(request, f"{count} article(s) queued again.")
    return HttpResponseRedirect(reverse("ingest-status"))


class StatusAPI(APIView):
    """The same figures as the status page, as JSON; POST retries failures."""

    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [IsAdminUser]

    @extend_schema(responses={200: {"type": "object"}})
    def get(self, request: Request) -> Response:
        return Response(summary())

    @extend_schema(
        request=inline_serializer(
            "Retry",
            {
                "article": serializers.IntegerField(required=False, min_value=1),
                "all": serializers.BooleanField(required=False),
            },
        ),
        responses={200: {"type": "object"}},
    )
    def post(self, request: Request) -> Response:
        data = request.data if isinstance(request.data, dict) else {}
        article = data.get("article")
        if isinstance(article, int) and not isinstance(article, bool):
            return Response({"queued": retry(article)})
        if data.get("all") is True:
            return Response({"queued": retry()})
        return Response(
            {"detail": 'Send {"article": <id>} or {"all": true}.'}, status=400
        )
