# Two commands do everything on a fresh machine with Python 3.11:
#   make demo   replay the sample mailbox on an in-process AWS and write a digest
#   make test   linters, type checks, template lint, the built artefact, tests, corpus evaluation
# And one to deploy from:
#   make build  sam build (the SAM CLI lives in its own .venv-sam; needs Python 3.13, found on PATH or pyenv)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
CORPUS := ../shared/corpus
DEMO_USER := alex.rivera@example.com
# The SAM CLI gets its own environment: its pinned dependencies would clash with the development tools.
SAM_VENV := .venv-sam
SAM := $(SAM_VENV)/bin/sam
SAM_STAMP := $(SAM_VENV)/.installed-stamp
RUNTIME_SDK := .aws-sam/runtime-sdk
export SAM_CLI_TELEMETRY := 0
# python3.13 on PATH, else pyenv's (untilsigned.local.artefact.find_python313 runs the same script).
FIND_PYTHON313 = scripts/find-python313
NO_PYTHON313 = echo "sam build needs Python 3.13, the functions' runtime, and none was found on PATH or under pyenv. \
Get one with 'pyenv install 3.13' or 'uv python install 3.13' (then put it on PATH), \
or build in Docker instead: $(SAM) build --use-container"

.PHONY: demo board test lint typecheck unit evaluate fuzz benchmark clean install chromium build artefact

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,local]'
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

$(SAM_STAMP):
	$(PYTHON) -m venv $(SAM_VENV)
	$(SAM_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SAM_VENV)/bin/python -m pip install --quiet 'aws-sam-cli>=1.130,<2'
	touch $(SAM_STAMP)

build: $(SAM_STAMP)
	@python313=$$($(FIND_PYTHON313)); if [ -z "$$python313" ]; then $(NO_PYTHON313); exit 2; fi; \
	echo "sam build with $$python313"; \
	PATH="$$(dirname $$python313):$$PATH" $(SAM) build || exit 1; \
	if [ ! -d $(RUNTIME_SDK)/boto3 ]; then \
		"$$python313" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target $(RUNTIME_SDK) boto3 || exit 1; fi; \
	echo "layer: $$(du -sh --apparent-size .aws-sam/build/SharedLayer | cut -f1) unzipped (boto3 and botocore come from the runtime)"

# `make test` checks the built artefact wherever Python 3.13 can be found; elsewhere that test skips.
artefact:
	@if [ -n "$$($(FIND_PYTHON313))" ]; then $(MAKE) --no-print-directory build; \
	else $(NO_PYTHON313); echo "the built-artefact test will skip"; fi

# Every regex swept with hostile strings; fails only on a clearly super-linear pattern (full report: benchmark).
fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz_patterns.py --size 8000 --top 10 --check 1.0

test: lint typecheck artefact unit evaluate fuzz

benchmark: $(STAMP)
	$(BIN)/python scripts/benchmark.py
	$(BIN)/python scripts/scale_sim.py --users 5000 --due 1000
	$(BIN)/python scripts/benchmark_board.py
	@if [ -d .aws-sam/build ]; then $(BIN)/python scripts/cold_import.py; \
	else echo "cold import of the built handlers skipped: run make build first"; fi
	$(BIN)/python scripts/fuzz_patterns.py --size 20000 --top 25
	$(BIN)/python scripts/hostile_mail.py

clean:
	rm -rf $(VENV) $(SAM_VENV) .aws-sam out .mypy_cache .ruff_cache .pytest_cache
