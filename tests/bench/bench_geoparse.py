"""Measure the geoparser: gazetteer build time, throughput and peak memory.

Run with `make bench`. Prints figures; asserts nothing.
"""

import datetime
import statistics
import time
import tracemalloc
from pathlib import Path

from places import gazetteer, geoparsing

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "places" / "data"
PUBLISHED = datetime.date(2018, 2, 8)
ENGLISH = (
    "Coalition rockets hit Hatla and Salhiyah late Wednesday, and clashes broke "
    "out in Khasham and Jadid Ikaydat, 8 km east of the Euphrates."
)


def timed(fn, repeat: int) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return runs


def main() -> None:
    entries = gazetteer.read_csv(DATA / "gazetteer.csv")
    build = timed(lambda: gazetteer.Gazetteer(entries), 5)
    gaz = gazetteer.Gazetteer(entries)
    print(f"gazetteer: {len(entries)} places, build median {median_ms(build)} ms")
    sample = (DATA / "samples" / "khasham-2018-02-08.ar.txt").read_text("utf-8")
    runs = timed(lambda: geoparsing.geoparse(sample, PUBLISHED, gaz), 20)
    rate = len(sample) / statistics.median(runs)
    print(
        f"sample article ({len(sample)} chars): median {median_ms(runs)} ms, "
        f"{rate / 1000:.0f}k chars/s"
    )
    big = (sample + "\n") * 200
    tracemalloc.start()
    runs = timed(lambda: geoparsing.geoparse(big, PUBLISHED, gaz), 1)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"{len(big):,} chars (sample x200): {runs[0]:.2f} s, "
        f"peak traced memory {peak / 2**20:.0f} MiB"
    )
    mixed = sample + "\n" + ENGLISH + "\n"
    megabyte = mixed * (2**20 // len(mixed))
    runs = timed(lambda: geoparsing.geoparse(megabyte, PUBLISHED, gaz), 1)
    print(f"{len(megabyte):,} chars (Arabic + English, ~1 MiB): {runs[0]:.2f} s")
    # The worst case the ingestion test feeds a worker: 11,000 undated events.
    undated = ("Clashes in Hajin. " * 20_000)[:200_000]
    runs = timed(lambda: geoparsing.geoparse(undated, PUBLISHED, gaz), 1)
    print(f"{len(undated):,} chars of 'Clashes in Hajin.': {runs[0]:.2f} s")
    many = [
        gazetteer.PlaceEntry(
            slug=f"p{i}", name_en=f"Makan {i}", name_ar=f"قرية المكان {i}",
            kind="village", lat=35.0, lon=40.0, in_region=True,
            aliases=(f"Place {i} Jadid", f"جديد المكان {i}", f"Makan {i}"),
        )
        for i in range(1000)
    ]  # fmt: skip
    build = timed(lambda: gazetteer.Gazetteer(many), 5)
    print(f"gazetteer of 1,000 generated places: build median {median_ms(build)} ms")


def median_ms(runs: list[float]) -> str:
    return f"{statistics.median(runs) * 1000:.1f}"


if __name__ == "__main__":
    main()
