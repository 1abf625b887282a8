"""Exporting a table as a view shows it: the rows and order shown, the pivot, the filters."""

from __future__ import annotations

import zipfile

import numpy as np
import pytest
from openpyxl import load_workbook

from digidesk.core.export.views import ShownTable, export_view, view_frame
from digidesk.core.loader import load_workspace
from digidesk.core.pivot import build_pivot


@pytest.fixture(scope="module")
def demo():
    return load_workspace("demo")


def digdir_frame(workspace):
    return workspace.dataset("digdir").observations


def test_long_view_keeps_the_rows_and_order_shown_and_names_the_filters(demo, tmp_path):
    frame = digdir_frame(demo)
    # The view shows the Digital postkasse rows only, highest value first.
    shown_rows = np.flatnonzero(frame["indicator_id"].to_numpy() == "DIGDIR-POSTKASSE")
    order = shown_rows[np.argsort(-frame["value"].to_numpy()[shown_rows], kind="stable")]
    shown = ShownTable(
        "digdir",
        positions=order,
        hidden=frozenset({"status", "gender"}),
        filters={"indicators": "Andel innbyggere med Digital postkasse", "sort": "value ↓"},
    )
    path = tmp_path / "view.xlsx"
    assert export_view(demo, shown, path) == []
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    header = [c.value for c in sheet[1]]
    assert "status" not in header and "gender" not in header
    values = [row[header.index("value")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    expected = (frame["value"].to_numpy()[order] / 100).tolist()
    assert values == pytest.approx(expected)
    assert values == sorted(values, reverse=True)
    assert sheet.cell(2, header.index("value") + 1).number_format.endswith("%")
    about = [tuple(r) for r in book[book.sheetnames[-1]].iter_rows(values_only=True)]
    assert ("filter: sort", "value ↓") in [r[:2] for r in about]
    # Only the dataset shown is named as a source.
    assert not any("Folkmängd" in str(cell) for row in about for cell in row)


def test_pivot_view_has_headings_with_units_fractions_and_direction_colours(demo, tmp_path):
    frame = digdir_frame(demo)
    pivot = build_pivot(frame, "indicator")
    rows = np.arange(pivot.shape[0])[::-1]  # shown in reverse area order
    shown = ShownTable("digdir", pivot=pivot, pivot_rows=rows)
    path = tmp_path / "pivot.xlsx"
    export_view(demo, shown, path)
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    header = [c.value for c in sheet[1]]
    # The period is the same in every row: written once per row, not a row key.
    assert header[:3] == ["area_id", "area", "period"]
    postkasse = header.index("Andel innbyggere med Digital postkasse (%)")
    assert sheet.freeze_panes == "D2"
    oslo = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == "0301")
    cell = sheet.cell(oslo, postkasse + 1)
    assert cell.value == pytest.approx(0.568) and cell.number_format.endswith("%")
    assert isinstance(sheet.cell(oslo, 1).value, str)  # codes stay text
    codes = [sheet.cell(r, 1).value for r in range(2, sheet.max_row + 1)]
    assert codes == sorted(codes, reverse=True)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    # Each indicator has a direction (ID-porten and postkasse higher, reservert lower).
    assert xml.count("<colorScale>") == 3


def test_pivot_csv_keeps_published_values_in_the_nordic_dialect(demo, tmp_path):
    frame = digdir_frame(demo)
    shown = ShownTable("digdir", pivot=build_pivot(frame, "indicator"))
    table = view_frame(demo, shown)
    assert (
        table.loc[table["area_id"] == "0301", "Andel innbyggere med Digital postkasse (%)"].item()
        == 56.8
    )
    path = tmp_path / "pivot.csv"
    export_view(demo, shown, path, "nordic")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("area_id;area;")
    assert "0301;Oslo;" in text and "56,8" in text
