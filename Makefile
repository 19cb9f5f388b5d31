# Everything a fresh machine needs: `make run` and `make test` install what they use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install venv-prerequisites test-prerequisites run test lint typecheck bench docs clean lock model

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "releasegate needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); $(MAKE) --no-print-directory venv-prerequisites \
		&& $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Debian's python3 ships venv separately: install it where we can (root with apt-get).
venv-prerequisites:
	@if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && apt-get install -y -qq python3-venv; \
	else echo "python3 -m venv failed: install your distribution's python3-venv package"; exit 1; fi

# The main job on embedded SQLite: a guided sample-first walk-through, then the HTTP service
# on the same register with demo logins (Ctrl-C stops it).
run: install
	$(BIN)/releasegate demo --fresh --serve

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy

# The suite starts its own throwaway PostgreSQL from the server binaries; install them if absent.
test-prerequisites:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null; then :; \
	elif command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; \
	else echo "the tests need PostgreSQL's server binaries: install your distribution's postgresql package"; exit 1; fi

test: lint typecheck test-prerequisites
	$(BIN)/python -m pytest -n 2 -q

bench: install
	$(BIN)/python bench/ledger.py
	$(BIN)/python bench/check_accuracy.py
	$(BIN)/python bench/check_speed.py
	$(BIN)/python bench/http_api.py

# Retrain the checker's wording model from the corpora under tests/data (thirty to forty minutes on 225 corpora):
# prints the leave-one-corpus-out accuracy, then writes src/.../check/wording_model.json.gz.
model: install
	$(BIN)/python bench/train_wording_model.py

# Regenerate the CLI reference from the code (docs/cli.md); a test fails when it is stale.
docs: install
	$(BIN)/python -m releasegate.cli.reference > docs/cli.md

# Re-pin dependencies after editing pyproject.toml (writes hashes, no index address).
lock: install
	$(BIN)/python -m pip install --quiet uv==0.13.8
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) releasegate-demo.db .pytest_cache .mypy_cache .ruff_cache
