"""Points derived from descriptions: between, along, offset, and which wins."""

from pathlib import Path

import pytest
from geopy.distance import distance

from places.described import Located, best, locate
from places.described_rows import CUE_ONLY, NOTE_HEAD, describe, group, new_slug, row
from places.gazetteer import FIELDS

ANCHORS = {"a": (35.0, 40.0), "b": (35.0, 40.2)}  # about 18.2 km apart


def km(point: Located, there: tuple[float, float]) -> float:
    return distance((point.lat, point.lon), there).km


def test_the_kth_of_n_places_between_two_anchors_divides_the_way():
    second = locate(
        {"method": "between", "a": "a", "b": "b", "position": 2, "of": 3}, ANCHORS
    )
    assert second.lon == pytest.approx(40.1)
    assert second.within_km == pytest.approx(18.2 / 4 / 2, abs=0.1)


def test_a_distance_along_the_way_is_measured_from_the_first_anchor():
    point = locate({"method": "along", "a": "b", "b": "a", "km": 5}, ANCHORS)
    assert km(point, ANCHORS["b"]) == pytest.approx(5, abs=0.05)
    assert point.within_km == pytest.approx(1.0)
    far = locate({"method": "along", "a": "a", "b": "b", "km": 40}, ANCHORS)
    assert (far.lat, far.lon) == pytest.approx(ANCHORS["b"])  # a road is longer


def test_an_offset_goes_the_bearing_and_spreads_with_the_distance():
    point = locate({"method": "offset", "a": "a", "km": 10, "bearing": "N"}, ANCHORS)
    assert km(point, ANCHORS["a"]) == pytest.approx(10, abs=0.01)
    assert point.lat > 35.08 and point.lon == pytest.approx(40.0)
    assert point.within_km == pytest.approx(3.8)


@pytest.mark.parametrize(
    "statement",
    [
        {"method": "between", "a": "a", "b": "nowhere", "position": 1, "of": 1},
        {"method": "between", "a": "a", "b": "b", "position": 3, "of": 2},
        {"method": "offset", "a": "a", "km": 3, "bearing": "up"},
        {"method": "guess"},
    ],
)
def test_a_statement_that_makes_no_sense_is_refused(statement):
    with pytest.raises(ValueError):
        locate(statement, ANCHORS)


def test_the_statement_with_the_least_spread_wins_and_the_gap_is_told():
    coords = Located(35.0, 40.05, 1.0)
    loose = Located(35.0, 40.1, 4.0)
    point, gap = best([loose, coords])
    assert point is coords
    assert gap == pytest.approx(4.55, abs=0.1)


def statement(**fields) -> dict:
    base = {
        "name_en": "al-Zabari",
        "name_ar": "الزباري",
        "kind": "village",
        "method": "between",
        "a": "a",
        "b": "b",
        "position": 1,
        "of": 1,
        "source_url": "https://example.org/zabari",
        "evidence": "A profile puts it between A and B.",
    }
    return base | fields


def test_statements_of_one_place_group_by_either_name():
    other = statement(name_en="Zubari", name_ar="الزباري", source_url="https://x.org")
    alone = statement(name_en="Sa'lu", name_ar="سعلو")
    assert [len(g) for g in group([statement(), alone, other])] == [2, 1]


def test_a_row_says_how_it_was_made_and_when_the_name_is_a_word():
    place = describe(
        [
            statement(),
            statement(method="coords", lat=35.0, lon=40.11, source_url="https://c.org",
                      evidence="An infobox gives coordinates.", common_word=True,
                      aliases_en=["Zubari"]),
        ],
        ANCHORS,
    )  # fmt: skip
    made = row(place, "al-zabari", "deir-ez-zor-district")
    assert (made["lat"], made["lon"]) == ("35.00000", "40.11000")
    assert made["source_url"] == "https://c.org"
    assert made["notes"].startswith(f"{NOTE_HEAD} (within about 1 km): An infobox")
    assert "also https://example.org/zabari" in made["notes"]
    assert "up to 1 km apart" in made["notes"] and made["notes"].endswith(CUE_ONLY)
    assert made["aliases_en"] == "Zubari" and made["kind"] == "village"


def test_a_new_slug_never_takes_one_in_use():
    assert new_slug("Sa'lu", set()) == "salu"
    assert new_slug("al-Tub", {"al-tub"}) == "al-tub-2"


def test_near_a_place_with_no_distance_is_within_a_few_km():
    near = locate({"method": "offset", "a": "a", "km": 0, "bearing": "N"}, ANCHORS)
    assert (near.lat, near.lon) == pytest.approx(ANCHORS["a"])
    assert near.within_km == pytest.approx(5.0)


def test_a_statement_vaguer_than_its_arithmetic_says_so():
    told = {"method": "offset", "a": "a", "km": 4.5, "bearing": "SE"}
    assert locate(told, ANCHORS).within_km == pytest.approx(0.38 * 4.5)
    vague = locate(told | {"within_km": 3}, ANCHORS)
    assert vague.within_km == 3
    assert locate(told | {"within_km": 0.5}, ANCHORS).within_km > 1


GAZETTEER = (
    ",".join(FIELDS)
    + """
deir-ez-zor-district,Deir ez-Zor District,,,,district,35.33,40.14,,1,,,
a,Alpha,,,,village,35.00000,40.00000,deir-ez-zor-district,1,,,
b,Bravo,,,,village,35.00000,40.20000,deir-ez-zor-district,1,,,
c,Charlie,تشارلي,,,village,36.00000,41.00000,deir-ez-zor-district,1,,https://old.org,
"""
)


def run(tmp_path, statements: list[dict]) -> list[dict]:
    import csv
    import json

    from django.core.management import call_command

    gazetteer = tmp_path / "gazetteer.csv"
    gazetteer.write_text(GAZETTEER, encoding="utf-8")
    said = tmp_path / "described.jsonl"
    said.write_text("\n".join(json.dumps(s) for s in statements), encoding="utf-8")
    for _ in range(2):  # a second run gives the same rows
        call_command(
            "locate_described_places", statements=said, csv_path=gazetteer, stdout=None
        )
    with open(gazetteer, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_command_adds_new_places_skips_known_ones_and_moves_a_misplaced_row(
    tmp_path,
):
    rows = run(
        tmp_path,
        [
            statement(),
            statement(name_en="Charlie", name_ar="", evidence="known"),
            statement(name_en="Charlie", replaces="c", method="along", a="a", b="b",
                      km=9.1, evidence="Four sources: 9 km from Alpha"),
        ],
    )  # fmt: skip
    slugs = [r["slug"] for r in rows]
    assert slugs == ["deir-ez-zor-district", "a", "b", "c", "al-zabari"]
    moved = rows[3]
    assert float(moved["lon"]) == pytest.approx(40.1, abs=0.001)
    assert (moved["lat"], moved["name_ar"]) == ("35.00000", "تشارلي")
    assert moved["notes"].startswith(f"{NOTE_HEAD} (within about 1 km): Four sources")
    assert rows[4]["parent"] == "deir-ez-zor-district"
    assert float(rows[4]["lon"]) == pytest.approx(40.1)


def test_the_curated_gazetteer_holds_the_rows_its_statements_give(tmp_path):
    import shutil

    from django.core.management import call_command

    data = Path(__file__).resolve().parents[2] / "places" / "data"
    copy = tmp_path / "gazetteer.csv"
    shutil.copy(data / "gazetteer.csv", copy)
    said = data / "described_places.jsonl"
    call_command("locate_described_places", statements=said, csv_path=copy, stdout=None)
    assert copy.read_bytes() == (data / "gazetteer.csv").read_bytes()
