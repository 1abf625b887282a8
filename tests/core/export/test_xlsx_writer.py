"""The xlsx writer: values come back as written, no formula ever, Excel's limits, atomic files."""

from __future__ import annotations

import datetime as dt
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
from digidesk.core.export.tidy import TIDY_COLUMNS
from digidesk.core.io.readers import read_book

TRIGGERS = ["=1+1", "@SUM(A1:A2)", "-abc", "+46 8 123", '=HYPERLINK("x")', "\t=1", "-", ".."]
UNITS = {"P": "%", "N": "kr/inv"}
COLUMNS = [*TIDY_COLUMNS, "published"]  # the tidy table and a date column

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
# Excel's dates start in 1900; an earlier date is written as ISO text (tested below).
dates = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(9999, 12, 31)))
rows = st.tuples(
    st.sampled_from(["P", "N"]),
    texts,
    codes,
    texts,
    values,
    st.sampled_from(["..", "-", "x", ":"]),
    dates,
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
    """The tidy table of ``data``, with a "published" date column when rows carry one."""
    frame = pd.DataFrame(
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
    if data and len(data[0]) > 6:
        frame["published"] = pd.Series([r[6] for r in data], dtype=object)
    return frame


def as_date(value: object) -> object:
    """Readers give a date cell as a datetime (openpyxl) or a date (calamine): compare days."""
    return value.date() if isinstance(value, dt.datetime) else value


# No shrinking: every example writes a workbook, and shrinking one took minutes.
@settings(
    max_examples=30,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(rows, min_size=1, max_size=25))
@pytest.mark.parametrize("streamed", [False, True], ids=["in memory", "streamed"])
def test_round_trip_keeps_codes_numbers_markers_and_text(tmp_path, monkeypatch, streamed, data):
    # Small workbooks are kept in memory, big ones streamed: both must round-trip.
    monkeypatch.setattr(excel, "IN_MEMORY_CELLS", 0 if streamed else 10**9)
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
        assert as_date(cells["published"]) == written.published
    # DigiDesk's own reader (calamine) gets the same dates and codes back.
    grid = read_book(path).sheets[0].rows
    assert grid[0][: len(COLUMNS)] == COLUMNS
    published = COLUMNS.index("published")
    for written, row in zip(frame.itertuples(index=False), grid[1:], strict=False):
        cell = row[published] if published < len(row) else ""
        assert as_date(cell) == (written.published if written.published else ""), cell
        assert row[COLUMNS.index("area_id")] == written.area_id


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
        ("Folkmängd: 31/12 [SCB]?", "Folkmängd - 31-12 (SCB)"),
        ("x" * 40, "x" * 30 + "…"),
        ("kolada_eos_export_multi_kpi: Värde", "kolada eos export multi … Värde"),
        ("kolada_eos_export_multi_kpi: Andel (%)", "kolada eos export … Andel (%)"),
        ("Kolada: Nyckeltal per kommun och år 2010–2023", "Kolada - Nyckeltal per kommun…"),
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
    assert names[4] == "Y" * 26 + "… (2)"
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


def test_dates_are_real_dates_times_keep_their_time_and_early_dates_stay_text(tmp_path):
    frame = pd.DataFrame(
        {
            "decided": pd.Series([dt.date(2024, 3, 1), None, dt.date(1899, 12, 31)], dtype=object),
            "updated": pd.to_datetime(["2024-05-01 13:30", None, "2024-05-02 00:00"]).tz_localize(
                "Europe/Stockholm"
            ),
        }
    )
    path = tmp_path / "dates.xlsx"
    write_workbook([SheetSpec("D", frame)], path)
    ws = load_workbook(path).worksheets[0]
    assert ws["A2"].is_date and ws["A2"].number_format == "yyyy-mm-dd"
    assert ws["A2"].value == dt.datetime(2024, 3, 1) and ws["A3"].value is None
    # Excel has no dates before 1900: the date is kept, as ISO text.
    assert ws["A4"].value == "1899-12-31" and ws["A4"].data_type == "s"
    # The wall-clock time as in the source, shown with its time.
    assert ws["B2"].value == dt.datetime(2024, 5, 1, 13, 30)
    assert ws["B2"].number_format == "yyyy-mm-dd hh:mm:ss"
    grid = read_book(path).sheets[0].rows
    assert grid[1][0] == dt.date(2024, 3, 1) and grid[2][0] == ""


def test_text_columns_of_mixed_values_are_written_as_their_text(tmp_path):
    values = [1, True, "1", None, math.nan, pd.NA, 2.5, "=1+1", "", "x"]
    frame = pd.DataFrame({"mixed": pd.Series(values, dtype=object)})
    path = tmp_path / "mixed.xlsx"
    write_workbook([SheetSpec("M", frame, kinds={"mixed": "text"}, wrap=("mixed",))], path)
    ws = load_workbook(path).worksheets[0]
    cells = [ws.cell(r, 1) for r in range(2, 2 + len(values))]
    assert [c.value for c in cells] == [
        "1",
        "True",
        "1",
        None,
        None,
        None,
        "2.5",
        "=1+1",
        None,
        "x",
    ]
    assert all(c.data_type == "s" for c in cells if c.value is not None)
    formula = cells[7]
    assert formula.quotePrefix and formula.alignment.wrap_text  # safe and still wrapped
    assert not cells[9].quotePrefix and cells[9].alignment.wrap_text


def test_a_sheet_named_with_emoji_writes(tmp_path):
    from digidesk.core.export.excel import write_workbook
    from digidesk.core.export.spec import SheetSpec

    name = "Digitala tjänster 📱 och 🧑‍💻 i kommunerna 2024: Värde"
    assert len(safe_sheet_name(name, set()).encode("utf-16-le")) // 2 <= 31
    write_workbook([SheetSpec(name, pd.DataFrame({"a": [1.0]}))], tmp_path / "e.xlsx")
    assert (tmp_path / "e.xlsx").stat().st_size > 0
