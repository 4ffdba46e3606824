import datetime

from django.conf import settings
from django.core.management.base import BaseCommand

from places import sweeper


class Command(BaseCommand):
    help = (
        "Send again every article stuck queued or processing for longer than "
        "--older-than seconds (default CONFLICTMAP_STUCK_AFTER). Celery beat runs "
        "this every CONFLICTMAP_SWEEP_EVERY seconds."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=float, default=settings.CONFLICTMAP_STUCK_AFTER
        )

    def handle(self, *args, older_than, **options):
        result = sweeper.sweep(datetime.timedelta(seconds=older_than))
        self.stdout.write(
            f"{result.resent} stuck article(s) sent again; {result.waiting} queued "
            "behind a non-empty queue left to wait."
        )
        if result.unsent:
            self.stderr.write(
                f"{result.unsent} could not be sent: the broker is unreachable."
            )
