"""Fuzz every API operation from its OpenAPI schema (schemathesis): no 5xx, ever.

Valid and invalid parameters and bodies are generated from /api/schema/ and sent
to the app in process (WSGI), authenticated as staff so the ingestion and status
endpoints are reached too. FUZZ_EXAMPLES sets the examples per operation (`make
fuzz` runs more than the default suite).
"""

import os

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error

from ..base import load_geodata

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
schema = schemathesis.openapi.from_wsgi("/api/schema/", get_wsgi_application())


@pytest.fixture
def token(db) -> str:
    """A staff token, the reference data, and requests that keep the test's
    database connection open (as Django's test client does)."""
    load_geodata()
    user = get_user_model().objects.create_superuser("fuzzer", "", "fuzz-pw-1")
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield Token.objects.create(user=user).key
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
)
def test_no_operation_answers_with_a_server_error(case, token):
    response = case.call_and_validate(
        headers={"Authorization": f"Token {token}"}, checks=[not_a_server_error]
    )
    if os.environ.get("FUZZ_VERBOSE"):
        print("FUZZ", case.method, case.path, response.status_code)
