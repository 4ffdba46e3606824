from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from leaflet.admin import LeafletGeoAdmin
from simple_history.admin import SimpleHistoryAdmin

from . import ingest
from .forms import ArticleAdminForm
from .models import (
    Article,
    ControlArea,
    Event,
    Mention,
    NotAPlace,
    Place,
    PlaceName,
    Reenrichment,
    ReferenceLine,
)


class PlaceNameInline(admin.TabularInline):
    model = PlaceName
    fields = ["name", "language", "key"]
    readonly_fields = ["key"]
    extra = 1


# Sources and article links are web addresses; say so rather than rely on a default
# that changes in Django 6.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Place)
class PlaceAdmin(SimpleHistoryAdmin, LeafletGeoAdmin):
    formfield_overrides = URL_FIELDS
    list_display = ["name", "name_ar", "kind", "bank", "in_region", "parent"]
    list_filter = ["kind", "bank", "in_region"]
    search_fields = ["name", "name_ar", "names__name", "slug"]
    inlines = [PlaceNameInline]
    raw_id_fields = ["parent"]


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ["surface", "start", "end", "place", "role", "confidence", "review"]
    readonly_fields = ["surface", "start", "end", "role", "confidence"]
    raw_id_fields = ["place"]
    extra = 0
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleAdminForm
    formfield_overrides = URL_FIELDS
    list_display = [
        "__str__", "language", "published", "status", "attempts", "created", "review",
    ]  # fmt: skip
    list_filter = ["status", "language", "outlet"]
    search_fields = ["title", "body", "url"]
    readonly_fields = ["status", "error", "attempts", "enriched_at", "content_hash"]
    fields = [
        "title",
        "body",
        "language",
        "outlet",
        "url",
        "published",
        *readonly_fields,
    ]
    inlines = [MentionInline]
    actions = ["re_enrich"]

    @admin.display(description="Review")
    def review(self, article: Article) -> str:
        return review_link(article.pk)

    def save_model(self, request: HttpRequest, obj: Article, form, change) -> None:
        super().save_model(request, obj, form, change)
        ingest.enqueue(obj)

    @admin.action(description="Re-run enrichment on the worker")
    def re_enrich(self, request: HttpRequest, queryset: QuerySet[Article]) -> None:
        for article in queryset:
            ingest.enqueue(article)
        self.message_user(
            request, f"{queryset.count()} article(s) queued.", messages.INFO
        )


@admin.register(Mention)
class MentionAdmin(SimpleHistoryAdmin):
    list_display = [
        "surface",
        "place",
        "role",
        "confidence",
        "method",
        "review",
        "article",
        "review_page",
    ]
    list_filter = ["review", "method", "role", "place__in_region"]

    @admin.display(description="Review page")
    def review_page(self, mention: Mention) -> str:
        return review_link(mention.article_id, f"#mention-{mention.pk}")

    search_fields = ["surface", "place__name", "place__name_ar"]
    raw_id_fields = ["article", "place"]
    readonly_fields = ["candidates", "reviewed_by", "reviewed_at"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin, LeafletGeoAdmin):
    list_display = [
        "sub_type",
        "event_type",
        "place",
        "date_start",
        "date_end",
        "article",
    ]
    list_filter = ["event_type", "sub_type", "date_precision", "manual"]
    search_fields = ["excerpt", "place__name", "place__name_ar"]
    date_hierarchy = "date_start"
    raw_id_fields = ["article", "mention", "place"]
    readonly_fields = ["why"]


@admin.register(ControlArea)
class ControlAreaAdmin(SimpleHistoryAdmin, LeafletGeoAdmin):
    list_display = ["__str__", "controller", "valid_from", "valid_to"]
    list_filter = ["controller"]


@admin.register(ReferenceLine)
class ReferenceLineAdmin(SimpleHistoryAdmin, LeafletGeoAdmin):
    list_display = ["name", "kind", "valid_from", "valid_to"]
    list_filter = ["kind"]


def review_link(article_id: int, anchor: str = "") -> str:
    url = reverse("review-article", args=[article_id])
    return format_html('<a href="{}{}">Review</a>', url, anchor)


@admin.register(NotAPlace)
class NotAPlaceAdmin(SimpleHistoryAdmin):
    list_display = ["phrase", "created_by", "created"]
    search_fields = ["phrase"]
    readonly_fields = ["key", "created_by", "created"]


@admin.register(Reenrichment)
class ReenrichmentAdmin(admin.ModelAdmin):
    list_display = ["reason", "created_by", "created", "progress_text"]
    readonly_fields = ["reason", "article_ids", "created_by", "created"]

    @admin.display(description="Progress")
    def progress_text(self, batch: Reenrichment) -> str:
        p = batch.progress()
        return f"{p['done']} of {p['total']} enriched"
