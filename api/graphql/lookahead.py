"""Looking ahead at a field's selection, so a parent query can fetch a child level in the same trip."""

from __future__ import annotations

from typing import Any

from strawberry.types.nodes import SelectedField, Selection

from api.graphql.pagination import Page, page_args


def _child(selections: list[Selection], name: str) -> SelectedField | None:
    """The one plain field ``name`` among ``selections``; None when absent, aliased twice or in fragments."""
    if any(not isinstance(s, SelectedField) for s in selections):
        return None  # fragments: not worth resolving here; the DataLoader path still batches
    found = [s for s in selections if isinstance(s, SelectedField) and s.name == name]
    return found[0] if len(found) == 1 else None


def nested_page(info: Any, path: tuple[str, ...], max_size: int) -> Page | None:
    """The page asked for by the connection at ``path`` under the current field, if it is plain."""
    fields = info.selected_fields
    if len(fields) != 1:
        return None
    node: SelectedField | None = fields[0]
    for name in path:
        node = _child(node.selections, name) if node is not None else None
    if node is None:
        return None
    args = node.arguments
    # Literal arguments arrive as their source text ("5"); variables arrive as values.
    first, after = args.get("first", 20), args.get("after")
    if isinstance(first, str) and first.isdigit():
        first = int(first)
    if not isinstance(first, int) or not (after is None or isinstance(after, str)):
        return None
    return page_args(first, after, max_size)
