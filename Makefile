# Kabar: the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test system-packages checkers migrate demo lint bench clean

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

# What the tests need from Debian: Chromium (browser tests), Varnish (the
# CDN tier's test) and Java (the HTML checker). Whatever is missing is
# installed in one go, with one package-list update.
CHROMIUM ?= /usr/bin/chromium
system-packages:
	@missing=""; \
	test -x $(CHROMIUM) || missing="$$missing chromium"; \
	command -v varnishd >/dev/null || test -x /usr/sbin/varnishd || missing="$$missing varnish"; \
	command -v java >/dev/null || missing="$$missing default-jre-headless"; \
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

# Run the site with demo content on http://127.0.0.1:8000 (SQLite, no server needed).
# Tasks (moderator emails, CDN bans) run at once in this process, even if
# .env names a task queue: no worker is needed.
run: export TASKS_REDIS_URL =
run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole test suite (SQLite unless DATABASE_URL says otherwise), one
# process per core; the tests sharing a Redis database of their own are
# marked to stay in one process (xdist_group).
# The tests that start real servers (gunicorn, Varnish) run after the rest,
# alone: their timings are not shared with a second test process.
PYTEST_ARGS ?= -n auto --dist loadgroup
test: install-test system-packages checkers
	$(BIN)/pytest $(PYTEST_ARGS) -m "not servers"
	$(BIN)/pytest -m servers

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python .ci/import_cycles.py

bench: install-test
	$(BIN)/python bench/run.py

# The read path under load as production serves it (gunicorn, PostgreSQL and
# Redis on loopback, wrk; Varnish too when installed). BENCH_SECONDS per run.
.PHONY: bench-read
bench-read: install
	$(BIN)/python bench/read_path.py

# Bytes on the wire for the seed article at 360 and 1280 px, with and without photos.
.PHONY: bench-page-weight
bench-page-weight: install-test
	$(BIN)/python bench/page_weight.py

# Mixed reads, votes and comments on two gunicorns (Varnish in front of one)
# while a Redis and a PostgreSQL of the run's own restart; checks what was
# stored and how the site answered. About two minutes; not part of `make test`.
.PHONY: bench-faults
bench-faults: install
	$(BIN)/python bench/load_faults.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles .pytest_cache
