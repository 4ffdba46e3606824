"""Real processes for the fault tests: Celery workers, beat, a Redis of our own."""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from ..base import ROOT, wait_for
from ..conftest import database_url


def env(**extra: str) -> dict[str, str]:
    """The environment of a process on the test database and the run's queue."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conflictmap.settings",
        "DATABASE_URL": database_url(),
        **extra,
    }


def start(command: list[str], log: Path, **extra: str) -> subprocess.Popen:
    """Start a process in its own group (so kill -9 takes its children too)."""
    with open(log, "a") as out:
        return subprocess.Popen(
            command, cwd=ROOT, env=env(**extra), stdout=out, stderr=out,
            start_new_session=True,
        )  # fmt: skip


def start_worker(log: Path, concurrency: int = 2, **extra: str) -> subprocess.Popen:
    command = [
        sys.executable, "-m", "celery", "-A", "conflictmap", "worker",
        "--pool=prefork", f"--concurrency={concurrency}", "--loglevel=INFO",
        "--without-gossip", "--without-mingle", "--without-heartbeat",
    ]  # fmt: skip
    return start(command, log, **extra)


def start_beat(log: Path, schedule: Path, **extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "celery", "-A", "conflictmap", "beat",
               "--loglevel=INFO", "-s", str(schedule)]  # fmt: skip
    return start(command, log, **extra)


def kill_group(process: subprocess.Popen) -> None:
    """kill -9 the process and every child of it, and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def stop(process: subprocess.Popen) -> None:
    """Stop a process politely, then not."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        kill_group(process)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


class Redis:
    """A throw-away redis-server on a free port, without persistence."""

    def __init__(self, log: Path) -> None:
        self.port = free_port()
        self.log = log
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                   "--save", "", "--appendonly", "no"]  # fmt: skip
        with open(self.log, "a") as out:
            self.process = subprocess.Popen(command, stdout=out, stderr=out)
        assert wait_for(lambda: listening(self.port), timeout=20), "redis did not start"

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        assert wait_for(lambda: not listening(self.port), timeout=10)


def elapsed_since(start_time: float) -> str:
    return f"{time.monotonic() - start_time:.1f} s"


def purge_queue() -> int:
    """Drop what is left in the run's task queue, so no later test's worker gets
    a message about an article of this test (ids start again in the next one)."""
    from conflictmap.celery import app

    return app.control.purge()
