"""``digidesk strategy import|status`` and ``digidesk strategy-report``: fields, files, exit
codes, and one line on stderr for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest
from seed_strategy import SEED

from digidesk.strategy_cli import JSON_FIELDS


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digidesk", *args], capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def demo_status():
    result = run("strategy", "status", "demo", "--json", "--language", "sv")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_status_json_has_exactly_the_fields_of_the_issue(demo_status):
    assert len(demo_status) == 37
    assert all(tuple(record) == JSON_FIELDS for record in demo_status)
    assert JSON_FIELDS == ("id", "text", "due_year", "indicator_id", "area_id", "gender",
                           "baseline", "baseline_period", "target_value", "comparator",
                           "latest_value", "latest_period", "status", "reason")  # fmt: skip
    by_id = {r["id"]: r for r in demo_status}
    assert by_id["T01"]["status"] == "off_track"
    assert by_id["T01"]["reason"].replace("\u00a0", " ") == (
        "2022: 62 %, väg 85 %, trenden når 100 % år 2028 — efter måldatum."
    )
    assert (by_id["T04"]["latest_value"], by_id["T04"]["latest_period"]) == (93.0, "2022")
    kinds = {r["status"] for r in demo_status}
    assert kinds == {"achieved", "on_track", "at_risk", "off_track", "missed", "stale",
                     "no_data", "manual"}  # fmt: skip
    linked = [r for r in demo_status if r["indicator_id"]]
    assert len(linked) >= 10


def test_as_of_moves_the_follow_up():
    result = run("strategy", "status", "demo", "--as-of", "2024-06-01", "--json")
    records = {r["id"]: r for r in json.loads(result.stdout)}
    assert records["T25"]["status"] == "missed"  # due 2023
    later = run("strategy", "status", "demo", "--as-of", "2026-01-01", "--json")
    records = {r["id"]: r for r in json.loads(later.stdout)}
    assert records["T37"]["status"] == "stale"  # latest value 2022


def test_bad_input_gives_one_line_and_the_exit_code(tmp_path):
    bad_date = run("strategy", "status", "demo", "--as-of", "31/3/2023")
    assert bad_date.returncode == 2
    assert bad_date.stderr.strip().count("\n") == 0 and bad_date.stderr.startswith(
        "digidesk: demo:"
    )
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"\x00\x01\x02" * 1000)
    imported = run("strategy", "import", str(junk), "--output", str(tmp_path / "w.digidesk"))
    assert imported.returncode == 3
    assert imported.stderr.startswith(f"digidesk: {junk}:") and "Traceback" not in imported.stderr
    missing = run("strategy", "status", str(tmp_path / "none.digidesk"), "--json")
    assert missing.returncode == 3 and missing.stderr.count("\n") == 1
    wrong = run("strategy-report", "demo", str(tmp_path / "r.csv"))
    assert wrong.returncode == 3 and "xlsx" in wrong.stderr


def test_import_then_status_of_the_new_workspace(tmp_path):
    workspace = tmp_path / "strategi.digidesk"
    result = run("strategy", "import", str(SEED), "--output", str(workspace), "--name", "Ö-vik")
    assert result.returncode == 0, result.stderr
    assert "37" in result.stdout
    again = run("strategy", "import", str(SEED), "--output", str(workspace))
    assert again.returncode == 0
    status = run("strategy", "status", str(workspace), "--strategy", "Ö-vik", "--json")
    records = json.loads(status.stdout)
    assert len(records) == 37 and {r["status"] for r in records} == {"no_data"}
    second = run("strategy", "status", str(workspace), "--strategy", "2")
    assert second.returncode == 0 and "T37" in second.stdout
    unknown = run("strategy", "status", str(workspace), "--strategy", "Finns inte")
    assert unknown.returncode == 2


def test_the_report_as_workbook_and_pdf(tmp_path):
    xlsx, pdf = tmp_path / "rapport.xlsx", tmp_path / "rapport.pdf"
    result = run("strategy-report", "demo", str(xlsx), "--pdf", str(pdf), "--language", "sv")
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["Uppföljning", "Sammanfattning", "Värden", "Diagram"]
    sheet = book["Uppföljning"]
    headers = [c.value for c in sheet[4]]
    assert headers == ["Mål", "Utvecklingsområde", "Id", "Mätbar uppföljning", "Måldatum",
                       "Utgångsvärde", "Utgångsperiod", "Senaste värde", "Period", "Målvärde",
                       "Status", "Motivering", "Trend", "Kommentar"]  # fmt: skip
    rows = {r[2]: r for r in sheet.iter_rows(min_row=5, values_only=True) if r[2]}
    assert len(rows) == 37
    assert rows["T04"][10] == "✔ Uppnått" and rows["T04"][7] == pytest.approx(0.93)
    status_cell = next(c for c in sheet["K"] if c.value == "✔ Uppnått")
    assert status_cell.fill.fgColor.rgb.endswith("7DCEA0")
    assert sheet["A2"].value == "Örnsköldsvik · per 31 mars 2023"
    assert book["Sammanfattning"]._charts and book["Värden"]._charts
    assert len(book["Diagram"]._images) == 10  # a goal-progress chart per linked target
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 3
    for page in reader.pages:
        text = page.extract_text()
        assert "Örnsköldsvik" in text and "31 mars 2023" in text
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
    assert all("DejaVuSans" in str(name) for name in fonts)
