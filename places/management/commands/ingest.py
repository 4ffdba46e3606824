"""`manage.py ingest`: files, folders, JSON, JSONL and CSV in; articles queued."""

import csv
import datetime
import json
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from places import extract, ingest

BROKER_HELP = (
    "the task queue (broker) is unreachable. They are stored as queued; start the "
    "broker, then run `manage.py enqueue_pending`."
)
TEXT = {".txt", ".text", ".md", ""}
HTML = {".html", ".htm", ".xhtml"}
RECORDS = {".json", ".jsonl", ".ndjson", ".csv"}
FOLDER_SUFFIXES = TEXT | HTML | RECORDS

Item = tuple[str, dict | Exception]


class Command(BaseCommand):
    help = (
        "Save articles and queue their enrichment: text (.txt) and HTML (.html) "
        "files, folders of them, and records in .json (an object or a list), "
        ".jsonl and .csv files (fields: title, body or html, url, outlet, "
        "language, published). Exits non-zero if anything was refused or unsent."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="file-or-folder")
        parser.add_argument("--published", type=datetime.date.fromisoformat)
        parser.add_argument("--lang", choices=["ar", "en"], default="")
        parser.add_argument("--title", default="", help="Default: the first line.")
        parser.add_argument("--outlet", default="")
        parser.add_argument("--url", default="")
        parser.add_argument(
            "--encoding", default="", help="Default: UTF-8, else detected."
        )

    def handle(self, *args, paths, encoding, **options):
        defaults = {
            "published": options["published"],
            "language": options["lang"],
            "outlet": options["outlet"],
            "url": options["url"],
        }
        reader = Reader(encoding, options["title"])
        counts = {"items": 0, "failed": 0, "unsent": 0}
        for label, record in reader.items(paths):
            counts["items"] += 1
            self.report(label, record, defaults, counts)
        self.finish(counts)

    def report(self, label: str, record: dict | Exception, defaults, counts) -> None:
        if isinstance(record, Exception):
            outcome = ingest.Outcome("rejected", reason=str(record))
        else:
            outcome = ingest.submit_record(record, defaults)
        if outcome.status == "rejected":
            counts["failed"] += 1
            self.stderr.write(f"{label}: {outcome.reason}")
            return
        article = outcome.article
        verb = "queued as" if outcome.status == "created" else "already stored as"
        self.stdout.write(f"{label}: {verb} article {article.pk} ({article.status})")
        counts["unsent"] += outcome.unsent

    def finish(self, counts: dict) -> None:
        failed, unsent, total = counts["failed"], counts["unsent"], counts["items"]
        if unsent:
            self.stderr.write(f"{unsent} article(s) saved but not sent: {BROKER_HELP}")
        if not total:
            raise CommandError("Nothing to ingest: no readable file was given.")
        if failed or unsent:
            raise CommandError(
                f"{failed} of {total} file(s) or record(s) not ingested; "
                f"{unsent} not queued."
            )


class Reader:
    """Turns paths into (label, record) pairs; a problem is an exception, not a stop."""

    def __init__(self, encoding: str = "", title: str = "") -> None:
        self.encoding = encoding
        self.title = title

    def items(self, paths: list[Path]) -> Iterator[Item]:
        for path in paths:
            if path.is_dir():
                files = sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES
                )
                for file in files:
                    yield from self.file_items(file)
            else:
                yield from self.file_items(path)

    def file_items(self, path: Path) -> Iterator[Item]:
        suffix = path.suffix.lower()
        try:
            if suffix in {".jsonl", ".ndjson", ".csv"}:
                yield from self.stream_records(path, suffix)
                return
            text = self.read_text(path)
        except (CommandError, OSError, csv.Error) as exc:
            yield str(path), CommandError(describe(exc))
            return
        if suffix == ".json":
            yield from json_records(str(path), text)
        elif suffix in HTML:
            title = self.title or extract.page_title(text)
            yield str(path), {"title": title, "html": text}
        else:
            yield str(path), {"title": self.title or first_line(text), "body": text}

    def read_text(self, path: Path) -> str:
        """The file's text, decoded; CommandError if too big, binary or unreadable."""
        limit = settings.CONFLICTMAP_MAX_UPLOAD_BYTES
        size = path.stat().st_size
        if size > limit:
            raise CommandError(
                f"{size:,} bytes; the limit is {limit:,} (CONFLICTMAP_MAX_UPLOAD_BYTES)"
            )
        try:
            text, _used = extract.decode_bytes(path.read_bytes(), self.encoding or None)
        except extract.NotText as exc:
            raise CommandError(f"not text ({exc})") from exc
        return text

    def stream_records(self, path: Path, suffix: str) -> Iterator[Item]:
        """JSONL or CSV, one record a line or row, read as it goes (UTF-8)."""
        encoding = self.encoding or "utf-8-sig"
        with path.open(encoding=encoding, errors="strict", newline="") as stream:
            try:
                if suffix == ".csv":
                    yield from csv_records(path, stream)
                else:
                    yield from jsonl_records(path, stream)
            except UnicodeDecodeError as exc:
                yield str(path), CommandError(f"not {encoding} text ({exc.reason})")


def jsonl_records(path: Path, stream) -> Iterator[Item]:
    for number, line in enumerate(stream, 1):
        if line.strip():
            yield from json_records(f"{path}:{number}", line)


def csv_records(path: Path, stream) -> Iterator[Item]:
    csv.field_size_limit(4 * settings.CONFLICTMAP_MAX_ARTICLE_CHARS + 1000)
    rows = csv.DictReader(stream)
    for number, row in enumerate(rows, 2):
        if None in row:
            yield f"{path}:{number}", CommandError("more cells than the header has")
            continue
        yield f"{path}:{number}", {k.strip(): v for k, v in row.items() if k and v}


def json_records(label: str, text: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield label, CommandError(f"not JSON ({exc.msg}, line {exc.lineno})")
        return
    rows = data if isinstance(data, list) else [data]
    for index, row in enumerate(rows):
        where = f"{label}[{index}]" if isinstance(data, list) else label
        if isinstance(row, dict):
            yield where, row
        else:
            yield where, CommandError("a record must be a JSON object")


def read_text(path: Path, encoding: str = "") -> str:
    """A text file's text (UTF-8, else detected); CommandError saying why not.

    `manage.py geoparse` reads its file with this too.
    """
    try:
        return Reader(encoding).read_text(path)
    except OSError as exc:
        raise CommandError(describe(exc)) from exc


def describe(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def first_line(text: str) -> str:
    lines = extract.prepare_text(text[:20_000]).splitlines()
    return next((line.strip() for line in lines if line.strip()), "")[:500]
