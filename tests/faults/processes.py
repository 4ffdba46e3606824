"""Real processes for the fault tests: Celery workers, beat, a Redis of our own."""

import contextlib
import os
import random
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from ..base import ROOT, wait_for
from ..conftest import database_url

# How long a worker may take to start on a loaded machine before the test fails.
READY_TIMEOUT = 120


def env(**extra: str) -> dict[str, str]:
    """The environment of a process on the test database and the run's queue."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conflictmap.settings",
        "DATABASE_URL": database_url(),
        # The tests read the processes' INFO lines (a worker's "ready.", beat's
        # "Sending due task"), whatever LOG_LEVEL the caller's shell has.
        "LOG_LEVEL": "INFO",
        **extra,
    }


def start(command: list[str], log: Path, **extra: str) -> subprocess.Popen:
    """Start a process in its own group (so kill -9 takes its children too)."""
    with open(log, "a") as out:
        return subprocess.Popen(
            command, cwd=ROOT, env=env(**extra), stdout=out, stderr=out,
            start_new_session=True,
        )  # fmt: skip


def node_name() -> str:
    """A worker name of its own: Redis is shared by runs (one db), and so is its
    broadcast (pidbox) channel, which addresses workers by name."""
    return f"test-{uuid.uuid4().hex[:10]}@%h"


def start_worker(log: Path, concurrency: int = 2, **extra: str) -> subprocess.Popen:
    """Start a prefork worker and return once it consumes (see wait_until_ready)."""
    name = node_name()
    command = [
        sys.executable, "-m", "celery", "-A", "conflictmap", "worker",
        "--pool=prefork", f"--concurrency={concurrency}", "--loglevel=INFO",
        "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", name,
    ]  # fmt: skip
    process = start(command, log, **extra)
    wait_until_ready(process, log, name)
    return process


def wait_until_ready(
    process: subprocess.Popen, log: Path, name: str, timeout: float = READY_TIMEOUT
) -> None:
    """Wait for the worker's "<name> ready." line (it consumes from then on).

    Fails the test, with the log, if the worker exits first or is not ready in
    time; in either case the worker is stopped.
    """
    prefix = name.split("@", 1)[0]
    ready = re.compile(rf"\b{re.escape(prefix)}@\S+ ready\.")

    def done() -> bool:
        return ended(process) or bool(ready.search(log_text(log)))

    wait_for(done, timeout=timeout, every=0.1)
    if not ended(process) and ready.search(log_text(log)):
        return
    why = "exited" if ended(process) else f"was not ready in {timeout} s"
    stop(process)
    pytest.fail(f"worker {name} {why} (code {process.returncode}):\n{log_text(log)}")


def log_text(log: Path) -> str:
    return log.read_text(errors="replace") if log.exists() else ""


def start_beat(log: Path, schedule: Path, **extra: str) -> subprocess.Popen:
    command = [sys.executable, "-m", "celery", "-A", "conflictmap", "beat",
               "--loglevel=INFO", "-s", str(schedule)]  # fmt: skip
    return start(command, log, **extra)


def kill_group(process: subprocess.Popen) -> None:
    """kill -9 the process and every child of it, and reap it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def stop(process: subprocess.Popen, timeout: float = 60) -> None:
    """Stop a process politely, then not; nothing of its group outlives it.

    SIGTERM goes to the main process only: a Celery worker then shuts down warm,
    letting its pool children finish the tasks they are running. Sent to the whole
    group it would kill those children mid-task (they take SIGTERM's default
    action), leaving an article `processing` after the test saw it enriched.
    """
    if not ended(process):
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGTERM)
        wait_for(lambda: ended(process), timeout=timeout, every=0.1)
    kill_group(process)  # what is left of it, or all of it if it would not stop


def ended(process: subprocess.Popen) -> bool:
    """Whether the process has exited, without reaping it: until kill_group reaps
    it, its id (its group's id) cannot be given to a new process."""
    if process.returncode is not None:
        return True
    try:
        flags = os.WEXITED | os.WNOHANG | os.WNOWAIT
        return os.waitid(os.P_PID, process.pid, flags) is not None
    except ChildProcessError:
        return True


def free_port() -> int:
    """A free port below the kernel's ephemeral range.

    The Redis test stops its server and starts it again on the same port; a port
    from the ephemeral range could meanwhile be taken as the local end of one of
    the many outgoing connections (or by a port-0 listener) of the processes.
    """
    low = ephemeral_low()
    for _ in range(200):
        port = random.randrange(20000, low)
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in 20000-{low}")


def ephemeral_low() -> int:
    with contextlib.suppress(OSError, ValueError):
        text = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text()
        return max(int(text.split()[0]), 20001)
    return 32768


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
        process = self.process
        wait_for(lambda: process.poll() is not None or listening(self.port), 30)
        # Alive as well as listening: not some other server that took the port.
        assert process.poll() is None and listening(self.port), (
            f"redis-server did not start on {self.port}:\n{log_text(self.log)}"
        )

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
