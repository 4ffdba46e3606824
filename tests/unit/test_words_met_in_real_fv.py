"""Words met in the real-fv and later reports (sentences here are the team's own)."""

from places.geoparsing import geoparse
from tests import reading


def _places(text: str) -> list[tuple[str, str | None]]:
    result = geoparse(text, reading.SUNDAY, reading.curated())
    return [(m.surface, m.place.slug if m.place else None) for m in result.mentions]


def test_a_quarter_told_in_a_town_outside_the_region_is_that_towns():
    text = "قصف التحالف حي الصناعة في مدينة الرقة أمس."
    assert ("حي الصناعة", None) in _places(text)
    text = "قصف التحالف الأطراف الغربية لمدينة الرقة والمنطقة بين حيي المشلب والصناعة."
    assert ("الصناعة", None) in _places(text)


def test_a_quarter_of_ours_after_a_town_outside_stays_ours_when_placed_so():
    text = "قصف التحالف مدينة الرقة وحي الصناعة في دير الزور أمس."
    assert ("حي الصناعة", "al-sinaa") in _places(text)
    assert ("حي الصناعة", "al-sinaa") in _places("قصف الطيران حي الصناعة في دير الزور.")


def test_an_attack_repelled_with_tasadda_is_an_attack_made():
    text = "تصدى التنظيم لهجوم قوات النظام على قرية مراط ليلة أمس."
    # ... and fought off: a clash too (tests/unit/test_words_met_in_real_je.py)
    assert reading.sub_types_at(text) == {
        ("attack", "marrat"),
        ("armed_clash", "marrat"),
    }


def test_his_driver_killed_with_a_sheikh_does_not_make_it_violence_on_civilians():
    text = "قتل شيخ العشيرة وسائقه أمس نتيجة إطلاق نار من مجهولين في بلدة الحوايج."
    assert reading.sub_types_at(text) == {("attack", "al-hawayij")}
    text = "Gunmen shot dead a tribal sheikh and his driver in al-Hawayij on Sunday."
    assert reading.sub_types_at(text) == {("attack", "al-hawayij")}
    text = "Gunmen shot dead a truck driver in al-Hawayij on Sunday."
    assert reading.sub_types_at(text) == {("attack_on_civilians", "al-hawayij")}


def test_the_russian_ministrys_al_katia_is_al_qata():
    text = "Russian bombers struck IS strongholds near the settlement of Al-Katia."
    assert ("air_strike", "al-qata") in reading.sub_types_at(text)


def test_a_hedge_in_a_when_clause_does_not_reach_the_main_clause():
    text = (
        "When the protesters tried to march to the village of al-Tayyanah, "
        "troops opened fire on Friday."
    )
    assert reading.sub_types_at(text) == {("attack", "al-tayyanah")}
    text = "ISIS tried to storm the village of al-Tayyanah on Friday."
    assert reading.sub_types_at(text) == set()


def test_gunfire_is_an_attack_and_an_exchange_of_it_a_clash():
    text = "Sources reported two people killed by gunfire in the town of Darnaj."
    assert reading.sub_types_at(text) == {("attack", "darnaj")}
    text = "SDF fighters exchanged gunfire with ISIS cells in Darnaj on Wednesday."
    assert reading.sub_types_at(text) == {("armed_clash", "darnaj")}


def test_afp_and_sohr_english_spellings_of_villages():
    text = "Air strikes killed 22 civilians at Hojna in Deir Ezzor on Tuesday."
    assert ("air_strike", "al-hajnah") in reading.sub_types_at(text)
    text = "Warplanes struck Subakhan and Al-Mgawdah on Thursday."
    assert reading.sub_types_at(text) >= {
        ("air_strike", "subaykhan"),
        ("air_strike", "al-qata"),
    }


def test_targeting_a_security_centre_members_or_their_car_is_an_attack():
    text = "استهدف مسلحون مركزاً أمنياً في ذيبان أمس."
    assert reading.sub_types_at(text) == {("attack", "diban")}
    text = "أصيب ثلاثة من عناصر الأمن في بلدة أبريها أمس بعد استهداف سيارتهم."
    assert reading.sub_types_at(text) == {("attack", "abriha")}
    assert reading.sub_types_at("تستهدف الحملة الأمنية عناصر داعش في ذيبان.") == set()


def test_misspellings_of_hajin_and_al_baghuz():
    text = "قصفت طائرات التحالف أمس مواقع التنظيم في بلدة حاجين."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}
    assert reading.places_at("وصل آلاف الحاجين إلى مكة أمس.") == []
    text = "قصفت المدفعية مواقع لداعش في منطقة الباغور أمس."
    assert reading.sub_types_at(text) == {("shelling", "al-baghuz-fawqani")}


def test_al_jiah_and_hawayij_bu_masaa_are_rows_and_kashma_beside_duwayr_is_kashmah():
    text = "اندلعت اشتباكات في قرية الجيعة وفي حوايج البومصعة أمس."
    assert reading.sub_types_at(text) == {
        ("armed_clash", "al-jiah"),
        ("armed_clash", "hawayij-bu-masaa"),
    }
    text = "A drone targeted a vehicle moving between Al-Kashma and Al-Dawir on Sunday."
    assert ("air_strike", "al-kashmah") in reading.sub_types_at(text)


def test_full_control_tightened_over_a_village_is_a_taking():
    text = "أحكمت وحدات من الجيش السيطرة الكاملة على قرية البويطية أمس."
    assert reading.sub_types_at(text) == {("territory_change", "al-buwaytiyah")}
    text = "تسعى قوات النظام إلى السيطرة الكاملة على قرية البويطية."
    assert reading.sub_types_at(text) == set()


def test_deir_ezzor_24_english_spellings_of_a_quarter_and_a_field():
    text = "Clashes in the Muwadafine neighborhood of Deir Ezzor city on Friday."
    assert ("armed_clash", "al-muwazzafin") in reading.sub_types_at(text)
    text = "ISIS attacked a bus of oil workers near the Al-Taym field on Friday."
    assert reading.sub_types_at(text) == {("attack", "al-taim-oil-field")}


def test_the_maamel_roundabout_is_a_place_but_the_factories_are_not():
    text = "اندلعت اشتباكات عند دوار المعامل شمال مدينة دير الزور أمس."
    assert ("armed_clash", "al-maamel") in reading.sub_types_at(text)
    text = "قصفت الطائرات المعامل ومحطة الكهرباء في الميادين أمس."
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}
    text = "Clashes broke out near Liwa al-Taamin west of the airport on Sunday."
    assert ("armed_clash", "liwa-al-tamin") in reading.sub_types_at(text)
