"""No cell, however odd, ends in anything but observations or a typed error.

Grids of cells mixing what real files hold (names, codes, years, dates, figures
in every notation, markers, gender words, free text) and what no file should
(NaN, infinities, huge integers, times, durations, control characters) go the
whole way: tables found, roles guessed, tidied, then written out as the tidy
CSV, the workbook and the workspace file.
"""

from __future__ import annotations

import datetime as dt
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digidesk.core import store
from digidesk.core.errors import DigiDeskError
from digidesk.core.export.csv import write_csv
from digidesk.core.export.excel import export_workspace
from digidesk.core.export.tidy import tidy_table
from digidesk.core.io.grid import RawBook, RawSheet
from digidesk.core.io.pipeline import import_book, inspect_book
from digidesk.core.io.plan import ROLES

_TEXTS = [
    "Kommun", "Län", "År", "Värde", "Kön", "Kvinnor", "Män", "Menn", "Kvinner", "Begge kjønn",
    "Totalt", "Ale", "Lidingö stad", "0180 Stockholm", "0301 Oslo", "Riket", "Landet",
    "Alla kommuner (ovägt medel)", "Kostragruppe 11", "Halden (-2019)", "uppgift saknas",
    "Uppgift saknas", "2020", "2020M03", "2020-02-29", "2020V53", "2019/20", "Q5 2020",
    "1 234,5", "56,8 %", "−3,2", "123 456", "1,234.5", "..", "-", "x", "<15", ":", ".", "Flow",
    "Källa: SCB", "G2328", "N00945", "EAK", "0000", "12", "1280", "kr/inv", "", " ", "\t",
    "=SUM(A1)", "@x", "a" * 300, "\u00a0", "\u202f", "\x00", "1e999", "0114", "114",
]  # fmt: skip
_CELLS = st.one_of(
    st.sampled_from(_TEXTS),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([2019.0, 2020.0, 180.0, 0.568, -29.0, 1e308]),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
    st.dates(),
    st.sampled_from([dt.datetime(2020, 3, 1), dt.datetime(2020, 3, 2), dt.time(12, 30)]),
    st.sampled_from([dt.timedelta(days=3), dt.timedelta(0)]),
    # Readers decode with replacement, so no lone surrogate reaches a cell.
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),
)
_ROWS = st.lists(st.lists(_CELLS, min_size=0, max_size=7), min_size=1, max_size=14)


def _book(sheets: list[list[list[object]]]) -> RawBook:
    width = max((len(r) for rows in sheets for r in rows), default=0)
    return RawBook(
        path="fuzz.xlsx",
        kind="xlsx",
        sheets=[
            RawSheet(f"Blad{n}", [list(r) + [""] * (width - len(r)) for r in rows])
            for n, rows in enumerate(sheets, start=1)
        ],
    )


def _all_the_way(book: RawBook, folder: Path, write_files: bool) -> None:
    try:
        plans = inspect_book(book).plans
        result = import_book(book, plans)
    except DigiDeskError:
        return
    workspace = result.to_workspace()
    for dataset in workspace.datasets:
        values = dataset.observations["value"].to_numpy(dtype=float)
        assert not any(math.isinf(v) for v in values)
    table = tidy_table(workspace)
    assert len(table) == sum(len(d.observations) for d in workspace.datasets)
    if write_files:
        try:
            write_csv(table, folder / "out.csv", "nordic")
            export_workspace(workspace, folder / "out.xlsx")
            store.save(workspace, folder / "out.digidesk")
        except DigiDeskError:
            pass


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(sheets=st.lists(_ROWS, min_size=1, max_size=3))
def test_any_grid_imports_or_says_why(sheets):
    with tempfile.TemporaryDirectory() as folder:
        _all_the_way(_book(sheets), Path(folder), write_files=False)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=_ROWS)
def test_any_imported_grid_can_be_exported(rows):
    with tempfile.TemporaryDirectory() as folder:
        _all_the_way(_book([rows]), Path(folder), write_files=True)


@pytest.mark.parametrize(
    "cell", ["uppgift saknas", "Uppgift saknas", "okänt", "2020-13-45", "..", dt.time(1, 2)]
)
def test_a_text_where_a_date_should_be_exports(tmp_path, cell):
    """FoHM's daily sheet ends with "uppgift saknas" in its date column: the deaths of
    unknown date are kept, under that text, and the workspace exports."""
    rows = [
        ["Datum_avliden", "Antal_avlidna"],
        [dt.datetime(2020, 3, 11), 1],
        [dt.datetime(2020, 3, 12), 2],
        [dt.datetime(2020, 3, 13), 4],
        [cell, 7],
    ]
    book = _book([rows])
    result = import_book(book, inspect_book(book).plans)
    frame = result.tables[0].result.observations
    assert len(frame) == 4 and frame["value"].sum() == 14.0
    workspace = result.to_workspace()
    export_workspace(workspace, tmp_path / "out.xlsx")
    write_csv(tidy_table(workspace), tmp_path / "out.csv")
    assert "2020-03-11" in (tmp_path / "out.csv").read_text("utf-8")


def test_area_lookups_on_a_period_that_names_no_date():
    from digidesk.core.model.areas import default_register

    register = default_register()
    assert register.get("0180", "SE", on="uppgift saknas").name == "Stockholm"
    assert register.match_name("Oslo", "NO", on="okänd") is not None
    assert register.areas("SE", "county", on="") == register.areas("SE", "county")


_WIZARD_GRID = [
    ["Kommunkod", "Kommun", "År", "Vecka", "Kön", "Värde", "Andel", "Kommentar"],
    ["0180", "Stockholm", 2020.0, 7.0, "Kvinnor", 12.5, "56,8 %", "ny"],
    ["0114", "Upplands Väsby", "2021", "53", "Män", "..", "x", ""],
    ["", "Riket", dt.datetime(2020, 3, 1), "", "T", 1e308, "-", "=SUM(A1)"],
    ["1280", "", "uppgift saknas", "1", "", "", "1 234,5", "Källa: SCB"],
]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(roles=st.lists(st.sampled_from(ROLES), min_size=8, max_size=8))
def test_any_roles_the_user_chooses_import_or_say_why(roles):
    """In the import wizard every column can be given any role."""
    book = _book([_WIZARD_GRID])
    plan = inspect_book(book).plans[0]
    for column, role in zip(plan.columns, roles, strict=False):
        plan = plan.with_role(column.index, role)
    try:
        result = import_book(book, [plan])
    except DigiDeskError:
        return
    workspace = result.to_workspace()
    assert len(tidy_table(workspace)) == len(result.tables[0].result.observations)
