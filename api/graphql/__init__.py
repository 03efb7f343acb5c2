"""The GraphQL API: Strawberry types over the Neo4j graph of docs/data-model.md."""
