"""The broker goes away while articles are being ingested, then comes back.

Redis: a redis-server of the test's own, stopped (without persistence, so what it
held is gone too) while `manage.py ingest` runs, then started again. The default
filesystem broker: its queue folder disappears mid-ingest and comes back. Either
way every article ends enriched, once `manage.py enqueue_pending` has run. A
Redis worker reconnects by itself; a filesystem worker exits when its folder
vanishes (kombu treats that as unrecoverable) and is restarted, as a supervisor
would.
"""

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db.models import Count

from places import ingest
from places.models import Article, Mention

from ..base import ROOT, load_geodata, wait_for
from .processes import (
    Redis,
    elapsed_since,
    ended,
    env,
    kill_group,
    start_worker,
    stop,
)

pytestmark = pytest.mark.worker

ARTICLES = 200
BODY = (
    "Coalition air strikes hit Hajin yesterday, killing five civilians. "
    "Clashes between the SDF and ISIS continued in al-Shafah and al-Susah."
)


def write_reports(folder: Path) -> None:
    folder.mkdir()
    for number in range(ARTICLES):
        text = f"Report {number:03d} from the Euphrates valley\n{BODY}"
        (folder / f"report-{number:03d}.txt").write_text(text, encoding="utf-8")


def manage(*args: str, broker: dict) -> subprocess.Popen:
    command = [sys.executable, "manage.py", *args]
    return subprocess.Popen(
        command, cwd=ROOT, env=env(**broker), text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip


def outage_during_ingest(tmp_path: Path, broker: dict, down, up) -> dict:
    """Ingest a folder; take the broker down and up again while it runs."""
    load_geodata()
    reports = tmp_path / "reports"
    write_reports(reports)
    log = tmp_path / "processes.log"
    worker = start_worker(log, **broker)
    started = time.monotonic()
    run = None
    try:
        run = manage("ingest", str(reports), "--published", "2018-10-11", broker=broker)
        assert wait_for(lambda: Article.objects.count() >= 10, timeout=60, every=0.01)
        down()
        saved = Article.objects.count()
        if not wait_for(lambda: Article.objects.count() >= saved + 3, timeout=60):
            run.kill()
            pytest.fail(f"ingestion stalled at {saved}: {run.communicate()}")
        up()
        _out, err = run.communicate(timeout=300)
        unsent = Article.objects.filter(error__startswith=ingest.BROKER_DOWN).count()
        pending = manage("enqueue_pending", broker=broker).communicate(timeout=120)
        restarts = 0
        deadline = time.monotonic() + 180
        while enriched() < ARTICLES and time.monotonic() < deadline:
            if ended(worker):  # restarted, as a supervisor would
                kill_group(worker)  # and nothing of the old one is left
                restarts += 1
                worker = start_worker(log, **broker)
            time.sleep(0.2)
        # Duplicates sent by enqueue_pending may still be running: a warm stop
        # lets them finish, so no article is caught `processing` again.
        stop(worker)
        assert enriched() == ARTICLES, f"{enriched()} enriched\n{log.read_text()}"
    finally:
        if worker.returncode is None:
            stop(worker)
        if run is not None and run.poll() is None:  # a failure above: no leftover
            run.kill()
            run.communicate()
    print(f"outage during ingest, {ARTICLES} articles: {elapsed_since(started)}")
    return {"returncode": run.returncode, "stderr": err, "unsent": unsent,
            "pending": pending, "worker_restarts": restarts}  # fmt: skip


def enriched() -> int:
    return Article.objects.filter(status=Article.Status.ENRICHED).count()


def assert_nothing_lost(outcome: dict) -> None:
    assert outcome["returncode"] == 1, outcome["stderr"]
    assert "broker) is unreachable" in outcome["stderr"]
    assert outcome["unsent"] >= 1  # the outage really hit the ingestion
    assert "sent to the worker" in outcome["pending"][0]
    assert Article.objects.count() == ARTICLES
    assert not Article.objects.exclude(status="enriched").exists()
    assert not Article.objects.exclude(error="").exists()
    counts = set(
        Article.objects.annotate(n=Count("events")).values_list("n", flat=True)
    )
    assert len(counts) == 1 and counts != {0}, counts
    doubled = (
        Mention.objects.values("article", "start", "end")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    assert not doubled.exists()


@pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server")
def test_redis_stopped_while_ingesting_loses_nothing(transactional_db, tmp_path):
    redis = Redis(tmp_path / "redis.log")
    redis.start()
    try:
        broker = {"CELERY_BROKER_URL": redis.url}
        outcome = outage_during_ingest(tmp_path, broker, redis.stop, redis.start)
    finally:
        redis.stop()
    assert_nothing_lost(outcome)
    assert outcome["worker_restarts"] == 0  # it reconnected by itself


def test_filesystem_broker_gone_while_ingesting_loses_nothing(
    transactional_db, tmp_path
):
    folder = tmp_path / "broker"
    queue, away = folder / "queue", folder / "queue.away"
    broker = {"CELERY_BROKER_URL": "filesystem://localhost//",
              "CELERY_BROKER_DIR": str(folder)}  # fmt: skip
    folder.mkdir()
    queue.mkdir()

    def down() -> None:
        queue.rename(away)

    def up() -> None:
        away.rename(queue)

    outcome = outage_during_ingest(tmp_path, broker, down, up)
    assert_nothing_lost(outcome)
    # kombu's filesystem transport treats a vanished folder as unrecoverable: the
    # worker exits and its supervisor starts it again (README, "for a team").
    print(f"worker restarts after the folder's absence: {outcome['worker_restarts']}")
