import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from places import ingest

from .base import ROOT, demo_rows, load_geodata, make_article


@pytest.fixture
def geodata(db):
    load_geodata()


@pytest.fixture
def enriched_demo(transactional_db):
    """The demo articles enriched in this process; returns them."""
    load_geodata()
    articles = [make_article(**row) for row in demo_rows()]
    return [ingest.process_article(a) for a in articles]


def database_url() -> str:
    """Return a URL for the test database, for a process started by a test."""
    s = connection.settings_dict
    if s["ENGINE"].endswith("spatialite"):
        return f"spatialite:///{Path(s['NAME']).resolve()}"
    host, port = s.get("HOST") or "127.0.0.1", s.get("PORT") or 5432
    user = s.get("USER") or "postgres"
    return f"postgis://{user}@{host}:{port}/{s['NAME']}"


@pytest.fixture
def worker(transactional_db, tmp_path):
    """A real Celery worker process on the test database and the run's queue."""
    log = tmp_path / "worker.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conflictmap.settings",
        "DATABASE_URL": database_url(),
    }
    command = [
        sys.executable, "-m", "celery", "-A", "conflictmap", "worker",
        "--pool=solo", "--loglevel=INFO", "--without-gossip", "--without-mingle",
    ]  # fmt: skip
    with open(log, "w") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=out)
    try:
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        print(log.read_text())
