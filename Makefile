# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   replay the sample mailbox on an in-process AWS and write a digest
#   make test   linters, type checks, template lint, tests, corpus evaluation
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS := ../shared/corpus
DEMO_USER := alex.rivera@example.com

.PHONY: demo board test lint typecheck unit evaluate fuzz benchmark clean install chromium

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/untilsigned replay events/mailbox --user $(DEMO_USER) --timezone Europe/Berlin --out out/demo

# The demo again, then its board at http://127.0.0.1:8080: open the "board:" sign-in link it prints.
board: $(STAMP)
	$(BIN)/untilsigned replay events/mailbox --user $(DEMO_USER) --timezone Europe/Berlin --out out/demo --serve 8080

# The browser tests (digest layout, the board through Playwright) drive Debian's Chromium, never a
# downloaded browser build; installed here as in .ci/run, and the tests skip when it cannot be.
chromium:
	@command -v chromium >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 \
		&& (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
		|| echo "chromium could not be installed; the browser tests will skip"; }

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/cfn-lint template.yaml

typecheck: $(STAMP)
	$(BIN)/mypy
	for fn in functions/*/; do MYPYPATH=shared $(BIN)/mypy --strict --ignore-missing-imports $$fn/app.py || exit 1; done
	MYPYPATH=shared:scripts $(BIN)/mypy --strict --ignore-missing-imports scripts/*.py

unit: $(STAMP) chromium
	$(BIN)/pytest

evaluate: $(STAMP)
	@if [ -d $(CORPUS) ]; then $(BIN)/python scripts/evaluate_corpus.py --corpus $(CORPUS); \
	else echo "evaluation skipped: $(CORPUS) not found"; fi

# Every regex swept with hostile strings; fails only on a clearly super-linear pattern (full report: benchmark).
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz_patterns.py --size 8000 --top 10 --check 1.0

test: lint typecheck unit evaluate fuzz

benchmark: $(STAMP)
	$(BIN)/python scripts/benchmark.py
	$(BIN)/python scripts/benchmark_board.py
	$(BIN)/python scripts/fuzz_patterns.py --size 20000 --top 25
	$(BIN)/python scripts/hostile_mail.py

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache .pytest_cache
