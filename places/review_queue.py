"""Which mentions need an editor first, and why; the article text cut at mentions."""

from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When

from .described import NOTE_HEAD
from .filters import places_named
from .models import Event, Mention

LOW_CONFIDENCE = 0.6
CLOSE_RUNNER_UP = 0.8  # runner-up score at least this share of the winner's


def close_runner_up(candidates: list[dict]) -> bool:
    scores = sorted((c.get("score") or 0 for c in candidates), reverse=True)
    if len(scores) < 2 or scores[0] <= 0:
        return False
    return scores[1] >= CLOSE_RUNNER_UP * scores[0]


# How an event's place or date was read when the text did not say it outright
# (the reasons ``Event.why`` gives): worth an editor's look.
INFERRED_PLACE = (
    "refers back",
    "nearest reference point",
    "the dateline",
    "told beside it in the clause",
    "next sentence",
    "the only place the report names",
    "only a river locates it",
    "the lead under the headline",
    "the city of the quarter",
)
INFERRED_DATE = ("publication date", "the day it was told", "latest date told")


def inferred(why: list[str]) -> list[str]:
    """Return which of an event's place and date were inferred, from its reasons."""
    place = " ".join(w for w in why if w.startswith("place:"))
    date = " ".join(w for w in why if w.startswith("date:"))
    found = []
    if any(words in place for words in INFERRED_PLACE):
        found.append("event place inferred")
    if any(words in date for words in INFERRED_DATE):
        found.append("event date inferred")
    return found


def reasons(mention: Mention) -> list[str]:
    """Why this mention is worth a look, most serious first."""
    found = []
    if mention.place_id is None:
        found.append("unresolved")
    elif not mention.place.in_region:
        found.append("out of region")
    elif mention.place.notes.startswith(NOTE_HEAD):
        found.append("place located from a description")
    if close_runner_up(mention.candidates):
        found.append("close runner-up")
    if mention.confidence < LOW_CONFIDENCE:
        found.append("low confidence")
    for event in mention.events.all():
        found += [r for r in inferred(event.why or []) if r not in found]
    return found


def needing_review(filters: dict) -> QuerySet:
    """Automatic mentions, unresolved first, then out-of-region, then least sure."""
    qs = (
        Mention.objects.filter(review=Mention.Review.AUTO)
        .select_related("article", "place")
        .prefetch_related("events")
    )
    if filters.get("article"):
        qs = qs.filter(article_id=filters["article"])
    if filters.get("place"):
        qs = qs.filter(
            Q(place__in=places_named(filters["place"]))
            | Q(surface__icontains=filters["place"])
        )
    if filters.get("language"):
        qs = qs.filter(article__language=filters["language"])
    if filters.get("published_from"):
        qs = qs.filter(article__published__gte=filters["published_from"])
    if filters.get("published_to"):
        qs = qs.filter(article__published__lte=filters["published_to"])
    need = Case(
        When(place__isnull=True, then=Value(0)),
        When(place__in_region=False, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return qs.annotate(need=need).order_by("need", "confidence", "article_id", "start")


def counts(qs: QuerySet) -> dict[str, int]:
    return {
        "to review": qs.count(),
        "unresolved": qs.filter(place__isnull=True).count(),
        "out of region": qs.filter(place__in_region=False).count(),
        "low confidence": qs.filter(confidence__lt=LOW_CONFIDENCE).count(),
        "places located from a description": qs.filter(
            place__notes__startswith=NOTE_HEAD
        ).count(),
        "events placed or dated by inference": sum(
            bool(inferred(why or []))
            for why in Event.objects.filter(mention__in=qs).values_list(
                "why", flat=True
            )
        ),
        "close runner-up": sum(
            close_runner_up(c)
            for c in qs.filter(method=Mention.Method.CONTEXT).values_list(
                "candidates", flat=True
            )
        ),
    }


@dataclass(frozen=True)
class Segment:
    text: str
    mention: Mention | None = None


def segments(body: str, mentions: list[Mention]) -> list[Segment]:
    """The text in pieces, each mention its own piece (overlaps keep the first)."""
    pieces, at = [], 0
    for mention in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if mention.start < at or mention.end > len(body):
            continue
        if mention.start > at:
            pieces.append(Segment(body[at : mention.start]))
        pieces.append(Segment(body[mention.start : mention.end], mention))
        at = mention.end
    if at < len(body):
        pieces.append(Segment(body[at:]))
    return pieces
