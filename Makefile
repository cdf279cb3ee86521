# Everything a fresh machine with Python 3.11, pip and make needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install report test lint bench patterns clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## factcheck report on the bundled seed articles
report: $(STAMP)
	$(BIN)/factcheck report seeds

## the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check factcheck tests benchmarks
	$(BIN)/mypy factcheck

## after changing an extractor's patterns: work their fast rewrites out again (see tries.py)
patterns: $(STAMP)
	$(BIN)/python -c "from factcheck.extract import tries; print(tries.write_cache(), 'rewrites')"

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py 1000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .mypy_cache
