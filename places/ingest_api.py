"""REST ingestion: POST one article or a list of them; read an article's progress.

Writing needs an account with the "add article" permission, by token
(`Authorization: Token <key>`, `manage.py drf_create_token <user>`) or by the
session of a logged-in user (with its CSRF token). Reading the map's API stays
public.
"""

import io

from django.conf import settings
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.authentication import SessionAuthentication, TokenAuthentication
from rest_framework.exceptions import APIException, ParseError
from rest_framework.generics import RetrieveAPIView
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import ingest
from .models import Article


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "too_large"


def too_large(limit: int) -> RequestTooLarge:
    return RequestTooLarge(
        f"The request is larger than {limit:,} bytes "
        "(CONFLICTMAP_MAX_UPLOAD_BYTES); send fewer or shorter articles."
    )


class LimitedJSONParser(JSONParser):
    """JSON, refused with 413 past CONFLICTMAP_MAX_UPLOAD_BYTES (read no further)."""

    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.CONFLICTMAP_MAX_UPLOAD_BYTES
        data = stream.read(limit + 1)
        if len(data) > limit:
            raise too_large(limit)
        return super().parse(io.BytesIO(data), media_type, parser_context)


class CanIngest(BasePermission):
    """A logged-in user allowed to add articles (staff with the permission)."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        user = request.user
        allowed = user and user.is_authenticated and user.has_perm("places.add_article")
        return bool(allowed)


class ArticleInSerializer(serializers.Serializer):
    """One article: plain text in `body`, or a web page or fragment in `html`."""

    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    body = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=False
    )
    html = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=False
    )
    url = serializers.URLField(required=False, allow_blank=True, max_length=1000)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    language = serializers.ChoiceField(
        choices=["ar", "en"], required=False, allow_blank=True
    )
    published = serializers.DateField(required=False, allow_null=True)


class OutcomeSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=["created", "duplicate", "rejected"])
    id = serializers.IntegerField(allow_null=True)
    language = serializers.CharField(required=False)
    article_status = serializers.CharField(required=False)
    reason = serializers.CharField(required=False)


class BatchSerializer(serializers.Serializer):
    created = serializers.IntegerField()
    duplicates = serializers.IntegerField()
    rejected = serializers.IntegerField()
    results = OutcomeSerializer(many=True)


class ArticleStatusSerializer(serializers.ModelSerializer):
    mentions = serializers.IntegerField(source="mentions.count", read_only=True)
    events = serializers.IntegerField(source="events.count", read_only=True)

    class Meta:
        model = Article
        fields = [
            "id", "title", "url", "outlet", "language", "published", "status",
            "error", "attempts", "created", "enriched_at", "mentions", "events",
        ]  # fmt: skip


class ArticleIngest(APIView):
    """Take in one article (an object) or many (a list of objects)."""

    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [CanIngest]
    parser_classes = [LimitedJSONParser]

    def initial(self, request: Request, *args, **kwargs) -> None:
        """Refuse an announced oversized body before anything reads it."""
        super().initial(request, *args, **kwargs)
        limit = settings.CONFLICTMAP_MAX_UPLOAD_BYTES
        length = request.META.get("CONTENT_LENGTH") or "0"
        if length.isdigit() and int(length) > limit:
            raise too_large(limit)

    @extend_schema(
        request=ArticleInSerializer,
        responses={
            201: OutcomeSerializer,
            200: OpenApiResponse(BatchSerializer, "a list was posted"),
            400: OutcomeSerializer,
            409: OpenApiResponse(OutcomeSerializer, "already stored"),
            413: OpenApiResponse(description="the request is too large"),
        },
        description="An object for one article, or a list of them (at most "
        "CONFLICTMAP_MAX_BATCH). Duplicates (same title and text, or same URL) are "
        "not stored twice; the language is detected unless given.",
    )
    def post(self, request: Request) -> Response:
        data = request.data
        if isinstance(data, list):
            return self.post_many(data)
        if not isinstance(data, dict):
            raise ParseError("Send a JSON object (one article) or a list of them.")
        outcome = take(data)
        code = {"created": 201, "duplicate": 409}.get(outcome["status"], 400)
        return Response(outcome, status=code)

    def post_many(self, items: list) -> Response:
        limit = settings.CONFLICTMAP_MAX_BATCH
        if not items:
            raise ParseError("The list is empty.")
        if len(items) > limit:
            raise ParseError(f"{len(items)} articles; at most {limit} per request.")
        results = []
        for index, item in enumerate(items):
            valid = isinstance(item, dict)
            outcome = take(item) if valid else rejected("Each item must be an object.")
            results.append({"index": index, **outcome})
        counts = {kind: sum(r["status"] == kind for r in results)
                  for kind in ("created", "duplicate", "rejected")}  # fmt: skip
        return Response({
            "created": counts["created"],
            "duplicates": counts["duplicate"],
            "rejected": counts["rejected"],
            "results": results,
        })  # fmt: skip


def take(item: dict) -> dict:
    """Validate and submit one article; the outcome as the API reports it."""
    serializer = ArticleInSerializer(data=item)
    if not serializer.is_valid():
        return {**rejected(first_error(serializer.errors)), "errors": serializer.errors}
    outcome = ingest.submit_record(serializer.validated_data)
    data = outcome.as_dict()
    if outcome.unsent:
        data["warning"] = ingest.BROKER_DOWN
    return data


def rejected(reason: str) -> dict:
    return {"status": "rejected", "id": None, "reason": reason}


def first_error(errors: dict) -> str:
    field, messages = next(iter(errors.items()))
    return f"{field}: {messages[0]}"


class ArticleProgress(RetrieveAPIView):
    """One article's progress: status, error, attempts, mentions and events found."""

    authentication_classes = [TokenAuthentication, SessionAuthentication]
    permission_classes = [CanIngest]
    serializer_class = ArticleStatusSerializer
    queryset = Article.objects.all()
