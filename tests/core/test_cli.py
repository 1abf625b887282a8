from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from digidesk.core.export.tidy import DATASET_COLUMN, TIDY_COLUMNS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digidesk", *args], capture_output=True, text=True, timeout=120
    )


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("DigiDesk ")


def test_convert_csv_digidesk_csv_round_trips_exactly(tmp_path):
    first, workspace, second = tmp_path / "a.csv", tmp_path / "a.digidesk", tmp_path / "b.csv"
    assert run("convert", "demo", str(first)).returncode == 0
    assert run("convert", str(first), str(workspace)).returncode == 0
    assert run("convert", str(workspace), str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    with open(first, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    # Several datasets: each row says which one it is from (Swedish and Norwegian codes
    # overlap: 1860 is Laxå and Vestvågøy).
    assert tuple(rows[0]) == (DATASET_COLUMN, *TIDY_COLUMNS)
    roads = "Vegnett per kommune 2024 (NVDB, KOSTRA)"
    laxa = {(r[4], r[0]) for r in rows[1:] if r[3] == "1860"}
    assert ("Vestvågøy", roads) in laxa and ("Laxå", roads) not in laxa
    oslo = [r[1:] for r in rows if r[3] == "0301" and r[1] == "DIGDIR-POSTKASSE"]
    assert oslo and oslo[0][6] == "56.8" and oslo[0][3].startswith("Oslo")


def test_convert_nordic_dialect(tmp_path):
    out = tmp_path / "nordic.csv"
    assert run("convert", "demo", str(out), "--dialect", "nordic").returncode == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == ";".join((DATASET_COLUMN, *TIDY_COLUMNS))
    assert ";56,8;" in text
    back = tmp_path / "back.digidesk"
    assert run("convert", str(out), str(back)).returncode == 0


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02garbage", b"a,b\nx,y\n", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_bad_input_exits_3_with_one_line(tmp_path, content):
    bad = tmp_path / "bad.digidesk"
    bad.write_bytes(content)
    result = run("convert", str(bad), str(tmp_path / "out.csv"))
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"digidesk: {bad}: ")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.csv").exists()


def test_missing_input_and_bad_output(tmp_path):
    result = run("convert", str(tmp_path / "nope.csv"), str(tmp_path / "out.csv"))
    assert result.returncode == 3 and "Traceback" not in result.stderr
    result = run("convert", "demo", str(tmp_path / "out.pdf"))
    assert result.returncode == 3
    result = run("convert", "demo", str(tmp_path / "missing" / "out.csv"))
    assert result.returncode == 3 and "Traceback" not in result.stderr


def test_usage_errors_exit_2():
    assert run("convert").returncode == 2
    assert run("inspect").returncode == 2


def test_inspect_json(tmp_path):
    import json

    result = run("inspect", "demo", "--json")
    assert result.returncode == 0
    summary = json.loads(result.stdout)
    digdir = next(d for d in summary["datasets"] if d["dataset_id"] == "digdir")
    assert digdir["country"] == "NO" and digdir["observations"] >= 15
    assert summary["strategies"][0]["targets"] == 37
    assert summary["awards"][0]["nominees"] == 5


def test_convert_to_xlsx_keeps_codes_as_text(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "demo.xlsx"
    assert run("convert", "demo", str(out)).returncode == 0
    book = load_workbook(out, read_only=True)
    sheet = book[book.sheetnames[0]]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == TIDY_COLUMNS
    codes = [r[2] for r in rows[1:]]
    assert all(isinstance(c, str) and len(c) in (2, 3, 4) for c in codes)
    assert "0301" in codes
    assert "Om" in book.sheetnames


def test_tidy_csv_with_formula_text_is_escaped_and_restored(tmp_path):
    source = tmp_path / "evil.csv"
    source.write_text(
        ",".join(TIDY_COLUMNS) + "\n"
        '=HYPERLINK("x"),@SUM(1),0180,\'=quoted,2020,T,1.5,\n'
        "N1,-title,0180,Stockholm,2020,T,,-\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert run("convert", str(source), str(tmp_path / "w.digidesk")).returncode == 0
    assert run("convert", str(tmp_path / "w.digidesk"), str(out)).returncode == 0
    written = out.read_text("utf-8")
    assert "'=HYPERLINK" in written and "'@SUM(1)" in written and ",'-title," in written
    assert ",'=quoted," in written and written.rstrip().endswith(",-")
    again = tmp_path / "again.csv"
    assert run("convert", str(out), str(tmp_path / "w2.digidesk")).returncode == 0
    assert run("convert", str(tmp_path / "w2.digidesk"), str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()


def test_version_matches_pyproject():
    import tomllib

    import digidesk

    data = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert data["project"]["version"] == digidesk.__version__


def test_inspect_prints_the_import_plan_of_a_spreadsheet(shared):
    import json

    path = shared / "corpus" / "real" / "kostra_vegnett_kommune_2024.xlsx"
    result = run("inspect", str(path), "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["format"] == "xlsx"
    table = next(t for t in summary["tables"] if t["sheet"] == "Tabell kommuner")
    assert table["header_rows"] == [1, 1] and table["data_rows"] == [2, 358]
    roles = {c["label"]: c["role"] for c in table["columns"]}
    assert roles["kommune"] == "area_code" and roles["E"] == "value"
    assert table["areas_matched"] == 357 and table["unmatched"] == []


def test_inspect_one_sheet_and_a_missing_sheet(shared):
    import json

    path = shared / "corpus" / "real" / "kostra_vegnett_kommune_2024.xlsx"
    one = json.loads(run("inspect", str(path), "--sheet", "radvis per kommune", "--json").stdout)
    assert [t["sheet"] for t in one["tables"]] == ["radvis per kommune"]
    missing = run("inspect", str(path), "--sheet", "Finns inte")
    assert missing.returncode == 3 and "Finns inte" in missing.stderr


def test_a_fault_of_digidesk_is_one_line_not_a_traceback(monkeypatch, capsys):
    from digidesk import cli
    from digidesk.core import loader

    def broken(_spec):
        raise RuntimeError("a bug")

    monkeypatch.setattr(loader, "load_workspace", broken)
    assert cli.main(["convert", "demo", "out.csv"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("language", "sentence"),
    [("sv", "Filen finns inte."), ("nb", "Filen finnes ikke."), ("en", "The file does not exist.")],
)
def test_every_command_says_what_went_wrong_in_the_language_asked(tmp_path, language, sentence):
    missing = str(tmp_path / "saknas.xlsx")
    for args in (
        ("convert", missing, str(tmp_path / "out.csv")),
        ("inspect", missing),
        ("compare", missing, "--areas", "0186", "--json"),
    ):
        result = run(*args, "--language", language)
        assert result.returncode == 3, args
        assert result.stderr.strip() == f"digidesk: {missing}: {sentence}", args
