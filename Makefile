# Two commands for a fresh machine (see README):
#   make demo   install everything into .venv and analyse the built-in example article
#   make test   install everything into .venv and run the tests
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test install bench bench-serve chromium clean

demo: $(STAMP)
	$(VENV)/bin/newsevents extract --example --format md

test: $(STAMP)
	$(PY) -m pytest -q

install: $(STAMP)

$(STAMP): requirements.txt requirements-test.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -U pip
	$(PY) -m pip install -q -r requirements-test.txt
	$(PY) -m pip install -q --no-deps -e .
	$(VENV)/bin/newsevents gazetteer build
	$(VENV)/bin/newsevents basemap build
	touch $(STAMP)

bench: $(STAMP)
	$(PY) bench/throughput.py ../shared/eval/corpora/fakes_syrian_war/FA-KES-Dataset.csv

bench-serve: $(STAMP)
	$(PY) bench/serve_bench.py

# Debian's Chromium for the browser tests (never a browser download); CI calls this.
chromium:
	test -x /usr/bin/chromium || (apt-get update && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium) || \
	  echo "chromium could not be installed: browser tests will be skipped"

clean:
	rm -rf $(VENV) build dist src/*.egg-info
