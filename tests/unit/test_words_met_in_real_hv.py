"""Words met in the real-hv and later reports (sentences here are the team's own)."""

from tests import reading


def test_strikes_israel_made_are_air_strikes():
    text = (
        "Officials confirmed that Israel struck militia targets. According to the "
        "monitor, the strikes hit a farm in the town of al-Mayadin."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


def test_weapons_to_be_used_in_attacks_are_no_attack():
    text = (
        "Israel struck depots said to hold weapons to be used in attacks. "
        "The strikes hit a farm in the town of al-Mayadin."
    )
    assert reading.sub_types_at(text) == {("air_strike", "al-mayadin")}


def test_bombers_that_struck_are_air_strikes():
    text = "وقالت الوزارة إن قاذفات روسية بعيدة المدى ضربت أهدافا قرب بلدة البوكمال."
    assert reading.sub_types_at(text) == {("air_strike", "albu-kamal")}
    text = "ضربت عاصفة رملية بلدة البوكمال أمس."
    assert reading.sub_types_at(text) == set()


def test_an_attack_frame_is_the_attack_when_its_sentence_tells_none():
    text = "In a separate attack, four SDF members were injured in al-Suwar."
    assert reading.sub_types_at(text) == {("attack", "al-suwar")}
    text = "وفي هجوم آخر، أصيب عنصران من قسد في بلدة الصور."
    assert reading.sub_types_at(text) == {("attack", "al-suwar")}
    text = "In a separate attack, coalition jets struck Hajin."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}


def test_what_they_were_doing_goes_on_with_the_clause():
    text = (
        "Two SDF members were attacked by ISIS while they were distributing bread "
        "on the road between Markada and al-Sawr."
    )
    assert reading.sub_types_at(text) == {("attack", "al-suwar")}
    text = "Regime forces shelled Hajin, while coalition jets were bombing al-Susah."
    assert reading.sub_types_at(text) == {
        ("shelling", "hajin"),
        ("air_strike", "al-susah"),
    }


def test_a_hometown_is_no_site_of_a_placeless_event():
    text = (
        "Militants ambushed a patrol on Saturday and killed 16 of them. Among the "
        "dead was a commander who came from the town of al-Kishkiyah."
    )
    assert reading.sub_types_at(text) == set()


def test_the_only_desert_named_is_where_a_placeless_event_was():
    text = (
        "ISIS claimed killing 16 soldiers in the al-Masrab desert. Its militants "
        "ambushed a patrol on Saturday and killed 16 of them."
    )
    assert reading.sub_types_at(text) == {("attack", "al-masrab")}


def test_spellings_met():
    text = "Coalition air strikes hit the village of al-Baqouz on Friday."
    assert reading.sub_types_at(text) == {("air_strike", "al-baghuz-fawqani")}


def test_an_air_force_destroying_now_is_an_air_strike():
    text = "قال مصدر إن الطيران الحربي يدمر تحصينات التنظيم في المريعية والبوعمر."
    assert reading.sub_types_at(text) == {
        ("air_strike", "al-mariiyah"),
        ("air_strike", "al-bu-amr"),
    }


def test_al_ward_after_a_field_cue():
    text = "قصفت طائرات التحالف حقلي الورد والتيم النفطيين."
    assert reading.sub_types_at(text) == {
        ("air_strike", "al-ward-oil-field"),
        ("air_strike", "al-taim-oil-field"),
    }
    text = "أهدى الورد لأمه في مدينة الميادين."
    assert "al-ward-oil-field" not in reading.places_at(text)


def test_a_bracketed_distance_describes_the_place_before_it():
    text = "Coalition jets struck al-Susah (8 km east of Hajin) on Friday."
    assert reading.sub_types_at(text) == {("air_strike", "al-susah")}
    text = "Coalition jets struck a village 8 km east of Hajin on Friday."
    assert reading.sub_types_at(text) == {("air_strike", "hajin")}


def test_a_link_to_another_article_tells_no_event():
    text = (
        "عثر الأهالي في مدينة الشحيل اليوم على جثة.\n"
        "اقرأ أيضاً: مقتل 11 عنصرا لقسد بهجوم في بلدة ذيبان\n"
    )
    assert ("attack", "diban") not in reading.sub_types_at(text)
    text = "Read also: IS kills 11 SDF fighters in an attack in Diban\n"
    assert reading.sub_types_at(text) == set()


def test_gunmen_on_a_motorcycle_who_targeted_someone_attacked():
    text = (
        "Unidentified gunmen on a motorcycle targeted the commander of the Albu "
        "Kamal regiment of the SDF in the town of Hajeen, killing him."
    )
    assert reading.sub_types_at(text) == {("attack", "hajin")}


def test_weapons_and_cars_seized_are_no_ground_taken():
    text = "قام المنتفضون بالسيطرة على أسلحة وسيارات لقسد في بلدة ذيبان."
    assert reading.sub_types_at(text) == set()
    text = "سيطر عناصر العشائر على بلدة ذيبان."
    assert reading.sub_types_at(text) == {("territory_change", "diban")}
