import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from places import gazetteer, gazetteer_store

DEFAULT = Path(__file__).resolve().parents[2] / "data" / "gazetteer.csv"


class Command(BaseCommand):
    help = "Create or update gazetteer places and their names from a CSV file."

    def add_arguments(self, parser):
        parser.add_argument("--file", type=Path, default=DEFAULT)

    def handle(self, *args, file: Path, **options):
        try:
            entries = gazetteer.read_csv(file)
            with open(file, encoding="utf-8", newline="") as fh:
                extras = {row["slug"]: row for row in csv.DictReader(fh)}
        except (OSError, ValueError, KeyError) as exc:
            raise CommandError(f"{file}: {exc}") from exc
        created, updated = gazetteer_store.import_entries(entries, extras)
        gazetteer_store.use_river_geometry()
        self.stdout.write(f"Gazetteer: {created} places created, {updated} updated.")
