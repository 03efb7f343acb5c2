"""How the compiler reads time: articles' publication days as filters, facts known as of a day, and an
entity's timeline (docs/graphql.md).

Articles' ``published`` is a date or a date-time; it is compared and grouped by its calendar day, and
ordered by ``by_publication``. Date
arguments reach the compiler as ISO text: ``day`` reads them, and refuses what is not a day by name.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from kg.errors import InvalidInputError
from kg.graphstore.compiler.compiler import Compiler, Env
from kg.graphstore.compiler.cypher import Scope, string
from kg.graphstore.compiler.selection import Field
from kg.graphstore.queries import fact_evidence

#: Interval name -> Cypher's date.truncate unit (weeks start on Mondays).
UNITS: Final = {"week": "week", "month": "month"}
#: The most periods a timeline returns (ten years of weeks): its cost bound.
MAX_PERIODS: Final = 520


def parse_day(value: Any, argument: str) -> dt.date:
    """A date argument (ISO text, as GraphQL gives it, or a date) as a date.

    Raises:
        InvalidInputError: the value is not an ISO 8601 day; the error names the argument.
    """
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInputError(
            f"{argument}: not an ISO 8601 day (YYYY-MM-DD): {str(value)[:40]!r}"
        ) from None


def by_publication(a: str, direction: str = "") -> str:
    """ORDER BY terms for the article ``a`` by its ``published`` value, in time.

    Neo4j orders a Date and a DateTime by their types, not by time, so the calendar day comes first;
    the value itself then orders the date-times of one day.
    """
    suffix = f" {direction}" if direction else ""
    return f"date({a}.published){suffix}, {a}.published{suffix}"


def day(c: Compiler, value: Any, argument: str) -> str:
    """The parameter holding a date argument (``parse_day``)."""
    return c.param(parse_day(value, argument))


def published_within(c: Compiler, a: str, field: Field) -> list[str]:
    """Conditions on the article ``a`` for the field's ``since`` and ``until`` arguments."""
    published = f"date({a}.published)"
    conditions = []
    if field.args.get("since") is not None:
        conditions.append(f"{published} >= {day(c, field.args['since'], 'since')}")
    if field.args.get("until") is not None:
        conditions.append(f"{published} <= {day(c, field.args['until'], 'until')}")
    return conditions


def known_as_of(c: Compiler, r: str, field: Field) -> list[str]:
    """The condition for the field's ``asOf`` argument on the fact relationship ``r``."""
    if field.args.get("asOf") is None:
        return []
    return [f"date({r}.firstPublished) <= {day(c, field.args['asOf'], 'asOf')}"]


def entity_timeline(c: Compiler, scope: Scope, env: Env, field: Field) -> str:
    """``Entity.timeline(interval, since, until)``: mentions and fact statements per period, oldest first."""
    n = env["n"]
    unit = string(UNITS[field.arg("interval", "month")])
    a, e, period, m, f = c.var("a"), c.var("e"), c.var("period"), c.var("m"), c.var("f")
    within = " AND ".join([f"{a}.published IS NOT NULL", *published_within(c, a, field)])
    body = scope.child()
    body.add(
        f"CALL ({n}) {{ MATCH ({n})<-[:MENTIONS]-({a}:Article) WHERE {within} "
        f"RETURN date.truncate({unit}, date({a}.published)) AS {period}, 1 AS {m}, 0 AS {f} UNION ALL "
        f"MATCH ({n})<-[:SUBJECT|OBJECT]-({e}:Evidence)-[:IN_ARTICLE]->({a}:Article) "
        f"WHERE {within} AND {fact_evidence(e)} "
        f"RETURN date.truncate({unit}, date({a}.published)) AS {period}, 0 AS {m}, 1 AS {f} }} "
        f"WITH {period}, sum({m}) AS {m}, sum({f}) AS {f} ORDER BY {period} LIMIT {MAX_PERIODS}"
    )
    with c.rows(MAX_PERIODS, "timeline"):
        row = c.object_map(body, "TimelinePoint", {"period": period, "m": m, "f": f}, field.fields)
    return scope.call([n], body, f"collect({row})")


PLAIN: Final[dict[str, dict[str, str]]] = {
    "TimelinePoint": {"period": "toString({period})", "mentions": "{m}", "facts": "{f}"},
}
NESTED: Final = {"Entity": {"timeline": entity_timeline}}
