"""The API uses graphql-core and Strawberry through their public APIs only, so an upgrade that keeps
them keeps the API working (their versions are pinned to the ones tests/api/test_graphql_compiled.py
ran against).

Read from the source: every name imported from graphql-core is in ``graphql.__all__``; Strawberry is
used through its top-level package and its documented modules (``strawberry.extensions``,
``strawberry.asgi``, ``strawberry.types``), names in their ``__all__``; and no attribute with a
leading underscore is read from anything but ``self`` or ``cls`` (``_schema``, ``_raw_info``, ...).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SOURCES = sorted([*(REPO / "api").rglob("*.py"), *(REPO / "kg").rglob("*.py")])
DOCUMENTED = {"graphql", "strawberry", "strawberry.extensions", "strawberry.asgi", "strawberry.types"}


def _public(module: str) -> set[str]:
    loaded = importlib.import_module(module)
    names = getattr(loaded, "__all__", None)
    return set(names) if names is not None else {n for n in dir(loaded) if not n.startswith("_")}


def _root(node: ast.expr) -> str | None:
    while isinstance(node, ast.Attribute | ast.Call):
        node = node.value if isinstance(node, ast.Attribute) else node.func
    return node.id if isinstance(node, ast.Name) else None


def _problems(source: str) -> list[str]:
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in DOCUMENTED:
            if node.module not in DOCUMENTED:
                found.append(f"imports from {node.module}, not a documented module")
                continue
            found += [
                f"{node.module}.{a.name} is not public"
                for a in node.names
                if a.name not in _public(node.module)
            ]
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, name = node.value.id, node.attr
            if owner in {"graphql", "strawberry"} and name not in _public(owner):
                found.append(f"{owner}.{name} is not public")
            if name.startswith("_") and not name.startswith("__") and owner not in {"self", "cls"}:
                found.append(f"{owner}.{name} reads a private attribute")
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            if not (isinstance(node.value, ast.Name) and node.value.id in {"self", "cls"}):
                found.append(f"...{node.attr} reads a private attribute")
        elif isinstance(node, ast.Call) and _root(node.func) not in {"self", "cls"}:
            found += [
                f"sets the private field {k.arg}" for k in node.keywords if k.arg and k.arg.startswith("_")
            ]
    return found


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(REPO)))
def test_only_public_names_of_graphql_core_and_strawberry(path: Path) -> None:
    assert _problems(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("line", "caught"),
    [
        ("from graphql.execution.collect_fields import FieldDetailsList", "graphql.execution.collect_fields"),
        ("from graphql.execution.executor import to_nodes", "graphql.execution.executor"),
        ("from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext", "strawberry.schema"),
        ("from strawberry.types.scalar import ScalarDefinition", "strawberry.types.scalar"),
        ("from graphql import GraphQLSchema, _private", "graphql._private"),
        ("validate(context.schema._schema, document)", "_schema"),
        ("info_class(_raw_info=raw, _field=definition)", "_raw_info"),
        ("graphql.pyutils.Path", "graphql.pyutils"),
        ("self._call('answer', _timeout=3)", None),
    ],
)
def test_the_check_catches_what_the_old_read_path_used(line: str, caught: str | None) -> None:
    found = _problems(line)
    assert any(caught in p for p in found) if caught else found == [], found
