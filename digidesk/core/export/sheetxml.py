"""The data rows of big sheets as worksheet XML, made a column at a time.

xlsxwriter spends about 10 µs on every cell (checks, a cell object, escaping,
formatting the XML), which is most of a big export. For a sheet part of at least
:data:`SPLICE_FROM_ROWS` rows the writer lets xlsxwriter write everything but the
data rows (header, widths, filters, colour scales, charts, styles), and this
module then puts the rows into the finished file: each distinct text is escaped
once, numbers are written with every digit, and a row is joined from its
columns' cells. The cells are the ones xlsxwriter writes in constant-memory mode
(inline strings, the same style indices), decided by the same column plans
(:mod:`digidesk.core.export.columns`).

Only standard OOXML is relied on to find a sheet's part and put the rows in; the
one xlsxwriter detail used is ``Format._get_xf_index``, the call its own writer
makes for every cell. Where it is missing, every sheet is written by xlsxwriter.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import numpy as np
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name, xl_rowcol_to_cell

from digidesk.core.export import ticker as _ticker
from digidesk.core.export.columns import (
    ColumnPlan,
    NumberPlan,
    SheetPart,
    TextPlan,
    column_kind,
)
from digidesk.core.export.safety import is_risky
from digidesk.core.export.spec import SheetSpec
from digidesk.core.export.styles import Styles
from digidesk.core.export.ticker import Ticker

#: Parts with fewer rows are written cell by cell by xlsxwriter.
SPLICE_FROM_ROWS = 1_000
_CAN_SPLICE = hasattr(Format, "_get_xf_index")
# The rows are deflated at level 1: a fifth of level 6's time for rows of repeated cells,
# the file about 15 % bigger (200,000 rows: 0.4 s instead of 1.5 s, 7.1 MB against 6.1 MB).
# The other parts are copied at the level xlsxwriter used.
_ROWS_LEVEL = 1

_ESCAPE_1 = re.compile("(_x[0-9a-fA-F]{4}_)")
_ESCAPE_2 = re.compile(r"([\x00-\x08\x0b-\x1f])")
_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_DIMENSION = re.compile(rb'<dimension ref="([A-Z]+[0-9]+)(?::[A-Z]+[0-9]+)?"/>')


@dataclass(slots=True)
class DeferredRows:
    """The data rows of one sheet part, to be put in once xlsxwriter has closed the file."""

    part: SheetPart
    plans: list[ColumnPlan]
    markers: list[tuple[int, Sequence[str]]]
    styles: Styles


def spliceable(part: SheetPart) -> bool:
    """Whether the part's rows can be written here: long, no wrapped text, no dates."""
    return (
        _CAN_SPLICE
        and len(part.frame) >= SPLICE_FROM_ROWS
        and bool(part.names)
        and not part.spec.wrap
        and "date" not in part.kinds
    )


def splices(spec: SheetSpec, rows: int) -> bool:
    """Whether a part of ``rows`` rows of ``spec`` will be written here (before it is made)."""
    if not _CAN_SPLICE or rows < SPLICE_FROM_ROWS or spec.wrap or not len(spec.frame.columns):
        return False
    for j, name in enumerate(spec.frame.columns):
        if (spec.kinds.get(str(name)) or column_kind(spec.frame.iloc[:, j])) == "date":
            return False
    return True


def defer(part: SheetPart, plans: list[ColumnPlan], styles: Styles) -> DeferredRows:
    """Keep the part's rows for :func:`splice`; its formats go into the styles now."""
    markers = [
        (part.names.index(name), texts)
        for name, texts in part.spec.markers.items()
        if name in part.names
    ]
    formats = {id(f): f for plan in plans for f in plan.formats() if f is not None}
    formats[id(styles.get(quote=True))] = styles.get(quote=True)
    for fmt in formats.values():
        if fmt is not None:
            fmt._get_xf_index()  # xlsxwriter writes only formats that have an index
    return DeferredRows(part, plans, markers, styles)


def splice(path: Path, deferred: list[DeferredRows], ticker: Ticker) -> None:
    """Put the deferred rows into the workbook at ``path``, replacing it."""
    if not deferred:
        return
    out = path.with_name(path.name + ".rows")
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=_ROWS_LEVEL) as dest,
        ):
            members = _sheet_members(source)
            by_member = {members[d.part.title]: d for d in deferred}
            for info in source.infolist():
                rows = by_member.get(info.filename)
                if rows is None:
                    dest.writestr(info, source.read(info), compress_type=info.compress_type)
                else:
                    _write_sheet(source.read(info), rows, dest, info, ticker)
        os.replace(out, path)
    finally:
        out.unlink(missing_ok=True)


def _sheet_members(source: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title → zip member of its worksheet part, from workbook.xml and its rels."""
    workbook = ET.fromstring(source.read("xl/workbook.xml"))
    rels = ET.fromstring(source.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels.findall("p:Relationship", _NS)}
    members = {}
    for sheet in workbook.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(sheet.get(f"{{{_NS['r']}}}id"), "")
        member = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        members[sheet.get("name", "")] = str(PurePosixPath(member))
    return members


def _write_sheet(
    xml: bytes, rows: DeferredRows, dest: zipfile.ZipFile, info: zipfile.ZipInfo, ticker: Ticker
) -> None:
    part = rows.part
    last = xl_rowcol_to_cell(part.first_row + len(part.frame) - 1, len(part.names) - 1)
    xml = _DIMENSION.sub(
        lambda m: b'<dimension ref="' + m.group(1) + b":" + last.encode() + b'"/>', xml, 1
    )
    if b"</sheetData>" in xml:
        head, tail = xml.split(b"</sheetData>", 1)
        tail = b"</sheetData>" + tail
    else:
        head, tail = xml.split(b"<sheetData/>", 1)
        head, tail = head + b"<sheetData>", b"</sheetData>" + tail
    with dest.open(info.filename, "w", force_zip64=True) as handle:
        handle.write(head)
        for block in _blocks(rows, ticker):
            handle.write(block.encode("utf-8"))
        handle.write(tail)


def _blocks(rows: DeferredRows, ticker: Ticker):
    part = rows.part
    columns = [_column(plan, rows) for plan in rows.plans]
    n = len(part.frame)
    step = _ticker.BLOCK_ROWS
    for begin in range(0, n, step):
        ticker.check()
        end = min(begin + step, n)
        numbers = [str(part.first_row + 1 + i) for i in range(begin, end)]
        cells = [column.cells(begin, end, numbers) for column in columns]
        opens = ['<row r="' + r + '">' for r in numbers]
        yield "".join(["".join(row) + "</row>" for row in zip(opens, *cells, strict=True)])
        ticker.advance(end - begin)


def _xf(fmt: Format | None) -> str:
    index = fmt._get_xf_index() if fmt is not None else 0
    return f' s="{index}"' if index else ""


def _text_cell(text: str, style: str) -> str:
    """What follows ``<c r="A1`` for a text cell: xlsxwriter's inline string, escaped."""
    text = _ESCAPE_1.sub(r"_x005F\1", text)
    text = _ESCAPE_2.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


class _Texts:
    def __init__(self, plan: TextPlan) -> None:
        self.start = '<c r="' + xl_col_to_name(plan.col)
        texts, self.index, formats = plan.distinct()
        styles = [_xf(f) for f in formats] if formats is not None else None
        fixed = _xf(plan.fixed)
        cells = [
            "" if t is None else _text_cell(t, styles[k] if styles else fixed)
            for k, t in enumerate(texts.tolist())
        ]
        self.fragments = np.array(cells, dtype=object)

    def cells(self, begin: int, end: int, numbers: list[str]) -> list[str]:
        start = self.start
        fragments = self.fragments[self.index[begin:end]].tolist()
        return [start + r + f if f else "" for r, f in zip(numbers, fragments, strict=True)]


class _Numbers:
    def __init__(self, plan: NumberPlan, rows: DeferredRows) -> None:
        self.start = '<c r="' + xl_col_to_name(plan.col)
        self.numbers, formats = plan.arrays()
        self.fixed = '"' + _xf(plan.fixed) + "><v>"
        self.styles: tuple[np.ndarray, np.ndarray] | None = None
        if formats is not None:
            lookup, index = formats
            self.styles = (np.array(['"' + _xf(f) + "><v>" for f in lookup], dtype=object), index)
        self.markers = next((t for j, t in rows.markers if j == plan.col), None)
        self.offset = rows.part.start
        quoted, plain = _xf(rows.styles.get(quote=True)), ""
        self._marker_cells: dict[str, str] = {}
        self._quoted, self._plain = quoted, plain

    def _marker(self, text: str) -> str:
        cell = self._marker_cells.get(text)
        if cell is None:
            style = self._quoted if is_risky(text) else self._plain
            cell = self._marker_cells[text] = _text_cell(text, style)
        return cell

    def cells(self, begin: int, end: int, numbers: list[str]) -> list[str]:
        values = self.numbers[begin:end]
        finite = np.isfinite(values).tolist()
        texts = list(map(float.__repr__, values.tolist()))
        if self.styles is None:
            middles: list[str] | None = None
        else:
            lookup, index = self.styles
            middles = lookup[index[begin:end]].tolist()
        start, fixed = self.start, self.fixed
        out = [
            start + r + (middles[i] if middles else fixed) + t + "</v></c>" if ok else ""
            for i, (r, t, ok) in enumerate(zip(numbers, texts, finite, strict=True))
        ]
        if self.markers is not None:
            base = self.offset + begin
            for i, ok in enumerate(finite):
                if not ok:
                    text = self.markers[base + i]
                    if text:
                        out[i] = start + numbers[i] + self._marker(text)
        return out


def _column(plan: ColumnPlan, rows: DeferredRows) -> _Texts | _Numbers:
    if isinstance(plan, TextPlan):
        return _Texts(plan)
    if isinstance(plan, NumberPlan):
        return _Numbers(plan, rows)
    raise TypeError(f"no XML for {type(plan).__name__}")  # dates are never deferred
