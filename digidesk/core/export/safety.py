"""Keep untrusted text from becoming a formula in a spreadsheet program.

A cell that starts with = + - @, TAB, CR or LF is a formula (or the start of
one) to Excel and LibreOffice. Such text is written as text: with a leading
apostrophe in CSV, with ``quotePrefix`` in xlsx. A value that is a number
("-3,2", "+5") is left alone.
"""

from __future__ import annotations

import re

TRIGGERS = frozenset("=+-@\t\r\n")
_NUMBER = re.compile(r"^[+-]?(\d[\d\s\u00a0\u202f]*)?([.,]\d+)?(e[+-]?\d+)?\s*%?$", re.IGNORECASE)


def is_risky(text: str) -> bool:
    """True when ``text`` would be taken as a formula by a spreadsheet program.

    A lone "-", "+" or "@" (a missing-value marker) cannot carry a formula and is left alone.
    """
    if not text or text[0] not in TRIGGERS:
        return False
    if len(text) == 1:
        return text == "="
    return not _looks_numeric(text)


def _looks_numeric(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and bool(_NUMBER.match(text.strip()))


def escape_csv_text(text: str) -> str:
    """Prefix risky text with an apostrophe; text that already starts with one gets
    another, so that :func:`unescape_csv_text` gives back exactly the original."""
    if is_risky(text) or _is_escaped(text):
        return "'" + text
    return text


def _is_escaped(text: str) -> bool:
    return text[:1] == "'" and len(text) > 1 and (text[1] in TRIGGERS or text[1] == "'")


def unescape_csv_text(text: str) -> str:
    return text[1:] if _is_escaped(text) else text
