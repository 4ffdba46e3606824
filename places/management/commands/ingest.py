import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from places import ingest

BROKER_HELP = (
    "the task queue (broker) is unreachable. They are stored as queued; start the "
    "broker, then run `manage.py enqueue_pending`."
)


class Command(BaseCommand):
    help = "Save article text files and queue their enrichment on the worker."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path)
        parser.add_argument("--published", type=datetime.date.fromisoformat)
        parser.add_argument("--lang", choices=["ar", "en"], default="")
        parser.add_argument("--title", default="", help="Default: the first line.")
        parser.add_argument("--outlet", default="")
        parser.add_argument("--url", default="")

    def handle(self, *args, files, published, lang, title, outlet, url, **options):
        failed = unsent = 0
        for path in files:
            try:
                article, created = ingest.submit(
                    title=title or first_line(path),
                    body=read_text(path),
                    published=published,
                    language=lang,
                    outlet=outlet,
                    url=url,
                )
            except (CommandError, ingest.RejectedArticle) as exc:
                failed += 1
                self.stderr.write(f"{path}: {exc}")
                continue
            article.refresh_from_db()
            verb = "queued as" if created else "already stored as"
            self.stdout.write(f"{path}: {verb} article {article.pk} ({article.status})")
            if article.error.startswith(ingest.BROKER_DOWN):
                unsent += 1
        if unsent:
            self.stderr.write(f"{unsent} article(s) saved but not sent: {BROKER_HELP}")
        if failed or unsent:
            raise CommandError(
                f"{failed} of {len(files)} file(s) not ingested; {unsent} not queued."
            )


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CommandError(
            f"not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from exc
    except OSError as exc:
        raise CommandError(exc.strerror or str(exc)) from exc


def first_line(path: Path) -> str:
    try:
        lines = read_text(path).splitlines()
    except CommandError:
        return ""
    return next((line.strip() for line in lines if line.strip()), "")[:500]
