"""A territory taken by force is a battle in ACLED's taxonomy (Government regains
territory, Non-state actor overtakes territory), not a strategic development."""

from django.db import migrations


def to_battles(apps, schema_editor):
    Event = apps.get_model("places", "Event")
    Event.objects.filter(
        sub_type="territory_change", event_type="strategic_developments"
    ).update(event_type="battles")


def to_strategic(apps, schema_editor):
    Event = apps.get_model("places", "Event")
    Event.objects.filter(sub_type="territory_change", event_type="battles").update(
        event_type="strategic_developments"
    )


class Migration(migrations.Migration):
    dependencies = [("places", "0006_event_why")]

    operations = [migrations.RunPython(to_battles, to_strategic)]
