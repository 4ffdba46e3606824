"""Test settings: the real ones, with a queue and broker folder of the run's own.

The queue name and folder go through the environment so that a worker process
started by a test reads the same ones.
"""

import atexit
import os
import shutil
import tempfile
import uuid

os.environ.setdefault("CELERY_QUEUE", f"conflictmap-test-{uuid.uuid4().hex[:8]}")
if "CELERY_BROKER_DIR" not in os.environ:  # a worker a test starts inherits it
    _BROKER_DIR = tempfile.mkdtemp(prefix="conflictmap-broker-")
    os.environ["CELERY_BROKER_DIR"] = _BROKER_DIR
    atexit.register(shutil.rmtree, _BROKER_DIR, ignore_errors=True)
# Playwright's sync API runs an event loop in the test thread; the ORM calls
# made there by fixtures are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

from conflictmap.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# A test database of the run's own, so two runs in one checkout never share one.
_RUN = uuid.uuid4().hex[:8]
if DATABASES["default"]["ENGINE"].endswith("spatialite"):  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(VAR_DIR / f"test-conflictmap-{_RUN}.sqlite3")  # noqa: F405
    }
else:
    DATABASES["default"]["TEST"] = {"NAME": f"test_conflictmap_{_RUN}"}  # noqa: F405
