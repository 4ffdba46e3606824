"""Words met in the real-is and later reports (sentences here are the team's own)."""

from tests import reading


def test_al_mayadeen_telling_the_news_is_no_place():
    texts = [
        "مصادر الميادين تؤكد استهداف قاعدة حقل العمر بالصواريخ.",
        "وأكدت مصادر موثوقة للميادين سقوط صواريخ في قاعدة حقل العمر.",
        "مصادر مطلعة تؤكد للميادين أن الصواريخ سقطت داخل قاعدة حقل العمر.",
        "مصادر ميدانية سورية تفيد الميادين بأن صواريخ سقطت في حقل العمر.",
        "وكانتمصادر الميادين أفادت بسقوط صواريخ في قاعدة حقل العمر.",
        "مصادر عسكرية في إريتريا للميادين تكشف سقوط صواريخ في حقل العمر.",
        "قال مسؤول للميادين إن صواريخ سقطت في حقل العمر.",
        "وذكر موقع الميادين نت أن صواريخ سقطت في حقل العمر.",
    ]
    for text in texts:
        places = reading.places_at(text)
        assert "al-mayadin" not in places and "al-omar-oil-field" in places, text


def test_the_town_of_al_mayadin_is_still_a_place_after_a_telling_word():
    text = "قال مراسلنا إن الطائرات قصفت مدينة الميادين وأطرافها فجر اليوم."
    assert reading.places_at(text) == ["al-mayadin"]
    text = "أفاد مراسلنا بوصول تعزيزات عسكرية للميادين قادمة من البوكمال."
    assert "al-mayadin" in reading.places_at(text)


def test_the_countryside_of_a_place_named_as_the_city_is_the_city():
    text = "سقطت صواريخ في الريف الشرقي لمدينة دير الزور مساء أمس."
    assert reading.places_at(text) == ["deir-ez-zor"]
    text = "سقطت صواريخ في الريف الشرقي لدير الزور مساء أمس."
    assert reading.places_at(text) == ["deir-ez-zor-governorate"]


def test_a_us_or_israeli_aggression_on_a_place_is_a_strike_there():
    text = "وعلق مصدر على الاعتداء الأميركي على دير الزور ليل الخميس."
    assert reading.sub_types_at(text) == {("air_strike", "deir-ez-zor-governorate")}
    text = "وأدان المجلس العدوان الإسرائيلي على ريف البوكمال أمس."
    assert reading.sub_types_at(text) == {("air_strike", "abu-kamal-district")}


def test_al_mayadeen_interviewing_someone_is_no_place():
    text = "وقال الوزير في لقاء مع الميادين إن الصواريخ سقطت في حقل العمر."
    assert "al-mayadin" not in reading.places_at(text)


def test_an_event_told_in_another_country_is_not_put_at_the_only_place():
    text = (
        "سقطت صواريخ على قاعدة حقل العمر أمس. "
        "واعترف البنتاغون أن قواته تعرضت للهجوم 12 مرة في العراق."
    )
    assert reading.sub_types_at(text) == {("shelling", "al-omar-oil-field")}
    text = (
        "Rockets hit the base at the al-Omar oil field on Sunday. "
        "The group was also blamed for an attack in Iraq."
    )
    assert reading.sub_types_at(text) == {("shelling", "al-omar-oil-field")}


def test_the_islamic_resistance_in_iraq_names_no_country():
    text = "وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة حقل العمر بالصواريخ."
    assert reading.places_at(text) == ["al-omar-oil-field"]


def test_a_report_also_telling_of_a_base_abroad_is_not_about_its_one_place():
    text = (
        "سقطت صواريخ على قاعدة حقل العمر أمس. "
        "وأعلنت الفصائل أن مقاتليها هاجموا القاعدة الأميركية في التنف. "
        "وقال البنتاغون إن قواته في سوريا تعرضت لهجوم جديد."
    )
    assert reading.sub_types_at(text) == {("shelling", "al-omar-oil-field")}


def test_bases_and_towns_abroad_that_reports_name_are_known_and_stay_abroad():
    text = (
        "واستهدفت طائرات مسيرة قاعدة عين الأسد في العراق وقاعدة حرير قرب أربيل، "
        "فيما تواصل القصف على قطاع غزة."
    )
    places = reading.places_at(text)
    assert {"ain-al-asad", "harir", "erbil", "gaza"} <= set(places)
    assert reading.sub_types_at(text) == set()


def test_a_headline_tells_its_event_in_the_present_tense():
    text = "الطائرات الروسية تقصف بلدة هجين بريف دير الزور."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}
    text = "مسلحون يهاجمون حاجزاً لقسد في بلدة هجين."
    assert reading.sub_types_at(text) == {("attack", "hajin")}
    text = "قوات النظام تستعيد بلدة هجين بعد معارك."
    assert ("territory_change", "hajin") in reading.sub_types_at(text)


def test_a_state_or_a_guess_in_the_present_tense_is_no_event():
    assert reading.sub_types_at("مناطق تسيطر عليها قسد في بلدة هجين.") == set()
    assert reading.sub_types_at("وقد تقصف الطائرات بلدة هجين غداً.") == set()


def test_killed_by_a_drone_by_its_short_name_is_an_air_strike():
    text = "استشهاد ستة عناصر من القوات الرديفة بمسيرة في بلدة هجين."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}
    text = "مقتل ستة عناصر بضربة مسيرة في بلدة هجين."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}
    assert reading.sub_types_at("قتل متظاهر خلال مسيرة في بلدة هجين.") == set()


def test_a_clash_told_in_the_past_tense_is_a_clash_there():
    texts = [
        "اشتبك مسلحون من العشائر مع عناصر قسد في بلدة ذيبان مساء أمس.",
        "واشتبكت قوات الحكومة مع مقاتلي قسد في بلدة ذيبان.",
        "اشتبكوا مع دورية في بلدة ذيبان قبل أن ينسحبوا.",
    ]
    for text in texts:
        assert reading.sub_types_at(text) == {("armed_clash", "diban")}, text


def test_trucks_and_reinforcements_coming_in_take_no_ground():
    texts = [
        "ورصد دخول أكثر من 120 شاحنة محملة بأسلحة إلى قاعدة حقل العمر.",
        "ودخلت تعزيزات عسكرية إلى بلدة ذيبان مساء أمس.",
        "ودخلت 50 شاحنة إلى حقل العمر مساء أمس.",
    ]
    for text in texts:
        assert reading.sub_types_at(text) == set(), text
    text = "ودخلت قوات الجيش بلدة ذيبان مساء أمس."
    assert reading.sub_types_at(text) == {("territory_change", "diban")}


def test_a_negated_noun_tells_no_event():
    texts = [
        "بهدف تعزيز قواعدها، مع عدم التفكير بالانسحاب من حقل العمر حالياً.",
        "وأكدت عدم دخول قوات النظام إلى بلدة ذيبان مساء أمس.",
    ]
    for text in texts:
        assert reading.sub_types_at(text) == set(), text
    text = "ورغم عدم إقرار المقاومة رسمياً باستهداف حقل العمر بالصواريخ مساء أمس."
    assert reading.sub_types_at(text) == {("shelling", "al-omar-oil-field")}
