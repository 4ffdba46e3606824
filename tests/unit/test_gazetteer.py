"""Reading gazetteer rows and finding their names."""

import io
from pathlib import Path

import pytest

from places.gazetteer import Gazetteer, PlaceEntry, read_csv

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HEADER = (
    "slug,name_en,name_ar,aliases_en,aliases_ar,kind,lat,lon,parent,in_region,"
    "geonames_id,source_url,notes\n"
)


def test_the_fixture_reads_with_aliases_from_both_columns():
    entries = {e.slug: e for e in read_csv(FIXTURES / "gazetteer_small.csv")}
    ekeidat = entries["jadid-ekeidat"]
    assert ekeidat.name_ar == "جديد عكيدات"
    assert "جديد العكيدات" in ekeidat.aliases
    assert "Jadid Ekeidat" in ekeidat.aliases
    assert ekeidat.names[:2] == ("Jadid Ikaydat", "جديد عكيدات")
    assert entries["hmeimim"].in_region is False
    assert entries["khasham"].lat == pytest.approx(35.29861)


def test_blank_lines_and_padding_are_tolerated():
    text = (
        HEADER
        + "\n  khasham , Khasham ,خشام, Khusham ; Khsham ,,town, 35.3 ,40.3,,1,,,\n\n"
    )
    [entry] = read_csv(io.StringIO(text))
    assert entry.slug == "khasham"
    assert entry.aliases == ("Khusham", "Khsham")
    assert entry.in_region is True


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("x,X,س,,,planet,1,2,,1,,,", "unknown kind"),
        ("x,X,س,,,town,north,2,,1,,,", "could not convert"),
        ("x,X,س,,,town,95,2,,1,,,", "out of range"),
        ("x,X,س,,,town,1,2,,maybe,,,", "in_region"),
        (",X,س,,,town,1,2,,1,,,", "slug is empty"),
    ],
)
def test_a_bad_row_is_reported_with_its_line_number(row, message):
    text = HEADER + "ok,Ok,اوك,,,town,1,2,,1,,,\n" + row + "\n"
    with pytest.raises(ValueError, match=f"line 3: .*{message}"):
        read_csv(io.StringIO(text))


def test_a_missing_column_is_reported():
    with pytest.raises(ValueError, match="line 1: missing columns"):
        read_csv(io.StringIO("slug,name_en\nx,X\n"))


def test_candidates_are_found_by_normalised_key():
    gazetteer = Gazetteer(read_csv(FIXTURES / "gazetteer_small.csv"))
    slugs = {p.slug for p in gazetteer.candidates("الصالحيه")}
    assert slugs == {"salihiyah-deir-ez-zor", "salihiyah-abu-kamal"}
    assert gazetteer.get("hatla").name_ar == "حطلة"
    assert gazetteer.candidates("nowhere") == ()


def test_scan_reports_raw_hits_in_normalised_coordinates():
    gazetteer = Gazetteer(read_csv(FIXTURES / "gazetteer_small.csv"))
    hits = gazetteer.scan("قصف على حطله")
    assert (8, 12, "حطله", False) in hits


def test_a_name_with_the_article_is_also_scanned_in_its_form_after_lam():
    gazetteer = Gazetteer(read_csv(FIXTURES / "gazetteer_small.csv"))
    assert (2, 8, "الصالحيه", True) in gazetteer.scan("للصالحيه")
    assert gazetteer.candidates("صالحيه") == ()


def test_an_empty_gazetteer_finds_nothing():
    assert Gazetteer([]).scan("anything") == []


def test_a_thousand_places_build_and_are_found():
    entries = [
        PlaceEntry(
            slug=f"p{i}",
            name_en=f"al-Place Number {i}",
            name_ar=f"قرية المكان {i}",
            kind="village",
            lat=35.0,
            lon=40.0,
            in_region=True,
            aliases=(f"Place {i} Jadid", f"جديد المكان {i}", f"Makan {i}"),
        )
        for i in range(1000)
    ]
    gazetteer = Gazetteer(entries)
    assert gazetteer.candidates("makan 999")[0].slug == "p999"
