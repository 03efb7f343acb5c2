#!/usr/bin/env bash
# `make demo`: set up everything, start Neo4j, ingest the project's sample articles and serve the API.
# Ctrl-C stops everything it started (the API, and Neo4j if it was not already running).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

sync_venv
build_web
trap stop_neo4j_if_started_here EXIT
trap 'exit 130' INT TERM
start_neo4j

"$KG" ingest samples/

read -r host port < <(.venv/bin/python -c 'from kg.settings import Settings; s = Settings(); print(s.api_host, s.api_port)')
read -r browser < <(.venv/bin/python -c 'from kg.settings import Settings; s = Settings(); print(f"http://127.0.0.1:{s.neo4j_http_port}/browser/" if s.managed else "(external server: see its own Browser)")')
echo
echo "  GraphQL:       http://$host:$port/graphql"
echo "  SPARQL:        http://$host:$port/sparql"
echo "  Explorer:      http://$host:$port/"
echo "  Neo4j Browser: $browser"
echo "  Press Ctrl-C to stop."
echo
"$KG" serve
