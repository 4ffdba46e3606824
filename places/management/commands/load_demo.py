import datetime
import json
import os
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from places import ingest

DATA = Path(__file__).resolve().parents[2] / "data"
SAMPLE = DATA / "samples" / "khasham-2018-02-08.ar.txt"
SAMPLE_TITLE = "أمريكا تقتل مئة من ميليشيات الأسد بإحباط هجوم كبير شرق دير الزور"


class Command(BaseCommand):
    help = (
        "Load the gazetteer, reference data and demo articles, queue what is not "
        "enriched yet, and make sure a local admin account exists. Safe to re-run."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true")

    def handle(self, *args, no_admin, **options):
        call_command("load_reference_data", stdout=self.stdout)
        call_command("load_gazetteer", stdout=self.stdout)
        new = [a.pk for a, created in self.submit_demo_articles() if created]
        queued = ingest.enqueue_pending(exclude=new)
        self.stdout.write(
            f"Demo articles: {len(new)} new; {queued} article(s) queued for the worker."
        )
        if not no_admin:
            self.ensure_admin()

    def submit_demo_articles(self):
        yield ingest.submit(
            title=SAMPLE_TITLE,
            body=SAMPLE.read_text(encoding="utf-8"),
            published=datetime.date(2018, 2, 8),
            language="ar",
            outlet="Sample report (Arabic)",
        )
        path = DATA / "demo_articles.json"
        for item in json.loads(path.read_text(encoding="utf-8")):
            yield ingest.submit(
                title=item["title"],
                body=item["body"],
                published=datetime.date.fromisoformat(item["published"]),
                language=item.get("language", ""),
                outlet=item.get("outlet", ""),
                url=item.get("url", ""),
            )

    def ensure_admin(self):
        User = get_user_model()
        username = os.environ.get("CONFLICTMAP_ADMIN_USER", "admin")
        password = os.environ.get("CONFLICTMAP_ADMIN_PASSWORD", "admin")
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin account '{username}' exists already.")
            return
        User.objects.create_superuser(username, password=password)
        self.stdout.write(
            f"Created local admin account: user '{username}', password '{password}' "
            "(set CONFLICTMAP_ADMIN_USER / CONFLICTMAP_ADMIN_PASSWORD to choose)."
        )
