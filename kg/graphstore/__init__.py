"""The seam to Neo4j: the only place in kg that imports the neo4j driver."""
