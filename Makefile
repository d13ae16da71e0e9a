# Kabar: the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-postgres test-django61 install install-test system-packages checkers migrate demo lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

# What the tests need from Debian: Chromium (browser tests), Varnish with
# varnish-modules (the CDN tier's test; the VCL purges with xkey), Java (the
# HTML checker) and redis-server (a Redis of a test's own, restarted mid-hour).
# Whatever is missing is installed in one go, with one package-list update.
CHROMIUM ?= /usr/bin/chromium
system-packages:
	@missing=""; \
	test -x $(CHROMIUM) || missing="$$missing chromium"; \
	command -v varnishd >/dev/null || test -x /usr/sbin/varnishd || missing="$$missing varnish"; \
	dpkg -s varnish-modules >/dev/null 2>&1 || missing="$$missing varnish-modules"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
	command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
		echo "Installing from Debian:$$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

# The Nu Html Checker (Java) and axe-core, for the browser tests, from the npm
# registry into the virtualenv; Java from Debian when it is missing.
VNU_VERSION := 26.9.27
AXE_VERSION := 4.14.1
NODE_CHECKERS := $(VENV)/node/.installed-$(VNU_VERSION)-$(AXE_VERSION)

$(NODE_CHECKERS): | $(BIN)/python
	npm install --prefix $(VENV)/node --no-save --no-audit --no-fund --loglevel=error \
		vnu-jar@$(VNU_VERSION) axe-core@$(AXE_VERSION)
	touch $@

checkers: $(NODE_CHECKERS)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py load_spam_corpus

# Run the site with demo content on http://127.0.0.1:8000 (SQLite, no server needed).
# Tasks (moderator emails, CDN bans) run at once in this process, even if
# .env names a task queue: no worker is needed. Links in emails (written with
# no request at hand) point at the address it serves, unless SITE_URL is set
# in the environment or in .env.
run: export TASKS_REDIS_URL =
run: export SITE_URL := $(or $(SITE_URL),$(shell sed -n 's/^SITE_URL=//p' .env 2>/dev/null),http://$(HOST):$(PORT))
# The server shows readers' error pages (404, 500) as readers get them: DEBUG
# off unless the environment turns it on (DEBUG=true make run, for Django's
# debug pages). The demo step runs with DEBUG on, which makes the demo logins.
run: demo
	DEBUG=$(or $(DEBUG),false) $(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole test suite (SQLite unless DATABASE_URL says otherwise), one
# process per core; the tests sharing a Redis database of their own are
# marked to stay in one process (xdist_group).
# The tests that start real servers (gunicorn, Varnish) run after the rest,
# alone: their timings are not shared with a second test process.
PYTEST_ARGS ?= -n auto --dist loadgroup
test: install-test system-packages checkers
	$(BIN)/pytest $(PYTEST_ARGS) -m "not servers"
	$(BIN)/pytest -m servers

# CI's run on PostgreSQL: the whole suite but the browser tests whose pages
# and scripts the database takes no part in (the HTML and accessibility
# checkers, layout, the rich-text editor, live polling, reader pages);
# Chromium still drives what it does take part in there: two editors at
# once, the desk's autosave and heartbeat, moderation, comments, reports,
# search, reads. It keeps CI in its time. Of the server tests (-m servers)
# only the one that reads the test database runs again here (the reads'
# fold after a Redis restart): the others start their own production sites
# on SQLite files of their own (tests/portal/production_env.py), and the
# replica test its own PostgreSQL pair, whatever DATABASE_URL says.
BROWSER_SQLITE_ONLY := desk_pages page_checkers phone_layout reading shared_page poll \
	journey_reader reply_notifications journey_rich_text desk_photos live
test-postgres: install-test system-packages checkers
	@DJANGO_SETTINGS_MODULE=portal.settings.test $(BIN)/python -c "import django; django.setup(); \
		from django.db import connection as c; assert c.vendor == 'postgresql', 'needs DATABASE_URL'"
	$(BIN)/pytest $(PYTEST_ARGS) -m "not servers" \
		$(foreach name,$(BROWSER_SQLITE_ONLY),--ignore=tests/browser/test_$(name).py)
	$(BIN)/pytest -m servers tests/readership/test_redis_restart.py

# The same suite on the next Django (6.1, which needs Python 3.12), on
# SQLite: CI runs it after `make test` (docs/django-6.md). 5.2 LTS stays
# the default; only Django differs, the code is the same.
PYTHON312 ?= $(shell for p in python3.12 $$HOME/.pyenv/versions/3.12*/bin/python3.12; do $$p -c "" 2>/dev/null && echo $$p && break; done)
VENV61 := .venv-django61
$(VENV61)/.installed: pyproject.toml
	@test -n "$(PYTHON312)" || { echo "Django 6.1 needs Python 3.12: set PYTHON312"; exit 1; }
	$(PYTHON312) -m venv $(VENV61)
	$(VENV61)/bin/pip install --quiet -e ".[test]"
	$(VENV61)/bin/pip install --quiet "Django>=6.1,<6.2" 2>&1 | grep -v "dependency resolver\|requires Django<5.3" || true
	$(VENV61)/bin/python -c "import django, sys; sys.exit(django.VERSION[:2] != (6, 1))"
	touch $@

# On 6.1 Chromium drives the admin (every admin page through axe at 1280 px,
# the phone width being our own stylesheet; the desk and moderation journeys) and the checkers read every public page and form.
# Journeys through reader pages and the editor's own scripts (rich text,
# photos, live posting, reads), our code and the same on both, run on 5.2
# alone (on PostgreSQL too where the database takes part, see
# test-postgres). It keeps CI in its time.
BROWSER_52_ONLY := journey_reader phone_layout poll reading search shared_page \
	reply_notifications reader_reports_and_edits comments live reads journey_rich_text \
	desk_photos
test-django61: $(VENV61)/.installed system-packages checkers
	$(VENV61)/bin/python -m django --version
	$(VENV61)/bin/pytest $(PYTEST_ARGS) -m "not servers" \
		$(foreach name,$(BROWSER_52_ONLY),--ignore=tests/browser/test_$(name).py) \
		--deselect "tests/browser/test_desk_pages.py::test_every_page_editors_use_is_accessible_and_obeys_the_csp[360]"

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python .ci/import_cycles.py
	$(BIN)/lint-imports

bench: install-test
	$(BIN)/python bench/run.py

# The read path under load as production serves it (gunicorn, PostgreSQL and
# Redis on loopback, wrk; Varnish too when installed). BENCH_SECONDS per run.
.PHONY: bench-spam
# The spam filter on a held-out Indonesian test set: spam caught, ham caught.
bench-spam: install
	$(BIN)/python bench/spam.py

.PHONY: bench-read
bench-read: install
	$(BIN)/python bench/read_path.py

# Bytes on the wire for the seed article at 360 and 1280 px, with and without photos.
.PHONY: bench-page-weight
bench-page-weight: install-test
	$(BIN)/python bench/page_weight.py

# Real traffic and hostile clients on the production stack (two gunicorns,
# PostgreSQL, a Redis of the run's own, Varnish): share links, varied
# parameters and cookies, an author editing, a category saved under load,
# Redis stopped. About four minutes; not part of `make test`.
.PHONY: bench-traffic
bench-traffic: install
	$(BIN)/python bench/real_traffic.py

# A newsroom's whole archive (SCALE=1: 300,000 articles, 3 million comments, 6
# million reactions; SCALE=0 the demo alone) made once by SQL in the PostgreSQL
# database SCALE_DATABASE_URL names (created if missing), then every reader's
# and editor's page timed on a miss. About six minutes to build at SCALE=1.
SCALE ?= 1
.PHONY: bench-scale
bench-scale: install-test
	SCALE=$(SCALE) $(BIN)/python bench/scale_data.py --reuse
	$(BIN)/python bench/scale_pages.py

# Mixed reads, votes and comments on two gunicorns (Varnish in front of one)
# while a Redis and a PostgreSQL of the run's own restart; checks what was
# stored and how the site answered. About two minutes; not part of `make test`.
.PHONY: bench-faults
bench-faults: install
	$(BIN)/python bench/load_faults.py

# A live report's "what's new" answer: gunicorn (vs /robots.txt), Varnish at
# 256 connections, and 500 open pages while an editor posts every 10 s
# (delay to each page, renderings per server). About three minutes.
.PHONY: bench-live
bench-live: install
	$(BIN)/python bench/live.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles .pytest_cache
