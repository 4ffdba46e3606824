"""Words met in the real-z reports (sentences here are the team's own): the
outlet Al Mayadeen is no town, truffle gatherers are civilians, and an attack
with two roadside bombs is a bombing."""

import datetime

from places.geoparsing import geoparse
from tests import reading

WEDNESDAY = datetime.date(2024, 3, 6)


def _events(text: str) -> set[tuple[str, str]]:
    found = geoparse(text, WEDNESDAY, reading.curated()).events
    return {(e.sub_type, e.place.slug) for e in found}


def test_al_mayadeen_the_outlet_places_nothing():
    text = (
        "أفاد مراسل الميادين بارتفاع عدد الضحايا. وكانت نقلت مصادر سورية للميادين "
        "مقتل مدنيين في بادية كباجب من جراء هجوم نفذه مسلحو داعش."
    )
    assert {slug for _, slug in _events(text)} == {"kabajib"}


def test_al_mayadin_the_town_after_to_is_still_a_place():
    assert ("territory_change", "al-mayadin") in _events("ووصلت قوات للميادين ودخلتها.")


def test_an_attack_on_truffle_gatherers_is_on_civilians():
    text = "قتل 18 في هجوم لداعش على جامعي الكمأة في بادية كباجب."
    assert _events(text) == {("attack_on_civilians", "kabajib")}


def test_an_attack_with_two_roadside_bombs_is_a_bombing():
    text = "هجوم بعبوتين ناسفتين استهدف دورية في بلدة الجرذي."
    assert _events(text) == {("remote_explosive", "jurdi-sharqi")}


def test_abu_before_a_name_is_a_person_unless_the_place_is_abu_something():
    text = "The group's leader, Abu al-Hussein, was killed. Clashes hit Abu Hamam."
    found = geoparse(text, WEDNESDAY, reading.curated())
    assert [m.surface for m in found.mentions] == ["Abu Hamam"]


def test_targeting_a_bus_is_an_attack():
    text = "IS elements targeted a military bus in the desert of al-Mayadin."
    assert _events(text) == {("attack", "al-mayadin")}


def test_artillery_is_shelling_even_beside_an_air_force():
    text = (
        "The army is aiding the Russian Air Force by launching heavy artillery on "
        "positions near the city of al-Mayadin."
    )
    assert _events(text) == {("shelling", "al-mayadin")}


def test_an_assault_an_air_force_unleashed_is_an_air_strike():
    text = "The Russian Air Force unleashed a heavy assault on IS hideouts in Hajin."
    assert _events(text) == {("air_strike", "hajin")}


def test_um_as_or_keeps_the_place_after_it():
    text = "قصفت الطائرات مواقع سواء في الميادين أم البوكمال."
    found = geoparse(text, WEDNESDAY, reading.curated())
    assert [m.place.slug for m in found.mentions] == ["al-mayadin", "albu-kamal"]
