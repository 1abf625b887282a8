"""Import a strategy from its document (.docx, .pdf, text) or a spreadsheet (.xlsx, .ods,
.xls, .csv), with the safety limits and the worker process of the table import.

``import_strategy`` tells the kind by content: a Word document or a PDF is read as a
document, a workbook as a sheet, and a text file as a document unless it is a CSV table
with a strategy header. The result keeps the document's text and where each part was
found, for the review wizard.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from digidesk.core.errors import InputError
from digidesk.core.io.documents import read_document, sniff_document
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.strategy_document import Found, parse_document
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.strategy import Strategy

_TABLE_SUFFIXES = (".csv", ".tsv", ".tab")


@dataclass(slots=True)
class StrategyImport:
    """An imported strategy; ``text`` and ``found`` for a document, empty for a sheet."""

    path: str
    kind: str
    strategy: Strategy
    text: str = ""
    found: list[Found] = field(default_factory=list)


def _is_sheet(path: str | os.PathLike[str], limits: Limits) -> bool:
    with open(path, "rb") as handle:
        head = handle.read(8)
    if head.startswith(bytes.fromhex("D0CF11E0")):
        return True
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
        import zipfile

        try:
            with zipfile.ZipFile(path) as archive:
                names = {n.lower() for n in archive.namelist()[:10_000]}
        except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
            return False
        return "xl/workbook.xml" in names or "content.xml" in names
    return Path(path).suffix.lower() in _TABLE_SUFFIXES


def import_strategy(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    in_worker: bool = True,
    register: AreaRegister | None = None,
    cancelled=None,
) -> StrategyImport:
    where = str(path)
    if not Path(path).exists():
        raise InputError("input.not_found", path=where)
    if Path(path).is_file() and _is_sheet(path, limits):
        from digidesk.core.io.pipeline import read_book
        from digidesk.core.io.strategy_sheet import strategy_from_book

        book = read_book(path, limits, in_worker=in_worker, cancelled=cancelled)
        return StrategyImport(where, book.kind, strategy_from_book(book))
    sniff_document(path, limits)
    document = read_document(path, limits, in_worker=in_worker, cancelled=cancelled)
    parsed = parse_document(document, register or default_register())
    if not parsed.strategy.targets() and not parsed.strategy.goals:
        raise InputError("input.no_strategy", path=where)
    return StrategyImport(where, document.kind, parsed.strategy, parsed.text, parsed.found)
