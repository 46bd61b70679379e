# The two commands a newcomer runs: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench eval clean venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/python -m assay.cli.demo examples/central-asia-2016 --out out/central-asia-2016

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/gazetteer.py
	$(BIN)/python bench/brief.py

eval: $(STAMP)
	$(BIN)/assay eval extract eval/extract/gold.jsonl
	$(BIN)/assay eval extract eval/extract/heldout/dev.jsonl
	$(BIN)/assay eval extract eval/extract/heldout/test.jsonl
	$(BIN)/assay eval extract eval/extract/heldout2/heldout2.jsonl
	$(BIN)/assay eval extract eval/extract/heldout3/heldout3.jsonl
	$(BIN)/python -m eval.geo.trnews
	$(BIN)/python eval/plover/score.py
	$(BIN)/python eval/audit/score.py

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
