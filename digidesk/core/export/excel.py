"""Excel workbooks written with openpyxl's streaming writer.

Every sheet gets a bold header row, frozen header, autofilter and fitted
column widths; numbers stay numbers, codes stay text ("0180"), and text that a
spreadsheet program would run as a formula is stored with ``quotePrefix``.
The file appears only when it is complete (written beside the target, then
renamed).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from digidesk import __version__
from digidesk.core.atomic import atomic_target
from digidesk.core.errors import ExportError
from digidesk.core.export.safety import is_risky
from digidesk.core.export.tidy import tidy_table
from digidesk.core.model.workspace import Workspace

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
_BAD_SHEET_CHARS = re.compile(r"[:\\/?*\[\]]")


@dataclass(slots=True)
class Sheet:
    name: str
    frame: pd.DataFrame
    wrap_columns: Sequence[str] = field(default_factory=tuple)


def safe_sheet_name(name: str, taken: set[str]) -> str:
    """A legal, unique (ignoring case) sheet name of at most 31 characters."""
    base = _BAD_SHEET_CHARS.sub("_", name).strip("'") or "Blad"
    candidate, n = base[:31], 1
    while candidate.lower() in taken:
        n += 1
        suffix = f" ({n})"
        candidate = base[: 31 - len(suffix)] + suffix
    taken.add(candidate.lower())
    return candidate


def write_workbook(sheets: Iterable[Sheet], path: str | os.PathLike[str]) -> None:
    sheets = list(sheets)
    for sheet in sheets:
        rows, columns = sheet.frame.shape
        if rows + 1 > MAX_ROWS or columns > MAX_COLUMNS:
            raise ExportError(
                "export.too_large",
                sheet=sheet.name,
                rows=rows,
                columns=columns,
                max_rows=MAX_ROWS - 1,
                max_columns=MAX_COLUMNS,
            )
    workbook = Workbook(write_only=True)
    taken: set[str] = set()
    for sheet in sheets:
        _write_sheet(workbook, sheet, safe_sheet_name(sheet.name, taken))
    with atomic_target(path) as temp:
        workbook.save(temp)


def _write_sheet(workbook: Workbook, sheet: Sheet, title: str) -> None:
    ws = workbook.create_sheet(title)
    frame = sheet.frame
    widths = [min(max(len(str(c)), 6), 60) for c in frame.columns]
    # Widths are fitted from the first rows: reading every cell of a big table twice costs more
    # than a slightly narrow column.
    for row in frame.head(200).itertuples(index=False):
        for n, value in enumerate(row):
            widths[n] = min(max(widths[n], len(str(value)) if value is not None else 0), 60)
    for n, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(n)].width = width + 2
    ws.freeze_panes = "A2"
    if len(frame.columns):
        ws.auto_filter.ref = f"A1:{get_column_letter(len(frame.columns))}{len(frame) + 1}"
    bold = Font(bold=True)
    header = []
    for name in frame.columns:
        cell = WriteOnlyCell(ws, value=str(name))
        cell.font = bold
        header.append(cell)
    ws.append(header)
    wrap = {frame.columns.get_loc(c) for c in sheet.wrap_columns if c in frame.columns}
    wrap_alignment = Alignment(wrap_text=True, vertical="top")
    for row in frame.itertuples(index=False):
        ws.append([_cell(ws, value, n in wrap, wrap_alignment) for n, value in enumerate(row)])


def _cell(ws, value, wrap: bool, alignment: Alignment):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        if len(value) > MAX_CELL_CHARS:
            raise ExportError("export.cell_too_long", length=len(value), limit=MAX_CELL_CHARS)
        if not (wrap or is_risky(value)):
            return value
        cell = WriteOnlyCell(ws, value=value)
        if is_risky(value):
            cell.data_type = "s"  # never a formula, whatever the text
            cell.quotePrefix = True
        if wrap:
            cell.alignment = alignment
        return cell
    return value


def workspace_sheets(workspace: Workspace) -> list[Sheet]:
    """One sheet per dataset, then indicators, strategy targets, award nominees and "Om"."""
    tidy = tidy_table(workspace)
    sheets: list[Sheet] = []
    start = 0
    for dataset in workspace.datasets:
        end = start + len(dataset.observations)
        sheets.append(Sheet(dataset.name, tidy.iloc[start:end].reset_index(drop=True)))
        start = end
    indicators = pd.DataFrame(
        [
            (i.indicator_id, i.title, i.unit, i.direction, i.source, i.description)
            for i in workspace.indicators.values()
        ],
        columns=["indicator_id", "title", "unit", "direction", "source", "description"],
    )
    sheets.append(Sheet("Indikatorer", indicators, ("description",)))
    for strategy in workspace.strategies:
        rows = [
            (
                g.name,
                f.name,
                t.id,
                t.text,
                t.due_year,
                ", ".join(t.perspectives),
                t.indicator_id or "",
                t.manual_status or "",
                t.comment,
            )
            for g in strategy.goals
            for f in g.focus_areas
            for t in f.targets
        ]
        sheets.append(
            Sheet(
                "Strategi",
                pd.DataFrame(
                    rows,
                    columns=[
                        "goal",
                        "focus_area",
                        "target_id",
                        "target",
                        "due_year",
                        "perspectives",
                        "indicator_id",
                        "status",
                        "comment",
                    ],
                ),
                ("target",),
            )
        )
    for award in workspace.awards:
        rows = [(n.area_id, n.name, "x" if n.winner else "", n.motivation) for n in award.nominees]
        sheets.append(
            Sheet(
                award.name,
                pd.DataFrame(rows, columns=["area_id", "nominee", "winner", "motivation"]),
                ("motivation",),
            )
        )
    about = [
        ("workspace", workspace.title),
        ("exported_at", datetime.now(UTC).isoformat(timespec="seconds")),
        ("digidesk_version", __version__),
    ]
    for dataset in workspace.datasets:
        p = dataset.provenance
        about.append(
            (
                f"dataset: {dataset.name}",
                f"file={p.file_name}; sheet={p.sheet}; sha256={p.sha256}; "
                f"publisher={p.publisher}; imported_at={p.imported_at}",
            )
        )
    sheets.append(Sheet("Om", pd.DataFrame(about, columns=["key", "value"]), ("value",)))
    return sheets


def export_workspace(workspace: Workspace, path: str | os.PathLike[str]) -> None:
    write_workbook(workspace_sheets(workspace), path)
