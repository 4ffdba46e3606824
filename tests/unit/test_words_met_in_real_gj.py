"""Words met in the real-gj and later reports (sentences here are the team's own)."""

from tests import reading


def test_fire_aimed_towards_a_village_strikes_it():
    text = "أطلقت قوات النظام قذائف هاون باتجاه قرية الصالحية أمس."
    assert reading.sub_types_at(text) == {("shelling", "salihiyah-abu-kamal")}
    text = "Regime forces fired mortar shells towards Hajin on Saturday."
    assert reading.sub_types_at(text) == {("shelling", "hajin")}


def test_a_clash_with_forces_pushing_towards_a_town_is_at_it():
    text = "اندلعت اشتباكات عنيفة أمس إثر محاولة قوات النظام التقدم باتجاه بلدة هجين."
    assert reading.sub_types_at(text) == {("armed_clash", "hajin")}
    text = "Clashes broke out on Saturday as regime forces tried to push towards Hajin."
    assert reading.sub_types_at(text) == {("armed_clash", "hajin")}


def test_where_fighters_fled_or_forces_went_is_not_where_it_happened():
    text = "قصف الطيران مواقع التنظيم أمس، فيما فر عناصره باتجاه بلدة هجين."
    assert ("air_strike", "hajin") not in reading.sub_types_at(text)
    text = "Warplanes struck IS positions on Saturday as its men fled towards Hajin."
    assert ("air_strike", "hajin") not in reading.sub_types_at(text)
    text = "نزح مئات المدنيين أمس من بلدة الشعفة باتجاه بلدة هجين."
    assert ("displacement", "hajin") not in reading.sub_types_at(text)


def test_opened_fire_with_the_shooters_named_between_is_an_attack():
    text = "فتح عناصر قسد النار على سيارة مدنية في قرية الصالحية أمس."
    assert ("attack", "salihiyah-abu-kamal") in reading.sub_types_at(text)
    text = (
        "عندما حاولت قوات النظام التقدم نحو قرية الصالحية أمس، "
        "فتح عناصر قسد النار عليهم."
    )
    assert reading.sub_types_at(text) == {("attack", "salihiyah-abu-kamal")}


def test_an_event_with_no_place_is_where_the_sentence_before_set_the_scene():
    text = (
        "A car carrying SDF members was moving between al-Kashma and al-Dawir on "
        "Saturday. It was targeted by a drone strike, killing two."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-kashmah")}
    text = (
        "كانت سيارة تقل عناصر من قسد تسير في بلدة الشحيل أمس. "
        "واستهدفتها طائرة مسيرة ما أدى لمقتل اثنين."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-shuhayl")}


def test_the_scene_is_not_taken_from_a_sentence_that_told_its_own_event():
    text = (
        "Coalition jets struck al-Shafah on Saturday. Separately, a drone strike "
        "killed two men."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-shafah")}


def test_a_place_in_what_activists_said_is_no_place_of_the_activists():
    text = "قال ناشطون إن رجلا قتل في قرية المحيميدة غرب دير الزور، جراء انفجار لغم."
    assert reading.sub_types_at(text) == {("remote_explosive", "muhaymidah")}


def test_targeting_by_way_of_a_drone_is_an_air_strike():
    text = (
        "أصيب مدنيان أمس جراء استهداف تنظيم الدولة الإسلامية، عبر طائرة مسيرة، "
        "حي الجورة."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-jorah")}


def test_this_massacre_going_on_to_a_strike_elsewhere_tells_that_strike():
    text = (
        "قصف الطيران الحربي مدينة الميادين أمس. وتأتي هذه المجزرة مع تواصل القصف "
        "على الميادين حيث استهدف الطيران الحربي أمس صهريجا للمياه في معيزيلة."
    )
    assert ("air_strike", "muayzila") in reading.sub_types_at(text)


def test_fire_opened_on_worshipers_is_violence_against_civilians():
    text = "An SDF patrol opened fire on a group of worshipers in al-Jurdi on Saturday."
    assert ("attack_on_civilians", "jurdi-sharqi") in reading.sub_types_at(text)


def test_fighters_striking_or_targeting_with_no_weapon_is_a_ground_attack():
    text = "ISIS said its fighters struck a fuel tanker near Diban on Saturday."
    assert reading.sub_types_at(text) == {("attack", "diban")}
    text = "ISIS fighters targeted a fuel tanker in Diban on Saturday."
    assert reading.sub_types_at(text) == {("attack", "diban")}
    text = "ISIS fighters were targeted in Diban on Saturday by coalition jets."
    assert reading.sub_types_at(text) == {("air_strike", "diban")}


def test_infighting_is_a_clash():
    text = "شهدت بلدة هجين أمس اقتتالا بين فصيلين."
    assert reading.sub_types_at(text) == {("armed_clash", "hajin")}


def test_spellings_of_oil_and_gas_fields_met():
    assert ("territory_change", "sijan-oil-field") in reading.sub_types_at(
        "سيطر التنظيم أمس على حقل صيجان النفطي."
    )
    assert ("territory_change", "akash-oil-field") in reading.sub_types_at(
        'سيطر التنظيم أمس على حقل "عكاش" النفطي.'
    )
    text = "Rockets fell on the base at the Al Conico gas field on Saturday."
    assert ("shelling", "conoco-gas-field") in reading.sub_types_at(text)
    text = "Gunmen attacked a tanker near the Azba oil field on Saturday."
    assert ("attack", "isba-gas-station") in reading.sub_types_at(text)


def test_as_a_result_of_a_bombardment_is_no_purpose():
    text = "قتل مدنيان أمس نتيجة لقصف الطيران الأمريكي لقرية البوبدران."
    assert reading.sub_types_at(text) == {("air_strike", "al-bubadran")}
    text = "أرسلت قوات النظام أمس تعزيزات لقصف قرية البوبدران."
    assert reading.sub_types_at(text) == set()


def test_the_desert_of_a_village_near_a_town_is_a_site_too():
    text = "Jets struck militia sites in the Al-Ma'ezalyah desert near Al-Bukamal."
    assert ("air_strike", "muayzila") in reading.sub_types_at(text)


def test_spellings_of_villages_met_in_the_second_round():
    text = "شنت طائرات غارات على بلدة جديدة البقارة أمس."
    assert reading.sub_types_at(text) == {("air_strike", "jadid-bakkara")}
    text = "شن الطيران غارات جوية على مدينة حجين وقرية شعف أمس."
    assert reading.sub_types_at(text) == {
        ("air_strike", "hajin"),
        ("air_strike", "al-shafah"),
    }


def test_a_village_name_listed_with_a_town_far_outside_is_not_ours():
    text = (
        "تمكن الجيش أمس من السيطرة على معظم الدائرة المحاصرة الممتدة من الطيبة "
        "والسخنة شرقا إلى أثريا غربا."
    )
    assert "al-tayyibah-mayadin" not in reading.places_at(text)
    text = "سيطر الجيش أمس على قرية الطيبة قرب الميادين."
    assert ("territory_change", "al-tayyibah-mayadin") in reading.sub_types_at(text)


def test_the_lebanon_based_al_mayadeen_is_the_channel():
    text = (
        "Gunmen ambushed a bus carrying soldiers on Saturday, the Lebanon-based "
        "Al-Mayadeen quoted a source as saying."
    )
    assert reading.sub_types_at(text) == set()


def test_a_call_to_stop_shelling_tells_no_shelling():
    text = "The group called on all parties on Saturday to stop shelling Hajin."
    assert reading.sub_types_at(text) == set()
    text = "Troops began to shell Hajin on Saturday."
    assert reading.sub_types_at(text) == {("shelling", "hajin")}


def test_monitor_spellings_of_eastern_towns():
    text = "Warplanes bombed Al Shhail, Al Ishara and Al Qurayya on Saturday."
    assert reading.sub_types_at(text) == {
        ("air_strike", "al-shuhayl"),
        ("air_strike", "al-ashara"),
        ("air_strike", "al-quriyah"),
    }
