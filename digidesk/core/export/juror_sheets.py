"""A scoring workbook for one juror, to fill in Excel or LibreOffice without DigiDesk.

Sheet 1 has one row per nominee and, per criterion, a score cell (data validation: a
number within the criterion's scale) and a comment cell beside it. Only those cells are
unlocked; the sheet and the workbook's structure are protected. Cells of a nominee the
juror declared a conflict for stay locked, greyed, with the reason. Scores already given
are filled in, so that a juror can revise them. Sheet 2 holds the nominees' comparison
figures (:mod:`digidesk.core.analysis.compare`) for reference. A hidden sheet identifies
the award, the juror and the template version, with the layout of sheet 1 and a checksum
(SHA-256 of the identification's canonical JSON), so that the import can tell a returned
sheet, its juror and a changed template.

Words come from the caller (:mod:`digidesk.jury_wording`).
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.utility import xl_rowcol_to_cell

from digidesk.core.atomic import atomic_target
from digidesk.core.errors import ModelError
from digidesk.core.export.safety import is_risky
from digidesk.core.model.award import Award

TEMPLATE_VERSION = 1
FORMAT = "digidesk-juror-sheet"
ID_SHEET = "digidesk"
FIRST_ROW = 4  # 0-based row of the first nominee; row 3 holds the headings
GREY = "#D9D9D9"


@dataclass(frozen=True, slots=True)
class FigureRow:
    """One indicator of the comparison sheet: per nominee its value and rank text."""

    indicator: str
    unit: str
    period: str
    values: dict[str, float | None]
    ranks: dict[str, str]
    median: float | None


def setup_hash(award: Award, juror_id: str) -> str:
    """What the template was made for: criteria and scales, nominees, the juror's conflicts."""
    juror = award.juror(juror_id)
    parts = {
        "criteria": [[c.id, *award.scale(c)] for c in award.criteria],
        "nominees": [n.area_id for n in award.nominees],
        "conflicts": sorted(c.area_id for c in juror.conflicts) if juror else [],
    }
    return _digest(parts)


def identification(award: Award, juror_id: str, created: str) -> dict[str, Any]:
    """The hidden sheet's content (without its checksum)."""
    juror = award.juror(juror_id)
    if juror is None:
        raise ModelError("jury.unknown_juror", id=juror_id)
    columns = [[c.id, 2 + 2 * n, 3 + 2 * n] for n, c in enumerate(award.criteria)]
    return {
        "format": FORMAT,
        "template_version": TEMPLATE_VERSION,
        "award_id": award.id,
        "award_name": award.name,
        "juror_id": juror.id,
        "juror_name": juror.name,
        "created": created,
        "setup": setup_hash(award, juror_id),
        "layout": {
            "first_row": FIRST_ROW,
            "rows": [n.area_id for n in award.nominees],
            "columns": columns,
        },
    }


def checksum(ident: Mapping[str, Any]) -> str:
    return _digest({k: v for k, v in ident.items() if k != "checksum"})


def _digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _text(ws, row: int, col: int, text: str, fmt=None, quoted=None) -> None:
    ws.write_string(row, col, text, quoted if quoted is not None and is_risky(text) else fmt)


def write_juror_template(
    award: Award,
    juror_id: str,
    path: str | os.PathLike[str],
    words: Mapping[str, str],
    figures: list[FigureRow] | None = None,
    created: str = "",
    number_text: Callable[[float], str] = lambda v: f"{v:g}",
) -> None:
    """Write the scoring workbook of ``juror_id`` to ``path`` (atomically)."""
    ident = identification(award, juror_id, created)
    ident["checksum"] = checksum(ident)
    juror = award.juror(juror_id)
    assert juror is not None
    with atomic_target(path) as temp:
        book = xlsxwriter.Workbook(
            str(temp),
            {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
        )
        book.set_properties({"title": f"{award.name} – {juror.name}", "comments": FORMAT})
        f = _formats(book)
        ws = book.add_worksheet(words["score_sheet"][:31])
        heading = f"{award.name} {award.year or ''}".strip()
        _text(ws, 0, 0, f"{heading} – {words['juror']}: {juror.name}", f["title"], f["title"])
        ws.merge_range(1, 0, 2, 1 + 2 * len(award.criteria), "", f["note"])
        ws.write_string(1, 0, words["instructions"], f["note"])
        ws.set_row(1, 30)
        ws.set_row(2, 30)
        ws.write_string(3, 0, words["code"], f["head"])
        ws.write_string(3, 1, words["nominee"], f["head"])
        ws.set_column(0, 0, 8)
        ws.set_column(1, 1, 26)
        for n, criterion in enumerate(award.criteria):
            low, high = award.scale(criterion)
            col = 2 + 2 * n
            scale = f"{number_text(low)}–{number_text(high)}"
            _text(ws, 3, col, f"{criterion.name} ({scale})", f["head"], f["head"])
            _text(ws, 3, col + 1, f"{words['comment']}: {criterion.name}", f["head"], f["head"])
            ws.set_column(col, col, 14)
            ws.set_column(col + 1, col + 1, 30)
        ws.set_row(3, 45)
        for r, nominee in enumerate(award.nominees):
            row = FIRST_ROW + r
            ws.write_string(row, 0, nominee.area_id, f["locked"])
            _text(ws, row, 1, nominee.name, f["locked"], f["locked_quoted"])
            ws.set_row(row, 45)
            conflict = juror.conflict(nominee.area_id)
            for n, criterion in enumerate(award.criteria):
                col = 2 + 2 * n
                if conflict is not None:
                    ws.write_string(row, col, words["conflict"], f["grey"])
                    reason = f"{words['conflict']}: {conflict.reason}".rstrip(": ")
                    ws.write_string(row, col + 1, reason, f["grey"])
                    continue
                score = award.score(juror_id, nominee.area_id, criterion.id)
                if score is not None:
                    ws.write_number(row, col, score.value, f["score"])
                else:
                    ws.write_blank(row, col, None, f["score"])
                comment = score.comment if score is not None else ""
                if comment:
                    _text(ws, row, col + 1, comment, f["comment"], f["comment_quoted"])
                else:
                    ws.write_blank(row, col + 1, None, f["comment"])
                low, high = award.scale(criterion)
                ws.data_validation(
                    row, col, row, col,
                    {
                        "validate": "decimal", "criteria": "between",
                        "minimum": low, "maximum": high,
                        "input_title": words["input_title"][:32],
                        "input_message": words["input_message"].format(
                            low=number_text(low), high=number_text(high))[:255],
                        "error_title": words["invalid_title"][:32],
                        "error_message": words["invalid_message"].format(
                            low=number_text(low), high=number_text(high))[:255],
                        "error_type": "stop",
                    },
                )  # fmt: skip
        ws.freeze_panes(FIRST_ROW, 2)
        ws.protect("", {"format_columns": True, "format_rows": True})
        ws.set_landscape()
        ws.fit_to_pages(1, 0)
        _figures_sheet(book, award, words, figures or [], f, number_text)
        _identification_sheet(book, ident)
        ws.activate()
        book.close()
        _protect_structure(temp)


def _formats(book) -> dict[str, Any]:
    base = {"valign": "top", "text_wrap": True}
    return {
        "title": book.add_format({"bold": True, "font_size": 13, "quote_prefix": True}),
        "note": book.add_format({**base, "italic": True}),
        "head": book.add_format({**base, "bold": True, "bottom": 1, "quote_prefix": True}),
        "locked": book.add_format({**base, "locked": True}),
        "locked_quoted": book.add_format({**base, "locked": True, "quote_prefix": True}),
        "grey": book.add_format(
            {**base, "locked": True, "bg_color": GREY, "font_color": "#404040"}
        ),
        "score": book.add_format(
            {"locked": False, "valign": "top", "border": 1, "border_color": "#A0A0A0"}
        ),  # fmt: skip
        "comment": book.add_format(
            {**base, "locked": False, "border": 1, "border_color": "#A0A0A0"}
        ),
        "comment_quoted": book.add_format(
            {**base, "locked": False, "border": 1, "border_color": "#A0A0A0", "quote_prefix": True}
        ),
        "number": book.add_format({"num_format": "#,##0.0##"}),
        "bold": book.add_format({"bold": True}),
    }


def _figures_sheet(book, award: Award, words, rows: list[FigureRow], f, number_text) -> None:
    ws = book.add_worksheet(words["figures_sheet"][:31])
    ws.write_string(0, 0, words["figures_note"], f["note"])
    heads = [words["indicator"], words["unit"], words["period"]]
    for nominee in award.nominees:
        heads += [nominee.name, f"{nominee.name}: {words['rank']}"]
    heads.append(words["median"])
    for col, text in enumerate(heads):
        _text(ws, 2, col, text, f["head"], f["head"])
    ws.set_column(0, 0, 40)
    ws.set_column(3, len(heads), 16)
    for r, item in enumerate(rows, start=3):
        _text(ws, r, 0, item.indicator, None, f["locked_quoted"])
        ws.write_string(r, 1, item.unit)
        ws.write_string(r, 2, item.period)
        for n, nominee in enumerate(award.nominees):
            value = item.values.get(nominee.area_id)
            if value is not None:
                ws.write_number(r, 3 + 2 * n, value, f["number"])
            ws.write_string(r, 4 + 2 * n, item.ranks.get(nominee.area_id, ""))
        if item.median is not None:
            ws.write_number(r, len(heads) - 1, item.median, f["number"])
    ws.freeze_panes(3, 1)
    ws.protect("", {"format_columns": True, "format_rows": True})


def _identification_sheet(book, ident: dict[str, Any]) -> None:
    ws = book.add_worksheet(ID_SHEET)
    for row, (key, value) in enumerate(ident.items()):
        ws.write_string(row, 0, key)
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        ws.write_string(row, 1, text)
    ws.protect("")
    ws.very_hidden()


def _protect_structure(path: Path) -> None:
    """Lock the workbook's structure (no sheets added, removed, shown or renamed)."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in members:
            if info.filename == "xl/workbook.xml":
                data = data.replace(
                    b"<bookViews>", b'<workbookProtection lockStructure="1"/><bookViews>', 1
                )
            target.writestr(info, data)


def cell_name(row: int, col: int) -> str:
    return xl_rowcol_to_cell(row, col)
