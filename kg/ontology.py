"""The one vocabulary table, read from schema/ontology.ttl and generated into kg/vocab_table.py.

schema/ontology.ttl is the source of truth for classes and fact predicates: labels, comments, families,
domains and ranges (a class stands for itself and its subclasses; ``owl:unionOf`` lists are read as unions),
symmetry, and alignments to Wikidata and schema.org. Everything else (the Neo4j relationship types, the
GraphQL enums, the extraction's type checks, the SHACL shapes, docs/vocabulary.md) derives from the generated
table, so nothing restates the vocabulary by hand. Parsing Turtle costs tens of milliseconds, so the table is
generated once, not parsed at every start; tests/test_vocab.py checks that it is current:

    .venv/bin/python -m kg.ontology   # rewrite kg/vocab_table.py, docs/vocabulary.md, schema/shapes.ttl
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "schema" / "ontology.ttl"
TABLE_MODULE = ROOT / "kg" / "vocab_table.py"
VOCABULARY_DOC = ROOT / "docs" / "vocabulary.md"
SHAPES = ROOT / "schema" / "shapes.ttl"
_KG = "https://kg.example.org/ontology#"
_FAMILY = URIRef(_KG + "family")
#: Classes that are no entity nodes: abstract unions, and the records around the facts.
_NOT_ENTITY_CLASSES = frozenset({"Agent", "Place", "Article", "Evidence"})


@dataclass(frozen=True, slots=True)
class ClassSpec:
    """One class of the ontology: an entity node label, unless abstract."""

    name: str
    label: str
    comment: str
    parents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PredicateSpec:
    """One fact predicate: what it means, which classes its ends may have, where it aligns."""

    name: str
    label: str
    comment: str
    family: str
    domain: tuple[str, ...]  # leaf classes (subclasses expanded), sorted; () when the ontology sets none
    range: tuple[str, ...]
    symmetric: bool
    alignments: tuple[str, ...]  # "owl:equivalentProperty wdt:P463", "skos:closeMatch schema:memberOf", ...


def _local(term: Node) -> str:
    return str(term).rsplit("#", 1)[-1]


def _text(graph: Graph, subject: URIRef, predicate: URIRef) -> str:
    value = graph.value(subject, predicate)
    return " ".join(str(value).split()) if value is not None else ""


def _file_order(text: str) -> dict[str, int]:
    """Where each kg: term is declared in the Turtle text: the tables keep the ontology author's order."""
    return {
        line.split()[0][3:]: number
        for number, line in enumerate(text.splitlines())
        if line.startswith("kg:") and " a owl:" in line
    }


def read_classes(graph: Graph, order: dict[str, int]) -> list[ClassSpec]:
    """Every kg: class, in the ontology's order."""
    classes = [c for c in graph.subjects(RDF.type, OWL.Class) if str(c).startswith(_KG)]
    return sorted(
        (
            ClassSpec(
                _local(c),
                _text(graph, c, RDFS.label),
                _text(graph, c, RDFS.comment),
                tuple(sorted(_local(p) for p in graph.objects(c, RDFS.subClassOf) if str(p).startswith(_KG))),
            )
            for c in classes
            if isinstance(c, URIRef)
        ),
        key=lambda spec: order.get(spec.name, len(order)),
    )


def _expand(names: Iterable[str], classes: list[ClassSpec]) -> tuple[str, ...]:
    """Each class with all its subclasses, keeping only classes an entity node can have."""
    children: dict[str, set[str]] = {}
    for spec in classes:
        for parent in spec.parents:
            children.setdefault(parent, set()).add(spec.name)
    found: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name not in found:
            found.add(name)
            todo += children.get(name, ())
    return tuple(sorted(found - _NOT_ENTITY_CLASSES))


def _ends(graph: Graph, term: Node | None) -> list[str]:
    if term is None:
        return []
    union = graph.value(term, OWL.unionOf) if not str(term).startswith(_KG) else None
    if union is not None:
        return [_local(member) for member in Collection(graph, union)]
    return [_local(term)]


def _alignments(graph: Graph, predicate: URIRef) -> tuple[str, ...]:
    found = []
    names = graph.namespace_manager
    for relation in (OWL.equivalentProperty, OWL.inverseOf, SKOS.closeMatch):
        prefix = names.normalizeUri(relation)
        found += [f"{prefix} {names.normalizeUri(str(o))}" for o in graph.objects(predicate, relation)]
    return tuple(sorted(found))


def read_predicates(graph: Graph, classes: list[ClassSpec], order: dict[str, int]) -> list[PredicateSpec]:
    """Every kg: object property that states a fact (those with a family), in the ontology's order."""
    specs = []
    for p in graph.subjects(_FAMILY, None):
        if not isinstance(p, URIRef) or (p, RDF.type, OWL.ObjectProperty) not in graph:
            continue
        specs.append(
            PredicateSpec(
                _local(p),
                _text(graph, p, RDFS.label),
                _text(graph, p, RDFS.comment),
                _text(graph, p, _FAMILY),
                _expand(_ends(graph, graph.value(p, RDFS.domain)), classes),
                _expand(_ends(graph, graph.value(p, RDFS.range)), classes),
                (p, RDF.type, OWL.SymmetricProperty) in graph,
                _alignments(graph, p),
            )
        )
    return sorted(specs, key=lambda spec: order.get(spec.name, len(order)))


def read_enumerations(graph: Graph) -> dict[str, tuple[str, ...]]:
    """Each kg: datatype property whose range lists its values (``owl:oneOf``): name -> values, in order."""
    found = {}
    for prop in graph.subjects(RDF.type, OWL.DatatypeProperty):
        listed = graph.value(graph.value(prop, RDFS.range), OWL.oneOf)
        if str(prop).startswith(_KG) and listed is not None:
            found[_local(prop)] = tuple(str(value) for value in Collection(graph, listed))
    return dict(sorted(found.items()))


def render_table(
    classes: list[ClassSpec], predicates: list[PredicateSpec], enumerations: dict[str, tuple[str, ...]]
) -> str:
    """The Python source of kg/vocab_table.py."""
    lines = [
        '"""GENERATED from schema/ontology.ttl by `python -m kg.ontology`: do not edit by hand."""',
        "",
        "from kg.ontology import ClassSpec, PredicateSpec",
        "",
        "CLASSES: tuple[ClassSpec, ...] = (",
        *(f"    {spec!r}," for spec in classes),
        ")",
        "PREDICATES: tuple[PredicateSpec, ...] = (",
        *(f"    {spec!r}," for spec in predicates),
        ")",
        "#: Evidence properties whose values the ontology lists (kg:polarity, kg:modality).",
        "ENUMERATIONS: dict[str, tuple[str, ...]] = {",
        *(f"    {name!r}: {values!r}," for name, values in enumerations.items()),
        "}",
        "",
    ]
    return "\n".join(lines)


def render_doc(
    classes: list[ClassSpec], predicates: list[PredicateSpec], enumerations: dict[str, tuple[str, ...]]
) -> str:
    """docs/vocabulary.md: the classes and predicates, by family, as a person reads them."""
    out = [
        "# The vocabulary",
        "",
        "Generated from schema/ontology.ttl by `.venv/bin/python -m kg.ontology`: edit the ontology, not",
        "this page. Each predicate is one Neo4j relationship type (its name in UPPER_SNAKE_CASE), one",
        "GraphQL `Predicate` value, one SHACL shape (schema/shapes.ttl), and one IRI",
        "`https://kg.example.org/ontology#<name>`. Domain and range list the classes a fact's subject and",
        "object may have; a fact whose ends have other classes is not asserted. Open relations",
        "(`kg:relatedTo`) are minted per phrase; see docs/data-model.md.",
        "",
        "## Classes",
        "",
        "| class | subclass of | what |",
        "|---|---|---|",
        *(f"| {c.name} | {', '.join(c.parents)} | {c.comment} |" for c in classes),
    ]
    families = list(dict.fromkeys(spec.family for spec in predicates))
    for spec in sorted(predicates, key=lambda spec: families.index(spec.family)):
        if f"## {spec.family}" not in out:
            out += ["", f"## {spec.family}", "", "| predicate | subject → object | means | aligned to |"]
            out.append("|---|---|---|---|")
        ends = f"{'/'.join(spec.domain) or 'any'} → {'/'.join(spec.range) or 'any'}"
        name = f"`{spec.name}`" + (" (symmetric)" if spec.symmetric else "")
        out.append(f"| {name} | {ends} | {spec.comment or spec.label} | {'; '.join(spec.alignments)} |")
    out += ["", "## Claims", "", "Every kg:Evidence carries these (docs/claims.md).", ""]
    out += ["| property | values |", "|---|---|"]
    out += [f"| `{name}` | {', '.join(values)} |" for name, values in enumerations.items()]
    return "\n".join(out) + "\n"


def _or(classes: tuple[str, ...]) -> str:
    return "sh:or ( " + " ".join(f"[ sh:class kg:{name} ]" for name in classes) + " )"


def render_shapes(predicates: list[PredicateSpec], enumerations: dict[str, tuple[str, ...]]) -> str:
    """schema/shapes.ttl: one SHACL node shape per predicate, checking the classes of both ends.

    The classes are the leaf classes the table expanded, so validation needs no RDFS inference.
    """
    out = [
        "# GENERATED from schema/ontology.ttl by `python -m kg.ontology`: do not edit by hand.",
        "# Each fact predicate's domain and range as SHACL: validate an export or `kg extract` output with",
        "#   .venv/bin/pyshacl -s schema/shapes.ttl data.trig",
        "@prefix sh: <http://www.w3.org/ns/shacl#> .",
        f"@prefix kg: <{_KG}> .",
        "@prefix shape: <https://kg.example.org/shape#> .",
        "",
    ]
    for spec in predicates:
        lines = [f"shape:{spec.name} a sh:NodeShape ;", f"    sh:targetSubjectsOf kg:{spec.name} ;"]
        if spec.domain:
            lines.append(f"    {_or(spec.domain)} ;")
        if spec.range:
            lines.append(f"    sh:property [ sh:path kg:{spec.name} ; {_or(spec.range)} ] ;")
        lines[-1] = lines[-1].removesuffix(" ;") + " ."
        out += [*lines, ""]
    out += ["shape:Evidence a sh:NodeShape ;", "    sh:targetClass kg:Evidence ;"]
    for name, values in enumerations.items():
        listed = " ".join(f'"{value}"' for value in values)
        out.append(f"    sh:property [ sh:path kg:{name} ; sh:maxCount 1 ; sh:in ( {listed} ) ] ;")
    out[-1] = out[-1].removesuffix(" ;") + " ."
    return "\n".join(out) + "\n"


def generate() -> tuple[str, str, str]:
    """(kg/vocab_table.py source, docs/vocabulary.md text, schema/shapes.ttl) from schema/ontology.ttl."""
    text = ONTOLOGY.read_text(encoding="utf-8")
    graph = Graph().parse(data=text, format="turtle")
    order = _file_order(text)
    classes = read_classes(graph, order)
    predicates = read_predicates(graph, classes, order)
    enumerations = read_enumerations(graph)
    return (
        render_table(classes, predicates, enumerations),
        render_doc(classes, predicates, enumerations),
        render_shapes(predicates, enumerations),
    )


if __name__ == "__main__":
    for path, text in zip((TABLE_MODULE, VOCABULARY_DOC, SHAPES), generate(), strict=True):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}", file=sys.stderr)
