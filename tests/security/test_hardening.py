"""Production settings, the Content-Security-Policy, and login throttling."""

import os
import re
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from ..base import ROOT

LOGIN = "/admin/login/"


def manage(*args: str, **environment: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "conflictmap.settings",
        **environment,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the tests, never deployed
    env = {k: v for k, v in env.items() if v is not None}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


PRODUCTION = {
    "DJANGO_DEBUG": "false",
    "DJANGO_SECRET_KEY": "k7#Qp2v9!xL0m3Zr8tYw4uE6sA1dF5gH9jK2lN7bV0cX3zM8qW",
    "DJANGO_ALLOWED_HOSTS": "map.example.org",
}


def test_check_deploy_is_clean_in_production():
    run = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert run.returncode == 0, run.stderr
    assert "no issues" in run.stdout


@pytest.mark.parametrize("key", [None, ""])
def test_production_refuses_to_start_without_a_secret_key(key):
    run = manage("check", **{**PRODUCTION, "DJANGO_SECRET_KEY": key})
    assert run.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in run.stderr


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_the_map_page_allows_only_its_own_scripts_and_styles(db, client):
    csp = policy(client.get("/"))
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["style-src-attr"] == ["'unsafe-inline'"]  # Leaflet's pane positions
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert csp["default-src"] == ["'self'"]


def test_admin_map_widgets_run_by_nonce(db, admin_client):
    response = admin_client.get("/admin/places/controlarea/add/")
    nonce = re.search(r"'nonce-([^']+)'", " ".join(policy(response)["script-src"]))
    assert nonce, response["Content-Security-Policy"]
    page = response.content.decode()
    inline = re.findall(
        r"<script(?![^>]*\bsrc=)(?![^>]*application/json)([^>]*)>", page
    )
    assert inline and all(f'nonce="{nonce.group(1)}"' in attrs for attrs in inline)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("editor", "", "right-pw-1")


def login(client: Client, password: str, user: str = "editor"):
    return client.post(LOGIN, {"username": user, "password": password,
                               "next": "/admin/"})  # fmt: skip


def test_five_failed_logins_lock_the_account_out_even_with_the_right_password(
    editor, settings
):
    client = Client(REMOTE_ADDR="198.51.100.7")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert login(client, "wrong").status_code == 200  # the form again
    assert login(client, "wrong").status_code == 429
    assert login(client, "right-pw-1").status_code == 429
    elsewhere = Client(REMOTE_ADDR="203.0.113.9")
    assert login(elsewhere, "right-pw-1").status_code == 302


def test_a_successful_login_resets_the_count(editor, settings):
    client = Client(REMOTE_ADDR="198.51.100.8")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        login(client, "wrong")
    assert login(client, "right-pw-1").status_code == 302
    client.logout()
    assert login(client, "wrong").status_code == 200
