import sys
from pathlib import Path

import pytest
from django.db import connection

from places import ingest

from .base import demo_rows, load_geodata, make_article


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


@pytest.fixture(autouse=True)
def empty_task_queue(request):
    """A worker test starts, and leaves, the run's task queue empty.

    Other tests leave messages there (an article added in the admin, a retry on the
    status page, what a stopped worker gave back): a worker would take them, and
    with SQLite they can name an id given out again after a rolled-back test, so
    an article of this test would be enriched once more than it expects.
    """
    if request.node.get_closest_marker("worker") is None:
        yield
        return
    from .faults.processes import purge_queue

    purge_queue()
    yield
    purge_queue()


@pytest.fixture
def worker(transactional_db, tmp_path):
    """A real Celery worker process on the test database and the run's queue,
    consuming by the time the test starts; stopped (warm, then killed) after it."""
    from .faults.processes import node_name, start, stop, wait_until_ready

    log = tmp_path / "worker.log"
    name = node_name()
    command = [
        sys.executable, "-m", "celery", "-A", "conflictmap", "worker",
        "--pool=solo", "--loglevel=INFO", "--without-gossip", "--without-mingle",
        "-n", name,
    ]  # fmt: skip
    process = start(command, log)
    try:
        wait_until_ready(process, log, name)
        yield process
    finally:
        stop(process)
        print(log.read_text())
