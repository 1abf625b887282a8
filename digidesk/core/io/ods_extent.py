"""How many filled cells an ODS sheet really holds, counted before a reader expands it.

OpenDocument compresses repetition: ``table:number-rows-repeated="2147483647"`` on a row
with four filled cells means 8.6 billion filled cells, which a reader would expand up to the
sheet's last row and spend minutes on. Large repeat counts on *empty* rows and cells are
normal (the end of every sheet) and cost nothing. This counts filled cells as the file
declares them, streaming ``content.xml``, and refuses a file over ``limits.max_cells``.
"""

from __future__ import annotations

import os
import zipfile
from xml.parsers import expat

from digidesk.core.errors import InputError
from digidesk.core.io.limits import Limits

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ROW, _CELL = f"{_TABLE} table-row", f"{_TABLE} table-cell"
_COVERED = f"{_TABLE} covered-table-cell"
_ROWS_REPEATED = f"{_TABLE} number-rows-repeated"
_COLUMNS_REPEATED = f"{_TABLE} number-columns-repeated"
_VALUE_TYPE = f"{_OFFICE} value-type"
_BLOCK = 1 << 16


def check_ods_cells(path: str | os.PathLike[str], limits: Limits) -> int:
    """The declared number of filled cells; InputError when over the limit."""
    where = str(path)
    counter = _Counter(limits.max_cells)
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = counter.start
    parser.EndElementHandler = counter.end
    parser.CharacterDataHandler = counter.text
    try:
        with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
            while block := content.read(_BLOCK):
                parser.Parse(block, False)
                if counter.over:
                    raise InputError("input.too_many_cells", path=where, limit=limits.max_cells)
            parser.Parse(b"", True)
    except (KeyError, zipfile.BadZipFile, expat.ExpatError, OSError, ValueError):
        return counter.cells  # a broken file: the reader says what is wrong with it
    if counter.over:
        raise InputError("input.too_many_cells", path=where, limit=limits.max_cells)
    return counter.cells


class _Counter:
    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.cells = 0
        self.over = False
        self._row_repeat = 1
        self._row_filled = 0
        self._cell_repeat = 0
        self._cell_filled = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == _ROW:
            self._row_repeat = _count(attributes.get(_ROWS_REPEATED))
            self._row_filled = 0
        elif name in (_CELL, _COVERED):
            self._cell_repeat = _count(attributes.get(_COLUMNS_REPEATED))
            self._cell_filled = _VALUE_TYPE in attributes

    def text(self, data: str) -> None:
        if self._cell_repeat and data.strip():
            self._cell_filled = True

    def end(self, name: str) -> None:
        if name in (_CELL, _COVERED):
            if self._cell_filled:
                self._row_filled += self._cell_repeat
            self._cell_repeat, self._cell_filled = 0, False
        elif name == _ROW:
            self.cells += self._row_repeat * self._row_filled
            self.over = self.over or self.cells > self.limit


def _count(text: str | None) -> int:
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1
