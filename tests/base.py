"""Small builders shared by the tests: the sample article and the demo data."""

import datetime
import io
import json
import time
from collections.abc import Callable
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.management import call_command

from places.management.commands.load_demo import SAMPLE_TITLE
from places.models import Article
from places.roles import ensure_roles

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "places" / "data"
SAMPLE = DATA / "samples" / "khasham-2018-02-08.ar.txt"
SAMPLE_PUBLISHED = datetime.date(2018, 2, 8)


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def load_geodata() -> None:
    """Load reference lines, areas of control and the gazetteer, quietly."""
    call_command("load_reference_data", stdout=io.StringIO())
    call_command("load_gazetteer", stdout=io.StringIO())


def demo_rows() -> list[dict]:
    rows = json.loads((DATA / "demo_articles.json").read_text(encoding="utf-8"))
    sample = {
        "title": SAMPLE_TITLE,
        "body": sample_text(),
        "language": "ar",
        "published": SAMPLE_PUBLISHED.isoformat(),
    }
    return [sample, *rows]


def make_article(**fields) -> Article:
    """Save an article without queueing it (tests enrich it themselves)."""
    fields.setdefault("body", "Clashes in Khasham.")
    if isinstance(fields.get("published"), str):
        fields["published"] = datetime.date.fromisoformat(fields["published"])
    keep = {"title", "body", "language", "outlet", "url", "published"}
    return Article.objects.create(**{k: v for k, v in fields.items() if k in keep})


def wait_for(
    check: Callable[[], bool], timeout: float = 60, every: float = 0.2
) -> bool:
    """Poll until check() is true or the time is up; return the last answer."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(every)
    return check()


def group_named(name: str) -> Group:
    """A role group; made again here because a transactional test's flush drops it."""
    ensure_roles()
    return Group.objects.get(name=name)
