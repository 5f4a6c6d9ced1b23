# The front door: make demo, make test, make lint, make bench, make eval, make model.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: venv demo test lint bench eval model clean-data

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	touch $(STAMP)

venv: $(STAMP)

DEMO_HOME := out/demo

demo: $(STAMP)
	rm -rf $(DEMO_HOME)
	$(BIN)/fvmdocs --home $(DEMO_HOME) ingest examples/site
	$(BIN)/fvmdocs --home $(DEMO_HOME) search "Cerner kompensation"
	$(BIN)/fvmdocs --home $(DEMO_HOME) timeline --milestones
	$(BIN)/fvmdocs --home $(DEMO_HOME) timeline --format json -o $(DEMO_HOME)/timeline.json
	$(BIN)/fvmdocs --home $(DEMO_HOME) timeline --format html -o $(DEMO_HOME)/timeline.html
	@echo "timeline: $(DEMO_HOME)/timeline.json and $(DEMO_HOME)/timeline.html (open it in a browser)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check fvmdocs tests benchmarks training cli.py
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python -m benchmarks

eval: $(STAMP)
	$(BIN)/python -m fvmdocs.evaluate

model: $(STAMP)
	$(BIN)/python -m training.train

clean-data:
	rm -rf corpus/* index/* out/
	touch corpus/.gitkeep index/.gitkeep
