// The Neo4j GraphQL Library serving kg's graph (docs/data-model.md), as the baseline for bench/graphql.py.
// Usage: NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... PORT=4000 node server.mjs
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const FACT_TYPES = [
  "MEMBER_OF", "LEADER_OF", "WORKS_FOR", "HOLDS_POSITION", "CITIZEN_OF", "LIVES_IN", "LOCATED_IN",
  "BASED_IN", "OWNED_BY", "LED_BY", "ALLIED_WITH", "URGES", "MET_WITH", "SEEKS_TALKS_WITH", "VISITED",
  "DEPARTED_FROM", "ACCUSES", "CRITICIZES", "INVADED", "KILLED", "SAYS",
].join("|");

// Facts are typed relationships of 21 types; the library declares one type per relationship field,
// so an entity's facts are reached through their evidence (SUBJECT), and multi-hop neighbours
// through a @cypher field, the library's documented way to express variable-length traversals.
const typeDefs = `#graphql
  type Entity @node(labels: ["Resource"])
    @fulltext(indexes: [{ indexName: "entitySearch", queryName: "searchEntities", fields: ["name"] }]) {
    uri: ID!
    name: String
    aliases: [String!]
    wikidata: String
    evidence: [Evidence!]! @relationship(type: "SUBJECT", direction: IN)
    neighbors(depth2Limit: Int = 20): [Entity!]!
      @cypher(statement: """
        MATCH (this)-[:${FACT_TYPES}*1..2]-(m) WHERE m <> this
        WITH DISTINCT m LIMIT $depth2Limit RETURN m
      """, columnName: "m")
  }
  type Evidence @node {
    uri: ID!
    predicate: String
    sentence: String
    confidence: Float
    object: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
    article: [Article!]! @relationship(type: "IN_ARTICLE", direction: OUT)
  }
  type Article @node {
    uri: ID!
    title: String
    url: String
    source: String
  }
`;

const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
  neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "neo4j"),
);
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const server = new ApolloServer({ schema: await neoSchema.getSchema() });
const port = Number(process.env.PORT ?? 4000);
const { url } = await startStandaloneServer(server, {
  listen: { host: "127.0.0.1", port },
  context: async () => ({ sessionConfig: { database: process.env.NEO4J_DATABASE ?? "neo4j" } }),
});
console.log(`neo4j-graphql ready at ${url}`);
