"""Orders to leave, which displace people as surely as fighting does: "ISIS
declared two villages a military zone and asked residents to leave", "طالب
التنظيم الأهالي بإخلاء القرية" (the one who ordered may come between, so the
Arabic phrases start at who was told to go)."""

EVACUATION_ORDERS = [
    "asked residents to leave", "ordered residents to leave",
    "told residents to leave", "ordered civilians to leave",
    "asked civilians to leave", "ordered the residents to leave",
    "ordered the evacuation of", "ordered residents to evacuate",
    "الأهالي بإخلاء", "الأهالي بمغادرة", "الأهالي إلى مغادرة", "الأهالي إلى إخلاء",
    "السكان بإخلاء", "السكان بمغادرة", "السكان إلى مغادرة", "السكان إلى إخلاء",
]  # fmt: skip
