"""Help label the corpus: turn surfaces into offset spans, and check the labels.

``labels.json`` gives, per report, every in-region toponym as
``{"surface", "start", "end", "place"}`` (Python character offsets into the
file's text, the gazetteer slug). Writing offsets by hand is error-prone, so a
labeller lists the surfaces of each place and lets :func:`spans` find every
whole-word occurrence (an Arabic proclitic و ف ب ل ك may precede it; longer
surfaces win over the shorter ones inside them). Then read the spans back.

Run ``.venv/bin/python -m tests.corpus.labelling [DIR]`` to check that every span's
surface is the text at its offsets, that spans do not overlap, and that every
slug is in the gazetteer.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROCLITICS = "وفبلك"


def _is_letter(char: str) -> bool:
    return char.isalpha()


def whole_word(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] stands as a word (one Arabic proclitic
    allowed before it): "al-Qaim" in "Kamal-Qaim" does not."""
    return _whole_word(text, start, end)


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if _is_letter(after):
        return False
    if not _is_letter(before):
        return True
    # One Arabic proclitic (وبالصالحية has two: و + ب) standing at a word start.
    i = start - 1
    while i >= 0 and text[i] in PROCLITICS and start - i <= 2:
        i -= 1
    return i < 0 or (not _is_letter(text[i]) and start - i - 1 <= 2)


def spans(text: str, places: dict[str, list[str]]) -> list[dict]:
    """Return a span for each whole-word occurrence of each place's surfaces."""
    pairs = [
        (surface, slug) for slug, surfaces in places.items() for surface in surfaces
    ]
    pairs.sort(key=lambda pair: -len(pair[0]))
    taken: list[tuple[int, int]] = []
    found = []
    for surface, slug in pairs:
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            free = all(end <= s or start >= e for s, e in taken)
            if free and _whole_word(text, start, end):
                taken.append((start, end))
                found.append(
                    {"surface": surface, "start": start, "end": end, "place": slug}
                )
            start = text.find(surface, start + 1)
    return sorted(found, key=lambda span: span["start"])


def problems(labels: dict, slugs: set[str], folder: Path = HERE) -> list[str]:
    """Return what is wrong with the labels (empty when they are consistent)."""
    found = []
    for name, label in labels.items():
        text = (folder / name).read_text(encoding="utf-8")
        known = slugs | {f"missing:{key}" for key in label.get("missing_places", {})}
        previous_end = -1
        for span in label["toponyms"]:
            where = f"{name} {span['start']}-{span['end']}"
            if text[span["start"] : span["end"]] != span["surface"]:
                found.append(f"{where}: text is {text[span['start'] : span['end']]!r}")
            if span["start"] < previous_end:
                found.append(f"{where}: overlaps the span before it")
            if span["place"] not in known:
                found.append(f"{where}: unknown slug {span['place']}")
            previous_end = span["end"]
        for event in label["events"]:
            if event[2] not in known:
                found.append(f"{name}: event at unknown slug {event[2]}")
        if not label.get("sources"):
            found.append(f"{name}: no sources")
    return found


def main(argv: list[str]) -> int:
    from places.gazetteer import read_csv

    from .score import CSV

    folder = Path(argv[0]) if argv else HERE
    labels = json.loads((folder / "labels.json").read_text(encoding="utf-8"))
    found = problems(labels, {entry.slug for entry in read_csv(CSV)}, folder)
    print("\n".join(found) or f"{len(labels)} reports, labels consistent")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
