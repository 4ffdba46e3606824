import csv
import io
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from geopy.distance import distance

from places import described_rows, gazetteer

DATA = Path(__file__).resolve().parents[2] / "data"


class Command(BaseCommand):
    help = (
        "Derive points for the places of described_places.jsonl from their "
        "statements and write them as gazetteer rows (replacing earlier ones)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--statements", type=Path, default=DATA / "described_places.jsonl"
        )
        parser.add_argument(
            "--gazetteer", dest="csv_path", type=Path, default=DATA / "gazetteer.csv"
        )
        parser.add_argument("--check", action="store_true", help="write nothing")

    def handle(self, *args, statements: Path, csv_path: Path, check: bool, **options):
        try:
            lines = statements.read_text(encoding="utf-8").splitlines()
            said = [json.loads(line) for line in lines if line.strip()]
            with open(csv_path, encoding="utf-8", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except (OSError, ValueError) as exc:
            raise CommandError(f"{exc}") from exc
        moved = {s["replaces"]: s for s in said if s.get("replaces")}
        kept = [
            r
            for r in rows
            if r["slug"] in moved or not r["notes"].startswith(described_rows.NOTE_HEAD)
        ]
        kept = [self._moved(r, moved, kept) if r["slug"] in moved else r for r in kept]
        said = [s for s in said if not s.get("replaces")]
        new = self._rows(said, kept)
        self.stdout.write(f"{len(new)} described places, {len(kept)} other rows.")
        if not check:
            self._write(csv_path, kept + new)

    def _rows(self, said: list[dict], kept: list[dict]) -> list[dict]:
        entries = gazetteer.read_csv(_csv(kept))
        anchors = {e.slug: (e.lat, e.lon) for e in entries if e.in_region}
        taken, new = {r["slug"] for r in kept}, []
        for statements in described_rows.group(said):
            name = statements[0]["name_en"]
            slug = described_rows.known(statements, entries)
            if slug:
                self.stdout.write(f"skip {name}: the gazetteer has {slug}")
                continue
            try:
                place = described_rows.describe(statements, anchors)
            except (KeyError, ValueError) as exc:
                raise CommandError(f"{name}: {exc}") from exc
            slug = described_rows.new_slug(place.chosen["name_en"], taken)
            taken.add(slug)
            parent = _parent(place, entries)
            new.append(described_rows.row(place, slug, parent))
        return new

    def _moved(self, row: dict, moved: dict, rows: list[dict]) -> dict:
        """A row whose point a description corrects keeps its names."""
        anchors = {
            e.slug: (e.lat, e.lon)
            for e in gazetteer.read_csv(_csv(rows))
            if e.in_region and e.slug not in moved
        }
        try:
            place = described_rows.describe([moved[row["slug"]]], anchors)
        except (KeyError, ValueError) as exc:
            raise CommandError(f"{row['slug']}: {exc}") from exc
        made = described_rows.row(place, row["slug"], row["parent"])
        keep = ("lat", "lon", "source_url", "notes")
        return row | {k: made[k] for k in keep}

    def _write(self, path: Path, rows: list[dict]) -> None:
        path.write_text(_csv(rows).getvalue(), encoding="utf-8")


def _csv(rows: list[dict]):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=gazetteer.FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.seek(0)
    return out


def _parent(place, entries) -> str:
    """The parent of the anchor the point was derived from, else of the nearest
    village or town (a village across the river may belong elsewhere)."""
    by_slug = {e.slug: e for e in entries}
    anchor = by_slug.get(place.chosen.get("a", ""))
    if anchor is not None and anchor.parent and anchor.kind != "governorate":
        return anchor.parent
    here = (place.point.lat, place.point.lon)
    towns = [
        e
        for e in entries
        if e.in_region and e.kind in ("village", "town", "city") and e.parent
    ]
    nearest = min(towns, key=lambda e: distance(here, (e.lat, e.lon)).km)
    return nearest.parent
