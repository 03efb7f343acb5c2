"""The root fields' rules: each adds the clauses that find its objects to the root scope and returns
the expression of the field's value (``kg.graphstore.compiler.compile_root`` wraps them in one query).

Values that differ between requests of one shape (an entity's name, a search phrase, an id) are
``item`` values, bound by ``Compiler.bind``; the rest are parameters.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any, Final

from kg.errors import InvalidInputError
from kg.graphstore.compiler import facts
from kg.graphstore.compiler.compiler import Compiler, Env, Rule, related
from kg.graphstore.compiler.cypher import Scope, string
from kg.graphstore.compiler.filters import article_condition, entity_condition, fact_condition
from kg.graphstore.compiler.pages import connection, page_args
from kg.graphstore.compiler.selection import Field
from kg.graphstore.compiler.time import by_publication, day
from kg.graphstore.compiler.types import MENTION_COUNT, entity_env, fact_env
from kg.graphstore.schema import FULLTEXT_INDEX

ENTITY_LABELS = "|".join(facts.CLASS_LABELS)
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/]|&&|\|\|)')

RootRule = Callable[[Compiler, Scope, Field], str]


def lucene_escape(text: str) -> str:
    """Escape Lucene query syntax so a user's phrase is searched as words, never parsed as operators."""
    return _LUCENE_SPECIAL.sub(r"\\\1", text)


#: Bounds on a full-text query's text: Lucene refuses a query of more than 1,024 clauses or a term of
#: more than 32,766 bytes (an unclear "refused" error), and a long query ties Neo4j up for seconds before
#: it does. No name or search a reader types comes near them.
MAX_QUERY_CHARS: Final = 1000
MAX_QUERY_WORDS: Final = 64


def _query_words(text: str, arg: str) -> list[str]:
    """The lower-cased words of a full-text query's text, refused when empty or beyond the bounds."""
    if len(text) > MAX_QUERY_CHARS:
        raise InvalidInputError(f"{arg}: at most {MAX_QUERY_CHARS:,} characters ({len(text):,} given)")
    words = text.lower().split()
    if not words:
        raise InvalidInputError(f"{arg}: must not be empty")
    if len(words) > MAX_QUERY_WORDS:
        raise InvalidInputError(f"{arg}: at most {MAX_QUERY_WORDS} words ({len(words):,} given)")
    return words


def lucene_phrase_query(phrase: str) -> str:
    """The exact phrase ranks first; all words (the last one as a prefix, for type-ahead) also match."""
    words = [lucene_escape(w) for w in _query_words(phrase, "phrase")]
    all_words = " AND ".join([*words[:-1], words[-1] + "*"])
    return f'"{" ".join(words)}"^4 OR ({all_words})'


def lucene_name_query(name: str) -> str:
    """The index query for an entity's exact name or alias (a quoted phrase)."""
    _query_words(name, "name")
    return f'"{lucene_escape(name.lower())}"'


def _by_name(n: str, q: str, name: str) -> str:
    """Clauses binding ``n`` to the entity whose name (or failing that an alias) is ``name``,
    case-insensitively, busiest first (``q``: its index query)."""
    return (
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', {q}, {{limit: 50}}) YIELD node AS {n} "
        f"WITH *, toLower(coalesce({n}.name, '')) = toLower({name}) AS exact "
        f"WHERE exact OR any(x IN coalesce({n}.aliases, []) WHERE toLower(x) = toLower({name})) "
        f"WITH {n}, exact ORDER BY exact DESC, {MENTION_COUNT.format(n=n)} DESC, {n}.uri LIMIT 1"
    )


def entity(c: Compiler, scope: Scope, field: Field) -> str:
    """``entity(id | name)``: by IRI, or by name (an exact name first, then an alias); null if none."""
    id_, name = field.args.get("id"), field.args.get("name")
    if (id_ is None) == (name is None):
        raise InvalidInputError("entity: give exactly one of id or name")
    n = c.var("n")
    if id_ is not None:
        scope.add(f"MATCH ({n}:Resource {{uri: {c.bind('uri', 'id', str, id_)}}}) WHERE {n}:{ENTITY_LABELS}")
    else:
        q = c.bind("q", "name", lucene_name_query, name)
        scope.add(_by_name(n, q, c.bind("name", "name", str, name)))
    c.cost.add(1, "entity")
    return c.object_map(scope, "Entity", entity_env(n), field.fields)


#: A sort field -> its ORDER BY terms for a variable and a direction.
SortKeys = Mapping[str, Callable[[str, str], str]]


def _order(var: str, sort: list[Mapping[str, Any]] | None, keys: SortKeys, tiebreak: str) -> str:
    terms = [
        keys[name](var, direction)
        for item in sort or []
        for name, direction in item.items()
        if direction is not None and name in keys
    ]
    return ", ".join([*terms, tiebreak])


_ENTITY_SORT: Final[SortKeys] = {
    "name": lambda v, d: f"{v}.name {d}",
    "mentionCount": lambda v, d: MENTION_COUNT.format(n=v) + f" {d}",
}
_ARTICLE_SORT: Final[SortKeys] = {"published": by_publication, "title": lambda v, d: f"{v}.title {d}"}


def entities(c: Compiler, scope: Scope, field: Field) -> str:
    """``entities(where, sort, first, after)``."""
    where, sort = field.args.get("where"), field.args.get("sort")

    def match(body: Scope, skip: str, limit: str) -> Env:
        n = c.var("n")
        order = _order(n, sort, _ENTITY_SORT, f"{n}.uri")
        body.add(
            f"MATCH ({n}:{ENTITY_LABELS}) WHERE {entity_condition(c, n, where)} "
            f"WITH {n} ORDER BY {order} SKIP {skip} LIMIT {limit}"
        )
        return entity_env(n)

    def count(_: Scope) -> str:
        n = c.var("n")
        return f"COUNT {{ MATCH ({n}:{ENTITY_LABELS}) WHERE {entity_condition(c, n, where)} }}"

    return connection(c, scope, field, "Entity", [], match, count)


def search(c: Compiler, scope: Scope, field: Field) -> str:
    """``search(phrase, first)``: full-text hits ranked by Lucene's score weighted by mentions.

    Lucene alone favours short names ("Vote Blair" over "Tony Blair"); a front end's search box wants
    the entity people mean, so the index's top candidates are re-ranked by ``score * (1 + log10(1 +
    mentions))``. ``score`` in the result stays Lucene's.
    """
    first = page_args(field.arg("first", 10), None, c.limits.max_page_size).first
    q = c.bind("q", "phrase", lucene_phrase_query, field.args["phrase"])
    n, score, candidates = c.var("n"), c.var("score"), c.param(max(50, 5 * first))
    scope.add(
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', {q}, {{limit: {candidates}}}) "
        f"YIELD node AS {n}, score AS {score} "
        f"WITH {n}, {score}, {score} * (1 + log10(1 + {MENTION_COUNT.format(n=n)})) AS rank "
        f"WITH {n}, {score} ORDER BY rank DESC, {n}.uri LIMIT {c.param(first)}"
    )
    with c.rows(first, "search"):
        row = c.object_map(scope, "SearchResult", {"n": n, "score": score}, field.fields)
    return f"collect({row})"


def facts_root(c: Compiler, scope: Scope, field: Field) -> str:
    """``facts(where, first, after)``: facts of the whole graph, best supported first."""
    where = field.args.get("where")

    def match(body: Scope, skip: str, limit: str) -> Env:
        r, s, o = c.var("r"), c.var("s"), c.var("o")
        rels, condition = fact_condition(c, s, r, o, where)
        order = facts.FACT_ORDER.format(r=r, s=s, o=o)
        body.add(
            f"MATCH ({s})-[{r}:{rels}]->({o}) WHERE {condition} "
            f"WITH {s}, {r}, {o} ORDER BY {order} SKIP {skip} LIMIT {limit}"
        )
        return fact_env(c, r, s, o)

    def count(_: Scope) -> str:
        r, s, o = c.var("r"), c.var("s"), c.var("o")
        rels, condition = fact_condition(c, s, r, o, where)
        return f"COUNT {{ MATCH ({s})-[{r}:{rels}]->({o}) WHERE {condition} }}"

    return connection(c, scope, field, "Fact", [], match, count)


def article(c: Compiler, scope: Scope, field: Field) -> str:
    """``article(id)``; null when no article has it."""
    a = c.var("a")
    scope.add(f"MATCH ({a}:Article {{uri: {c.bind('uri', 'id', str, field.args['id'])}}})")
    c.cost.add(1, "article")
    return c.object_map(scope, "Article", {"a": a}, field.fields)


def articles(c: Compiler, scope: Scope, field: Field) -> str:
    """``articles(where, sort, first, after)``: newest first unless sorted otherwise."""
    where, sort = field.args.get("where"), field.args.get("sort") or [{"published": "DESC"}]

    def match(body: Scope, skip: str, limit: str) -> Env:
        a = c.var("a")
        order = _order(a, sort, _ARTICLE_SORT, f"{a}.uri")
        body.add(
            f"MATCH ({a}:Article) WHERE {article_condition(c, a, where)} "
            f"WITH {a} ORDER BY {order} SKIP {skip} LIMIT {limit}"
        )
        return {"a": a}

    def count(_: Scope) -> str:
        a = c.var("a")
        return f"COUNT {{ MATCH ({a}:Article) WHERE {article_condition(c, a, where)} }}"

    return connection(c, scope, field, "Article", [], match, count)


def _ref(c: Compiler, scope: Scope, ref: Mapping[str, Any] | None, argument: str) -> str:
    """Bind a fresh variable to the node an EntityRef names (no row at all when none does)."""
    ref = ref or {}
    n, found = c.var("n"), c.var("end")
    if ref.get("id") is not None:
        body = f"MATCH ({n}:Resource {{uri: {c.param(str(ref['id']))}}})"
    elif ref.get("name") is not None:
        body = _by_name(n, c.param(lucene_name_query(ref["name"])), c.param(ref["name"]))
    else:
        raise InvalidInputError(f"{argument}: give an id or a name")
    scope.add(f"CALL () {{ {body} RETURN {n} AS {found} }}")
    return found


def path(c: Compiler, scope: Scope, field: Field) -> str:
    """``path(from, to, maxHops)``: the shortest chain of facts (either direction per fact); null if none."""
    hops = field.arg("maxHops", 4)
    if not 1 <= hops <= 4:
        raise InvalidInputError(f"maxHops: must be between 1 and 4, got {hops}")
    start, end = _ref(c, scope, field.args.get("from"), "from"), _ref(c, scope, field.args.get("to"), "to")
    p = c.var("p")
    # A var-length bound cannot be a parameter; it is a checked int, never user text.
    scope.add(f"MATCH {p} = shortestPath(({start})-[:{facts.rel_types(None)}*..{hops}]-({end}))")
    with c.rows(2 * hops + 1, "path"):
        return c.object_map(scope, "Path", {"p": p}, field.fields)


def path_entities(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    body, n = scope.child(), c.var("n")
    body.add(f"UNWIND nodes({env['p']}) AS {n}")
    return scope.call(
        [env["p"]], body, f"collect({c.object_map(body, 'Entity', entity_env(n), field.fields)})"
    )


def path_facts(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    body, r, s, o = scope.child(), c.var("r"), c.var("s"), c.var("o")
    body.add(f"UNWIND relationships({env['p']}) AS {r} WITH {r}, startNode({r}) AS {s}, endNode({r}) AS {o}")
    row = c.object_map(body, "Fact", fact_env(c, r, s, o), field.fields)
    return scope.call([env["p"]], body, f"collect({row})")


def mentioned(c: Compiler, scope: Scope, field: Field) -> str:
    """``mentioned(since, until, first)``: entities by the articles of a period that mention them.

    Without ``since`` the period is the newest week in the graph, ending on the newest article's day;
    ``until`` defaults to that day.
    """
    first = page_args(field.arg("first", 10), None, c.limits.max_page_size).first
    a, n, newest, start, end = c.var("a"), c.var("n"), c.var("newest"), c.var("since"), c.var("until")
    given = {k: day(c, field.args[k], k) for k in ("since", "until") if field.args.get(k)}
    week_before = f"{newest} - duration('P6D')"
    scope.add(
        f"CALL () {{ MATCH ({a}:Article) RETURN max(date({a}.published)) AS {newest} }} "
        f"WITH {given.get('until', newest)} AS {end}, "
        f"{given.get('since', week_before)} AS {start} "
        f"MATCH ({a}:Article)-[:MENTIONS]->({n}:{ENTITY_LABELS}) "
        f"WHERE date({a}.published) >= {start} AND date({a}.published) <= {end} "
        f"WITH {n}, count(DISTINCT {a}) AS articles ORDER BY articles DESC, {n}.uri LIMIT {c.param(first)}"
    )
    with c.rows(first, "mentioned"):
        row = c.object_map(scope, "MentionCount", {"n": n, "articles": "articles"}, field.fields)
    return f"collect({row})"


def stats(c: Compiler, scope: Scope, field: Field) -> str:
    """``stats``: counts, each read from Neo4j's count store.

    Each count is its own ``CALL`` subquery returning the aggregate alone: with any other column
    beside ``count(n)`` (even a constant) the planner scans the label instead (~48,000 db hits on
    the BBC graph).
    """
    c.cost.add(1, "stats")
    return c.object_map(scope, "Stats", {}, field.fields)


def _count(scope: Scope, pattern: str) -> str:
    body = scope.child()
    body.add(f"MATCH {pattern}")
    return scope.call([], body, "count(n)")


def _labelled_counts(type_name: str, patterns: Mapping[str, str]) -> Rule:
    def rule(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
        maps = []
        for label, pattern in patterns.items():
            count = _count(scope, pattern) if field.selects("count") else "0"
            maps.append(
                c.object_map(scope, type_name, {"label": string(label), "count": count}, field.fields)
            )
        return "[" + ", ".join(maps) + "]"

    return rule


ROOTS: Final[dict[str, RootRule]] = {
    "entity": entity,
    "entities": entities,
    "search": search,
    "facts": facts_root,
    "article": article,
    "articles": articles,
    "path": path,
    "mentioned": mentioned,
    "stats": stats,
}

NESTED: Final[dict[str, dict[str, Rule]]] = {
    "MentionCount": {"entity": related("Entity", {"n": "n"})},
    "Path": {"entities": path_entities, "facts": path_facts},
    "Stats": {
        "articles": lambda c, scope, env, field: _count(scope, "(n:Article)"),
        "evidence": lambda c, scope, env, field: _count(scope, "(n:Evidence)"),
        "classes": _labelled_counts("LabelCount", {label: f"(n:{label})" for label in facts.CLASS_LABELS}),
        "predicates": _labelled_counts(
            "PredicateCount", {name: f"()-[n:{rel}]->()" for name, rel in facts.FACT_TYPES.items()}
        ),
    },
}
