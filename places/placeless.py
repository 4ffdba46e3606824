"""Where an event goes whose sentence names no place: a headline's, where the
lead under it says; one in a city quarter the gazetteer lacks, the city named
before; one naming only a country, the one in-region place the report names, if
there is one."""

import re
from dataclasses import replace

from geopy.distance import distance

from .deserts import in_a_desert
from .elsewhere import told_in
from .events import split_sentences
from .normalisation import normalise
from .repeats import VAGUE_AREA
from .resolution import Resolved
from .segments import Reading, Segment
from .siting import (
    AREAS,
    EMBEDDED_AT,
    NEAR_AREAS,
    NEVER_HOST,
    TOLD_FROM,
    UNKNOWN_AFTER_CUE,
    Host,
    governorate,
    hosts_of,
    is_reference,
    unknown_named,
)

# A city this far from the region is named for its government ("التحالف الدولي
# بقيادة واشنطن", "Moscow said"), not as where anything happened here.
GOVERNMENT_SEAT_KM = 750
HOME_COUNTRY = "syria"  # the country of the region
FOREIGN_SITES = frozenset({"base", "airport", "crossing"})
HEADLINE_READ = 3000  # characters read to find the headline and its lead
STAMPS, STAMP_WORDS = 4, 8  # lines of a date or a byline between them
SCENE_CHARS = 400  # how far back the event whose place a placeless one takes
# ... and how many sentences back the scene may be set, over ones naming nothing
SCENE_SENTENCES = 2
NEXT_REACH = 1200  # a list of villages may run long
# A sentence that opens by pointing back at the event told before it, and
# says where it was: "The incident occurred in", "It took place in", "ووقع
# الانفجار في".
_BACK_EN = (
    r"incident|attack|blast|explosion|bombing|strikes?|raid|ambush|shelling"
    r"|operation|airdrop"
)
_BACK_AR = (
    r"الحادث|الحادثه|الانفجار|التفجير|الهجوم|الغاره|الغارات|القصف|الاستهداف"
    r"|العمليه|الانزال|الاشتباكات|الاشتباك|المعارك|المواجهات"
    r"|ذلك"  # "جرى ذلك في قرية الجنينة"
)
# "The ministry said the attack took place in ...", "وقالت الوزارة إن الهجوم وقع في"
_SAID = (
    r"(?:(?:\S+ ){1,3}(?:said|says|added|reported|قال\S*|اضاف\S*|ذكر\S*)"
    r" (?:that |ان )?)?"
)
# "According to the monitor, those villages included: ...", "Settlements
# brought under control include ...": the places of the event just told.
_AS_TOLD = r"(?:(?:[وف]?(?:بحسب|حسب|وفق)|according to)(?: \S+){1,3}?[،,] )?"
_LISTED = (
    r"(?:the|these|those) (?:\w+ )?(?:villages|towns|areas|settlements|places"
    r"|locations|sites|positions)(?: [\w/-]+){0,4}? (?:include|included|includes|are"
    r"|were)(?!\w)"
    r"|[وف]?(?:شملت|شمل|تشمل|يشمل|ضمت|تضم) (?:تلك|هذه) "
    r"|[وف]?(?:القري|البلدات|المناطق|المواقع)(?: \S+){0,3}? (?:هي|شملت|تشمل)(?!\w)"
)
POINTS_BACK = re.compile(
    rf"\W*{_AS_TOLD}{_SAID}(?:{_LISTED}"
    rf"|the (?:{_BACK_EN}) (?:\w+ )?(?:occurred|took place|happened|hit"
    r"|struck|targeted|was|were) (?:\w+ ){0,2}?(?:in|at|on|near)"
    r"|it (?:occurred|took place|happened) (?:\w+ ){0,2}?(?:in|at|on|near)"
    # "The victims were truffle hunters travelling in a truck in X province"
    r"|the (?:victims|dead) (?:were|was) (?:\w+ ){0,6}?(?:in|at|near|from)(?!\w)"
    # what the strikes did, and where: "A command post and 80 fighters were
    # destroyed in the area of X"
    r"|(?:\S+ ){1,25}?(?:were|was) (?:destroyed|killed|eliminated|wiped out)"
    r" (?:\w+ ){0,2}?(?:in|at|near|around)(?!\w)"
    rf"|[وف]?(?:وقع|وقعت|جري|جرت|تركز|تركزت) (?:{_BACK_AR})"
    r" (?:\S+ ){0,2}?(?:في|علي|ب)"
    rf"|[وف]?(?:{_BACK_AR}) (?:وقع|وقعت|جري|جرت|استهدف|طال) )"
)
# A place told without a name ("وقصفت طائرات المنطقة الشرقية"): somewhere else.
UNNAMED_PLACE = re.compile(
    r"(?<!\w)(?:[وفب]|لل)?(?:ال)?(?:منطقه|مناطق|قريه|قري|بلده|بلدات|مدينه|مدن)(?!\w)"
    r"|(?<!\w)(?:areas?|regions?|towns?|villages?|city|cities)(?!\w)"
)


def names_no_place(reading: Reading, segment: Segment) -> bool:
    """Return whether a segment's sentence names no place but a country or a
    distant capital (not even one the gazetteer lacks, after its cue: "قرية
    "الطكيحي"")."""
    if any(unknown_named(reading, *segment.sentence, cue) for cue in UNKNOWN_AFTER_CUE):
        return False
    return all(
        _no_site(reading, reading.resolved[i])
        for i in reading.mentions_in(*segment.sentence)
    )


def _no_site(reading: Reading, r: Resolved) -> bool:
    place = r.place
    if place is None or place.kind == "country":
        return place is not None and not _abroad(reading, r)
    if r.toponym.relation == "dateline" and place.kind in EMBEDDED_AT:
        return True  # "OMAR OIL FIELD, Syria: ...": where reporters were taken
    if place.kind != "city" or place.in_region:
        return False
    area = governorate(reading)
    if area is None:
        return False
    km = distance((place.lat, place.lon), (area.lat, area.lon)).km
    return km > GOVERNMENT_SEAT_KM and not told_in(reading, r)  # "في طهران"


def _abroad(reading: Reading, r: Resolved) -> bool:
    """Return whether a country named is where the event happened, and not the
    region's ("attacked 12 times in Iraq", "في العراق"), not whose forces."""
    return r.place.slug != HOME_COUNTRY and told_in(reading, r)


def only_place(reading: Reading) -> list[Host]:
    """Return the one in-region place a report names as a site, for an event
    whose sentence names no place but a country ("evacuated 40 truckloads from
    the group's last redoubt" in a report about Baghouz alone); none if the
    report names more. A desert named as where something happened ("in the
    al-Masrab desert") counts; a hometown ("who came from the town of X") not."""
    named = {
        r.place.slug: i
        for i, r in enumerate(reading.resolved)
        if _a_site(r) and (not is_reference(r) or in_a_desert(reading, r, AREAS))
    }
    if len(named) != 1 or any(_told_abroad(reading, r) for r in reading.resolved):
        return []
    (index,) = named.values()
    if reading.resolved[index].toponym.relation == "origin":
        return []
    why = "the only place the report names (none of its own)"
    return [Host(index, 2, why)]


def _told_abroad(reading: Reading, r: Resolved) -> bool:
    """Return whether the report tells of a site outside the region ("in Erbil",
    "قاعدة عين الأسد"): then it is not about its one in-region place alone."""
    place = r.place
    if place is None or place.in_region or place.kind in ("country", "governorate"):
        return False
    return place.kind in FOREIGN_SITES or told_in(reading, r)


def _a_site(r: Resolved) -> bool:
    """Return whether a mention is of an in-region place that can be a site (no
    river, country or area) and not where the news came from."""
    place = r.place
    return (
        place is not None
        and place.in_region
        and place.kind not in NEVER_HOST | AREAS | NEAR_AREAS
        and r.toponym.relation not in TOLD_FROM
    )


# "نزحت عشرات العائلات من قرية البوبدران ... جراء القصف الجوي": why they fled.
FLED_FROM = re.compile(
    r"(?<!\w)(?:[وف]?(?:جراء|بسبب|نتيجه|هربا من)|because of|due to|fleeing)"
    r"(?: \S+){0,2}\s*$"  # "جراء القصف الجوي والمدفعي"
)
CAUSE_WORDS = 40  # how far before its event word a cause word may be


def fled_from(
    reading: Reading, segments: list[Segment], hosts: list[list[Host]], i: int
) -> list[Host]:
    """Return the places a flight told just before was from, for a strike or a
    fight told as its cause with no place of its own."""
    here = segments[i]
    before = reading.text[max(0, here.trigger.start - CAUSE_WORDS) : here.trigger.start]
    if not FLED_FROM.search(normalise(before).text):
        return []
    for j in range(i - 1, -1, -1):
        there = segments[j]
        if there.sentence != here.sentence:
            return []
        if there.trigger.sub_type == "displacement":
            why = "where people fled from, because of it"
            return [replace(h, why=why) for h in hosts[j]]
    return []


def under_headline(reading: Reading, segment: Segment) -> list[Host]:
    """Return the sites the lead names for an event of the headline that names
    no place ("Ambush in the desert: IS kills 23 soldiers" / "IS targeted a
    bus on the T2 road in the al-Mayadin desert")."""
    end = reading.text.find("\n")
    line = reading.text[: end if end >= 0 else HEADLINE_READ]
    if segment.trigger.start >= len(line) or line.rstrip()[-1:] in (".", "!", "?", "؟"):
        return []  # not on the first line, or no headline: a sentence opens the report
    sentences = split_sentences(reading.text[:HEADLINE_READ])
    if len(sentences) < 2 or segment.sentence != sentences[0]:
        return []
    if reading.mentions_in(*segment.sentence):
        return []
    # the lead, after a stamp ("تاريخ النشر: 6th, March 2024 GMT", "By X")
    leads = [s for s in sentences[1:STAMPS] if not _stamp(reading, s)] or sentences[1:]
    lo, hi = leads[0]
    lead = Segment(
        lo, hi, (lo, hi), segment.trigger, tuple(reading.mentions_in(lo, hi))
    )
    why = "named by the lead under the headline"
    return [replace(h, why=why) for h in hosts_of(reading, lead)]


def _stamp(reading: Reading, sentence: tuple[int, int]) -> bool:
    """Return whether a line under a headline is a short stamp naming no place."""
    words = reading.text[slice(*sentence)].split()
    return len(words) <= STAMP_WORDS and not reading.mentions_in(*sentence)


def quarter_city(reading: Reading, segment: Segment) -> list[Host]:
    """Return the city named last before an event in a quarter the gazetteer
    lacks ("... في مدينة دير الزور. ... اشتباكات في حي الصناعة"): a quarter is
    part of its city."""
    if not unknown_named(reading, *segment.sentence, "quarter"):
        return []
    cities = [
        i
        for i in reading.mentions_in(0, segment.trigger.start)
        if (place := reading.resolved[i].place) is not None
        and place.kind == "city"
        and place.in_region
    ]
    why = "the city of the quarter it names (a quarter the gazetteer lacks)"
    return [Host(cities[-1], 2, why)] if cities else []


# "من جهة أخرى، خطف التنظيم ...", "Separately, ...": news of another matter.
OTHER_MATTER = re.compile(
    r"\W*(?:[وف]?(?:من جهه اخري|من جهه ثانيه|في سياق (?:اخر|منفصل)|علي صعيد اخر)"
    r"|separately|in a separate|elsewhere|in other news|on the other hand)(?!\w)",
    re.IGNORECASE,
)


def scene_before(
    reading: Reading, segment: Segment, last: tuple[int, str, list[Host]] | None
) -> list[Host]:
    """Return the named sites of the event told just before (its end, sub-type
    and hosts), for an event of another sub-type (not a control change) whose
    sentence names no place at all, not even unnamed ("the eastern region"):
    the fight goes on where it was told ("... هجوماً على البلدة نفسها.
    ... طائرات التحالف قصفت مخابئ المهاجمين")."""
    if last is None or segment.trigger.start - last[0] > SCENE_CHARS:
        return []
    if last[1] == segment.trigger.sub_type or _names_a_place(reading, segment):
        return []  # the same event told again, or one somewhere else
    if segment.trigger.sub_type == "territory_change":
        return []  # a control change names what changed hands
    if _moved_on(reading, last, segment):
        return []  # "... in Albu Kamal. An explosion hit a lab near al-Shaddadi."
    sentence = normalise(reading.text[slice(*segment.sentence)]).text
    if UNNAMED_PLACE.search(sentence) or OTHER_MATTER.match(sentence):
        return []
    why = "where the event told just before it was (its sentence names no place)"
    return [replace(h, why=why) for h in last[2] if h.precision < VAGUE_AREA]


def scene_set(
    reading: Reading, segments: list[Segment], segment: Segment
) -> list[Host]:
    """Return the sites the sentence just before names when it tells no event
    of its own, for an event (not a control change) whose sentence names no
    place: the scene was set there ("A car was moving between al-Kashma and
    al-Duwayr. It was targeted by a drone"), or a sentence before that one
    that names no place nor event ("... a cell in the village of al-Dahla.
    Our forces surrounded it. The terrorists opened fire"); of "between X and
    Y", X."""
    if segment.trigger.sub_type == "territory_change":
        return []
    if _names_a_place(reading, segment):
        return []
    lo = max(0, segment.sentence[0] - SCENE_CHARS)
    before = split_sentences(reading.text[lo : segment.sentence[0]])
    for start, end in reversed(before[-SCENE_SENTENCES:]):
        if start == 0 and lo > 0:
            return []  # the sentence runs longer than the window
        start, end = lo + start, lo + end
        if any(start <= s.trigger.start < end for s in segments):
            return []
        if reading.mentions_in(start, end):
            break
    else:
        return []
    sites = [
        i
        for i in reading.mentions_in(start, end)
        if _a_site(r := reading.resolved[i])
        and (not is_reference(r) or r.toponym.relation == "between")
        and r.toponym.relation not in ("origin", "toward")
    ]
    if any(reading.resolved[i].toponym.relation == "between" for i in sites):
        sites = sites[:1]
    why = "named in the sentence before, which set the scene (its own names none)"
    return [Host(i, 2, why) for i in sites]


def _names_a_place(reading: Reading, segment: Segment) -> bool:
    """Return whether a sentence names a place, other than where the news came
    from ("Enab Baladi's correspondent in Deir Ezzor reported ...")."""
    return any(
        reading.resolved[i].toponym.relation not in TOLD_FROM
        for i in reading.mentions_in(*segment.sentence)
    )


def _moved_on(reading: Reading, last: tuple, segment: Segment) -> bool:
    """Return whether a sentence between names another place than the last
    event's, one that is no country."""
    there = {reading.resolved[h.index].place.slug for h in last[2]}
    return any(
        (place := reading.resolved[i].place) is not None
        and place.kind != "country"
        and place.slug not in there
        for i in reading.mentions_in(last[0], segment.sentence[0])
    )


def told_next(reading: Reading, segment: Segment) -> list[Host]:
    """Return the sites named by the next sentence when it opens by pointing
    back at the event ("... killed in a car bomb blast. The incident occurred in
    the Shehel town", "ووقع الانفجار في بلدة الشحيل")."""
    start = segment.sentence[1]
    window = reading.text[start : start + NEXT_REACH]
    sentences = split_sentences(window)
    if not sentences:
        return []
    lo, hi = (start + sentences[0][0], start + sentences[0][1])
    if not POINTS_BACK.match(normalise(reading.text[lo:hi]).text):
        return []
    nxt = Segment(lo, hi, (lo, hi), segment.trigger, tuple(reading.mentions_in(lo, hi)))
    why = "named by the next sentence, which points back at it"
    return [replace(h, why=why) for h in hosts_of(reading, nxt)]
