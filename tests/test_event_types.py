"""Event types are ACLED's: a territory taken by force is a battle."""

import importlib

from django.apps import apps

from places import ingest
from places.models import Event

from .base import make_article

MIGRATION = importlib.import_module(
    "places.migrations.0007_territory_change_is_a_battle"
)


def test_a_town_captured_is_stored_as_a_battle(geodata):
    article = make_article(
        body="Government forces captured the town of al-Mayadin on Saturday.",
        published="2017-10-15",
    )
    ingest.process_article(article)
    (event,) = Event.objects.filter(article=article)
    assert (event.event_type, event.sub_type) == ("battles", "territory_change")


def test_captures_stored_before_become_battles_and_back(geodata):
    article = make_article(
        body="Government forces captured the town of al-Mayadin on Saturday.",
        published="2017-10-15",
    )
    ingest.process_article(article)
    Event.objects.update(event_type="strategic_developments")
    MIGRATION.to_battles(apps, None)
    assert set(Event.objects.values_list("event_type", flat=True)) == {"battles"}
    MIGRATION.to_strategic(apps, None)
    assert set(Event.objects.values_list("event_type", flat=True)) == {
        "strategic_developments"
    }
