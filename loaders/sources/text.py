"""Text hygiene shared by every format: decoding, Unicode and newline normalisation, paragraphs, furniture.

The pipeline processes an article paragraph by paragraph, so every reader hands over plain text whose
paragraphs are separated by exactly one blank line, with hard-wrapped lines joined.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from loaders.sources.base import SourceError

# Bytes that show a file is not text. UTF-16 text has NULs too, but it starts with a BOM, checked first.
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# C0 controls other than tab, newlines and form feed never occur in prose; a few percent means binary.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_SHARE = 0.01
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
# A line that starts a paragraph of its own even without a blank line before it: an indented first
# line (old newswire style) or a list item.
_NEW_PARAGRAPH_LINE = re.compile(r"^(?:[ \t]{2,}|\t)\S|^\s*(?:[-*+•]|\d{1,3}[.)])\s")

# Page furniture: whole paragraphs that are not article text even when a scraper or a copy-paste kept them.
# Each pattern must match the whole paragraph, so a sentence merely mentioning cookies is kept.
_FURNITURE = re.compile(
    r"(?:(?:photo|image|picture|video)\s+)?credits?\s*:.{0,80}"
    r"|(?:image|photo|picture)\s+(?:copyright|source|caption)\b.{0,80}"
    r"|(?:(?:share|tweet|email|e-mail|print|save|facebook|twitter|x|whatsapp|linkedin|reddit|copy link)"
    r"[\s|/•·,]*){1,8}"
    r"|share\s+(?:this\s+(?:article|story|page|post|video)|on\s+(?:facebook|twitter|x|whatsapp|linkedin|reddit)"
    r"|via\s+(?:e-?mail|whatsapp|facebook|twitter|x))\b[.!:]?"
    r"|.{0,120}\b(?:we|this (?:web)?site|our site) uses? cookies\b.{0,250}"
    r"|(?:accept|reject|manage|allow)(?: all)? cookies.{0,60}|cookie (?:settings|preferences|policy)"
    r"|advertisement|sponsored(?: content)?|skip to (?:main )?content|back to top"
    r"|(?:sign up|subscribe)\b.{0,60}\bnewsletter.{0,60}|subscribe(?: now| today)?[.!]?"
    r"|(?:read more|click here|follow us)\b.{0,80}",
    re.IGNORECASE,
)
# Headers of link lists at the end of a page; they and the short lines after them are dropped.
_TAIL_MARKER = re.compile(
    r"(?:recommended|suggested)(?: for you| stories| articles)?|related(?: articles| stories| coverage)?"
    r"|more (?:stories|from .{1,40}|on this story)|you (?:may|might) also like"
    r"|read next|most (?:read|popular)",
    re.IGNORECASE,
)
_TAIL_LINE_MAX = 120


def decode(data: bytes, *, complete: bool = True, declared: str | None = None) -> tuple[str, str | None]:
    """Decode document bytes to text, returning the text and a note when a fallback was needed.

    Args:
        data: the bytes read (possibly only the first part of a larger document).
        complete: False when ``data`` was cut off, so a multi-byte character split at the end is dropped.
        declared: an encoding named by the document or its HTTP headers, tried first.

    Raises:
        SourceError: "binary file ..." for bytes that are not text.
    """
    if data.startswith(_UTF16_BOMS):
        return codecs.decode(data, "utf-16", "replace"), None
    if b"\x00" in data:
        raise SourceError("binary file (contains NUL bytes)")
    text, note = _decode_text(data, complete, declared)
    if _CONTROL.search(text) and len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        raise SourceError("binary file (mostly control characters, not text)")
    return text, note


def _decode_text(data: bytes, complete: bool, declared: str | None) -> tuple[str, str | None]:
    encodings = ["utf-8-sig"]
    if declared and _known_encoding(declared) not in (None, "utf-8"):
        encodings.insert(0, declared)
    for encoding in encodings:
        try:
            return codecs.getincrementaldecoder(encoding)().decode(data, final=complete), None
        except UnicodeDecodeError as err:
            first_error = err
    # Not UTF-8: legacy Western text is far more common in news archives than anything else,
    # and cp1252 (a superset of Latin-1's printable range) decodes it; Latin-1 decodes any byte.
    position = f"byte 0x{data[first_error.start]:02x} at offset {first_error.start}"
    for legacy in ("cp1252", "latin-1"):
        try:
            text = data.decode(legacy)
        except UnicodeDecodeError:
            continue
        return text, f"not valid UTF-8 ({position}); decoded as {legacy}"
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _known_encoding(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def normalise(text: str) -> str:
    """NFC, '\\n' newlines, no invisible characters: the form all offsets refer to."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)


def blocks(text: str) -> list[str]:
    """Blocks of normalised text separated by blank lines, still with their inner line breaks."""
    return [b for b in _BLANK_LINE.split(text.strip("\n")) if b.strip()]


def paragraphs(block: str) -> list[str]:
    """The paragraphs of one block: hard-wrapped lines joined, indented or bulleted lines split off."""
    result: list[str] = []
    joinable = False  # may the next line continue result[-1]? Not after furniture.
    after_marker = False  # lines after "Recommended For You" are link titles: each stays alone
    for line in block.split("\n"):
        stripped = line.strip()
        if not stripped:
            continue
        furniture = _is_furniture(stripped)
        if joinable and not (furniture or after_marker or _NEW_PARAGRAPH_LINE.match(line)):
            result[-1] += " " + line
        else:
            result.append(line)
        joinable = not furniture
        after_marker = after_marker or bool(_TAIL_MARKER.fullmatch(stripped.rstrip(":")))
    return [_SPACES.sub(" ", p).strip() for p in result]


def _is_furniture(line: str) -> bool:
    """A line that is furniture on its own. Furniture is capitalised; a lower-case line is the
    continuation of a hard-wrapped sentence ("share on sales of 40.8 mln dlrs." in a newswire report)."""
    if not line[0].isupper():
        return False
    return bool(_FURNITURE.fullmatch(line) or _TAIL_MARKER.fullmatch(line.rstrip(":")))


def drop_furniture(paras: list[str]) -> list[str]:
    """Remove credits, share buttons, cookie banners, and a trailing 'Recommended For You' link list."""
    kept = [p for p in paras if not _FURNITURE.fullmatch(p)]
    for i, para in enumerate(kept):
        if _TAIL_MARKER.fullmatch(para.rstrip(":")) and all(len(p) <= _TAIL_LINE_MAX for p in kept[i + 1 :]):
            return kept[:i]
    return kept


def compose(title: str | None, paras: list[str]) -> str:
    """The text the pipeline sees: the headline, a blank line, then the body paragraphs.

    The headline is part of the text because headlines carry facts too ("White House Pushes Xi ...").
    A body that already opens with the headline (as HTML extraction often gives) does not repeat it.
    """
    if title and paras and _same(paras[0], title):
        paras = paras[1:]
    return "\n\n".join(([title] if title else []) + paras)


def _same(a: str, b: str) -> bool:
    return a.casefold().strip(" .") == b.casefold().strip(" .")


def clean_title(title: str | None) -> str | None:
    """A title on one line with single spaces, or None when there is nothing left."""
    if title is None:
        return None
    cleaned = _SPACES.sub(" ", normalise(title).replace("\n", " ")).strip()
    return cleaned or None


def truncate(text: str, max_chars: int, *, complete: bool = True) -> tuple[str, str | None]:
    """Cut text longer than ``max_chars`` at the last paragraph break before the limit, with a note.

    ``complete=False`` says ``text`` is only the start of a larger input, so it is cut even when short
    enough (its last paragraph may be partial) and the note does not claim to know the full length.
    """
    if len(text) <= max_chars and complete:
        return text, None
    cut = text.rfind("\n\n", 0, max_chars + 1)
    if cut <= 0:
        cut = min(len(text), max_chars)
    size = f"from {len(text):,} " if complete else "from a larger input "
    note = f"truncated {size}to {cut:,} characters at a paragraph break (max_article_chars={max_chars:,})"
    return text[:cut].rstrip(), note
