"""Words met in the real-ae reports (sentences here are the team's own): "the
city's quarters" name no quarter the gazetteer lacks."""

import datetime

from places.geoparsing import geoparse
from tests import reading

MONDAY = datetime.date(2017, 1, 30)


def test_the_city_s_quarters_at_large_are_no_unknown_quarter():
    text = (
        "وقال ناشط من مدينة دير الزور اليوم إن مروحيات هبطت في اللواء 137. واستطاع "
        "التنظيم حصار المطار العسكري وفصله عن أحياء المدينة بعد معارك استمرت "
        "لأيام، ويحاول اقتحامه."
    )
    found = geoparse(text, MONDAY, reading.curated()).events
    assert not [e for e in found if "quarter" in " ".join(e.why)]
