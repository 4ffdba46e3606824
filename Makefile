# Conflict Map: `make run` sets everything up and starts the app; `make test`
# sets everything up and runs the tests. Both work on a machine that has nothing
# but Debian, Python 3 and git (they install the rest, with sudo if not root).

SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)
# Debian's python3 can load SpatiaLite; pyenv builds often cannot (see README).
SYSTEM_PYTHON ?= /usr/bin/python3
APT_RUN := gdal-bin libsqlite3-mod-spatialite python3-venv
APT_TEST := $(APT_RUN) chromium fonts-dejavu-core redis-server
PG_URL ?= postgis://postgres@127.0.0.1:5432/conflictmap
REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: run setup test test-fast test-services ci lint fmt worker web demo bench eval eval-real agree-real misses-real \
	apt-run apt-test postgis clean
.PHONY: beat fuzz

run: setup demo ## Set up, load demo data, start web + worker (Ctrl-C stops both)
	@echo "Map: http://127.0.0.1:8000/  Review: http://127.0.0.1:8000/review/  Admin: http://127.0.0.1:8000/admin/"
	$(VENV)/bin/honcho start -f Procfile

setup: apt-run $(VENV)/.installed
	$(PY) manage.py migrate --noinput

demo:
	$(PY) manage.py load_demo

web:
	$(PY) manage.py runserver 127.0.0.1:8000

worker:
	$(VENV)/bin/celery -A conflictmap worker --loglevel=INFO --concurrency=2

beat: ## The periodic tasks: sweeper and feeds (one beat for all workers)
	$(VENV)/bin/celery -A conflictmap beat --loglevel=INFO

fuzz: $(VENV)/.installed ## Fuzz the API from its OpenAPI schema (schemathesis), longer
	FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-300} $(PY) -m pytest tests/security/test_fuzz.py -q

test: apt-test $(VENV)/.installed ## Set up and run every test (SpatiaLite + filesystem broker)
	$(PY) -m pytest

test-fast: $(VENV)/.installed ## Unit tests only
	$(PY) -m pytest tests/unit

test-services: apt-test postgis $(VENV)/.installed ## The suite on PostGIS + Redis
	DATABASE_URL=$(PG_URL) CELERY_BROKER_URL=$(REDIS_URL) $(PY) -m pytest

ci: lint test test-services ## What .ci/run does

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(SYSTEM_PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

apt-run:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_RUN)"

apt-test:
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_TEST)"

apt:
	@missing=$$(for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# PostGIS for the local PostgreSQL 15 (trust auth on 127.0.0.1), and a Redis check.
postgis:
	@$(MAKE) --no-print-directory apt PACKAGES="postgresql-15-postgis-3 postgresql-client redis-tools"
	psql -h 127.0.0.1 -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='conflictmap'" \
		| grep -q 1 || psql -h 127.0.0.1 -U postgres -c "CREATE DATABASE conflictmap"
	psql -h 127.0.0.1 -U postgres -d conflictmap -c "CREATE EXTENSION IF NOT EXISTS postgis"
	redis-cli -h 127.0.0.1 -p 6379 ping

clean:
	rm -rf var

eval: $(VENV)/.installed ## Score the geoparser on the team's labelled reports
	$(PY) -m tests.corpus.score -q

# Real articles may not be copied into the repository: their texts and labels
# live in a folder of their own (README, "Evaluation").
agree-real: $(VENV)/.installed ## Two labellers' agreement on real articles: REAL_CORPUS=dir
	@test -n "$(REAL_CORPUS)" || { echo "Set REAL_CORPUS to the folder of the texts, labels.json and second-labels.json"; exit 2; }
	$(PY) -m tests.corpus.agreement $(REAL_CORPUS)

eval-real: $(VENV)/.installed ## Score it on real articles kept outside: REAL_CORPUS=dir
	@test -n "$(REAL_CORPUS)" || { echo "Set REAL_CORPUS to the folder of the texts and labels.json"; exit 2; }
	$(PY) -m tests.corpus.labelling $(REAL_CORPUS)
	$(PY) -m tests.corpus.score -q $(REAL_CORPUS)

misses-real: $(VENV)/.installed ## Why real articles' events were missed: REAL_CORPUS=dir
	@test -n "$(REAL_CORPUS)" || { echo "Set REAL_CORPUS to the folder of the texts and labels.json"; exit 2; }
	$(PY) -m tests.corpus.misses $(REAL_CORPUS)

bench: $(VENV)/.installed ## Measure the geoparser (figures in the README)
	$(PY) -m tests.bench.bench_geoparse
	$(PY) -m tests.bench.bench_pipeline
	$(PY) -m tests.bench.bench_map
