from django.core.management.base import BaseCommand

from places import ingest
from places.models import Article


class Command(BaseCommand):
    help = (
        "Send every article that is not enriched yet (queued, processing or failed) "
        "to the worker again, e.g. after the broker was down or a worker died."
    )

    def handle(self, *args, **options):
        count = ingest.enqueue_pending()
        unsent = Article.objects.pending().filter(error__startswith=ingest.BROKER_DOWN)
        self.stdout.write(f"{count} article(s) sent to the worker.")
        if unsent.exists():
            self.stderr.write(
                f"{unsent.count()} could not be sent: the broker is unreachable."
            )
