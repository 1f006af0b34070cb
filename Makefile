# Every target creates what it needs (.venv, the pinned tools) on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The npm tools (redocly, spectral), pinned with their dependencies by tools/package-lock.json.
NODE_TOOLS := .tools/.installed
REDOCLY  := .tools/node_modules/.bin/redocly
SPECTRAL := .tools/node_modules/.bin/spectral
# Without these redocly reports usage and asks the npm registry for a newer version on every run.
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true
# The API reference's build options; check-docs rebuilds with the same ones.
DOCS_FLAGS := --disableGoogleFont

# The TypeScript client: its pinned npm packages (package-lock.json) install on first use.
TS_DIR   := clients/typescript
TS_BIN   := $(TS_DIR)/node_modules/.bin
TS_STAMP := $(TS_DIR)/node_modules/.installed

.PHONY: install generate check-generated check-generated-ts lint-spec docs check-docs lint test \
	test-ts demo tour bench clean

install: $(STAMP)

$(STAMP): pyproject.toml sandbox/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]' -e ./sandbox
	touch $(STAMP)

# --ignore-scripts: the one install script in the tree is @scarf/scarf's usage report.
$(NODE_TOOLS): tools/package.json tools/package-lock.json
	mkdir -p .tools
	cp tools/package.json tools/package-lock.json .tools/
	npm ci --prefix .tools --engine-strict --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

$(TS_STAMP): $(TS_DIR)/package.json $(TS_DIR)/package-lock.json
	cd $(TS_DIR) && npm ci --no-audit --no-fund --loglevel=error
	touch $(TS_STAMP)

## generate: regenerate generated_client/, the sandbox's models and the TypeScript client's
## src/generated/ from openapi.yaml
generate: install $(TS_STAMP)
	$(BIN)/python generator/generate.py
	cd $(TS_DIR) && node scripts/generate.mjs src/generated

## check-generated: fail if the committed generated code is not exactly what the spec produces
check-generated: install
	$(BIN)/python generator/generate.py --check

## lint-spec: openapi-spec-validator, redocly lint, spectral lint (spectral:oas) and
## openapi-generator validate --recommend on openapi.yaml; any error fails, warnings are shown
lint-spec: install $(NODE_TOOLS)
	$(BIN)/openapi-spec-validator openapi.yaml
	$(REDOCLY) lint openapi.yaml --format=summary
	$(SPECTRAL) lint --ruleset .spectral.yaml --fail-severity=error openapi.yaml
	$(BIN)/openapi-generator-cli validate --input-spec openapi.yaml --recommend

## docs: build the API reference, docs/api.html (one HTML file), from openapi.yaml
docs: $(NODE_TOOLS)
	$(REDOCLY) build-docs openapi.yaml --output docs/api.html $(DOCS_FLAGS)

## check-docs: fail if docs/api.html in the working tree is not what `make docs` builds
check-docs: $(NODE_TOOLS)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	if ! $(REDOCLY) build-docs openapi.yaml --output "$$tmp/api.html" $(DOCS_FLAGS) \
	    >"$$tmp/log" 2>&1; then cat "$$tmp/log" >&2; exit 1; fi && \
	if cmp -s "$$tmp/api.html" docs/api.html; then \
	  echo "check-docs: docs/api.html is what make docs builds from openapi.yaml"; \
	else \
	  echo "check-docs: docs/api.html is not what make docs builds from openapi.yaml; run make docs" >&2; \
	  exit 1; \
	fi

## lint: ruff and mypy --strict on hand-written code
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## check-generated-ts: fail if clients/typescript/src/generated is not what openapi.yaml produces
check-generated-ts: $(TS_STAMP)
	cd $(TS_DIR) && node scripts/generate.mjs --check src/generated

## test-ts: the TypeScript client: drift, tsc --strict, the signing vectors, the wire, and every
## operation of the spec called against a sandbox on 127.0.0.1 (tests/test_typescript_client.py)
test-ts: install check-generated-ts
	$(TS_BIN)/tsc --strict --noEmit -p $(TS_DIR)
	rm -rf $(TS_DIR)/build
	$(TS_BIN)/tsc -p $(TS_DIR) --noCheck  # emit only: the line above type-checked it
	node --test-reporter=dot $(TS_DIR)/build/test/signing.test.js
	node --test-reporter=dot $(TS_DIR)/build/test/wire.test.js
	BGE_REQUIRE_TS=1 $(BIN)/pytest -q -s -p no:cacheprovider tests/test_typescript_client.py

## test: everything CI checks
test: lint-spec check-generated check-docs lint test-ts
	$(BIN)/pytest -q --ignore=tests/test_typescript_client.py

## demo: start the sandbox, run the documented examples through PrivateAPI, stop it
demo: install
	$(BIN)/python examples/demo.py

## tour: start a fresh sandbox, call one documentation example per group (tag) of the spec
## through PrivateAPI and print what each returns, stop it
tour: install
	$(BIN)/python examples/tour.py

## bench: client speed and memory against the reference SDK and raw httpx (not a test).
## Two passes: plain loopback (client CPU, memory, imports), then 10 ms of emulated network
## latency (throughput as a real network shows it). Results: bench/out/*.md and *.png.
bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/run.py --latency-ms 10 --calls 300 --rounds 3
	@if command -v valgrind >/dev/null; then $(BIN)/python bench/instructions.py; \
	else echo "bench: valgrind is not installed, no instruction counts (bench/instructions.py)"; fi

clean:
	rm -rf $(VENV) .tools .pytest_cache .mypy_cache .ruff_cache .hypothesis $(TS_DIR)/node_modules $(TS_DIR)/build
