"""The workspace workbook: its sheets, the About sheet, and how LibreOffice reads it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from digidesk import __version__
from digidesk.core.export.excel import export_workspace
from digidesk.core.export.tidy import TIDY_COLUMNS
from digidesk.core.loader import load_workspace


@pytest.fixture(scope="module")
def demo_book(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.xlsx"
    warnings = export_workspace(load_workspace("demo"), path, filters={"period": "2020–2024"})
    assert warnings == []
    return path


def test_workspace_has_a_sheet_per_dataset_and_the_model_sheets(demo_book):
    book = load_workbook(demo_book, read_only=True)
    names = book.sheetnames
    for name in ("Indikatorer", "Områden", "Strategi", "Utmärkelse", "Kriterier", "Poäng", "Om"):
        assert name in names
    first = list(book[names[0]].iter_rows(values_only=True))
    assert first[0] == TIDY_COLUMNS
    assert all(isinstance(r[2], str) for r in first[1:])
    areas = list(book["Områden"].iter_rows(values_only=True))
    assert ("0301", "Oslo") in {r[:2] for r in areas}


def test_about_sheet_names_sources_version_and_filters(demo_book):
    rows = list(load_workbook(demo_book, read_only=True)["Om"].iter_rows(values_only=True))
    keys = {r[0]: r[1] for r in rows if r and r[0]}
    assert keys["digidesk_version"] == __version__
    assert keys["filter: period"] == "2020–2024"
    assert keys["exported_at"][:2] == "20"
    header = next(r for r in rows if r and r[0] == "dataset")
    assert header[:7] == (
        "dataset",
        "dataset_id",
        "file_name",
        "sheet",
        "sha256",
        "imported_at",
        "publisher",
    )
    assert "digdir_kommune.csv" in {r[2] for r in rows if r and len(r) > 2}


def test_percent_indicators_are_fractions_with_a_percent_format(demo_book):
    ws = load_workbook(demo_book).worksheets[0]
    percent = [
        ws.cell(r, 7) for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == "DIGDIR-POSTKASSE"
    ]
    assert percent and all(c.number_format.endswith("%") and c.value < 1 for c in percent)


@pytest.fixture(scope="module")
def libreoffice_csv(demo_book, libreoffice) -> list[list[str]]:
    made = libreoffice(
        demo_book, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"
    )
    with open(made, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_libreoffice_reads_codes_as_text_and_percent_as_percent(libreoffice_csv):
    rows = libreoffice_csv
    assert tuple(rows[0]) == TIDY_COLUMNS
    codes = [r[2] for r in rows[1:]]
    assert "0301" in codes  # the leading zero survives
    postkasse = [r for r in rows if r[0] == "DIGDIR-POSTKASSE"]
    assert postkasse and all(r[6].endswith("%") for r in postkasse)  # shown as formatted
    oslo = next(r for r in postkasse if r[2] == "0301")
    assert float(oslo[6].rstrip("%")) == pytest.approx(56.8)
