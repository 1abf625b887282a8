"""Rows of long sheets written as XML a column at a time: the same cells as xlsxwriter's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

from digidesk.core.errors import ExportError
from digidesk.core.export import sheetxml, ticker
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.spec import RowScale, SheetSpec

ROWS = 2_600
TEXTS = [
    "Ale",
    "  leading and trailing  ",
    "=SUM(A1:A9)",
    "@risky",
    "-3,2",
    "a & b < c > d",
    "bell\x07and\x1ftab\tnewline\nend",
    "_x0041_ literally",
    "Ålesund \ufffe",
    "",
    "'quoted",
]


def _spec() -> SheetSpec:
    rng = np.random.default_rng(5)
    values = np.round(rng.gamma(2.0, 30.0, ROWS), 3)
    values[::17] = np.nan
    values[5] = np.inf
    values[7] = 0.1 + 0.2  # needs 17 digits
    formats = np.where(np.arange(ROWS) % 3 == 0, "0.0%", "#,##0.0")
    markers = ["" if v == v else ("-" if i % 2 else "..") for i, v in enumerate(values)]
    markers[17 * 3] = "=danger"
    frame = pd.DataFrame(
        {
            "text": [TEXTS[i % len(TEXTS)] for i in range(ROWS)],
            "code": [f"{i % 290:04d}" for i in range(ROWS)],
            "value": values,
            "count": np.arange(ROWS, dtype=float),
            "flag": [i % 2 == 0 for i in range(ROWS)],
        }
    )
    return SheetSpec(
        "Data",
        frame,
        kinds={"code": "text"},
        formats={"count": "0"},
        row_formats={"value": list(formats)},
        markers={"value": markers},
        freeze_columns=2,
        colour_scale_rows=[RowScale("value", ((0, 1000), (2000, 2600)), "higher")],
    )


def _cells(path):
    """How the file looks: extent, panes, filter, rules, every cell's format; values below.

    openpyxl reads formats; values come from calamine, which (like Excel) undoes the
    _xHHHH_ escapes in inline strings as well as in shared ones.
    """
    sheet = load_workbook(path).worksheets[0]
    cells = [
        (c.coordinate, c.number_format, c.quotePrefix, c.font.b, c.data_type)
        for row in sheet.iter_rows()
        for c in row
    ]
    rules = [(str(r.sqref), [x.type for x in r.rules]) for r in sheet.conditional_formatting]
    values = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Data").to_python()
    return sheet.dimensions, sheet.freeze_panes, sheet.auto_filter.ref, rules, cells, values


@pytest.mark.parametrize("in_memory", [True, False])
def test_spliced_rows_are_the_cells_xlsxwriter_writes(tmp_path, monkeypatch, in_memory):
    from digidesk.core.export import excel

    if not in_memory:
        monkeypatch.setattr(excel, "IN_MEMORY_CELLS", 0)
    monkeypatch.setattr(sheetxml, "SPLICE_FROM_ROWS", 10**9)
    plain = tmp_path / "plain.xlsx"
    warnings_plain = write_workbook([_spec()], plain)
    monkeypatch.setattr(sheetxml, "SPLICE_FROM_ROWS", 1)
    spliced = tmp_path / "spliced.xlsx"
    warnings_spliced = write_workbook([_spec()], spliced)
    assert warnings_spliced == warnings_plain
    ours, theirs = _cells(spliced), _cells(plain)
    assert ours[:4] == theirs[:4]
    assert ours[4] == theirs[4]
    assert ours[5] == theirs[5]
    formats = {c[0]: c[1:] for c in ours[4]}
    values = ours[5]
    assert values[1][1] == "0000" and formats["B2"][3] == "s"  # codes stay text
    assert values[3][0] == "=SUM(A1:A9)" and formats["A4"][1]  # text, with quotePrefix
    assert values[8][2] == 0.1 + 0.2 and values[8][0] == "_x0041_ literally"
    assert values[7][0] == "bell\x07and\x1ftab\tnewline\nend"
    assert formats["C5"][0] == "0.0%" and formats["C3"][0] == "#,##0.0"
    # Markers where the value is missing (row 2 is value 0, missing), risky ones quoted.
    assert values[1][2] == ".." and values[18][2] == "-" and values[35][2] == ".."
    assert values[52][2] == "=danger" and formats["C53"][1]


def test_spliced_rows_report_progress_and_cancel_without_a_trace(tmp_path, monkeypatch):
    monkeypatch.setattr(ticker, "BLOCK_ROWS", 500)
    monkeypatch.setattr(sheetxml, "SPLICE_FROM_ROWS", 1)
    path = tmp_path / "out.xlsx"
    seen: list[float] = []
    write_workbook([_spec()], path, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 5
    before = path.read_bytes()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 4  # inside the spliced rows

    with pytest.raises(ExportError) as error:
        write_workbook([_spec()], path, cancelled=cancelled)
    assert error.value.code == "export.cancelled"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]
