"""Gazetteer, articles and what enrichment finds in them."""

import datetime
import hashlib

from django.conf import settings
from django.contrib.gis.db import models
from django.db.models import Q
from simple_history.models import HistoricalRecords


class Place(models.Model):
    """A gazetteer entry: a named place with its geometry and where it comes from."""

    class Kind(models.TextChoices):
        GOVERNORATE = "governorate"
        DISTRICT = "district"
        SUBDISTRICT = "subdistrict"
        CITY = "city"
        TOWN = "town"
        VILLAGE = "village"
        NEIGHBOURHOOD = "neighbourhood"
        OIL_FIELD = "oil_field", "oil field"
        GAS_FIELD = "gas_field", "gas field"
        BASE = "base"
        AIRPORT = "airport"
        BRIDGE = "bridge"
        CROSSING = "crossing"
        RIVER = "river"
        DAM = "dam"
        REGION = "region"
        COUNTRY = "country"

    class Bank(models.TextChoices):
        EAST = "east"
        WEST = "west"
        NONE = "none"

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    name_ar = models.CharField("Arabic name", max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    geometry = models.GeometryField(srid=4326)
    point = models.PointField(srid=4326, help_text="Representative point.")
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    bank = models.CharField(max_length=5, choices=Bank.choices, default=Bank.NONE)
    in_region = models.BooleanField(default=True)
    geonames_id = models.PositiveIntegerField(null=True, blank=True)
    source = models.URLField(max_length=500, blank=True)
    notes = models.TextField(blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.name_ar})" if self.name_ar else self.name


class PlaceName(models.Model):
    """One way of writing a place's name, with the key the matcher uses."""

    class Language(models.TextChoices):
        ARABIC = "ar"
        ENGLISH = "en"

    place = models.ForeignKey(Place, on_delete=models.CASCADE, related_name="names")
    name = models.CharField(max_length=200)
    language = models.CharField(max_length=2, choices=Language.choices)
    key = models.CharField(max_length=200, db_index=True)
    learned = models.BooleanField(
        default=False,
        help_text="Added by an editor's correction; wins over other places' names.",
    )

    history = HistoricalRecords()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["key", "place"], name="unique_key_per_place"
            )
        ]

    def __str__(self) -> str:
        return self.name


class ArticleQuerySet(models.QuerySet):
    def pending(self) -> "ArticleQuerySet":
        """Articles without a finished enrichment; enriching again is harmless."""
        return self.exclude(status=Article.Status.ENRICHED)


class Article(models.Model):
    """A report as ingested; its text is untrusted and is only ever shown escaped."""

    class Status(models.TextChoices):
        QUEUED = "queued"
        PROCESSING = "processing"
        ENRICHED = "enriched"
        FAILED = "failed"

    class Language(models.TextChoices):
        ARABIC = "ar"
        ENGLISH = "en"

    title = models.CharField(max_length=500, blank=True)
    body = models.TextField()
    language = models.CharField(max_length=2, choices=Language.choices, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True, db_index=True)
    published = models.DateField(null=True, blank=True)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.QUEUED, db_index=True
    )
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    enriched_at = models.DateTimeField(null=True, blank=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published", "-created"]

    def __str__(self) -> str:
        return self.title or f"Article {self.pk}"

    @staticmethod
    def hash_text(title: str, body: str) -> str:
        return hashlib.sha256(f"{title.strip()}\n{body.strip()}".encode()).hexdigest()

    def save(self, *args, **kwargs) -> None:
        self.content_hash = self.hash_text(self.title, self.body)
        super().save(*args, **kwargs)


class Mention(models.Model):
    """A place name found in an article and the gazetteer entry it was resolved to."""

    class Method(models.TextChoices):
        EXACT = "exact"
        FUZZY = "fuzzy", "fuzzy (unseen spelling)"
        CONTEXT = "context"
        AREA = "area", "area named after a town"
        MANUAL = "manual"
        LEARNED = "learned", "learned from a correction"

    class Review(models.TextChoices):
        AUTO = "auto"
        CONFIRMED = "confirmed"
        CORRECTED = "corrected"
        REJECTED = "rejected"

    class Role(models.TextChoices):
        SITE = "site"
        TARGET = "target", "target (struck or attacked)"
        ORIGIN = "origin", "origin of fire"
        DESTINATION = "destination", "destination (fled or moved to)"
        REFERENCE = "reference", "reference point"
        MENTIONED = "mentioned"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="mentions"
    )
    surface = models.CharField(max_length=200)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    sentence = models.TextField(blank=True)
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions"
    )
    candidates = models.JSONField(default=list, blank=True)
    confidence = models.FloatField(default=0)
    method = models.CharField(
        max_length=10, choices=Method.choices, default=Method.EXACT
    )
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.MENTIONED)
    review = models.CharField(
        max_length=10, choices=Review.choices, default=Review.AUTO, db_index=True
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=models.F("start")), name="span")
        ]

    def __str__(self) -> str:
        return self.surface


class EventQuerySet(models.QuerySet):
    def between(
        self, start: datetime.date | None, end: datetime.date | None
    ) -> "EventQuerySet":
        """Keep events whose date interval overlaps [start, end]."""
        qs = self
        if start:
            qs = qs.filter(date_end__gte=start)
        if end:
            qs = qs.filter(date_start__lte=end)
        return qs


class Event(models.Model):
    """Something that happened at a place on a date, as one sentence reports it."""

    class Type(models.TextChoices):
        BATTLES = "battles"
        EXPLOSIONS = "explosions", "explosions/remote violence"
        VIOLENCE_AGAINST_CIVILIANS = "violence_against_civilians"
        STRATEGIC_DEVELOPMENTS = "strategic_developments"
        DISPLACEMENT = "displacement"

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="events"
    )
    mention = models.ForeignKey(
        Mention, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    place = models.ForeignKey(
        Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    # Queries filter on the date interval overlapping the timeline's window.
    date_start = models.DateField(db_index=True)
    date_end = models.DateField(db_index=True)
    date_precision = models.CharField(max_length=12, default="day")
    event_type = models.CharField(max_length=30, choices=Type.choices)
    sub_type = models.CharField(max_length=30)
    actors = models.JSONField(default=list, blank=True)
    fatalities = models.PositiveIntegerField(null=True, blank=True)
    point = models.PointField(srid=4326)
    geo_precision = models.PositiveSmallIntegerField(default=1)
    excerpt = models.TextField(blank=True)
    confidence = models.FloatField(default=0)
    why = models.JSONField(
        default=list, blank=True, help_text="How its type, place and date were read."
    )
    manual = models.BooleanField(default=False, help_text="Kept when re-enriching.")

    objects = EventQuerySet.as_manager()

    history = HistoricalRecords()

    class Meta:
        ordering = ["date_start", "pk"]

    def __str__(self) -> str:
        return f"{self.sub_type} at {self.place} on {self.date_start}"


class ValidityQuerySet(models.QuerySet):
    def valid_on(self, day: datetime.date | None) -> "ValidityQuerySet":
        if day is None:
            return self
        return self.filter(
            Q(valid_from__isnull=True) | Q(valid_from__lte=day),
            Q(valid_to__isnull=True) | Q(valid_to__gte=day),
        )


class Dated(models.Model):
    """A geometry valid between two dates (open ends allowed), with its source."""

    valid_from = models.DateField(null=True, blank=True)
    valid_to = models.DateField(null=True, blank=True)
    source = models.TextField(blank=True)
    notes = models.TextField(blank=True)

    objects = ValidityQuerySet.as_manager()

    class Meta:
        abstract = True


class ControlArea(Dated):
    """Who held an area between two dates, as a cited source draws it."""

    class Controller(models.TextChoices):
        SDF = "sdf", "SDF"
        GOVERNMENT = "government", "Government and allies"
        ISIS = "isis", "ISIS"
        OTHER = "other"

    controller = models.CharField(max_length=12, choices=Controller.choices)
    label = models.CharField(max_length=200, blank=True)
    polygon = models.MultiPolygonField(srid=4326)

    history = HistoricalRecords()

    class Meta:
        ordering = ["valid_from", "controller"]

    def __str__(self) -> str:
        return self.label or self.get_controller_display()


class ReferenceLine(Dated):
    """A river, border or the deconfliction line, valid between two dates."""

    class Kind(models.TextChoices):
        RIVER = "river"
        BORDER = "border"
        DECONFLICTION = "deconfliction", "deconfliction line"

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    name_ar = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=15, choices=Kind.choices)
    geometry = models.MultiLineStringField(srid=4326)

    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "name"]

    def __str__(self) -> str:
        return self.name


class NotAPlace(models.Model):
    """An editor's rule: in this phrase, the name is not a place.

    The phrase holds the name and the words around it that make it a non-place
    ("قناة الميادين" is a TV channel, not al-Mayadin).
    """

    phrase = models.CharField(max_length=200, unique=True)
    key = models.CharField(max_length=200, db_index=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "not-a-place rule"

    def __str__(self) -> str:
        return self.phrase


class Reenrichment(models.Model):
    """Articles sent back to the worker after a correction changed the gazetteer."""

    reason = models.CharField(max_length=300)
    article_ids = models.JSONField(default=list)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.reason

    def progress(self) -> dict:
        done = Article.objects.filter(
            pk__in=self.article_ids,
            status=Article.Status.ENRICHED,
            enriched_at__gte=self.created,
        ).count()
        return {"id": self.pk, "total": len(self.article_ids), "done": done}
