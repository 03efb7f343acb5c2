// The GraphQL documents the page sends (schema/schema.graphql is the contract).

export const SEARCH = `query Search($phrase: String!) {
  search(phrase: $phrase, first: 12) {
    score
    entity { id name types aliases tickers mentionCount }
  }
}`;

const SPAN = "{ start end }";
const GEO = "geo { country latitude longitude }";
const SOURCE = "article { id title published source } reportedBy { id name }";

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name aliases tickers types wikidata mentionCount ${GEO}
    facts(direction: BOTH, first: 100) {
      totalCount
      edges { node {
        id predicate
        subject { id name types ${GEO} }
        object { id name types ${GEO} }
        support { articleCount firstPublished lastPublished }
        evidence(first: 5) {
          totalCount
          edges { node {
            id sentence sentenceStart confidence
            subjectSpan ${SPAN} objectSpan ${SPAN}
            article { id title url published source }
          } }
        }
      } }
    }
    articles(first: 20) { totalCount edges { node { id title published source } } }
    timeline(interval: month) { period mentions facts }
    claims(first: 50) {
      totalCount
      edges { node {
        id predicate polarity modality sentence sentenceStart
        subject { id name types } object { id name types }
        subjectSpan ${SPAN} objectSpan ${SPAN} ${SOURCE}
      } }
    }
    contradictions(first: 10) {
      predicate subject { id name types } object { id name types }
      asserted { id sentence ${SOURCE} } negated { id sentence ${SOURCE} }
    }
  }
}`;

// The places named in the articles that mention an entity (its map; loaded with the map code).
export const PLACES = `query Places($id: ID!) {
  entity(id: $id) {
    articles(first: 20) { edges { node { entities(first: 100) { edges { node { id name ${GEO} } } } } } }
  }
}`;

// The home page: the newest articles with their facts, and the entities most mentioned in the newest week.
export const HOME = `query Home {
  articles(sort: [{published: DESC}], first: 10) {
    edges { node {
      id title published source
      facts(first: 5) { edges { node { id predicate subject { id name types } object { id name types } } } }
    } }
  }
  mentioned(first: 12) { articles entity { id name types } }
}`;

export const ARTICLE = `query Article($id: ID!) {
  article(id: $id) {
    id title url published source language text
    entities(first: 100) { edges { node { id name types } } }
    facts(first: 100) {
      edges { node {
        id predicate
        subject { id name }
        object { id name }
        evidence(first: 20) { edges { node {
          id sentenceStart sentence subjectSpan ${SPAN} cueSpan ${SPAN} objectSpan ${SPAN}
          article { id }
        } } }
      } }
    }
  }
}`;

export const STATS = `query Stats {
  stats { articles evidence classes { label count } predicates { predicate count } }
}`;
