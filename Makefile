# newstrace: `make demo` sets up and runs the main job on the samples; `make test` runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DEMO_DB ?= demo.db

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

# pip is upgraded first: pip 23 silently skips trafilatura's lxml_html_clean need.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[nlp,dask,dev]"
	touch $@

demo: setup
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newstrace ingest samples --db $(DEMO_DB)
	$(BIN)/newstrace extract samples/article_fr.txt --format text

lint: setup
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/pytest
	$(BIN)/python bench/extraction.py --gate
	$(BIN)/python bench/events.py --gate

bench: setup
	$(BIN)/python bench/extraction.py
	$(BIN)/python bench/language.py
	$(BIN)/python bench/quotes.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/models.py
	$(BIN)/python bench/corpus.py
	$(BIN)/python bench/corpus_scale.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .ruff_cache
