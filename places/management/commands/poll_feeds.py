from django.core.management.base import BaseCommand, CommandError

from places import feeds


class Command(BaseCommand):
    help = (
        "Poll the configured feeds (CONFLICTMAP_FEEDS, CONFLICTMAP_FEEDS_FILE) or "
        "the URLs given, now, in this process; Celery beat does it on a schedule."
    )

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="*")
        parser.add_argument("--outlet", default="")
        parser.add_argument("--lang", choices=["ar", "en"], default="")

    def handle(self, *args, urls, outlet, lang, **options):
        sources = [feeds.FeedSource(u, outlet, lang) for u in urls]
        sources = sources or feeds.configured_feeds()
        if not sources:
            raise CommandError("No feeds: set CONFLICTMAP_FEEDS or give URLs.")
        failed = 0
        for source in sources:
            try:
                result = feeds.poll(source)
            except feeds.FetchError as exc:
                failed += 1
                self.stderr.write(str(exc))
                continue
            self.stdout.write(
                f"{source.url}: {result.created} new, {result.seen} already stored, "
                f"{len(result.failed)} refused"
            )
            for line in result.failed:
                self.stderr.write(f"  {line}")
        if failed:
            raise CommandError(f"{failed} of {len(sources)} feed(s) not read.")
