"""Returned juror sheets, read back and checked before a single score is taken.

Each file is sniffed first with the import's safety limits (size, zip bombs, XML entities)
and then read with openpyxl in read-only mode, values only, and only the cells the
template's layout names: a workbook padded with a million rows costs nothing. A file is
refused whole when it is no DigiDesk juror sheet, when its identification's checksum or its
visible layout does not match (a changed template), when it is for another award or a
juror the award does not have, when it was imported before (same SHA-256), or when the same
juror's sheet came twice in one import. In a sheet that is taken, every invalid cell (not a
number, outside the scale, a conflicted nominee) is reported and left out; an empty cell
keeps what the workspace holds, so nothing already entered is lost. The report lists every
score that differs from the workspace's (the changes since the last import).
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from digidesk.core.errors import DigiDeskError, InputError
from digidesk.core.export.juror_sheets import FORMAT, ID_SHEET, checksum, setup_hash
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.sniff import sniff
from digidesk.core.jury.commands import now
from digidesk.core.jury.scoring import ImportScores, ScoreChange
from digidesk.core.model.award import Award, ImportRecord
from digidesk.core.model.workspace import Workspace

_MAX_ID_ROWS = 40
_MAX_TEXT = 32_767


@dataclass(frozen=True, slots=True)
class CellProblem:
    cell: str  # "C5"
    area_id: str
    criterion_id: str
    text: str
    code: str  # "not_a_number", "out_of_scale", "conflicted"


@dataclass(frozen=True, slots=True)
class ScoreDifference:
    area_id: str
    criterion_id: str
    old: float | None
    new: float | None
    comment_only: bool = False


@dataclass(slots=True)
class SheetReport:
    path: str
    status: str = "ok"  # ok, duplicate, other_award, unknown_juror, changed_template,
    #                     not_template, unreadable, juror_twice
    juror_id: str = ""
    juror_name: str = ""
    problems: list[CellProblem] = field(default_factory=list)
    changes: list[ScoreDifference] = field(default_factory=list)
    unchanged: int = 0
    kept: int = 0  # empty cells where the workspace keeps its score
    out_of_date: bool = False  # made before the criteria, nominees or conflicts changed
    error: DigiDeskError | None = None

    @property
    def taken(self) -> bool:
        return self.status == "ok"

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "status": self.status,
            "juror_id": self.juror_id,
            "invalid_cells": [
                {"cell": p.cell, "area_id": p.area_id, "criterion_id": p.criterion_id,
                 "text": p.text, "problem": p.code}
                for p in self.problems
            ],
            "changes": [
                {"area_id": c.area_id, "criterion_id": c.criterion_id, "old": c.old,
                 "new": c.new, "comment_only": c.comment_only}
                for c in self.changes
            ],
            "unchanged": self.unchanged,
            "kept": self.kept,
            "out_of_date": self.out_of_date,
            "error": self.error.code if self.error else None,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ImportPlan:
    reports: list[SheetReport]
    command: ImportScores | None  # None when no sheet was taken


def plan_import(
    workspace: Workspace,
    position: int,
    paths: list[str | os.PathLike[str]],
    limits: Limits = DEFAULT_LIMITS,
) -> ImportPlan:
    """Read every returned sheet; the command applies what can be taken, as one step."""
    award = workspace.awards[position]
    reports: list[SheetReport] = []
    changes: list[tuple[str, ScoreChange]] = []
    records: list[ImportRecord] = []
    seen_files = {r.sha256 for r in award.imports}
    seen_jurors: set[str] = set()
    for path in paths:
        report = SheetReport(str(path))
        reports.append(report)
        try:
            digest, ident, cells = _read(path, limits)
        except _Refused as refused:
            report.status = refused.status
            report.error = refused.error
            continue
        report.juror_id = str(ident.get("juror_id", ""))
        report.juror_name = str(ident.get("juror_name", ""))
        status = _identity_status(award, ident, digest, seen_files, seen_jurors)
        if status != "ok":
            report.status = status
            continue
        seen_files.add(digest)
        seen_jurors.add(report.juror_id)
        report.out_of_date = ident.get("setup") != setup_hash(award, report.juror_id)
        source = f"import:{Path(path).name}"
        for change in _compare(award, report, ident, cells):
            changes.append((source, change))
        records.append(
            ImportRecord(now(), report.juror_id, Path(path).name, digest,
                         int(ident.get("template_version", 1)))
        )  # fmt: skip
    command = ImportScores(position, tuple(changes), tuple(records)) if records else None
    return ImportPlan(reports, command)


class _Refused(Exception):
    def __init__(self, status: str, error: DigiDeskError | None = None) -> None:
        super().__init__(status)
        self.status, self.error = status, error


def _read(path, limits: Limits) -> tuple[str, dict[str, Any], dict[tuple[int, int], Any]]:
    try:
        kind = sniff(path, limits)
    except InputError as error:
        raise _Refused("unreadable", error) from None
    if kind != "xlsx":
        raise _Refused("not_template")
    digest = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - a damaged zip or XML
        raise _Refused("unreadable", InputError("input.unreadable", path=str(path),
                                                reason=str(exc)[:200])) from None  # fmt: skip
    try:
        if ID_SHEET not in book.sheetnames:
            raise _Refused("not_template")
        ident = _identification(book[ID_SHEET])
        if ident.get("format") != FORMAT:
            raise _Refused("not_template")
        if ident.get("checksum") != checksum(ident):
            raise _Refused("changed_template")
        layout = ident.get("layout") or {}
        first = int(layout.get("first_row", 0))
        rows, columns = list(layout.get("rows") or []), list(layout.get("columns") or [])
        last_col = max([c for _, s, k in columns for c in (s, k)] + [1])
        sheet = book.worksheets[0]
        cells: dict[tuple[int, int], Any] = {}
        for r, values in enumerate(
            sheet.iter_rows(min_row=first + 1, max_row=first + len(rows), max_col=last_col + 1,
                            values_only=True)
        ):  # fmt: skip
            for c, value in enumerate(values):
                cells[(first + r, c)] = value
    except _Refused:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl's errors on broken parts
        raise _Refused("unreadable", InputError("input.unreadable", path=str(path),
                                                reason=str(exc)[:200])) from None  # fmt: skip
    finally:
        book.close()
    for r, area_id in enumerate(rows):
        if str(cells.get((first + r, 0)) or "") != area_id:
            raise _Refused("changed_template")
    return digest, ident, cells


def _identification(ws) -> dict[str, Any]:
    ident: dict[str, Any] = {}
    for key, value in ws.iter_rows(max_row=_MAX_ID_ROWS, max_col=2, values_only=True):
        if not isinstance(key, str) or not isinstance(value, str) or len(value) > _MAX_TEXT:
            continue
        if key in ("layout", "template_version"):
            try:
                ident[key] = json.loads(value)
            except ValueError:
                raise _Refused("changed_template") from None
        else:
            ident[key] = value
    return ident


def _identity_status(award: Award, ident, digest, seen_files, seen_jurors) -> str:
    if ident.get("award_id") != award.id:
        return "other_award"
    if award.juror(str(ident.get("juror_id"))) is None:
        return "unknown_juror"
    if digest in seen_files:
        return "duplicate"
    if ident.get("juror_id") in seen_jurors:
        return "juror_twice"
    return "ok"


def _compare(award: Award, report: SheetReport, ident, cells) -> list[ScoreChange]:
    from xlsxwriter.utility import xl_rowcol_to_cell

    layout = ident["layout"]
    first = int(layout["first_row"])
    juror_id = report.juror_id
    changes = []
    for r, area_id in enumerate(layout["rows"]):
        if award.nominee(area_id) is None:
            continue
        conflict = award.conflicted(juror_id, area_id)
        for criterion_id, score_col, comment_col in layout["columns"]:
            criterion = award.criterion(criterion_id)
            if criterion is None:
                continue
            row = first + r
            raw, note = cells.get((row, score_col)), cells.get((row, comment_col))
            cell = xl_rowcol_to_cell(row, score_col)
            if conflict is not None:
                if _is_number(raw) or (isinstance(raw, str) and parse_number(raw)):
                    report.problems.append(
                        CellProblem(cell, area_id, criterion_id, str(raw), "conflicted")
                    )
                continue
            old = award.score(juror_id, area_id, criterion_id)
            comment = (str(note).strip() if note is not None else "")[:_MAX_TEXT]
            value = _value(raw)
            if raw is not None and str(raw).strip() != "" and value is None:
                report.problems.append(
                    CellProblem(cell, area_id, criterion_id, str(raw)[:200], "not_a_number")
                )
                continue
            low, high = award.scale(criterion)
            if value is not None and not low <= value <= high:
                report.problems.append(
                    CellProblem(cell, area_id, criterion_id, str(raw), "out_of_scale")
                )
                continue
            if value is None:
                if old is not None:
                    report.kept += 1
                continue
            comment_changed = old is None or comment != old.comment
            if old is not None and old.value == value and not comment_changed:
                report.unchanged += 1
                continue
            report.changes.append(
                ScoreDifference(area_id, criterion_id, old.value if old else None, value,
                                comment_only=old is not None and old.value == value)
            )  # fmt: skip
            changes.append(ScoreChange(juror_id, area_id, criterion_id, value, comment))
    return changes


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _value(raw: Any) -> float | None:
    if _is_number(raw):
        return float(raw) if math.isfinite(raw) else None
    if isinstance(raw, str) and raw.strip():
        parsed = parse_number(raw)
        return parsed[0] if parsed and not parsed[1] else None
    return None
