# Two commands on a fresh machine with Python 3.11+ and make:
#   make run    start the service on an embedded SQLite file with demo data, and the
#               reference SPA beside it (when Node.js 20+ is installed)
#   make test   run the whole test suite (ruff, mypy, pytest; PostgreSQL too when
#               WELZIJN_TEST_POSTGRES_URL is set; then the SPA's checks and browser tests)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := var/demo.db
RUN_PORT ?= 8000
# Test processes (pytest-xdist; every test has its own database): one per CPU, at least 2
# (many tests wait on servers they start). 0 runs them in this one.
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 2); [ "$$n" -gt 2 ] && echo $$n || echo 2)
LOCAL := WELZIJN_DATABASE_URL=sqlite:///$(DEMO_DB) WELZIJN_PUBLIC_URL=http://127.0.0.1:$(RUN_PORT) \
	WELZIJN_CORS_ORIGINS=http://127.0.0.1:5173,http://localhost:5173

.PHONY: run test test-spa spa-build lint typecheck openapi lint-openapi bench ladder schemathesis clean migration
space := $(subst ,, )

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/welzijn keys generate --if-missing
	$(LOCAL) $(BIN)/welzijn migrate
	$(LOCAL) $(BIN)/welzijn seed --demo
	@echo "Docs: http://127.0.0.1:$(RUN_PORT)/v1/docs  (demo accounts: see README)"
	@if $(MAKE) --no-print-directory spa-build; then \
		echo "Reference SPA: http://127.0.0.1:5173"; processes=""; \
	else processes="api worker"; fi; \
	$(LOCAL) RUN_PORT=$(RUN_PORT) $(BIN)/honcho -f Procfile.dev start $$processes

test: $(STAMP) lint typecheck
	$(BIN)/pytest -p no:cacheprovider -n $(TEST_WORKERS) --junitxml=var/test-report.xml $(PYTEST_ARGS)
	$(MAKE) --no-print-directory test-spa

# The reference SPA (spa/): npm packages from its lock file (never Playwright's browsers:
# the browser tests use Debian's chromium), its checks (API types fresh, no hand-written API
# shapes, tsc, eslint, vitest) and its browser tests against the real API (which needs $(STAMP)).
SPA_DEPS := spa/node_modules/.package-lock.json
$(SPA_DEPS): spa/package-lock.json
	cd spa && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund

test-spa: $(STAMP) $(SPA_DEPS)
	cd spa && npm run --silent check && npm run --silent test:e2e

spa-build:
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' 2>/dev/null || \
		{ echo "No Node.js 20+: the SPA is not started (install Node.js 20 or newer, then make run)"; exit 1; }
	@$(MAKE) --no-print-directory $(SPA_DEPS)
	cd spa && npm run --silent build

lint: $(STAMP)
	$(BIN)/ruff check api tests migrations
	$(BIN)/ruff format --check api tests migrations

typecheck: $(STAMP)
	$(BIN)/mypy api tests migrations

openapi: $(STAMP)
	env -u WELZIJN_PUBLIC_URL $(BIN)/welzijn openapi > openapi/openapi.json

lint-openapi:
	npx --yes @stoplight/spectral-cli@6.16.3 lint --fail-severity error \
		-r ../shared/adr/linter.yaml openapi/openapi.json

# The load benchmark against PostgreSQL (seeds WELZIJN_BENCH_DATABASE_URL on first use,
# default postgresql://postgres@127.0.0.1:5432/welzijn_bench); writes tests/bench/results/.
BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m tests.bench.run $(BENCH_ARGS)

# The rate ladder: the highest rate each server carries with p99 under 100 ms (after bench).
ladder: $(BENCH_STAMP)
	$(BIN)/python -m tests.bench.ladder $(BENCH_ARGS)

# Schemathesis' CLI, every check and phase (stateful included), once per role, against a real
# server on a fresh database: SQLite, or SCHEMATHESIS_DATABASE_URL (a PostgreSQL database to create).
schemathesis: $(STAMP)
	$(BIN)/python -m tests.contract.live $(if $(SCHEMATHESIS_DATABASE_URL),--database-url $(SCHEMATHESIS_DATABASE_URL)) $(SCHEMATHESIS_ARGS)

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache

# A new migration from the models: make migration rev=0004_slug m="what it does"
migration: $(STAMP)
	rm -f var/autogen.db
	WELZIJN_DATABASE_URL=sqlite:///var/autogen.db $(BIN)/welzijn migrate
	WELZIJN_DATABASE_URL=sqlite:///var/autogen.db $(BIN)/alembic revision --autogenerate \
		--rev-id $(rev) -m "$(m)"
	sed -i -e 's/sqlmodel\.sql\.sqltypes\.AutoString(/sa.String(/g' \
		-e 's/api\.core\.db\.UTCDateTime(timezone=True)/sa.DateTime(timezone=True)/g' \
		-e '/# ### .*###/d' migrations/versions/*_$(subst $(space),_,$(m)).py
	$(BIN)/ruff format migrations
