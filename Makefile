# Two commands for a person: `make run` and `make test`. Everything installs into .venv from requirements.lock.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# PyTorch: PyPI's Linux wheel is the CUDA build (several GB of nvidia-* packages) which this CPU-only assistant never
# uses. The CPU build comes from PyTorch's own index when it is reachable, PyPI's otherwise.
# `make install TORCH_INDEX=` (empty) takes PyPI's build on purpose, e.g. on a machine with a GPU used elsewhere.
TORCH_VERSION := 2.13.0
TORCH_INDEX ?= https://download.pytorch.org/whl/cpu

.PHONY: install browser run test test-fast lint eval bench records index phrasings clean

install: $(STAMP)

# Reinstall when the lock or the project metadata changes (a stale venv).
$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@echo "Installation des dépendances (première fois : 2 à 3 minutes)…"
	$(PY) -m pip install --quiet --upgrade pip
	@if [ -n "$(TORCH_INDEX)" ] && $(PY) -m pip install --quiet --retries 1 --timeout 20 \
	    --index-url $(TORCH_INDEX) torch==$(TORCH_VERSION); then \
	  echo "PyTorch $(TORCH_VERSION) : version CPU ($(TORCH_INDEX))"; \
	else \
	  echo "PyTorch $(TORCH_VERSION) : index CPU non utilisé ou injoignable, installation depuis PyPI"; \
	  $(PY) -m pip install --quiet torch==$(TORCH_VERSION); \
	fi
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

# The phrasings the engine reads right, from the development sets (never the blind ones), for the turns no reading
# takes (app/engine/understanding/steps/phrasings.py). Rebuilt after a change of the readings; a phrasing whose reading
# changed since is not used (its reading is checked when it is taken).
phrasings: install
	$(PY) -m devtools.phrasings

bench: install
	$(PY) -m devtools.bench

clean:
	rm -rf $(VENV) data .pytest_cache
