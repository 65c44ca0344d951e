# Two commands for a person: `make run` and `make test`. Everything installs into .venv from requirements.lock.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install browser run test test-fast lint eval bench records index clean

install: $(STAMP)

# Reinstall when the lock or the project metadata changes (a stale venv).
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installation des dépendances (première fois : 2 à 3 minutes)…"
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -r requirements.lock
	@touch $(STAMP)

records: install
	$(PY) -m ingest records

index: install
	$(PY) -m ingest

run: install
	$(PY) -m ingest --if-missing
	$(PY) -m app.web.launcher

# The end-to-end tests drive Debian's Chromium (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium manque : sudo apt-get install chromium (sinon les tests navigateur sont ignorés)"; fi; }

test: install browser
	$(PY) -m ruff check .
	$(PY) -m pytest -q

# The unit and integration tiers only (no browser, no server, no command-line process): under 30 s here.
test-fast: install
	$(PY) -m ruff check .
	$(PY) -m pytest -q tests/unit tests/integration

lint: install
	$(PY) -m ruff check .

eval: install
	$(PY) -m devtools.evaluate

bench: install
	$(PY) -m devtools.bench

clean:
	rm -rf $(VENV) data .pytest_cache
