"""The review pages: thin views over review_queue (reading) and review (changing)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from . import review, review_queue
from .filters import places_named
from .models import Article, Event, Mention, Place, Reenrichment
from .review_forms import (
    EventFixForm,
    NewPlaceForm,
    QueueFilterForm,
    RejectForm,
    RepointForm,
)

can_view = permission_required("places.view_mention", raise_exception=True)
can_correct = permission_required("places.change_mention", raise_exception=True)


@login_required
@can_view
def queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    qs = review_queue.needing_review(filters)
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    rows = [(m, review_queue.reasons(m)) for m in page]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "counts": review_queue.counts(qs),
        "query": query.urlencode(),
    }
    return render(request, "places/review_queue.html", context)


@login_required
@can_view
def article_page(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article, pk=pk)
    mentions = list(
        article.mentions.select_related("place")
        .prefetch_related("events")
        .order_by("start")
    )
    events = list(article.events.select_related("place", "mention").order_by("pk"))
    places = candidate_places(mentions)
    panels = [
        (m, review_queue.reasons(m), choices(m, places), new_place_form(m))
        for m in mentions
    ]
    context = {
        "article": article,
        "segments": review_queue.segments(article.body, mentions),
        "panels": panels,
        "events": [(e, fix_form(e)) for e in events],
        "map_data": map_data(mentions, events, places),
        "batches": recent_batches(pk),
        "can_correct": request.user.has_perm("places.change_mention"),
    }
    return render(request, "places/review_article.html", context)


def fix_form(event: Event) -> EventFixForm:
    return EventFixForm(initial=EventFixForm.initial_for(event), prefix=f"e{event.pk}")


def recent_batches(article_id: int) -> list[Reenrichment]:
    return [b for b in Reenrichment.objects.all()[:20] if article_id in b.article_ids][
        :3
    ]


def place_json(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {
        "slug": place.slug, "name": place.name, "name_ar": place.name_ar,
        "lat": place.point.y, "lon": place.point.x, "in_region": place.in_region,
    }  # fmt: skip


def candidate_places(mentions: list[Mention]) -> dict[str, Place]:
    slugs = {c["place"] for m in mentions for c in m.candidates if c.get("place")}
    return {p.slug: p for p in Place.objects.filter(slug__in=slugs)}


def choices(mention: Mention, places: dict[str, Place]) -> list[tuple[Place, float]]:
    return [
        (places[c["place"]], c.get("score"))
        for c in mention.candidates
        if c.get("place") in places
    ]


def new_place_form(mention: Mention) -> NewPlaceForm:
    return NewPlaceForm(auto_id=f"np{mention.pk}_%s")


def map_data(
    mentions: list[Mention], events: list[Event], places: dict[str, Place]
) -> dict:
    return {
        "mentions": [
            {
                "id": m.pk, "surface": m.surface, "review": m.review,
                "place": place_json(m.place),
                "candidates": [
                    {**place_json(places[c["place"]]), "score": c.get("score")}
                    for c in m.candidates if c.get("place") in places
                ],
            }
            for m in mentions
        ],
        "events": [
            {"id": e.pk, "sub_type": e.sub_type, "date": e.date_start.isoformat(),
             "lat": e.point.y, "lon": e.point.x,
             "place": e.place.name if e.place else None}
            for e in events
        ],
    }  # fmt: skip


def back(mention_or_event, anchor: str) -> HttpResponse:
    url = reverse("review-article", args=[mention_or_event.article_id])
    return redirect(f"{url}#{anchor}")


def report(request: HttpRequest, text: str, batch: Reenrichment | None) -> None:
    if batch:
        text += f" {len(batch.article_ids)} article(s) sent back to the worker."
    messages.success(request, text)


@login_required
@can_correct
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_or_404(Mention, pk=pk)
    review.confirm(mention, request.user)
    messages.success(request, f"Confirmed “{mention.surface}”.")
    return back(mention, f"mention-{pk}")


@login_required
@can_correct
@require_POST
def reject(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_or_404(Mention, pk=pk)
    form = RejectForm(request.POST)
    try:
        phrase = form.cleaned_data["phrase"] if form.is_valid() else ""
        batch = review.reject(mention, request.user, phrase)
    except review.CorrectionError as exc:
        messages.error(request, str(exc))
    else:
        report(request, f"“{mention.surface}” is not a place here.", batch)
    return back(mention, f"mention-{pk}")


@login_required
@can_correct
@require_POST
def repoint(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_or_404(Mention, pk=pk)
    form = RepointForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose a place from the gazetteer.")
        return back(mention, f"mention-{pk}")
    place = form.cleaned_data["place"]
    try:
        batch = review.repoint(mention, place, request.user, form.cleaned_data["alias"])
    except review.CorrectionError as exc:
        messages.error(request, str(exc))
    else:
        report(request, f"“{mention.surface}” now points to {place.name}.", batch)
    return back(mention, f"mention-{pk}")


@login_required
@permission_required(
    ["places.change_mention", "places.add_place"], raise_exception=True
)
@require_POST
def new_place(request: HttpRequest, pk: int) -> HttpResponse:
    mention = get_object_or_404(Mention, pk=pk)
    form = NewPlaceForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, f"The new place was not created: {form.errors.as_text()}"
        )
        return back(mention, f"mention-{pk}")
    data = form.cleaned_data
    try:
        place = review.create_place(
            name=data["name"], name_ar=data["name_ar"], kind=data["kind"],
            lat=data["lat"], lon=data["lon"], source=data["source"],
        )  # fmt: skip
        alias = mention.surface if data["learn"] else ""
        batch = review.repoint(mention, place, request.user, alias)
    except review.CorrectionError as exc:
        messages.error(request, str(exc))
    else:
        report(
            request, f"New place {place.name} created for “{mention.surface}”.", batch
        )
    return back(mention, f"mention-{pk}")


@login_required
@permission_required("places.change_event", raise_exception=True)
@require_POST
def fix_event(request: HttpRequest, pk: int) -> HttpResponse:
    event = get_object_or_404(Event, pk=pk)
    form = EventFixForm(request.POST, prefix=f"e{pk}")
    if not form.is_valid():
        messages.error(request, f"The event was not changed: {form.errors.as_text()}")
        return back(event, f"event-{pk}")
    data = form.cleaned_data
    review.fix_event(
        event, date_start=data["date_start"], date_end=data["date_end"],
        sub_type=data["sub_type"], event_type=data["event_type"], place=data["place"],
    )  # fmt: skip
    messages.success(
        request, f"Event {pk} saved; it is kept when the article is re-read."
    )
    return back(event, f"event-{pk}")


@login_required
@can_view
def progress(request: HttpRequest, pk: int) -> JsonResponse:
    return JsonResponse(get_object_or_404(Reenrichment, pk=pk).progress())


@login_required
@can_view
def place_search(request: HttpRequest) -> JsonResponse:
    """Any gazetteer entry by English or Arabic name, in or out of the region."""
    q = request.GET.get("q", "").strip()[:100]
    if len(q) < 2:
        return JsonResponse({"places": []})
    found = places_named(q).filter(~Q(kind="river"))[:20]
    return JsonResponse({"places": [place_json(p) | {"kind": p.kind} for p in found]})
