// The Neo4j schema of kg (see docs/data-model.md), applied by `kg init` and at every `kg neo4j start`.
// Every statement is idempotent (IF NOT EXISTS) and ends with a semicolon; `//` starts a comment line.

// Every IRI-named resource is one node: the `uri` is unique (and thereby indexed).
CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;

// Articles: found again by content hash (idempotent ingest), by URL, and listed by date.
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);

// Evidence is filtered by predicate ("which sentences say X urges Y").
CREATE INDEX evidence_predicate IF NOT EXISTS FOR (e:Evidence) ON (e.predicate);

// Entities are looked up by exact name, one range index per class.
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX location_name IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX position_name IF NOT EXISTS FOR (n:Position) ON (n.name);

// Full-text search over names and aliases; the GraphQL `search` query uses this index by name.
CREATE FULLTEXT INDEX entityNames IF NOT EXISTS
FOR (n:Person|Organization|Country|City|Location|Event|Position)
ON EACH [n.name, n.aliases];
