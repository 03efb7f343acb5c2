"""Staleness and sync against an in-memory source (the Neo4j-backed path is in test_sparql_consistency)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sparql_reference import KIRBY, UKRAINE, article_graph, reference_extraction, second_extraction

from kg.errors import StoreError
from kg.sparqlstore import SparqlEngine
from kg.sparqlstore.sync import in_memory_source, is_stale, sync


def test_sync_rebuilds_then_replaces_only_what_changed(tmp_path: Path) -> None:
    reference, second = article_graph(reference_extraction()), article_graph(second_extraction())
    changed = article_graph(second_extraction("Kirby urged China once more. Kirby is with the White House."))
    with SparqlEngine(tmp_path / "store") as engine:
        first = sync(engine, in_memory_source([reference, second]))
        assert (first.rebuilt, first.replaced) == (True, 2)
        assert not is_stale(engine, in_memory_source([reference, second]))
        assert changed[0] == second[0]  # same URL, so the same article IRI, with a new text
        source = in_memory_source([reference, changed])
        assert is_stale(engine, source)
        report = sync(engine, source)
        assert (report.rebuilt, report.replaced, report.removed) == (False, 1, 0)
        assert (
            b"once more"
            in engine.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{second[0]}> {{ ?s ?p ?o }} }}").body
        )
        assert b"again on Friday" not in engine.query("CONSTRUCT WHERE { ?s ?p ?o }").body
        report = sync(engine, in_memory_source([reference]))
        assert (report.replaced, report.removed) == (0, 1)
        assert engine.counts()[1] == 1


def test_a_killed_store_process_comes_back_with_its_data(tmp_path: Path) -> None:
    reference = article_graph(reference_extraction())
    with SparqlEngine(tmp_path / "store") as engine:
        engine.replace_article(*reference)
        before = engine.counts()
        engine._process.kill()  # type: ignore[union-attr]  # as a timeout would
        engine._process.wait()  # type: ignore[union-attr]
        with pytest.raises(StoreError, match="was restarted"):
            engine.counts()
        assert engine.counts() == before


def test_default_graph_is_the_merge_without_duplicates(tmp_path: Path) -> None:
    reference, second = article_graph(reference_extraction()), article_graph(second_extraction())
    label = f"SELECT ?l WHERE {{ <{KIRBY}> rdfs:label ?l }}"
    with SparqlEngine(tmp_path / "store") as engine:
        engine.replace_article(*reference)
        engine.replace_article(*second)
        assert engine.query(label).count == 1  # said by both articles, once in the default graph
        assert engine.query(f"SELECT ?g WHERE {{ GRAPH ?g {{ <{KIRBY}> rdfs:label ?l }} }}").count == 2
        engine.replace_article(*second)  # replacing keeps what the other article still says
        assert engine.query(label).count == 1
        engine.delete_article(reference[0])
        assert engine.query(label).count == 1  # the second article still says it
        assert engine.query(f"ASK {{ <{UKRAINE}> kg:memberOf ?o }}").body.endswith(b"false}")
        assert engine.counts() == (len(second[1]), 1)
