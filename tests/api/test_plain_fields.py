"""The plain-field plans give exactly graphql-core's data and errors, on values that tempt them not to.

Each query runs twice on one small schema: with Strawberry's own execution context and with
``PlainFieldsExecutionContext``; data, error messages, paths and locations must be equal. The cases
are the ones a plan must hand back to graphql-core: null in a non-null position (at every depth,
so the null bubbles to different parents), a value an enum or scalar refuses, a non-list iterable,
awaitables, a failing attribute read, and selections that change what is plain (aliases, fragments,
``@skip``/``@include`` with variables, ``__typename``, interfaces, a resolver under a plain field).
"""

from __future__ import annotations

import asyncio
import enum
import gc
import json
from collections.abc import Awaitable, Iterator
from typing import Any

import pytest
import strawberry
from strawberry import Info
from strawberry.permission import BasePermission
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from api.graphql.guard import Guards
from api.graphql.plain_fields import PlainFieldsExecutionContext
from api.graphql.plans import NOT_PRIMED, PRIMED


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.interface
class Named:
    name: str


@strawberry.type
class Tagged(Named):
    name: str
    tag: str | None


@strawberry.type
class Leaf:
    name: str
    colour: Colour | None
    tags: list[str] | None
    count: int | None
    score: float | None = None
    flag: bool | None = None
    key: strawberry.ID | None = None


@strawberry.type
class Box:
    pair: Pair
    maybe: Pair | None


class Deny(BasePermission):
    message = "not for you"

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return False


@strawberry.input
class Window:
    start: int = 0
    colours: list[Colour] | None = None


#: Calls of ``Pair.pick``'s resolver (not of its primed hook), for the test that plans skip it.
PICK_RESOLVER_CALLS: list[int] = []


@strawberry.type
class Pair:
    left: Leaf
    right: Leaf | None
    leaves: list[Leaf] | None
    strict_leaves: list[Leaf] | None
    secret: str | None = strawberry.field(default="hidden", permission_classes=[Deny])
    named: Named | None = None
    # What a parent's query fetched for ``pick`` (None: nothing, the resolver loads it).
    stock: strawberry.Private[list[Leaf | None] | None] = None

    def _primed_pick(self, info: Info, index: int = 0, suffix: str = "") -> Leaf:
        if self.stock is None:
            return NOT_PRIMED  # type: ignore[no-any-return]
        if not 0 <= index < len(self.stock):
            raise ValueError(f"no leaf at {index}")
        found = self.stock[index]
        return found if found is None else leaf(found.name + suffix, found.colour)

    @strawberry.field(metadata={PRIMED: _primed_pick})
    def pick(self, info: Info, index: int = 0, suffix: str = "") -> Leaf:
        PICK_RESOLVER_CALLS.append(index)
        primed = self._primed_pick(info, index, suffix)
        if primed is not NOT_PRIMED:
            return primed

        async def load() -> Leaf:
            return leaf(f"loaded {index}{suffix}")

        return load()  # type: ignore[return-value]

    @strawberry.field
    def label(self, prefix: str = "") -> str:
        return prefix + self.left.name

    @strawberry.field
    def where(self, info: Info, colour: Colour | None = None) -> str:
        # What the resolver sees of its call: the path, the field, the variables and its arguments.
        return f"{info.path.as_list()} {info.field_name} {sorted(info.variable_values)} {colour}"

    @strawberry.field
    def window(self, window: Window, tags: list[str] | None = None) -> list[str]:
        window.start += 1  # a resolver may change its input: the next call must not see that
        return [str(window.start), *(c.value for c in window.colours or []), *(tags or [])]

    @strawberry.field
    def fails(self, strict: bool = False) -> str | None:
        raise ValueError(f"failed (strict={strict})")

    @strawberry.field
    def must(self) -> str:
        raise ValueError("a non-null field failed")

    @strawberry.field(graphql_type=Leaf)
    def soon(self) -> Awaitable[Leaf]:
        async def later() -> Leaf:
            return self.left

        return later()

    @strawberry.field
    def nothing(self) -> Leaf:
        return None  # type: ignore[return-value]

    @strawberry.field
    def from_root(self, root: Any) -> str:
        return f"root {root.left.name}"

    @strawberry.field
    def from_parent(self, parent: strawberry.Parent[Any]) -> str:
        return f"parent {parent.left.name}"

    @strawberry.field
    async def later(self) -> Leaf:
        await asyncio.sleep(0)
        return self.left


class Broken:
    """Reading ``name`` fails, as a bug in a row mapping would."""

    @property
    def name(self) -> str:
        raise RuntimeError("no name here")

    colour = None
    tags = None
    count = None


def leaf(name: Any = "a", colour: Any = Colour.RED, tags: Any = ("x",), count: Any = 1) -> Any:
    return Leaf(name=name, colour=colour, tags=list(tags) if isinstance(tags, tuple) else tags, count=count)


def awaitable_leaf() -> Any:
    async def later() -> Any:
        return leaf("later")

    return later()


def generator_of_leaves() -> Iterator[Any]:
    yield leaf("g1")
    yield leaf("g2")


CASES: dict[str, tuple[Any, str]] = {
    "all plain": (
        lambda: Pair(left=leaf(), right=leaf("b"), leaves=[leaf("c"), leaf("d")], strict_leaves=None),
        "{ pair { left { name colour tags count } right { name } leaves { name colour } } }",
    ),
    "null in a non-null leaf": (
        lambda: Pair(left=leaf(name=None), right=leaf("b"), leaves=None, strict_leaves=None),
        "{ pair { left { name } right { name } } }",
    ),
    "null in a non-null leaf inside a list": (
        lambda: Pair(left=leaf(), right=None, leaves=[leaf("c"), leaf(None)], strict_leaves=None),
        "{ pair { leaves { name count } } }",
    ),
    "null in a non-null object": (
        lambda: Pair(left=None, right=leaf("b"), leaves=None, strict_leaves=None),
        "{ pair { left { name } right { name } } }",
    ),
    "enum refuses a value": (
        lambda: Pair(left=leaf(colour="green"), right=None, leaves=None, strict_leaves=None),
        "{ pair { left { colour name } } }",
    ),
    "scalar refuses a value": (
        lambda: Pair(left=leaf(count="many"), right=None, leaves=None, strict_leaves=None),
        "{ pair { left { count } } }",
    ),
    "a generator where a list is expected": (
        lambda: Pair(left=leaf(), right=None, leaves=generator_of_leaves(), strict_leaves=None),
        "{ pair { leaves { name } } }",
    ),
    "a string where a list is expected": (
        lambda: Pair(left=leaf(tags="xyz"), right=None, leaves=None, strict_leaves=None),
        "{ pair { left { tags } } }",
    ),
    "an awaitable attribute": (
        lambda: Pair(left=leaf(), right=awaitable_leaf(), leaves=None, strict_leaves=None),
        "{ pair { right { name } } }",
    ),
    "a failing read": (
        lambda: Pair(left=leaf(), right=Broken(), leaves=None, strict_leaves=None),  # type: ignore[arg-type]
        "{ pair { left { name } right { name count } } }",
    ),
    "aliases, fragments and __typename": (
        lambda: Pair(left=leaf(), right=leaf("b"), leaves=[leaf("c")], strict_leaves=None),
        """{ pair { l: left { ...L t: __typename } r: right { ... on Leaf { name } } l2: left { name } } }
        fragment L on Leaf { name colour __typename }""",
    ),
    "an interface fragment": (
        lambda: Pair(
            left=leaf(), right=None, leaves=None, strict_leaves=None, named=Tagged(name="t", tag="x")
        ),
        "{ pair { named { name ... on Tagged { tag } } left { name } } }",
    ),
    "resolvers under plain fields": (
        lambda: Pair(left=leaf(), right=leaf("b"), leaves=None, strict_leaves=None),
        '{ pair { label(prefix: "p-") later { name colour } right { name } } }',
    ),
    "a permission on a plain field": (
        lambda: Pair(left=leaf(), right=leaf("b"), leaves=None, strict_leaves=None),
        "{ pair { secret left { name } } }",
    ),
    "resolvers: info, enums, input objects, lists, root and parent": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        """{ pair { a: where b: where(colour: BLUE) window(window: {start: 2, colours: [RED]}, tags: ["t"])
        w2: window(window: {}) fromRoot fromParent soon { name } } }""",
    ),
    "resolvers that fail": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        "{ pair { fails f2: fails(strict: true) left { name } } }",
    ),
    "a non-null resolver that fails": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        "{ pair { left { name } must } }",
    ),
    "a non-null resolver that returns null": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        "{ pair { nothing { name } left { name } } }",
    ),
    "plain fields over resolvers": (
        lambda: Pair(left=leaf(), right=None, leaves=[leaf("c")], strict_leaves=None),
        '{ box { pair { label(prefix: "p-") left { name } later { name } } '
        "maybe { label left { count } } } }",
    ),
    "a null plain field over resolvers": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        "{ box { pair { label } maybe { label left { name } } } }",
    ),
    "a plain non-null field over a failing resolver": (
        lambda: Pair(left=leaf(), right=None, leaves=[leaf("c")], strict_leaves=None),
        "{ box { maybe { fails left { name } } pair { left { name } must } } }",
    ),
    "a plain field over a failing resolver": (
        lambda: Pair(left=leaf(), right=None, leaves=[leaf("c")], strict_leaves=None),
        "{ box { maybe { must } pair { label } } }",
    ),
    "a bad argument": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        "query($c: Colour) { pair { where(colour: $c) left { name } } }",
    ),
    "a primed field, primed": (
        lambda: Pair(
            left=leaf(), right=None, leaves=None, strict_leaves=None, stock=[leaf("s0"), leaf("s1")]
        ),
        '{ pair { pick { name } p1: pick(index: 1, suffix: "!") { name colour } left { name } } }',
    ),
    "a primed field beside a resolver": (
        lambda: Pair(
            left=leaf(), right=None, leaves=None, strict_leaves=None, stock=[leaf("s0"), leaf("s1")]
        ),
        "{ pair { later { name } pick { name } p1: pick(index: 1) { name } } }",
    ),
    "a primed field, not primed": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None),
        "{ pair { pick { name } p1: pick(index: 1) { name } left { name } } }",
    ),
    "a primed field whose hook fails": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None, stock=[leaf("s0")]),
        "{ pair { pick { name } p5: pick(index: 5) { name } left { name } } }",
    ),
    "a primed null in a non-null place": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None, stock=[leaf("s0"), None]),
        "{ pair { left { name } p1: pick(index: 1) { name } } }",
    ),
    "a primed field with a null leaf": (
        lambda: Pair(left=leaf(), right=None, leaves=None, strict_leaves=None, stock=[leaf(None)]),
        "{ pair { pick { name } left { name } } }",
    ),
}


def make_schema(
    context_class: type[StrawberryGraphQLCoreExecutionContext], value: Any, extensions: Any = ()
) -> strawberry.Schema:
    @strawberry.type
    class Query:
        @strawberry.field
        def pair(self) -> Pair | None:
            return value()  # type: ignore[no-any-return]

        @strawberry.field
        async def pairs(self) -> list[Pair]:
            return [value(), value()]

        @strawberry.field
        def box(self) -> Box | None:
            # Pairs under plain fields, one of them null when the case has no leaves.
            pair = value()
            return Box(pair=pair, maybe=pair if pair.leaves else None)

    return strawberry.Schema(
        query=Query, types=[Leaf, Tagged], execution_context_class=context_class, extensions=extensions
    )


def run(
    context_class: type[StrawberryGraphQLCoreExecutionContext], case: str, query: str, **variables: Any
) -> Any:
    return answer(make_schema(context_class, CASES[case][0]), query, **variables)


def answer(schema: strawberry.Schema, query: str, **variables: Any) -> Any:
    """A query's data, and its errors as (message, path, locations), sorted."""
    result = asyncio.run(schema.execute(query, variable_values=variables))
    errors = sorted(
        (e.message, tuple(e.path or ()), tuple((loc.line, loc.column) for loc in e.locations or ()))
        for e in result.errors or ()
    )
    return result.data, errors


@pytest.mark.parametrize("case", list(CASES))
def test_plans_give_graphql_cores_data_and_errors(case: str) -> None:
    query = CASES[case][1]
    expected = run(StrawberryGraphQLCoreExecutionContext, case, query)
    assert run(PlainFieldsExecutionContext, case, query) == expected


class Shade(enum.StrEnum):
    DARK = "dark"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        *(("count", v) for v in (2**31 - 1, 2**31, -(2**31), -(2**31) - 1, True, 1.0, 1.5, "7")),
        *(("score", v) for v in (2.5, float("nan"), float("inf"), 3, True, "1.5")),
        *(("flag", v) for v in (False, 1, 0, "yes")),
        *(("key", v) for v in ("k", 5, Shade.DARK)),
        *(("name", v) for v in ("a", 5, 2.5, Shade.DARK, b"bytes")),
    ],
)
def test_leaves_at_the_edges_of_the_scalar_fast_path(field: str, value: Any) -> None:
    """Values the built-in serializers return unchanged skip them (plans.scalar_fast_path); values
    beside those (a bool where an Int goes, a str subclass, a float out of range) must be
    serialized, or refused, exactly as graphql-core does."""

    def pair() -> Pair:
        values = {"name": "a", "count": None, field: value}
        left = Leaf(name=values["name"], colour=None, tags=None, count=values["count"])
        if field in ("score", "flag", "key"):
            setattr(left, field, value)
        return Pair(left=left, right=None, leaves=[left, left], strict_leaves=None)

    query = f"{{ pair {{ left {{ {field} }} leaves {{ {field} }} }} }}"
    expected = answer(make_schema(StrawberryGraphQLCoreExecutionContext, pair), query)
    got = answer(make_schema(PlainFieldsExecutionContext, pair), query)
    assert json.dumps(got) == json.dumps(expected)  # as sent: True and 1, 1.0 and 1 differ there


@pytest.mark.parametrize(
    "case",
    [
        "all plain",
        "null in a non-null leaf inside a list",
        "a failing read",
        "resolvers: info, enums, input objects, lists, root and parent",
        "resolvers that fail",
        "a non-null resolver that fails",
        "a primed field, primed",
        "a primed field whose hook fails",
        "a primed null in a non-null place",
    ],
)
def test_plans_agree_under_a_list_of_resolved_parents(case: str) -> None:
    query = CASES[case][1].replace("{ pair {", "{ pairs {", 1)
    expected = run(StrawberryGraphQLCoreExecutionContext, case, query)
    assert run(PlainFieldsExecutionContext, case, query) == expected


@pytest.mark.parametrize(("skip", "include"), [(True, True), (False, True), (False, False)])
def test_plans_follow_skip_and_include_variables(skip: bool, include: bool) -> None:
    query = """query($skip: Boolean!, $include: Boolean!) { pair {
        left { name colour @skip(if: $skip) count @include(if: $include) } } }"""
    expected = run(StrawberryGraphQLCoreExecutionContext, "all plain", query, skip=skip, include=include)
    assert run(PlainFieldsExecutionContext, "all plain", query, skip=skip, include=include) == expected


@pytest.mark.parametrize("colour", ["RED", "PURPLE", None])
def test_resolvers_see_the_same_variables(colour: str | None) -> None:
    query = CASES["a bad argument"][1]
    expected = run(StrawberryGraphQLCoreExecutionContext, "a bad argument", query, c=colour)
    assert run(PlainFieldsExecutionContext, "a bad argument", query, c=colour) == expected


def test_the_cases_do_reach_errors() -> None:
    """Guards the suite itself: the hostile cases must produce the errors they are named for."""
    for case in (
        "null in a non-null leaf",
        "enum refuses a value",
        "a failing read",
        "a string where a list is expected",
        "a primed field whose hook fails",
        "a primed null in a non-null place",
        "a primed field with a null leaf",
    ):
        _, errors = run(StrawberryGraphQLCoreExecutionContext, case, CASES[case][1])
        assert errors, case


def test_a_finished_request_leaves_its_context_to_reference_counting() -> None:
    """graphql-core's context is freed when the request ends, not by the cyclic collector, whose
    pauses under load (tens of ms) were the slowest requests (see PlainFieldsExecutionContext)."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        data, _ = run(
            PlainFieldsExecutionContext,
            "resolvers under plain fields",
            CASES["resolvers under plain fields"][1],
        )
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, PlainFieldsExecutionContext)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert data["pair"]["later"]["name"] == "a"
    assert not left


def test_plans_kept_between_requests_answer_each_request_for_its_own_values() -> None:
    """The schema's Guard hands every request of a query text the same document, and plans are kept
    from one request of it to the next: each request must still get its own data and errors."""
    current: list[Any] = [None]

    def schema_of(context_class: type[StrawberryGraphQLCoreExecutionContext]) -> strawberry.Schema:
        return make_schema(context_class, lambda: current[0](), [Guards(max_tokens=2000, rules=[])])

    kept, reference = schema_of(PlainFieldsExecutionContext), schema_of(StrawberryGraphQLCoreExecutionContext)
    query = "{ pair { left { name colour tags count } right { name } leaves { name count } } }"
    for case in (
        "all plain",
        "null in a non-null leaf",
        "enum refuses a value",
        "all plain",
        "a failing read",
    ):
        current[0] = CASES[case][0]
        assert answer(kept, query) == answer(reference, query), case


@pytest.mark.parametrize("order", [(True, False, True), (False, True, False)])
def test_plans_are_not_kept_when_variables_choose_the_fields(order: tuple[bool, ...]) -> None:
    current: list[Any] = [CASES["all plain"][0]]
    kept = make_schema(PlainFieldsExecutionContext, lambda: current[0](), [Guards(max_tokens=2000, rules=[])])
    reference = make_schema(StrawberryGraphQLCoreExecutionContext, lambda: current[0]())
    query = "query($skip: Boolean!) { pair { left { name colour @skip(if: $skip) } } }"
    for skip in order:
        assert answer(kept, query, skip=skip) == answer(reference, query, skip=skip)


def test_a_primed_field_is_read_through_its_hook_not_its_resolver() -> None:
    """What primed hooks are for: a plan reads a primed value without calling the resolver (whose
    Info and completion per parent cost more than the value); the resolver runs when not primed."""
    primed = make_schema(PlainFieldsExecutionContext, CASES["a primed field, primed"][0])
    PICK_RESOLVER_CALLS.clear()
    data, errors = answer(primed, "{ pairs { pick { name } p1: pick(index: 1) { name } } }")
    assert not errors and data["pairs"][1]["p1"] == {"name": "s1"}
    assert PICK_RESOLVER_CALLS == []
    answer(
        make_schema(StrawberryGraphQLCoreExecutionContext, CASES["a primed field, primed"][0]),
        "{ pair { pick { name } } }",
    )
    assert PICK_RESOLVER_CALLS == [0]  # the guard's own check: without plans, the resolver runs


def test_primed_fields_in_kept_plans_read_each_requests_arguments() -> None:
    """A kept plan calls the hook with the arguments of the request running it (variables differ)."""
    current: list[Any] = [CASES["a primed field, primed"][0]]
    guards = [Guards(max_tokens=2000, rules=[])]
    kept = make_schema(PlainFieldsExecutionContext, lambda: current[0](), guards)
    reference = make_schema(StrawberryGraphQLCoreExecutionContext, lambda: current[0](), guards)
    query = "query($i: Int!, $s: String!) { pair { pick(index: $i, suffix: $s) { name } left { name } } }"
    for case, index, suffix in [
        ("a primed field, primed", 0, "a"),
        ("a primed field, primed", 1, "b"),
        ("a primed field whose hook fails", 3, ""),
        ("a primed field, not primed", 1, "c"),
        ("a primed field, primed", 1, "d"),
    ]:
        current[0] = CASES[case][0]
        got = answer(kept, query, i=index, s=suffix)
        assert got == answer(reference, query, i=index, s=suffix), (case, index)
        assert got[1] or got[0]["pair"]["pick"]["name"].endswith(suffix)
