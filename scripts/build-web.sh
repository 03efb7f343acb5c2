#!/usr/bin/env bash
# Builds the explorer page (web/ -> web/dist/) that the API serves at `/`: `npm ci && npm run build`.
# npm ci is skipped when node_modules already matches package-lock.json, so reruns take a second.
set -euo pipefail
cd "$(dirname "$0")/../web"
if ! command -v npm >/dev/null; then
  echo "npm is missing: install Node.js 18+ (Debian: apt-get install -y nodejs npm)" >&2
  exit 1
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
npm run build
