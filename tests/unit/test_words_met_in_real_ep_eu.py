"""Words met in the real-ep to real-eu reports (sentences here are the team's own)."""

from tests import reading


def test_bombardment_of_the_aircraft_with_the_article_after_lam_is_an_air_strike():
    text = "قتل 8 مدنيين جراء قصف للطائرات الحربية على بلدة الشعفة"
    assert reading.sub_types_at(text) == {("air_strike", "al-shafah")}
