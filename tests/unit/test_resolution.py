"""Choosing the place a name means: cues, region and neighbours."""

from pathlib import Path

import pytest

from places.extraction import find_toponyms
from places.gazetteer import Gazetteer, read_csv
from places.resolution import resolve

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(read_csv(FIXTURES / "gazetteer_small.csv"))


def resolved(text, gazetteer):
    return resolve(find_toponyms(text, gazetteer), gazetteer)


def chosen(text, gazetteer, surface):
    return next(r for r in resolved(text, gazetteer) if r.toponym.surface == surface)


def test_the_salihiyah_by_hatla_wins_next_to_hatla_and_khasham(gazetteer):
    result = chosen("قصف على قريتي حطلة والصالحية قرب خشام", gazetteer, "الصالحية")
    assert result.place.slug == "salihiyah-deir-ez-zor"
    assert result.method == "context"
    assert result.candidates[0].slug == "salihiyah-deir-ez-zor"
    assert any(r.startswith("near:hatla") for r in result.candidates[0].reasons)


def test_the_salihiyah_by_abu_kamal_wins_next_to_hajin(gazetteer):
    result = chosen("اشتباكات في هجين والصالحية وغرانيج", gazetteer, "الصالحية")
    assert result.place.slug == "salihiyah-abu-kamal"
    english = chosen("Clashes in Hajin and al-Salihiyah", gazetteer, "al-Salihiyah")
    assert english.place.slug == "salihiyah-abu-kamal"


def test_a_city_word_picks_the_city_of_a_governorate_s_name(gazetteer):
    result = chosen("اشتباكات في مدينة دير الزور", gazetteer, "دير الزور")
    assert result.place.kind == "city"


def test_a_governorate_cue_picks_the_governorate(gazetteer):
    result = chosen("قصف في ريف دير الزور", gazetteer, "ريف دير الزور")
    assert result.place.slug == "deir-ez-zor-governorate"


def test_an_unambiguous_name_is_exact(gazetteer):
    [result] = resolved("في خشام", gazetteer)
    assert (result.place.slug, result.method) == ("khasham", "exact")
    assert result.confidence > 0.7


def test_out_of_region_places_still_resolve(gazetteer):
    [result] = resolved("حطت في قاعدة حميميم", gazetteer)
    assert result.place.slug == "hmeimim"
    assert result.place.in_region is False


def test_scores_and_confidence_stay_between_zero_and_one(gazetteer):
    for result in resolved("دير الزور والصالحية وحطلة ونهر الفرات", gazetteer):
        assert 0 <= result.confidence <= 1
        assert all(0 <= c.score <= 1 for c in result.candidates)
        scores = [c.score for c in result.candidates]
        assert scores == sorted(scores, reverse=True)


def test_one_result_per_toponym_in_order(gazetteer):
    toponyms = find_toponyms("خشام حطلة خشام", gazetteer)
    results = resolve(toponyms, gazetteer)
    assert [r.toponym for r in results] == toponyms
