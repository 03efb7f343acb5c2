// The GraphQL documents the page sends (schema/schema.graphql is the contract).

export const SEARCH = `query Search($phrase: String!) {
  search(phrase: $phrase, first: 12) {
    score
    entity { id name types aliases mentionCount }
  }
}`;

const SPAN = "{ start end }";

export const ENTITY = `query Entity($id: ID!) {
  entity(id: $id) {
    id name aliases types wikidata mentionCount
    facts(direction: BOTH, first: 100) {
      totalCount
      edges { node {
        id predicate
        subject { id name types }
        object { id name types }
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
  }
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
