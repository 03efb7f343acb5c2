"""The news corpus by article id, read through the project's own JSON Lines reader.

The dev set (eval/news/) refers to articles by id only (their text is third-party and never copied into the
repository); this module finds them in ../shared/data/news and builds them exactly as `kg extract` would, so
character offsets in the annotations are offsets into the text the pipeline sees.

    python -m loaders.evaluation.news_articles show bbc-business-001   # the text with sentence offsets
"""

from __future__ import annotations

import io
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from kg.model import Article
from kg.settings import Settings
from loaders.sources.base import SourceFailure
from loaders.sources.jsonl import read_jsonl

DEFAULT_NEWS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "news"
_FILES = {"bbc-": "bbc_news_2225.jsonl", "reuters21578-": "reuters21578_with_body.jsonl"}
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n")


def corpus_file(article_id: str, news_dir: Path = DEFAULT_NEWS_DIR) -> Path:
    """The JSON Lines file that holds an article id ('bbc-...' or 'reuters21578-...')."""
    for prefix, name in _FILES.items():
        if article_id.startswith(prefix):
            return news_dir / name
    raise ValueError(f"article id {article_id!r}: expected a 'bbc-' or 'reuters21578-' id")


def corpus_ids(news_dir: Path = DEFAULT_NEWS_DIR) -> list[str]:
    """Every article id of the corpus, file by file in name order, each file's in its own order."""
    ids: list[str] = []
    for path in sorted(news_dir.glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            ids += [json.loads(line)["id"] for line in lines if line.strip()]
    return ids


def load_articles(
    ids: Iterable[str], settings: Settings | None = None, news_dir: Path = DEFAULT_NEWS_DIR
) -> dict[str, Article]:
    """The articles with these ids, built by the JSON Lines reader (a missing id raises KeyError)."""
    settings = settings or Settings()
    wanted = set(ids)
    found: dict[str, Article] = {}
    for path in sorted({corpus_file(i, news_dir) for i in wanted}):
        lines = [line for line in path.read_bytes().splitlines(keepends=True) if _record_id(line) in wanted]
        ordered = [str(_record_id(line)) for line in lines]
        stream = io.BytesIO(b"".join(lines))
        for article_id, item in zip(ordered, read_jsonl(stream, str(path), settings), strict=True):
            if isinstance(item, SourceFailure):
                raise ValueError(f"{article_id}: {item.reason}")
            found[article_id] = item
    missing = wanted - set(found)
    if missing:
        raise KeyError(f"articles not found in {news_dir}: {sorted(missing)}")
    return found


def _record_id(line: bytes) -> str | None:
    start = line.find(b'"id": "')
    if start < 0:
        return None
    value = json.loads(line).get("id")
    return value if isinstance(value, str) else None


def sentences(text: str) -> list[tuple[int, int]]:
    """Rough (start, end) sentence spans for people to refer to; not the pipeline's segmentation."""
    spans, start = [], 0
    for match in [*_SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        if text[start:end].strip():
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            spans.append((start + lead, end))
        start = match.end() if match else len(text)
    return spans


def show(article_id: str) -> str:
    """The article as the pipeline sees it, one sentence per line, each prefixed by its start offset."""
    article = load_articles([article_id])[article_id]
    lines = [f"# {article_id}  published={article.published}  chars={len(article.text)}"]
    lines += [f"[{start}] {article.text[start:end]}" for start, end in sentences(article.text)]
    return "\n".join(lines)


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] != "show":
        sys.exit("usage: python -m loaders.evaluation.news_articles show ARTICLE_ID...")
    print("\n\n".join(show(i) for i in sys.argv[2:]))
