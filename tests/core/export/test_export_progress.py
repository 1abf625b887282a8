"""Long exports report how far they are and stop when asked, leaving no half file."""

from __future__ import annotations

import tempfile

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from digidesk.core.errors import ExportError
from digidesk.core.export import ticker
from digidesk.core.export.csv import write_csv
from digidesk.core.export.excel import export_workspace, write_workbook
from digidesk.core.export.spec import SheetSpec
from digidesk.core.loader import load_workspace

BLOCK = 500


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch):
    monkeypatch.setattr(ticker, "BLOCK_ROWS", BLOCK)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """xlsxwriter's own temporary files (constant-memory rows) go here, to be counted."""
    folder = tmp_path / "xlsxwriter-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def table(rows: int) -> pd.DataFrame:
    return pd.DataFrame(
        {"code": [f"{n % 290:04d}" for n in range(rows)], "value": np.arange(rows) / 10}
    )


class Canceller:
    """Says "cancel" from its ``after``-th question on; counts the questions."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.asked = 0

    def __call__(self) -> bool:
        self.asked += 1
        return self.asked > self.after


def test_progress_rises_over_all_sheets_every_block_and_ends_at_one(tmp_path):
    seen: list[float] = []
    sheets = [SheetSpec("A", table(3_000)), SheetSpec("B", table(2_000))]
    write_workbook(sheets, tmp_path / "p.xlsx", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0
    assert seen == sorted(seen) and all(0.0 <= f <= 1.0 for f in seen)
    # One report per block of 500 rows (6 + 4), not one per row, plus start and finish.
    assert len(seen) == 1 + 10 + 1
    # After sheet A's 3,000 of 5,000 rows: 60 % of the row-writing share.
    assert seen[6] == pytest.approx(0.6 * seen[10])
    assert 0.9 <= seen[10] < 1.0  # the rest is packing the file


def test_cancelling_keeps_the_earlier_file_and_leaves_nothing_behind(tmp_path, private_tmp):
    path = tmp_path / "report.xlsx"
    write_workbook([SheetSpec("Data", table(10))], path)
    before = path.read_bytes()
    cancel = Canceller(after=3)
    seen: list[float] = []
    with pytest.raises(ExportError) as error:
        write_workbook(
            [SheetSpec("Data", table(5_000))], path, progress=seen.append, cancelled=cancel
        )
    assert error.value.code == "export.cancelled"
    assert cancel.asked == 4  # stopped at the first "yes"
    assert seen and max(seen) < 0.5 and 1.0 not in seen
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["report.xlsx"]
    assert list(private_tmp.iterdir()) == []  # no row files of xlsxwriter left over
    assert load_workbook(path).worksheets[0]["A11"].value == "0009"


def test_a_cancel_while_the_file_is_packed_still_leaves_no_file(tmp_path):
    path = tmp_path / "late.xlsx"
    # Asked at the start, before each of the 2 blocks, before and after packing the file.
    cancel = Canceller(after=4)
    with pytest.raises(ExportError) as error:
        write_workbook([SheetSpec("Data", table(1_000))], path, cancelled=cancel)
    assert error.value.code == "export.cancelled" and cancel.asked == 5
    assert list(tmp_path.iterdir()) == []


def test_cancelled_before_the_start_writes_nothing(tmp_path):
    path = tmp_path / "never.xlsx"
    with pytest.raises(ExportError) as error:
        write_workbook([SheetSpec("Data", table(10))], path, cancelled=lambda: True)
    assert error.value.code == "export.cancelled"
    assert list(tmp_path.iterdir()) == []


def test_workspace_export_reports_progress_and_can_be_cancelled(tmp_path):
    workspace = load_workspace("demo")
    seen: list[float] = []
    export_workspace(workspace, tmp_path / "ok.xlsx", progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(ExportError) as error:
        export_workspace(workspace, tmp_path / "no.xlsx", cancelled=Canceller(after=1))
    assert error.value.code == "export.cancelled"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ok.xlsx"]


def test_csv_reports_progress_and_cancels_without_a_trace(tmp_path):
    path = tmp_path / "tidy.csv"
    seen: list[float] = []
    write_csv(table(2_200), path, "nordic", progress=seen.append)
    assert seen == [0.0, 500 / 2200, 1000 / 2200, 1500 / 2200, 2000 / 2200, 1.0]
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2_201 and lines[1] == "0000;0" and lines[-1] == "0169;219,9"
    before = path.read_bytes()
    with pytest.raises(ExportError) as error:
        write_csv(table(2_200), path, "nordic", cancelled=Canceller(after=2))
    assert error.value.code == "export.cancelled"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["tidy.csv"]
