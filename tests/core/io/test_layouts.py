"""Layouts in which an import once lost or misplaced figures, each on a file of its kind.

The files come from :mod:`make_layouts`; every test checks real values, codes,
periods, genders and markers, and that every row of figures arrived.
"""

from __future__ import annotations

import csv
import math
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from make_layouts import POPULATION, SKANE, SPACED, make_layout_corpus

from digidesk.core.io.pipeline import import_file

KEYS = ["indicator_id", "area_id", "period", "gender"]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_layout_corpus(tmp_path_factory.mktemp("layouts"))


def _tables(path: Path):
    return import_file(path, in_worker=False).tables


def _one(frame, **keys) -> tuple[float, str]:
    rows = frame
    for name, value in keys.items():
        rows = rows[rows[name].astype(str) == value]
    assert len(rows) == 1, rows
    return float(rows["value"].iloc[0]), str(rows["status"].iloc[0])


def _no_duplicates(frame) -> None:
    assert not frame.duplicated(KEYS).any()


def test_a_daily_series_keeps_the_first_of_the_month_a_day(files):
    table = _tables(files["daily_series"])[0]
    frame = table.result.observations
    periods = sorted(set(frame["period"].astype(str)))
    assert periods[0] == "2020-02-25" and periods[-1] == "2020-03-05" and len(periods) == 10
    assert "2020M03" not in periods
    assert _one(frame, indicator_id="Totalt_antal_fall", period="2020-03-01") == (15.0, "")
    assert _one(frame, area_id="12", period="2020-03-01") == (5.0, "")  # Skåne, a column
    assert len(frame) == 10 * 4  # every day of every column

    text = _tables(files["daily_text"])[0].result.observations
    assert _one(text, period="2021-02-01", area_id="1281") == (4.0, "")
    assert "2021M02" not in set(text["period"].astype(str))


def test_first_rows_with_a_marker_are_data_not_header(files):
    """A name, a value and a comment column: the first rows hold a value and "..", and the
    indicator is named by the header, never by a marker."""
    table = _tables(files["comment_column"])[0]
    assert (table.plan.header_first, table.plan.data_first) == (0, 1)
    frame = table.result.observations
    assert len(frame) == 7  # every kommun
    assert set(frame["indicator_id"].astype(str)) == {"Andel med e-legitimation (%)"}
    assert _one(frame, area_id="1280") == (81.5, "")
    value, status = _one(frame, area_id="1281")
    assert math.isnan(value) and status == ".."
    assert table.result.markers == {"..": 2}
    assert table.result.indicators[0].unit == "%"


def test_kolada_eos_export_of_one_kpi_keeps_its_aggregate_row(files):
    table = _tables(files["eos_single_kpi"])[0]
    assert table.plan.format_name == "Kolada (EOS-export)"
    frame = table.result.observations
    assert set(frame["indicator_id"].astype(str)) == {"Arbetslöshet, (%)"}
    assert set(frame["period"].astype(str)) == {"2010", "2011", "2012"}
    assert _one(frame, area_id="G2328", period="2010") == (5.2, "")  # Alla kommuner
    assert _one(frame, area_id="1280", period="2011") == (4.1, "")
    assert len(frame) == (1 + len(SKANE)) * 3
    _no_duplicates(frame)
    # One figure in the aggregate row: still data, not a header "2010 / 5.2".
    table = _tables(files["eos_single_value"])[0]
    assert (table.plan.header_last, table.plan.data_first) == (2, 3)
    assert [c.label for c in table.plan.columns_with("value")] == ["2010", "2011"]  # 2012 empty
    frame = table.result.observations
    assert set(frame["indicator_id"].astype(str)) == {"Arbetslöshet, (%)"}
    assert _one(frame, area_id="G2328", period="2010") == (5.2, "")
    assert len(frame) == (1 + len(SKANE)) * 2


def test_numbers_with_spaces_between_thousands_are_figures_not_code_and_name(files):
    table = _tables(files["space_thousands"])[0]
    assert [c.role for c in table.plan.columns] == ["area_name", "value"]
    frame = table.result.observations
    assert len(frame) == len(SPACED) and table.result.unmatched == []
    expected = {"Malmö": "1280", "Lund": "1281", "Stockholm": "0180"}
    for name, code in expected.items():
        figure = float(SPACED[name].replace(" ", ""))
        assert _one(frame, area_id=code) == (figure, "")


def test_county_code_and_name_describe_the_kommun(files):
    """A län code and a county name beside the kommun: neither a value nor in the title."""
    table = _tables(files["county_columns"])[0]
    frame = table.result.observations
    assert set(frame["indicator_id"].astype(str)) == {"Invånare"}
    assert len(frame) == 2 * len(SKANE)
    assert _one(frame, area_id="1280", period="2023") == (POPULATION["Malmö"], "")
    assert _one(frame, area_id="1490", period="2022") == (POPULATION["Borås"] - 1, "")
    roles = {c.label: c.role for c in table.plan.columns}
    assert roles["Länskod"] == "ignore" and roles["Län"] == "ignore"

    unlabelled = _tables(files["county_code_unlabelled"])[0]
    frame = unlabelled.result.observations
    assert set(frame["indicator_id"].astype(str)) == {"Invånare"}  # not "LK"
    assert _one(frame, area_id="1283") == (POPULATION["Helsingborg"], "")


def test_gender_in_column_headers_goes_to_the_gender_column(files):
    tables = {t.plan.sheet: t for t in _tables(files["gender_headers"])}
    years = tables["Kjønn og år"].result.observations
    assert len(years) == 4 * 6
    assert set(years["gender"].astype(str)) == {"M", "K", "T"}
    assert set(years["period"].astype(str)) == {"2022", "2023"}
    assert set(years["indicator_id"].astype(str)) == {"Kjønn og år"}
    assert _one(years, area_id="3002", period="2022", gender="K") == (2001.0, "")
    assert _one(years, area_id="0301", period="2023", gender="T") == (8005.0, "")

    ages = tables["Kjønn og alder"].result.observations
    assert len(ages) == 4 * 4
    assert set(ages["indicator_id"].astype(str)) == {"0-17 år", "18-66 år"}
    assert set(ages["period"].astype(str)) == {"2023"}  # from the title
    assert _one(ages, area_id="1563", indicator_id="18-66 år", gender="K") == (42.0, "")

    letters = tables["M og K"].result.observations
    assert set(letters["gender"].astype(str)) == {"M", "K"}
    assert set(letters["indicator_id"].astype(str)) == {"Sysselsatte"}
    assert _one(letters, area_id="3001", gender="K", period="2023") == (600.0, "")
    for frame in (years, ages, letters):
        _no_duplicates(frame)


def test_pxweb_two_level_header_with_block_labels(files):
    """Measure and year in two header rows, the region only on each block's first row, sex
    in a column of its own, a legend and a "Flow" row, metadata at the end."""
    from digidesk.core.io.pipeline import inspect_book, read_book

    plans = inspect_book(read_book(files["pxweb_two_level"], in_worker=False)).plans
    assert len(plans) == 1  # the legend and the metadata belong to the table
    assert "Källa: Statistiska centralbyrån" in plans[0].notes
    table = _tables(files["pxweb_two_level"])[0]
    frame = table.result.observations
    assert len(frame) == 3 * 2 * 4  # kommuner × genders × (measure, year)
    assert set(frame["indicator_id"].astype(str)) == {"Folkmängd", "Levande födda"}
    assert set(frame["gender"].astype(str)) == {"M", "K"}
    assert set(frame["area_id"].astype(str)) == {"0114", "0115", "0117"}
    assert _one(frame, indicator_id="Folkmängd", area_id="0115", period="2023", gender="K") == (
        24101.0,
        "",
    )
    value, status = _one(
        frame, indicator_id="Levande födda", area_id="0117", period="2023", gender="M"
    )
    assert math.isnan(value) and status == ".."
    assert table.result.markers == {"..": 3}
    assert any(note.startswith("..") for note in table.plan.notes)
    _no_duplicates(frame)


def test_kostra_nokkeltall_columns_are_areas(files):
    """One kommune beside its KOSTRA group, its fylke and the country without Oslo."""
    table = _tables(files["kostra_nokkeltall"])[0]
    assert table.dataset.country == "NO"
    frame = table.result.observations
    assert len(frame) == 3 * 5
    assert set(frame["area_id"].astype(str)) == {"1563", "EKG11", "15", "EAKUO"}
    school = "Netto driftsutgifter til grunnskole per innbygger 6-15 år (kr)"
    assert _one(frame, indicator_id=school, area_id="1563", period="2022") == (130001.0, "")
    assert _one(frame, indicator_id=school, area_id="EKG11", period="2023") == (128003.0, "")
    assert _one(frame, indicator_id=school, area_id="EAKUO", period="2023") == (121005.0, "")
    nursing = "Andel innbyggere 80 år og over som er beboere på sykehjem (prosent)"
    value, status = _one(frame, indicator_id=nursing, area_id="EKG11")
    assert math.isnan(value) and status == ".."
    assert "Prioritering" not in set(frame["indicator_id"].astype(str))
    assert table.result.unmatched == []
    _no_duplicates(frame)


def test_one_workbook_with_the_same_table_on_many_sheets(files, tmp_path):
    """One sheet per school form, the same title and columns on each: the sheet stays in
    the dataset's name and in the indicator, and the CSV says each row's dataset."""
    from digidesk.core.export.tidy import DATASET_COLUMN, TIDY_COLUMNS
    from digidesk.core.io.tidy_csv import read_tidy_csv

    result = import_file(files["many_sheets"], in_worker=False)
    forms = ["Grundskola", "Gymnasieskola", "Vuxenutbildning"]
    assert [t.dataset.name for t in result.tables] == [f"many_sheets: {f}" for f in forms]
    for k, (form, table) in enumerate(zip(forms, result.tables, strict=True)):
        frame = table.result.observations
        assert set(frame["indicator_id"].astype(str)) == {f"Andel (%) ({form})"}
        assert _one(frame, area_id="1280", period="2023") == (60.0 + 10 * k, "")
        assert len(frame) == len(SKANE)
    workspace = result.to_workspace()
    everything = [t.result.observations for t in result.tables]
    _no_duplicates(pd.concat(everything))

    out = tmp_path / "many.csv"
    done = subprocess.run(
        [sys.executable, "-m", "digidesk", "convert", str(files["many_sheets"]), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == (DATASET_COLUMN, *TIDY_COLUMNS)
    assert len(rows) - 1 == 3 * len(SKANE)
    assert {r[0] for r in rows[1:]} == {f"many_sheets: {f}" for f in forms}
    assert len({tuple(r[:6]) for r in rows[1:]}) == len(rows) - 1
    back = read_tidy_csv(out)
    assert [d.name for d in back.datasets] == [d.name for d in workspace.datasets]
    assert [len(d.observations) for d in back.datasets] == [len(SKANE)] * 3


def test_one_sheet_per_year_takes_the_year_from_the_sheet(files):
    tables = _tables(files["sheets_per_year"])
    assert [t.plan.sheet for t in tables] == ["2021", "2022", "2023"]
    for table in tables:
        frame = table.result.observations
        year = table.plan.sheet
        assert set(frame["period"].astype(str)) == {year}
        assert set(frame["indicator_id"].astype(str)) == {"Invånare"}
        assert _one(frame, area_id="1281") == (POPULATION["Lund"] + int(year), "")


def test_a_default_country_is_taken_only_where_the_areas_do_not_say(tmp_path):
    """Codes both registers know, under a header that names neither kommun nor kommune:
    the table's country is the user's default; a table that says keeps its own."""
    from digidesk.core.io.pipeline import import_book, inspect_book, read_book
    from digidesk.core.model.areas import default_register

    register = default_register()
    shared = sorted(
        {a.area_id for a in register.areas("SE", "municipality", on="2019-06-01")}
        & {a.area_id for a in register.areas("NO", "municipality", on="2019-06-01")}
    )[:6]
    assert len(shared) == 6  # four-digit codes collide between the countries
    unclear = tmp_path / "unclear.csv"
    unclear.write_text(
        "Område;Andel\n" + "".join(f"{c};{n},5\n" for n, c in enumerate(shared)), "utf-8"
    )
    book = read_book(unclear, in_worker=False)
    assert [p.country for p in inspect_book(book).plans] == [""]
    plans = inspect_book(book, default_country="NO").plans
    assert [p.country for p in plans] == ["NO"]
    dataset = import_book(book, plans).tables[0].dataset
    assert dataset.country == "NO"
    assert sorted(dataset.observations["area_id"].astype(str)) == shared

    clear = tmp_path / "clear.csv"
    clear.write_text("Kommun;Andel\nLidingö;1,5\nUmeå;2,5\nKiruna;3,5\n", "utf-8")
    plans = inspect_book(read_book(clear, in_worker=False), default_country="NO").plans
    assert [p.country for p in plans] == ["SE"]
