# Kabar: the two commands a new machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-test chromium checkers migrate demo lint bench clean

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

# Browser tests drive Debian's Chromium; install it when it is missing.
chromium:
	@test -x $(CHROMIUM) || { \
		echo "Installing Chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

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
	@command -v java >/dev/null || { \
		echo "Installing Java for the HTML checker"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

# Run the site with demo content on http://127.0.0.1:8000 (SQLite, no server needed).
run: demo
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# The whole test suite (SQLite unless DATABASE_URL says otherwise).
test: install-test chromium checkers
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python .ci/import_cycles.py

bench: install-test
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles .pytest_cache
