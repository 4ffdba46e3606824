"""Every gazetteer row fits the columns it is loaded into (PostgreSQL enforces
lengths that SQLite does not)."""

import csv

import pytest

from places.models import Place, PlaceName
from tests.corpus.score import CSV

with CSV.open(encoding="utf-8") as fh:
    ROWS = list(csv.DictReader(fh))
LIMITS = {
    "slug": Place._meta.get_field("slug").max_length,
    "name_en": Place._meta.get_field("name").max_length,
    "name_ar": Place._meta.get_field("name_ar").max_length,
    "source_url": Place._meta.get_field("source").max_length,
}


@pytest.mark.parametrize("column", sorted(LIMITS))
def test_every_row_fits_its_column(column):
    too_long = [r["slug"] for r in ROWS if len(r[column]) > LIMITS[column]]
    assert too_long == []


def test_every_alias_fits_a_name():
    limit = PlaceName._meta.get_field("name").max_length
    aliases = [
        a
        for r in ROWS
        for col in ("aliases_en", "aliases_ar")
        for a in r[col].split(";")
    ]
    assert [a for a in aliases if len(a) > limit] == []
