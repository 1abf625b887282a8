"""``digidesk convert`` of a spreadsheet: imported, tidied and written in the reader process."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import openpyxl


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digidesk", *args], capture_output=True, text=True, timeout=120
    )


def _kolada(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Kolada"
    sheet.append(["kpi", "municipality_id", "period", "gender", "value"])
    for code, value in (("0114", 12.5), ("0180", 30.0), ("1440", 7.25)):
        sheet.append(["N00945", code, 2023, "T", value])
    workbook.save(path)


def test_about_sheet_has_the_source_files_digest_and_import_time(tmp_path: Path) -> None:
    source, out = tmp_path / "kolada.xlsx", tmp_path / "out.xlsx"
    _kolada(source)
    result = run("convert", str(source), str(out))
    assert result.returncode == 0, result.stderr
    about = openpyxl.load_workbook(out, read_only=True)["Om"]
    rows = [list(r) for r in about.iter_rows(values_only=True)]
    header = next(r for r in rows if r and r[0] == "dataset")
    line = dict(zip(header, rows[rows.index(header) + 1], strict=False))
    assert line["file_name"] == "kolada.xlsx"
    assert line["sha256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert str(line["imported_at"])[:2] == "20" and "T" in str(line["imported_at"])
    data = openpyxl.load_workbook(out, read_only=True).worksheets[0]
    values = [list(r) for r in data.iter_rows(values_only=True)]
    assert [r[2] for r in values[1:]] == ["0114", "0180", "1440"]  # codes stay text
    assert [r[6] for r in values[1:]] == [12.5, 30.0, 7.25]


def test_a_spreadsheet_to_csv_and_digidesk(tmp_path: Path) -> None:
    source = tmp_path / "kolada.xlsx"
    _kolada(source)
    assert run("convert", str(source), str(tmp_path / "out.csv")).returncode == 0
    lines = (tmp_path / "out.csv").read_text("utf-8").splitlines()
    assert lines[1].startswith("N00945,N00945,0114,Upplands Väsby,2023,T,12.5,")
    assert run("convert", str(source), str(tmp_path / "out.digidesk")).returncode == 0
    back = run("convert", str(tmp_path / "out.digidesk"), str(tmp_path / "back.csv"))
    assert back.returncode == 0
    assert (tmp_path / "back.csv").read_text("utf-8").splitlines()[1:] == lines[1:]


def test_an_unwritable_output_is_an_export_error(tmp_path: Path) -> None:
    source = tmp_path / "kolada.xlsx"
    _kolada(source)
    result = run("convert", str(source), str(tmp_path / "no such folder" / "out.csv"))
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("digidesk: ")
    assert "Traceback" not in result.stderr
