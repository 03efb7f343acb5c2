#!/usr/bin/env bash
# `make test`: set up everything (venv, Chromium, Neo4j), run the checks and the whole test suite,
# and stop what it started, even when something fails or it is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

sync_venv
trap stop_neo4j_if_started_here EXIT
trap 'exit 130' INT TERM
start_neo4j

# A failing step is reported and fails the run, but the steps after it still run, so one broken part
# does not hide the state of all the others.
status=0
scripts/ensure-chromium.sh || { status=1; echo "make test: installing Chromium FAILED" >&2; }
build_web || { status=1; echo "make test: building the explorer (web/) FAILED" >&2; }
scripts/check.sh || status=1
set +e
# Tests that need Neo4j fail (instead of skipping) when it is unusable: nothing passes by being skipped.
REQUIRE_NEO4J=1 .venv/bin/pytest "$@"
tests=$?
set -e
if [ "$tests" = 5 ]; then
  echo "error: pytest collected no tests: that is a failure, not a pass" >&2
fi
[ "$tests" = 0 ] || status=1
if [ "$status" = 0 ]; then echo "make test: checks and tests passed"; else echo "make test: FAILED" >&2; fi
exit "$status"
