#!/usr/bin/env bash
# `make check`: lint, formatting, types (mypy strict on the packages) and the import contracts
# (api -> kg <- loaders; kg imports neither). Runs every check, fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
run() { echo "+ $*"; "$@" || status=1; }
run .venv/bin/ruff check .
run .venv/bin/ruff format --check .
run .venv/bin/mypy
run .venv/bin/lint-imports
[ "$status" = 0 ] && echo "make check: all checks passed" || echo "make check: FAILED" >&2
exit "$status"
