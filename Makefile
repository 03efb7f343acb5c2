# The README's two commands are `make demo` and `make test`; the rest are their parts.
# The logic lives in scripts/ (plain bash), so CI, make and a shell run the very same steps.

.PHONY: demo test check setup neo4j-start neo4j-stop neo4j-status

demo: ## set up, start Neo4j, ingest samples/, serve the API (Ctrl-C stops it all)
	scripts/demo.sh

test: ## set up, start Neo4j, run `make check` and the whole test suite, stop what it started
	scripts/test.sh

check: ## ruff, ruff format --check, mypy (strict), import-linter contracts
	scripts/check.sh

setup: ## the virtual environment (.venv) exactly as uv.lock pins it
	bash -c 'source scripts/lib.sh && sync_venv'

neo4j-start:
	.venv/bin/kg neo4j start

neo4j-stop:
	.venv/bin/kg neo4j stop

neo4j-status:
	.venv/bin/kg neo4j status
