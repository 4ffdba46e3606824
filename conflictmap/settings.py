"""Settings for Conflict Map: one module, every knob read from the environment.

The defaults run the whole app on one machine with no servers: SpatiaLite in
``var/`` and Celery over kombu's filesystem transport. ``DATABASE_URL`` and
``CELERY_BROKER_URL`` switch to PostGIS and Redis (or RabbitMQ).
"""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp import constants as csp_constants
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("CONFLICTMAP_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item]


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "insecure-local-development-key-change-me-in-production"
)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.gis",
    "leaflet",
    "rest_framework",
    "rest_framework_gis",
    "django_filters",
    "simple_history",
    "places",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records who made each change in the history of places, mentions and events.
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "conflictmap.urls"
# The review pages send anonymous visitors to the admin's login form.
LOGIN_URL = "admin:login"
WSGI_APPLICATION = "conflictmap.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------
DATABASE_URL = os.environ.get(
    "DATABASE_URL", f"spatialite:///{VAR_DIR / 'conflictmap.sqlite3'}"
)
DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
if DATABASES["default"]["ENGINE"].endswith("spatialite"):
    # The web server and the worker write the same file: WAL lets readers go on
    # while one writer works, IMMEDIATE takes the write lock up front instead of
    # failing half-way through a transaction, and timeout waits for that lock.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": env_int("SQLITE_TIMEOUT", 30),
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not :memory:, so a real worker process can share the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-conflictmap.sqlite3")}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "staticfiles"))

# --- Conflict Map ----------------------------------------------------------
# Articles longer than this are refused at ingestion with a clear error.
CONFLICTMAP_MAX_ARTICLE_CHARS = env_int("CONFLICTMAP_MAX_ARTICLE_CHARS", 200_000)

# --- Celery -------------------------------------------------------------------
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://localhost//")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = Path(os.environ.get("CELERY_BROKER_DIR", VAR_DIR / "broker"))
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "control_folder": str(_broker_dir / "control"),
        "processed_folder": str(_broker_dir / "processed"),
        "store_processed": False,
        # The folder is polled; kombu's default of 1 s capped the worker at one
        # article per second per process (measured by `make bench`).
        "polling_interval": 0.1,
    }
    for _folder in ("queue", "control", "processed"):
        (_broker_dir / _folder).mkdir(parents=True, exist_ok=True)
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_QUEUE", "conflictmap")
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
# A worker child that dies mid-task puts the message back instead of dropping it.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_TIME_LIMIT = env_int("CELERY_TASK_TIME_LIMIT", 300)
CELERY_TASK_SOFT_TIME_LIMIT = env_int("CELERY_TASK_SOFT_TIME_LIMIT", 240)
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_HIJACK_ROOT_LOGGER = False

# --- Map (django-leaflet) --------------------------------------------------
# No tiles by default: the region is drawn from the app's own data so the map
# works offline. MAP_TILES_URL adds an online layer when there is a network.
_tiles_url = os.environ.get("MAP_TILES_URL", "")
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (35.05, 40.45),
    "DEFAULT_ZOOM": 9,
    "MIN_ZOOM": 6,
    "MAX_ZOOM": 16,
    "SPATIAL_EXTENT": (38.5, 33.8, 42.0, 36.6),
    "TILES": [("Online tiles", _tiles_url, {"attribution": ""})] if _tiles_url else [],
    "RESET_VIEW": False,
    "NO_GLOBALS": True,
    "FORCE_IMAGE_PATH": True,
    # Country outlines and rivers under every map widget, so the admin works offline.
    "PLUGINS": {"forms": {"js": ["places/js/admin_basemap.js"]}},
}

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

# --- Ingestion at scale and hardening (issue 6) --------------------------------
# Appended apps and middleware: API tokens, the OpenAPI schema, login throttling
# (django-axes, whose middleware stays last) and the Content-Security-Policy.
INSTALLED_APPS += ["rest_framework.authtoken", "drf_spectacular", "axes"]
MIDDLEWARE += ["csp.middleware.CSPMiddleware", "axes.middleware.AxesMiddleware"]

# Uploads (REST API bodies, files read by `manage.py ingest`, fetched pages) larger
# than this are refused; CONFLICTMAP_MAX_ARTICLE_CHARS still bounds each text.
CONFLICTMAP_MAX_UPLOAD_BYTES = env_int("CONFLICTMAP_MAX_UPLOAD_BYTES", 16 * 2**20)
DATA_UPLOAD_MAX_MEMORY_SIZE = CONFLICTMAP_MAX_UPLOAD_BYTES  # Django's own check
CONFLICTMAP_MAX_BATCH = env_int("CONFLICTMAP_MAX_BATCH", 500)  # articles per POST
# The sweeper (Celery beat, every CONFLICTMAP_SWEEP_EVERY seconds) sends again an
# article queued or processing for longer than CONFLICTMAP_STUCK_AFTER seconds.
CONFLICTMAP_STUCK_AFTER = env_int("CONFLICTMAP_STUCK_AFTER", 900)
CONFLICTMAP_SWEEP_EVERY = env_int("CONFLICTMAP_SWEEP_EVERY", 300)
# RSS/Atom feeds polled every CONFLICTMAP_FEEDS_EVERY seconds: a comma list, plus
# a JSON file of URLs or {"url", "outlet", "language"} objects.
CONFLICTMAP_FEEDS = env_list("CONFLICTMAP_FEEDS", "")
CONFLICTMAP_FEEDS_FILE = Path(
    os.environ.get("CONFLICTMAP_FEEDS_FILE", VAR_DIR / "feeds.json")
)
CONFLICTMAP_FEEDS_EVERY = env_int("CONFLICTMAP_FEEDS_EVERY", 900)
CONFLICTMAP_FEED_MAX_ENTRIES = env_int("CONFLICTMAP_FEED_MAX_ENTRIES", 200)
CONFLICTMAP_FETCH_TIMEOUT = env_int("CONFLICTMAP_FETCH_TIMEOUT", 20)
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

REST_FRAMEWORK["DEFAULT_SCHEMA_CLASS"] = "drf_spectacular.openapi.AutoSchema"
SPECTACULAR_SETTINGS = {
    "TITLE": "Conflict Map API",
    "DESCRIPTION": "Events, places, areas of control; article ingestion (token).",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
}

# Login throttling: after CONFLICTMAP_LOGIN_FAILURES failed logins for one user
# name from one address, that pair is locked out for CONFLICTMAP_LOGIN_COOLOFF
# minutes. Behind a reverse proxy, DJANGO_BEHIND_PROXY=true reads the client's
# address from X-Forwarded-For (and the scheme from X-Forwarded-Proto).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("CONFLICTMAP_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("CONFLICTMAP_LOGIN_COOLOFF", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Content-Security-Policy (django-csp): scripts and styles from this site only
# (the admin's map widgets get a per-request nonce); Leaflet positions map panes
# with inline style attributes. MAP_TILES_URL's host is allowed for images.
_tile_origin = "/".join(_tiles_url.split("/")[:3]) if _tiles_url else ""
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", csp_constants.NONCE],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:", *filter(None, [_tile_origin])],
        "connect-src": ["'self'"],
        "font-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# Production (DJANGO_DEBUG=false): a real secret key is required, cookies are
# secure, HTTP is redirected to HTTPS and HSTS is sent; `check --deploy` is clean.
if not DEBUG:
    if not SECRET_KEY or SECRET_KEY.startswith("insecure-local-development-key"):
        raise ImproperlyConfigured("Set DJANGO_SECRET_KEY when DJANGO_DEBUG is off.")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", True)
    CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")
    # Debian 12's GDAL is 3.6 (the warning asks for 3.9). GDAL here reads only
    # the app's own data files and staff-drawn admin geometries, no uploads.
    SILENCED_SYSTEM_CHECKS = ["gis.W001"]
# --- end of issue 6 block ------------------------------------------------------

VAR_DIR.mkdir(parents=True, exist_ok=True)
