import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "conflictmap.settings")

app = Celery("conflictmap")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def periodic_tasks(sender: Celery, **kwargs) -> None:
    """What `celery beat` sends (one beat process for the whole team's workers).

    The sweeper re-sends articles stuck on their way; the feeds are polled.
    """
    from django.conf import settings

    sender.add_periodic_task(
        float(settings.CONFLICTMAP_SWEEP_EVERY),
        sender.signature("places.tasks.sweep_stuck"),
        name="sweep stuck articles",
    )
    sender.add_periodic_task(
        float(settings.CONFLICTMAP_FEEDS_EVERY),
        sender.signature("places.tasks.poll_feeds"),
        name="poll feeds",
    )
