"""The soak test's memory plot as a small self-contained SVG (no plotting library needed)."""

from __future__ import annotations

from html import escape
from typing import Any

WIDTH, HEIGHT = 760, 360
LEFT, RIGHT, TOP, BOTTOM = 60, 150, 30, 40
SERIES = {
    "api": ("API (kg serve)", "#3B7DD8"),
    "sparql": ("SPARQL process", "#E8684A"),
    "neo4j": ("Neo4j", "#3BA272"),
}


def _tag(name: str, text: str = "", **attrs: object) -> str:
    """An SVG element; attribute names with '_' become '-' (stroke_width -> stroke-width)."""
    rendered = " ".join(f'{key.replace("_", "-")}="{value}"' for key, value in attrs.items())
    return f"<{name} {rendered}>{escape(text)}</{name}>" if text else f"<{name} {rendered}/>"


def memory_svg(memory: list[dict[str, Any]], marks: dict[str, float]) -> str:
    """Resident memory (MB) of each process against minutes, with the ingest's start and end marked."""
    span = max(m["minute"] for m in memory) or 1.0
    top = max(max(m[name] for m in memory) for name in SERIES) * 1.1 or 1.0
    width, height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(minute: float) -> str:
        return f"{LEFT + width * minute / span:.1f}"

    def y(mb: float) -> str:
        return f"{TOP + height * (1 - mb / top):.1f}"

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        'font-family="sans-serif" font-size="12">',
        _tag("text", "Resident memory during the soak test (MB)", x=LEFT, y=18, font_size=14),
        _tag("rect", x=LEFT, y=TOP, width=width, height=height, fill="none", stroke="#999"),
    ]
    for step in range(5):
        mb = top * step / 4
        parts.append(_tag("line", x1=LEFT, x2=LEFT + width, y1=y(mb), y2=y(mb), stroke="#eee"))
        parts.append(_tag("text", f"{mb:.0f}", x=LEFT - 6, y=float(y(mb)) + 4, text_anchor="end"))
    for minute in range(0, int(span) + 1, max(1, int(span) // 10)):
        parts.append(_tag("text", str(minute), x=x(minute), y=TOP + height + 16, text_anchor="middle"))
    parts.append(_tag("text", "minutes", x=LEFT + width / 2, y=HEIGHT - 6, text_anchor="middle"))
    for label, minute in marks.items():
        parts.append(
            _tag(
                "line",
                x1=x(minute),
                x2=x(minute),
                y1=TOP,
                y2=TOP + height,
                stroke="#888",
                stroke_dasharray="4 3",
            )
        )
        parts.append(_tag("text", label, x=float(x(minute)) + 3, y=TOP + 12, fill="#555"))
    for row, (name, (label, colour)) in enumerate(SERIES.items()):
        points = " ".join(f"{x(m['minute'])},{y(m[name])}" for m in memory)
        parts.append(_tag("polyline", points=points, fill="none", stroke=colour, stroke_width=1.5))
        legend = TOP + 20 + 18 * row
        right = WIDTH - RIGHT
        parts.append(
            _tag("line", x1=right + 10, x2=right + 30, y1=legend, y2=legend, stroke=colour, stroke_width=2)
        )
        parts.append(_tag("text", label, x=right + 35, y=legend + 4))
    parts.append("</svg>\n")
    return "\n".join(parts)
