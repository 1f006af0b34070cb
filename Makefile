# Every target creates what it needs (.venv, the pinned tools) on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REDOCLY_VERSION := 2.77.0
REDOCLY := .tools/node_modules/.bin/redocly

.PHONY: install generate check-generated lint-spec lint test demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml sandbox/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' -e ./sandbox
	touch $(STAMP)

$(REDOCLY):
	mkdir -p .tools
	test -f .tools/package.json || echo '{"private": true}' > .tools/package.json
	npm install --prefix .tools --no-audit --no-fund --loglevel=error @redocly/cli@$(REDOCLY_VERSION)

## generate: regenerate generated_client/ and the sandbox's models from openapi.yaml
generate: install
	$(BIN)/python generator/generate.py

## check-generated: fail if the committed generated code is not exactly what the spec produces
check-generated: install
	$(BIN)/python generator/generate.py --check

## lint-spec: openapi-spec-validator and redocly lint, no errors allowed
lint-spec: install $(REDOCLY)
	$(BIN)/openapi-spec-validator openapi.yaml
	$(REDOCLY) lint openapi.yaml --format=summary

## lint: ruff and mypy --strict on hand-written code
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## test: everything CI checks
test: lint-spec check-generated lint
	$(BIN)/pytest -q

## demo: start the sandbox, run the documented examples through PrivateAPI, stop it
demo: install
	$(BIN)/python examples/demo.py

## bench: client speed and memory against the reference SDK and raw httpx (not a test).
## Two passes: plain loopback (client CPU, memory, imports), then 10 ms of emulated network
## latency (throughput as a real network shows it). Results: bench/out/*.md and *.png.
bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/run.py --latency-ms 10 --calls 300 --rounds 3

clean:
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache .ruff_cache .hypothesis
