"""Excel's hard limits, checked before a byte is written.

A sheet holds 1,048,576 rows (one of them the header) and 16,384 columns; a
cell holds 32,767 characters counted in UTF-16 units; a sheet name is at most
31 characters, without ``: \\ / ? * [ ]``, and unique ignoring case.
Too many rows: the table continues on "Name (2)", "Name (3)"… (or, when the
caller forbids splitting, ``export.too_many_rows``). Too many columns:
``export.too_many_columns``. Too long text: cut to the limit and reported to
the caller as a :class:`ExportWarning` (or ``export.cell_too_long`` when the
caller asks to refuse), because losing the tail of a comment is better than no
export at all, and the caller can show which cell was cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from digidesk.core.errors import ExportError

MAX_ROWS = 1_048_576
MAX_DATA_ROWS = MAX_ROWS - 1  # below the header row
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
MAX_SHEET_NAME = 31
_BAD_SHEET_CHARS = re.compile(r"[:\\/?*\[\]\x00-\x1f]")


@dataclass(frozen=True, slots=True)
class ExportWarning:
    """Something the export had to change; ``code`` and ``params`` like an error's."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """A legal sheet name of at most 31 characters, unique ignoring case within ``taken``.

    Characters Excel forbids become their nearest allowed ones (``:`` a dash, ``/`` a
    hyphen, ``[ ]`` parentheses), underscores of file names spaces. A longer name keeps
    its meaning: the part after a colon (a dataset's sheet or table, "Värde") stays
    whole and the part before it is cut between words with "…": "Kolada EOS export … -
    Värde". ``taken`` holds the lower-cased names already used and gets the new one.
    """
    base = _readable(str(name)) or "Blad"
    if base.lower() == "history":  # reserved by Excel
        base = "History_"
    candidate, n = _shorten(base, MAX_SHEET_NAME), 1
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = _shorten(base, MAX_SHEET_NAME - len(suffix)) + suffix
    taken.add(candidate.lower())
    return candidate


_REPLACEMENTS = str.maketrans({"/": "-", "\\": "-", "[": "(", "]": ")", "?": "", "*": "", "_": " "})


def _readable(name: str) -> str:
    # Excel counts a sheet name's length in UTF-16 units; an emoji would take two.
    name = "".join(c for c in name if ord(c) <= 0xFFFF)
    text = re.sub(r"\s*:\s*", " - ", name).translate(_REPLACEMENTS)
    text = _BAD_SHEET_CHARS.sub(" ", text)
    return " ".join(text.split()).strip("'").strip(" -")


def _shorten(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters: the head cut between words, the tail kept."""
    if len(text) <= limit:
        return text
    head, sep, tail = text.rpartition(" - ")
    if sep and len(tail) + 5 <= limit:
        room = limit - len(tail) - len(" … ")
        return _cut_words(head, room) + " … " + tail
    return _cut_words(text, limit - 1) + "…"


def _cut_words(text: str, limit: int) -> str:
    cut = text[: limit + 1]
    space = cut.rfind(" ")
    cut = cut[:space] if 0 < space <= limit and space >= limit // 2 else cut[:limit]
    return cut.rstrip(" -").rstrip("'")


def utf16_len(text: str) -> int:
    """Length as Excel counts it: characters outside the BMP take two units."""
    if len(text) * 2 <= MAX_CELL_CHARS:
        return len(text)  # cannot exceed the limit; skip the encode
    return len(text.encode("utf-16-le")) // 2


def truncate_utf16(text: str, limit: int = MAX_CELL_CHARS) -> str:
    """The longest prefix of ``text`` within ``limit`` UTF-16 units, never half a pair."""
    data = text.encode("utf-16-le")[: limit * 2]
    return data.decode("utf-16-le", errors="ignore")


def check_columns(sheet: str, frame: pd.DataFrame) -> None:
    if frame.shape[1] > MAX_COLUMNS:
        raise ExportError(
            "export.too_many_columns", sheet=sheet, columns=frame.shape[1], limit=MAX_COLUMNS
        )


def row_chunks(
    sheet: str, rows: int, *, split: bool = True, max_rows: int = MAX_DATA_ROWS
) -> Iterator[tuple[int, int]]:
    """(start, stop) of each part of a table with ``rows`` data rows, one part per sheet."""
    if rows > max_rows and not split:
        raise ExportError("export.too_many_rows", sheet=sheet, rows=rows, limit=max_rows)
    if rows == 0:
        yield 0, 0
        return
    for start in range(0, rows, max_rows):
        yield start, min(start + max_rows, rows)
