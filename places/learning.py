"""What editors teach the geoparser: names that are not places, and learned aliases.

Applied to an article's stored mentions right after each enrichment, so the next
article with the same wording geocodes right without waiting for a new release.
"""

from django.db.models import QuerySet

from .models import Article, Event, Mention, NotAPlace, PlaceName
from .normalisation import normalise, normalise_name


def phrase_spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Original (start, end) spans of every occurrence of each normalised phrase."""
    norm = normalise(text)
    spans = []
    for phrase in phrases:
        at = norm.text.find(phrase)
        while phrase and at >= 0:
            spans.append(norm.original_span(at, at + len(phrase), text))
            at = norm.text.find(phrase, at + 1)
    return spans


def covered(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def learned_places() -> dict[str, int]:
    """Normalised learned alias -> the place an editor said it names."""
    rows = PlaceName.objects.filter(learned=True).order_by("pk")
    return dict(rows.values_list("key", "place_id"))


def apply_rules(article: Article) -> dict[str, int]:
    """Reject automatic mentions inside a not-a-place phrase; re-point learned names."""
    rules = list(NotAPlace.objects.values_list("key", flat=True))
    learned = learned_places()
    counts = {"rejected": 0, "repointed": 0}
    if not rules and not learned:  # the usual case: nothing taught yet
        return counts
    spans = phrase_spans(article.body, rules)
    for mention in article.mentions.filter(review=Mention.Review.AUTO):
        if covered(mention.start, mention.end, spans):
            reject_by_rule(mention)
            counts["rejected"] += 1
            continue
        place_id = learned.get(normalise_name(mention.surface))
        if place_id and place_id != mention.place_id:
            repoint_by_rule(mention, place_id)
            counts["repointed"] += 1
    return counts


def automatic_events(mention: Mention) -> QuerySet:
    return Event.objects.filter(mention=mention, manual=False)


def reject_by_rule(mention: Mention) -> None:
    """A rule's rejection: like an editor's, but with nobody named as reviewer."""
    automatic_events(mention).delete()
    mention.review = Mention.Review.REJECTED
    mention.save(update_fields=["review"])


def repoint_by_rule(mention: Mention, place_id: int) -> None:
    mention.place_id = place_id
    mention.method = Mention.Method.LEARNED
    mention.confidence = 1.0
    mention.save(update_fields=["place", "method", "confidence"])
    move_events(mention)


def move_events(mention: Mention) -> int:
    """Put the mention's automatic events at its (new) place."""
    if mention.place_id is None:
        return automatic_events(mention).delete()[0]
    place = mention.place
    return automatic_events(mention).update(place=place, point=place.point)
