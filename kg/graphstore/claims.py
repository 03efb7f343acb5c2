"""Claims read back from Neo4j: who asserts what another source negates (docs/claims.md).

Every Evidence node carries ``polarity`` (asserted, negated) and ``modality`` (stated, reported, hedged,
conditional, future); only asserted evidence of stated or reported modality supports the fact
relationship that readers see by default. A contradiction is a fact (subject, predicate, object; either
direction for a symmetric predicate) that some evidence asserts and other evidence negates, each
stated or reported ("X could meet Y" does not contradict "X has not met Y").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import neo4j

from kg.errors import StoreError, StoreUnavailableError
from kg.graphstore.queries import Query, committed, fact_evidence
from kg.model import ASSERTED, NEGATED
from kg.vocab import SYMMETRIC_PREDICATES, local_name

__all__ = ["ClaimEvidence", "Contradiction", "contradictions", "contradictions_query"]

_SYMMETRIC: Final = sorted(local_name(p) for p in SYMMETRIC_PREDICATES)

# From the entity to each negated evidence about it, then to asserted evidence of the same fact: both
# walks stay local to the entity's own evidence (no scan of all evidence of a predicate).
_CONTRADICTIONS: Final = f"""
MATCH (n:Resource {{uri: $uri}}) USING INDEX SEEK n:Resource(uri)
MATCH (n)<-[:SUBJECT|OBJECT]-(neg:Evidence {{polarity: '{NEGATED}'}})
WHERE {committed("neg")}
MATCH (neg)-[:SUBJECT]->(s), (neg)-[:OBJECT]->(o)
MATCH (s)<-[:SUBJECT|OBJECT]-(pos:Evidence)-[:SUBJECT|OBJECT]->(o)
WHERE pos.predicate = neg.predicate AND {fact_evidence("pos")}
  AND ((pos)-[:SUBJECT]->(s) OR neg.predicate IN $symmetric)
WITH DISTINCT s, o, neg.predicate AS predicate, [neg, pos] AS pair
UNWIND pair AS e
WITH DISTINCT s, o, predicate, e
MATCH (e)-[:IN_ARTICLE]->(a:Article)
OPTIONAL MATCH (e)-[:REPORTED_BY]->(r)
WITH s, o, predicate, e, a, r ORDER BY a.published, a.uri, e.uri
RETURN s.uri AS subject, predicate, o.uri AS object,
       collect({{evidence: e.uri, polarity: coalesce(e.polarity, '{ASSERTED}'), modality: e.modality,
                 article: a.uri, published: a.published, publisher: a.source, sentence: e.sentence,
                 reportedBy: r.uri}}) AS evidence
ORDER BY subject, predicate, object
"""


def contradictions_query(uri: str) -> Query:
    """Facts about entity ``uri`` that some evidence asserts and some negates, with all that evidence."""
    return _CONTRADICTIONS, {"uri": uri, "symmetric": _SYMMETRIC}


@dataclass(frozen=True, slots=True)
class ClaimEvidence:
    """One statement of a contradicted fact."""

    evidence: str
    polarity: str
    modality: str | None
    article: str
    published: Any
    publisher: str | None
    sentence: str | None
    reported_by: str | None


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A fact (as one negating evidence orients it) with the evidence asserting and negating it."""

    subject: str
    predicate: str
    object: str
    evidence: tuple[ClaimEvidence, ...]

    @property
    def asserted(self) -> tuple[ClaimEvidence, ...]:
        return tuple(e for e in self.evidence if e.polarity == ASSERTED)

    @property
    def negated(self) -> tuple[ClaimEvidence, ...]:
        return tuple(e for e in self.evidence if e.polarity == NEGATED)


def contradictions(driver: neo4j.Driver, uri: str, database: str = "neo4j") -> list[Contradiction]:
    """The contradictions about one entity (see :func:`contradictions_query`)."""
    try:
        records, _, _ = driver.execute_query(
            *contradictions_query(uri), database_=database, routing_=neo4j.RoutingControl.READ
        )
    except (neo4j.exceptions.ServiceUnavailable, neo4j.exceptions.SessionExpired, OSError) as exc:
        raise StoreUnavailableError(f"Neo4j became unreachable while reading claims: {exc}") from exc
    except neo4j.exceptions.Neo4jError as exc:
        raise StoreError(f"Neo4j refused to read claims: {exc.code}: {exc.message}") from exc
    return [_contradiction(record) for record in records]


def _contradiction(record: Any) -> Contradiction:
    evidence: Sequence[dict[str, Any]] = record["evidence"]
    return Contradiction(
        record["subject"],
        record["predicate"],
        record["object"],
        tuple(
            ClaimEvidence(
                e["evidence"],
                e["polarity"],
                e["modality"],
                e["article"],
                e["published"],
                e["publisher"],
                e["sentence"],
                e["reportedBy"],
            )
            for e in evidence
        ),
    )
