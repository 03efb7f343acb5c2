"""Reading the GraSS style sheet and the guide the way Neo4j Browser does, for tests."""

from __future__ import annotations

import html
import re
from pathlib import Path

SCHEMA = Path(__file__).resolve().parents[2] / "schema"
GRASS = SCHEMA / "browser-style.grass"
GUIDE = SCHEMA / "browser-guide" / "kg.html"

_GRASS_RULE = re.compile(r'([^{}]*)\{((?:"[^"]*"|[^"}])*)\}')
_GRASS_PROP = re.compile(r'(?:"[^"]*"|[^";])+')
_RUNNABLE = re.compile(r'<pre class="[^"]*\brunnable\b[^"]*">(.*?)</pre>', re.S)


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Selector -> properties, read as Browser's parser does: braces and semicolons outside quotes."""
    rules: dict[str, dict[str, str]] = {}
    for selector, body in _GRASS_RULE.findall(text):
        props = (p.partition(":") for p in _GRASS_PROP.findall(body) if p.strip())
        rules[selector.strip()] = {k.strip(): v.strip().strip('"') for k, _, v in props}
    return rules


def guide_queries() -> list[str]:
    """The runnable blocks of the guide, as Browser puts them in its editor."""
    return [html.unescape(q).strip() for q in _RUNNABLE.findall(GUIDE.read_text(encoding="utf-8"))]


def guide_cypher() -> list[str]:
    """The guide's Cypher queries (its runnable blocks that are not `:` commands)."""
    return [q for q in guide_queries() if not q.startswith(":")]
