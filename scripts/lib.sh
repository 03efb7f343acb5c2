# Shared by scripts/*.sh (sourced): set-up steps that `make demo` and `make test` both need.
# Each step is idempotent and fast when there is nothing to do.

KG=.venv/bin/kg

# uv, installed with pip for this user when missing (a fresh machine has only python3).
ensure_uv() {
  if command -v uv >/dev/null 2>&1; then UV=$(command -v uv); return; fi
  if [ -x "$HOME/.local/bin/uv" ]; then UV="$HOME/.local/bin/uv"; return; fi
  echo "uv is missing: installing it with pip (python3 -m pip install --user uv)" >&2
  python3 -m pip install --user --quiet uv 2>/dev/null \
    || python3 -m pip install --user --quiet --break-system-packages uv
  UV="$HOME/.local/bin/uv"
  if ! [ -x "$UV" ]; then UV=$(python3 -c 'import shutil; print(shutil.which("uv") or "")'); fi
  [ -n "$UV" ] || { echo "error: could not install uv; install it (https://docs.astral.sh/uv/) and rerun" >&2; exit 1; }
}

# The project's virtual environment (.venv), exactly as uv.lock pins it.
sync_venv() {
  ensure_uv
  "$UV" sync --frozen
}

# The explorer page's bundle (issue 7), when the web/ front end is part of the checkout.
build_web() {
  if [ -f web/package.json ]; then scripts/build-web.sh; fi
}

# Starts the managed Neo4j unless it (or the external KG_NEO4J_URI server) already answers; applies the schema.
# Sets NEO4J_STARTED_HERE=1 when this call started it, so the caller stops only what it started.
NEO4J_STARTED_HERE=0
start_neo4j() {
  if "$KG" neo4j status >/dev/null 2>&1; then
    "$KG" neo4j start   # already up: says so, and applies the schema
  else
    NEO4J_STARTED_HERE=1
    "$KG" neo4j start
  fi
}

stop_neo4j_if_started_here() {
  if [ "$NEO4J_STARTED_HERE" = 1 ]; then
    NEO4J_STARTED_HERE=0
    "$KG" neo4j stop || true
  fi
}
