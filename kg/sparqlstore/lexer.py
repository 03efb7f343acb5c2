"""The words of a SPARQL text, found the way the SPARQL 1.1 grammar's terminals find them.

The read-only endpoint refuses updates and SERVICE before a query reaches the engine. Looking for those
keywords with a regular expression over the raw text goes wrong wherever the expression and the grammar
disagree about where an IRI, a string or a comment ends (an escape or a no-break space inside an IRI
once let a ``#`` hide a SERVICE from the check). So the text is cut into the grammar's own tokens,
left to right, each terminal as the grammar defines it (SPARQL 1.1, section 19.8): a keyword is a
keyword only where the parser would read one. Anything unusual falls through to a one-character token;
the parser then rejects the query, so nothing can hide behind it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

# A name character past the first: letters, digits, '_', '-' and the non-ASCII ones (PN_CHARS, broadly).
_NAME = r"[\w\u00b7\u0300-\u036f\u203f\u2040-]"
# PN_LOCAL_ESC and PERCENT: escapes inside a prefixed name's local part (`ex:a\#b` holds no comment).
_LOCAL_ESCAPE = r"\\[_~.\-!$&'()*+,;=/?#@%]|%[0-9A-Fa-f]{2}"
_LOCAL_CHAR = rf"(?:{_NAME}|:|{_LOCAL_ESCAPE})"
_UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
# PN_PREFIX and PN_LOCAL: dots only between name characters (a final dot ends a triple).
_PREFIX = rf"[^\W\d](?:(?:{_NAME}|\.)*{_NAME})?"
_LOCAL = rf"{_LOCAL_CHAR}(?:(?:{_LOCAL_CHAR}|\.)*{_LOCAL_CHAR})?"

_TOKEN: Final = re.compile(
    rf"""
    (?P<ws>[ \t\r\n]+)
  | (?P<comment>\#[^\r\n]*)
  | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|{_UCHAR})*>)
  | (?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
              | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"
              | '(?:[^'\\\n\r]|\\.)*'
              | "(?:[^"\\\n\r]|\\.)*")
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f\u2040]+)
  | (?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)
  | (?P<word>[^\W\d][\w]*)
  | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
  | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def keywords(query: str) -> Iterator[str]:
    """The bare words of ``query`` in order, upper-cased: keywords, ``A``, ``TRUE``, ``FALSE``.

    IRIs, strings, comments, variables, prefixed names and numbers are skipped whole, so a word inside
    any of them is never reported.
    """
    for match in _TOKEN.finditer(query):
        if match.lastgroup == "word":
            yield match.group().upper()


def first_keyword_after_prologue(query: str) -> str | None:
    """The query's first keyword past its PREFIX and BASE declarations (its form: SELECT, INSERT...)."""
    words = [m for m in _TOKEN.finditer(query) if m.lastgroup not in ("ws", "comment")]
    at = 0
    while at < len(words) and words[at].lastgroup == "word":
        keyword = words[at].group().upper()
        if keyword == "PREFIX":
            at += 3  # PREFIX pname: <iri>
        elif keyword == "BASE":
            at += 2  # BASE <iri>
        else:
            return keyword
    return None
