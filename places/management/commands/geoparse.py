import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from places import gazetteer, gazetteer_store, geoparsing

from .ingest import read_text
from .load_gazetteer import DEFAULT as GAZETTEER_CSV


class Command(BaseCommand):
    help = "Print the places and events found in a text file; writes nothing."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--json", action="store_true", help="Print JSON (default).")
        parser.add_argument("--published", type=datetime.date.fromisoformat)
        parser.add_argument("--lang", choices=["ar", "en"])

    def handle(self, *args, file, published, lang, **options):
        text = read_text(file)
        # Without --published the geoparser dates the report from its text and
        # says how in its warnings (printed here and kept in the JSON).
        result = geoparsing.geoparse(text, published, load_gazetteer(), lang)
        for warning in result.warnings:
            self.stderr.write(warning)
        self.stdout.write(json.dumps(result.to_json(), ensure_ascii=False, indent=2))


def load_gazetteer() -> gazetteer.Gazetteer:
    """Use the stored gazetteer (with editors' changes), else the curated file."""
    try:
        stored = gazetteer_store.current()
    except DatabaseError:
        stored = None
    if stored is not None and stored.entries:
        return stored
    try:
        return gazetteer.Gazetteer(gazetteer.read_csv(GAZETTEER_CSV))
    except (OSError, ValueError) as exc:
        raise CommandError(f"No gazetteer: {exc}") from exc
