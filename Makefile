# Pyex developer commands. `make demo` and `make test` are all a fresh machine needs.
#
#   make setup   install the missing system tools (idempotent; Debian, run as root)
#   make demo    the Elixir tour, then the CLI on $(DEMO_PROGRAM) compared with python3, parse the TODO app
#   make test    every test suite: cargo, a 100-second fuzz smoke run (fuzz/), then pytest and mix test
#   make check   formatting, clippy, recorded expectations, Elixir/Python checks when present
#   make bench   criterion (parse, evaluator), then pyex vs CPython: parse time per stdlib file, run times
#   make record  re-record conformance expectations with python3 (the only writer of them)

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
CARGO ?= cargo
PYTHON ?= python3
# A ~125-line program recorded against CPython: sieve, sorting, search, memo fib, statistics.
DEMO_PROGRAM := conformance/cases/algorithms/algorithms_suite.py

# The bindings arrive in later issues; their suites run as soon as their projects exist.
HAVE_ELIXIR := $(wildcard elixir/mix.exs)
HAVE_PYTHON := $(wildcard python/pyproject.toml)
PYTHON_TESTS := $(wildcard python/tests/test_*.py)
# Where cargo puts the extension module the Python tests import from python/pyex/.
TARGET_DIR := $(or $(CARGO_TARGET_DIR),target)
EXT_SUFFIX = $(shell $(PYTHON) -c 'import sysconfig; print(sysconfig.get_config_var("EXT_SUFFIX"))')

.PHONY: setup demo test test-suites check bench record

setup:
	@if ! command -v mix >/dev/null 2>&1; then \
		echo "setup: installing Erlang/Elixir"; \
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y elixir erlang-dev; \
	fi
	@if ! $(PYTHON) -m maturin --version >/dev/null 2>&1; then \
		echo "setup: installing maturin"; \
		$(PYTHON) -m pip install --quiet --root-user-action=ignore maturin \
			|| $(PYTHON) -m pip install --quiet --root-user-action=ignore --break-system-packages maturin; \
	fi
	@if [ -n "$(HAVE_PYTHON)" ] && ! $(PYTHON) -m pytest --version >/dev/null 2>&1; then \
		echo "setup: installing pytest"; \
		$(PYTHON) -m pip install --quiet --root-user-action=ignore pytest \
			|| $(PYTHON) -m pip install --quiet --root-user-action=ignore --break-system-packages pytest; \
	fi

# The demo runs the Elixir tour (elixir/examples/demo.exs), then a program with the CLI checked against
# python3 (the TODO app needs fastapi: issue 9).
demo: setup
	cd elixir && mix run examples/demo.exs
	$(CARGO) build -q --release -p pyex-cli
	$(CARGO) run -q --release -p pyex-cli -- $(DEMO_PROGRAM)
	@diff <($(CARGO) run -q --release -p pyex-cli -- $(DEMO_PROGRAM)) <($(PYTHON) $(DEMO_PROGRAM)) \
		&& echo "demo: pyex printed exactly what python3 prints for $(DEMO_PROGRAM)"
	@echo "demo: the README's TODO app, parsed (running it needs the fastapi module, issue 9):"
	$(CARGO) run -q --release -p pyex-cli -- --parse examples/todo_app.py | head -n 20

# The suites run with the services they need started by the project's scripts (and stopped, also
# on failure): PostgreSQL for the sql driver and cases (scripts/services/postgres.sh).
test: setup
	PYEX_REQUIRE_SERVICES=1 scripts/services/postgres.sh run -- $(MAKE) --no-print-directory test-suites

test-suites:
	$(CARGO) test --workspace --no-fail-fast
	$(CARGO) run -q -p pyex-fuzz -- --target all --seed 1 --seconds 100 --out "$(TARGET_DIR)/fuzz-smoke"
ifneq ($(PYTHON_TESTS),)
	$(CARGO) build -q -p pyex-py
	cp "$(TARGET_DIR)/debug/lib_pyex.so" "python/pyex/_pyex$(EXT_SUFFIX)"
	$(PYTHON) -m pytest -q python/tests
endif
ifneq ($(HAVE_ELIXIR),)
	cd elixir && ELIXIR_ERL_OPTIONS="$${ELIXIR_ERL_OPTIONS:-+sbwt none}" mix test
endif

check:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	$(PYTHON) conformance/record --check
	$(PYTHON) conformance/hostile/check_cpython.py
	$(PYTHON) core/tests/data/scope_record.py --check
ifneq ($(HAVE_ELIXIR),)
	cd elixir && mix format --check-formatted
endif
ifneq ($(PYTHON_TESTS),)
	$(CARGO) build -q -p pyex-py
	cp "$(TARGET_DIR)/debug/lib_pyex.so" "python/pyex/_pyex$(EXT_SUFFIX)"
	$(PYTHON) -m pytest -q python/tests
endif

bench:
	$(CARGO) bench -p pyex --bench parse --bench eval
	$(PYTHON) scripts/parse_vs_cpython.py
	$(PYTHON) scripts/eval_vs_cpython.py

record:
	$(PYTHON) conformance/record
	$(PYTHON) core/tests/data/scope_record.py
