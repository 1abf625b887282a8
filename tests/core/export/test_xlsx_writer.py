"""The xlsx writer: values come back as written, no formula ever, Excel's limits, atomic files."""

from __future__ import annotations

import functools
import math
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from digidesk.core.errors import ExportError
from digidesk.core.export import excel
from digidesk.core.export.excel import write_workbook
from digidesk.core.export.limits import MAX_CELL_CHARS, row_chunks, safe_sheet_name
from digidesk.core.export.sheets import observation_sheet
from digidesk.core.export.spec import SheetSpec

TRIGGERS = ["=1+1", "@SUM(A1:A2)", "-abc", "+46 8 123", '=HYPERLINK("x")', "\t=1", "-", ".."]
UNITS = {"P": "%", "N": "kr/inv"}
COLUMNS = ["indicator_id", "indicator", "area_id", "area", "period", "gender", "value", "status"]

codes = st.integers(0, 9999).map(lambda n: f"{n:04d}")
texts = st.one_of(
    st.sampled_from(TRIGGERS),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=300),
)
values = st.one_of(
    st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False),
    st.floats(0, 100).map(lambda v: round(v, 1)),
    st.just(math.nan),
)
rows = st.tuples(
    st.sampled_from(["P", "N"]), texts, codes, texts, values, st.sampled_from(["..", "-", "x", ":"])
)


def read_sheet(path: Path, sheet: str | None = None) -> list[list]:
    """Cell values, with percent-formatted numbers turned back into the published unit."""
    book = load_workbook(path, read_only=True)
    ws = book[sheet] if sheet else book.worksheets[0]
    out = []
    for row in ws.iter_rows():
        out.append(
            [
                c.value * 100
                if isinstance(c.value, float) and str(c.number_format).endswith("%")
                else c.value
                for c in row
            ]
        )
    book.close()
    return out


def frame_of(data: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "indicator_id": [r[0] for r in data],
            "indicator": [r[1] for r in data],
            "area_id": [r[2] for r in data],
            "area": [r[3] for r in data],
            "period": ["2024"] * len(data),
            "gender": ["T"] * len(data),
            "value": [r[4] for r in data],
            "status": [r[5] if math.isnan(r[4]) else "" for r in data],
        }
    )


# No shrinking: every example writes a workbook, and shrinking one took minutes.
@settings(
    max_examples=30,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(rows, min_size=1, max_size=25))
def test_round_trip_keeps_codes_numbers_markers_and_text(tmp_path, data):
    frame = frame_of(data)
    path = tmp_path / "round.xlsx"
    assert write_workbook([observation_sheet("Data", frame, UNITS)], path) == []
    back = read_sheet(path)
    assert back[0] == COLUMNS
    assert len(back) == len(frame) + 1
    for written, row in zip(frame.itertuples(index=False), back[1:], strict=True):
        cells = dict(zip(COLUMNS, row + [None] * (len(COLUMNS) - len(row)), strict=True))
        for name in ("indicator_id", "indicator", "area_id", "area", "status"):
            assert (cells[name] or "") == getattr(written, name), name
        assert isinstance(cells["area_id"], str)
        if math.isnan(written.value):
            assert cells["value"] is None and cells["status"] in ("..", "-", "x", ":")
        elif written.indicator_id == "P":
            assert math.isclose(cells["value"], written.value, rel_tol=1e-12, abs_tol=1e-12)
        else:
            assert cells["value"] == written.value  # exact


def test_percent_gets_fraction_and_percent_format_and_numbers_thousands(tmp_path):
    frame = frame_of(
        [
            ("P", "Andel", "0180", "Stockholm", 56.8, ""),
            ("N", "Kostnad", "0180", "Stockholm", 12345.25, ""),
        ]
    )
    path = tmp_path / "fmt.xlsx"
    write_workbook([observation_sheet("Data", frame, UNITS)], path)
    ws = load_workbook(path).worksheets[0]
    assert ws["G2"].value == pytest.approx(0.568) and ws["G2"].number_format == "0.0%"
    assert ws["G3"].value == 12345.25 and ws["G3"].number_format == "#,##0.00"
    assert ws["C2"].value == "0180" and ws["C2"].data_type == "s"
    assert ws.freeze_panes == "E2" and ws.auto_filter.ref == "A1:H3"
    assert ws["A1"].font.b


def test_no_sheet_contains_a_formula_and_risky_text_is_quote_prefixed(tmp_path):
    frame = pd.DataFrame({"text": TRIGGERS + ["=cmd|' /C calc'!A0", "\r=2", "\n@x"]})
    path = tmp_path / "evil.xlsx"
    write_workbook([SheetSpec("Evil", frame)], path)
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        assert sheets
        for name in sheets:
            assert not re.search(rb"<f[ >/]", archive.read(name)), name
    ws = load_workbook(path).worksheets[0]
    assert [ws.cell(r, 1).value for r in range(2, 2 + len(TRIGGERS))] == TRIGGERS
    assert ws["A2"].quotePrefix and not ws["A8"].quotePrefix  # "=1+1" vs the marker "-"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Folkmängd: 31/12 [SCB]?", "Folkmängd_ 31_12 _SCB__"),
        ("x" * 40, "x" * 31),
        ("'quoted'", "quoted"),
        ("", "Blad"),
        ("History", "History_"),
    ],
)
def test_sheet_names_are_legal(name, expected):
    assert safe_sheet_name(name, set()) == expected


def test_sheet_names_are_unique_ignoring_case_and_stay_short():
    taken: set[str] = set()
    names = [safe_sheet_name(n, taken) for n in ["Data", "DATA", "data", "y" * 40, "Y" * 40]]
    assert names[:3] == ["Data", "DATA (2)", "data (3)"]
    assert names[4] == "Y" * 27 + " (2)"
    assert all(len(n) <= 31 for n in names)


def test_long_tables_continue_on_numbered_sheets(tmp_path, monkeypatch):
    assert list(row_chunks("x", 7, max_rows=3)) == [(0, 3), (3, 6), (6, 7)]
    monkeypatch.setattr(excel, "row_chunks", functools.partial(row_chunks, max_rows=3))
    path = tmp_path / "split.xlsx"
    frame = pd.DataFrame({"code": [f"{n:04d}" for n in range(7)], "v": range(7)})
    warnings = write_workbook([SheetSpec("Data", frame)], path)
    assert [w.code for w in warnings] == ["export.sheet_split"]
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Data", "Data (2)", "Data (3)"]
    assert [r[0] for r in book["Data (3)"].iter_rows(values_only=True)] == ["code", "0006"]
    with pytest.raises(ExportError) as error:
        write_workbook([SheetSpec("Data", frame)], tmp_path / "no.xlsx", split=False)
    assert error.value.code == "export.too_many_rows" and error.value.params["rows"] == 7
    assert not (tmp_path / "no.xlsx").exists()


def test_too_many_columns_is_refused_before_writing(tmp_path):
    frame = pd.DataFrame(columns=[f"c{n}" for n in range(16_385)])
    with pytest.raises(ExportError) as error:
        write_workbook([SheetSpec("Wide", frame)], tmp_path / "wide.xlsx")
    assert error.value.code == "export.too_many_columns"
    assert list(tmp_path.iterdir()) == []


def test_too_long_text_is_cut_with_a_warning_or_refused(tmp_path):
    text = "å" * (MAX_CELL_CHARS + 10)
    frame = pd.DataFrame({"comment": [text, "kort"]})
    path = tmp_path / "long.xlsx"
    warnings = write_workbook([SheetSpec("Long", frame)], path)
    assert [(w.code, w.params["cell"]) for w in warnings] == [("export.cell_truncated", "A2")]
    assert len(load_workbook(path).worksheets[0]["A2"].value) == MAX_CELL_CHARS
    with pytest.raises(ExportError) as error:
        write_workbook([SheetSpec("Long", frame)], tmp_path / "r.xlsx", long_text="refuse")
    assert error.value.code == "export.cell_too_long"
    assert not (tmp_path / "r.xlsx").exists()


def test_failed_export_keeps_the_earlier_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "report.xlsx"
    write_workbook([SheetSpec("Data", pd.DataFrame({"a": ["first"]}))], path)
    before = path.read_bytes()

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel, "_write_rows", fail)
    with pytest.raises(OSError):
        write_workbook([SheetSpec("Data", pd.DataFrame({"a": ["second"]}))], path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_dates_and_object_numbers(tmp_path):
    frame = pd.DataFrame(
        {"day": pd.to_datetime(["2024-01-31", None]), "year": [2030, None], "flag": [True, False]}
    )
    path = tmp_path / "d.xlsx"
    write_workbook([SheetSpec("D", frame)], path)
    ws = load_workbook(path).worksheets[0]
    assert ws["A2"].is_date and ws["A2"].value.year == 2024 and ws["A3"].value is None
    assert ws["B2"].value == 2030 and ws["B3"].value is None
    assert ws["C2"].value == "True"
