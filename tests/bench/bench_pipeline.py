"""Measure the stored pipeline: worker throughput and API response times.

Run with `make bench`. Uses a throw-away SpatiaLite database and broker folder
(or DATABASE_URL / CELERY_BROKER_URL if set), prints figures, asserts nothing.
"""

import atexit
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = Path(tempfile.mkdtemp(prefix="conflictmap-bench-"))
atexit.register(shutil.rmtree, WORK, ignore_errors=True)
os.environ.setdefault("DATABASE_URL", f"spatialite:///{WORK / 'bench.sqlite3'}")
os.environ.setdefault("CELERY_BROKER_DIR", str(WORK / "broker"))
os.environ.setdefault("CELERY_QUEUE", f"bench-{os.getpid()}")
os.environ["DJANGO_SETTINGS_MODULE"] = "conflictmap.settings"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from places import ingest  # noqa: E402
from places.models import Article, Event  # noqa: E402

PUBLISHED = datetime.date(2018, 2, 8)
ARTICLES = int(os.environ.get("BENCH_ARTICLES", "200"))
SAMPLE = (ROOT / "places/data/samples/khasham-2018-02-08.ar.txt").read_text("utf-8")


def start_worker(concurrency: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "celery", "-A", "conflictmap", "worker",
               f"--concurrency={concurrency}", "--loglevel=WARNING",
               "--without-gossip", "--without-mingle"]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def worker_throughput(concurrency: int) -> None:
    start = time.perf_counter()
    for i in range(ARTICLES):
        ingest.submit(title=f"Bench {concurrency}/{i}", body=f"{SAMPLE}\n({i})",
                      language="ar", published=PUBLISHED)  # fmt: skip
    queued = time.perf_counter() - start
    worker = start_worker(concurrency)
    start = time.perf_counter()
    try:
        while Article.objects.pending().exists():
            time.sleep(0.2)
        elapsed = time.perf_counter() - start
    finally:
        worker.terminate()
        worker.wait(30)
    print(
        f"worker, concurrency {concurrency}: {ARTICLES} sample-sized articles "
        f"saved+queued in {queued:.1f} s, enriched in {elapsed:.1f} s "
        f"({ARTICLES / elapsed:.1f} articles/s, includes worker start-up)"
    )


def api_times() -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    queries = {
        "events, 30-day window": "/api/events/?start=2018-01-10&end=2018-02-08",
        "events, everything": "/api/events/",
        "histogram": "/api/histogram/",
        "control areas on a date": "/api/control-areas/?date=2018-02-08",
    }
    print(f"API with {Event.objects.count():,} events stored:")
    for name, url in queries.items():
        runs = []
        for _ in range(5):
            start = time.perf_counter()
            response = client.get(url)
            runs.append(time.perf_counter() - start)
        size = len(response.content) / 1024
        print(f"  {name}: median {sorted(runs)[2] * 1000:.0f} ms, {size:,.0f} KiB")


def main() -> None:
    call_command("migrate", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    call_command("load_gazetteer", verbosity=0)
    worker_throughput(1)
    worker_throughput(2)
    api_times()


if __name__ == "__main__":
    main()
