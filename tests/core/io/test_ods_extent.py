"""Repeated filled rows in an ODS are counted before the reader expands them."""

from __future__ import annotations

import pytest
from make_hostile import _ods, _ods_cell

from digidesk.core.errors import InputError
from digidesk.core.io.limits import DEFAULT_LIMITS
from digidesk.core.io.ods_extent import check_ods_cells
from digidesk.core.io.pipeline import import_file

ROW = "".join(_ods_cell(c) for c in ("Stockholm", "0180", 56.8))


def _table(rows: str) -> str:
    return f'<table:table table:name="Blad1">{rows}</table:table>'


def test_a_filled_row_repeated_two_billion_times_is_refused_at_once(tmp_path):
    path = tmp_path / "repeated.ods"
    _ods(path, _table(f'<table:table-row table:number-rows-repeated="2147483647">{ROW}'
                      "</table:table-row>"))  # fmt: skip
    with pytest.raises(InputError) as caught:
        check_ods_cells(path, DEFAULT_LIMITS)
    assert caught.value.code == "input.too_many_cells"
    with pytest.raises(InputError):
        import_file(path, in_worker=False)


def test_empty_repeated_rows_and_cells_cost_nothing(tmp_path):
    path = tmp_path / "tail.ods"
    header = "".join(_ods_cell(c) for c in ("Kommun", "Kod", "2020"))
    empty = (
        '<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    _ods(path, _table(f"<table:table-row>{header}</table:table-row>"
                      f"<table:table-row>{ROW}</table:table-row>{empty}"))  # fmt: skip
    assert check_ods_cells(path, DEFAULT_LIMITS) == 6
    result = import_file(path, in_worker=False)
    values = result.tables[0].dataset.observations["value"].tolist()
    assert values == [56.8]
