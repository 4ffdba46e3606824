"""Numbers written in digits or words, Arabic and English ("مئة وستة", "twenty-two").

Vague quantities ("عشرات" tens, "dozens", "scores") are not numbers: they give
None, so that a fatality count is left empty rather than guessed.
"""

import re

from .normalisation import normalise_name

_UNITS_AR = {
    "واحد": 1, "واحده": 1, "احد": 1, "اثنان": 2, "اثنين": 2, "اثنا": 2, "اثني": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6,
    "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9,
    "تسعه": 9, "عشر": 10, "عشره": 10,
}  # fmt: skip
_TENS_AR = {
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40,
    "اربعون": 40, "خمسين": 50, "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70,
    "سبعون": 70, "ثمانين": 80, "ثمانون": 80, "تسعين": 90, "تسعون": 90,
}  # fmt: skip
_BIG_AR = {
    "مئه": 100, "مائه": 100, "مئتين": 200, "مئتان": 200, "مائتين": 200,
    "مائتان": 200, "ثلاثمئه": 300, "ثلاثمائه": 300, "اربعمئه": 400, "خمسمئه": 500,
    "الف": 1000, "الفين": 2000, "الفان": 2000,
}  # fmt: skip
_UNITS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1,
}  # fmt: skip
_TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_BIG_EN = {"hundred": 100, "thousand": 1000}
VALUES = {
    normalise_name(k): v
    for table in (_UNITS_AR, _TENS_AR, _BIG_AR, _UNITS_EN, _TENS_EN)
    for k, v in table.items()
}
MULTIPLIERS = {normalise_name(k): v for k, v in {**_BIG_AR, **_BIG_EN}.items()}
# Words that are counts but not numbers: "عشرات" (tens of), "dozens", "scores".
VAGUE = frozenset(
    normalise_name(w)
    for w in [
        "عشرات", "مئات", "الاف", "آلاف", "dozens", "scores", "hundreds", "thousands",
        "several",
    ]
)  # fmt: skip
# A run of number words: "مئه وسته", "اثنان وعشرون", "ثمانيه عشر", "twenty two".
WORD_RUN = re.compile(
    r"(?<!\w)(?:(?:a|an|one) )?(?:"
    + "|".join(map(re.escape, sorted({*VALUES, *MULTIPLIERS}, key=len, reverse=True)))
    + r")(?:(?: | و|-| and |و)(?:"
    + "|".join(map(re.escape, sorted({*VALUES, *MULTIPLIERS}, key=len, reverse=True)))
    + r"))*(?!\w)"
)


def parse_number(text: str) -> float | None:
    """Return the value of digits or number words, None for vague or unknown ones.

    The text is normalised first (أربعة -> اربعه, Twenty-two -> twenty two).
    """
    text = normalise_name(text).strip()
    if not text:
        return None
    digits = text.replace(",", "")
    try:
        return float(digits) if "." in digits else int(digits)
    except ValueError:
        pass
    words = re.split(r" and | |-", text)
    known = VALUES.keys() | MULTIPLIERS.keys()
    words = [w[1:] if w.startswith("و") and w[1:] in known else w for w in words]
    # "الأربعة والعشرين ساعة": number words with the article
    words = [_bare(w, known) for w in words]
    return _words_value([w for w in words if w and w not in ("and", "و")])


def _bare(word: str, known) -> str:
    for article in ("وال", "ال"):
        if word.startswith(article) and word[len(article) :] in known:
            return word[len(article) :]
    return word


def _words_value(words: list[str]) -> int | None:
    if not words or any(w in VAGUE for w in words):
        return None
    total, current = 0, 0
    for i, word in enumerate(words):
        if word in MULTIPLIERS and word not in VALUES:
            factor = MULTIPLIERS[word]
            if factor >= 1000:
                total += max(current, 1) * factor
                current = 0
            else:
                current = max(current, 1) * factor
        elif word in VALUES:
            value = VALUES[word]
            # "ثمانيه عشر" is 8 + 10; "اثنا عشر" 12: a ten after a unit adds.
            current += value
        else:
            return None
        if i == 0 and word in ("a", "an") and len(words) == 1:
            return None
    return total + current


def number_words_pattern() -> str:
    """Return a regex alternative matching digits or a run of number words."""
    return rf"(?:\d[\d,]*|{WORD_RUN.pattern})"
