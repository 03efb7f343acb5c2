"""The `kg` command: the composition root that wires kg (core), loaders (extraction) and api together.

Each command module registers its commands; heavy imports (spaCy, the API) happen inside the commands,
so `kg --help` and `kg neo4j status` stay fast.
"""

from __future__ import annotations

import typer

from cli import api_cmd, backup_cmd, eval_cmd, extract_cmd, neo4j_cmd, sparql_cmd, store_cmd, watch_cmd

app = typer.Typer(no_args_is_help=True, add_completion=False, help="kg: a knowledge graph of the news.")

for module in (neo4j_cmd, extract_cmd, store_cmd, watch_cmd, backup_cmd, api_cmd, sparql_cmd, eval_cmd):
    module.register(app)
