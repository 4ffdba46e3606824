"""Measure how long one scrub step takes to redraw the map with 10k and 100k events.

Run with `make bench`. Each size gets a throw-away SpatiaLite database, a real
`runserver` and headless Chromium; a step is timed from the click on "step
forward" to the frame after the map shows the new window. Asserts nothing.
"""

import atexit
import datetime
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST = datetime.date(2017, 9, 1)
DAYS = 560
STEPS = 8


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(n: int) -> None:
    """Fill the configured database with n events spread over DAYS and the places."""
    from django.contrib.gis.geos import Point
    from django.core.management import call_command

    from places.models import Article, Event, Place

    call_command("migrate", verbosity=0)
    call_command("load_reference_data", verbosity=0)
    call_command("load_gazetteer", verbosity=0)
    article = Article.objects.create(title="bench", body="bench", language="en")
    places = list(Place.objects.filter(in_region=True, point__isnull=False))
    rng = random.Random(n)
    kinds = [("explosions", "air_strike"), ("explosions", "shelling"),
             ("battles", "armed_clash"), ("displacement", "displacement")]  # fmt: skip
    batch = []
    for _ in range(n):
        place = rng.choice(places)
        day = FIRST + datetime.timedelta(days=rng.randrange(DAYS))
        type_, sub_type = rng.choice(kinds)
        jitter = Point(place.point.x + rng.uniform(-0.02, 0.02),
                       place.point.y + rng.uniform(-0.02, 0.02), srid=4326)  # fmt: skip
        batch.append(Event(article=article, place=place, date_start=day, date_end=day,
                           event_type=type_, sub_type=sub_type, point=jitter,
                           excerpt="bench"))  # fmt: skip
    Event.objects.bulk_create(batch, batch_size=5000)


def measure(port: int, label: str) -> None:
    from playwright.sync_api import sync_playwright

    start = FIRST + datetime.timedelta(days=200)
    end = start + datetime.timedelta(days=29)
    url = f"http://127.0.0.1:{port}/?from={start}&to={end}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--no-sandbox", "--disable-gpu"])  # fmt: skip
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(f'#visible-count[data-end="{end}"]', timeout=120_000)
        first = time.perf_counter() - started
        count = page.locator("#visible-count").get_attribute("data-count")
        renderer = page.locator("#map").get_attribute("data-renderer")
        steps = []
        for i in range(1, STEPS + 1):
            target = end + datetime.timedelta(days=i)
            started = time.perf_counter()
            page.click("#step-forward")
            page.wait_for_selector(f'#visible-count[data-end="{target}"]')
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
            steps.append(time.perf_counter() - started)
        browser.close()
    median = statistics.median(steps) * 1000
    print(
        f"{label}: {count} events in a 30-day window ({renderer}); first draw "
        f"{first * 1000:.0f} ms; scrub step median {median:.0f} ms, "
        f"max {max(steps) * 1000:.0f} ms over {STEPS} steps"
    )


def run(n: int) -> None:
    work = Path(tempfile.mkdtemp(prefix="conflictmap-mapbench-"))
    atexit.register(shutil.rmtree, work, ignore_errors=True)
    env = {**os.environ, "DATABASE_URL": f"spatialite:///{work / 'db.sqlite3'}",
           "CELERY_BROKER_DIR": str(work / "broker"),
           "DJANGO_SETTINGS_MODULE": "conflictmap.settings"}  # fmt: skip
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "tests.bench.bench_map", "--seed", str(n)],
                   cwd=ROOT, env=env, check=True)  # fmt: skip
    print(f"{n:,} events stored in {time.perf_counter() - started:.0f} s")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload",
         "--skip-checks"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        time.sleep(3)
        measure(port, f"{n:,} events")
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        import django

        django.setup()
        seed(int(sys.argv[2]))
    else:
        for size in (10_000, 100_000):
            run(size)
