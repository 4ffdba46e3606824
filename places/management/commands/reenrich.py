from django.core.management.base import BaseCommand, CommandError
from kombu.exceptions import OperationalError

from places import tasks
from places.models import Article


class Command(BaseCommand):
    help = (
        "Enrich every article again, e.g. after a gazetteer change: the worker "
        "queues --chunk articles at a time, each chunk behind the one before."
    )

    def add_arguments(self, parser):
        parser.add_argument("--chunk", type=int, default=500)

    def handle(self, *args, chunk, **options):
        if chunk < 1:
            raise CommandError("--chunk must be at least 1.")
        try:
            tasks.reenrich.delay(0, chunk)
        except (OperationalError, OSError) as exc:
            raise CommandError(f"The broker is unreachable: {exc}") from exc
        total = Article.objects.count()
        self.stdout.write(
            f"Re-enrichment of {total} article(s) started, {chunk} at a time."
        )
