// The Neo4j schema of kg (see docs/data-model.md), applied by `kg init` and at every `kg neo4j start`.
// Every statement is idempotent (IF NOT EXISTS / IF EXISTS) and ends with a semicolon; `//` starts a comment line.

// Every IRI-named resource is one node: the `uri` is unique (and thereby indexed).
CREATE CONSTRAINT resource_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE;

// Articles: found again by content hash (idempotent ingest), by URL, and listed by date.
CREATE INDEX article_content_hash IF NOT EXISTS FOR (a:Article) ON (a.contentHash);
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);

// Evidence is filtered by predicate ("which sentences say X urges Y").
CREATE INDEX evidence_predicate IF NOT EXISTS FOR (e:Evidence) ON (e.predicate);

// Entity names, one TEXT index per class: equality, STARTS WITH, ENDS WITH and CONTAINS use it. Not range
// indexes: those refuse any value over ~8 KB, and a name is data (a 10,000-character name must store).
// The range indexes of earlier versions, under the old names, are dropped.
DROP INDEX person_name IF EXISTS;
DROP INDEX organization_name IF EXISTS;
DROP INDEX country_name IF EXISTS;
DROP INDEX city_name IF EXISTS;
DROP INDEX location_name IF EXISTS;
DROP INDEX event_name IF EXISTS;
DROP INDEX position_name IF EXISTS;
CREATE TEXT INDEX person_name_text IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE TEXT INDEX organization_name_text IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE TEXT INDEX country_name_text IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE TEXT INDEX city_name_text IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE TEXT INDEX location_name_text IF NOT EXISTS FOR (n:Location) ON (n.name);
CREATE TEXT INDEX team_name_text IF NOT EXISTS FOR (n:Team) ON (n.name);
CREATE TEXT INDEX product_name_text IF NOT EXISTS FOR (n:Product) ON (n.name);
CREATE TEXT INDEX work_name_text IF NOT EXISTS FOR (n:Work) ON (n.name);
CREATE TEXT INDEX award_name_text IF NOT EXISTS FOR (n:Award) ON (n.name);
CREATE TEXT INDEX event_name_text IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE TEXT INDEX position_name_text IF NOT EXISTS FOR (n:Position) ON (n.name);

// Full-text search over names, aliases and stock symbols, of every entity class; the GraphQL `search` query
// uses this index by name (kg.graphstore.schema.FULLTEXT_INDEX). A full-text index's labels and properties
// cannot be altered, so the earlier one (names and aliases of seven classes: no team, product, work or award
// was found) is dropped and this one, under its own name, replaces it.
DROP INDEX entityNames IF EXISTS;
CREATE FULLTEXT INDEX entitySearch IF NOT EXISTS
FOR (n:Person|Organization|Country|City|Location|Team|Product|Work|Award|Event|Position)
ON EACH [n.name, n.aliases, n.tickers];
