"""The default limits are frozen, and every size limit holds exactly at its boundary.

Each limit is tested with a file whose measured size is limit - 1 (read) and
limit + 1 (refused), using small custom limits so the files stay tiny.
"""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import openpyxl
import pytest
from make_hostile import sheet_xml, write_minimal_xlsx

from digidesk.core.errors import InputError
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.readers import read_book
from digidesk.core.io.sniff import sniff

MiB = 1024 * 1024


def test_default_limits_are_frozen() -> None:
    assert dataclasses.asdict(DEFAULT_LIMITS) == {
        "max_file_bytes": 512 * MiB,
        "max_member_bytes": 256 * MiB,
        "max_total_inflated_bytes": 1024 * MiB,
        "max_cells": 20_000_000,
        "max_columns": 16_384,
        "max_grid_cells": 50_000_000,
        "reader_memory_bytes": 3 * 1024 * MiB,
        "reader_seconds": 120.0,
    }
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_LIMITS.max_cells = 1  # type: ignore[misc]


def _code(call, *args, **kwargs) -> str:
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value.code


def test_file_size(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"Kommun;V\xe4rde\r\nAle;1\r\n" * 10)
    size = path.stat().st_size
    assert sniff(path, Limits(max_file_bytes=size + 1)) == "csv"
    assert sniff(path, Limits(max_file_bytes=size)) == "csv"
    with pytest.raises(InputError) as caught:
        sniff(path, Limits(max_file_bytes=size - 1))
    assert caught.value.code == "input.too_large"
    assert caught.value.params["limit"] == size - 1


def _sheet_of(rows: int) -> bytes:
    body = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Kommun {r}</t></is></c>'
        f'<c r="B{r}"><v>{r * 1.25}</v></c></row>'
        for r in range(1, rows + 1)
    )
    return sheet_xml(body, f"A1:B{rows}")


def _member_sizes(path: Path, name: str = "xl/worksheets/sheet1.xml") -> tuple[int, int, int]:
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        total = sum(len(archive.read(i)) for i in infos)
        return len(archive.read(name)), archive.getinfo(name).compress_size, total


def test_member_size_counts_inflated_bytes(tmp_path: Path) -> None:
    path = tmp_path / "member.xlsx"
    sheet = _sheet_of(2000)
    write_minimal_xlsx(path, sheet)
    actual = len(sheet)
    assert sniff(path, Limits(max_member_bytes=actual + 1)) == "xlsx"
    assert _code(sniff, path, Limits(max_member_bytes=actual - 1)) == "input.zip_bomb"


def test_member_that_inflates_past_its_declared_size(tmp_path: Path) -> None:
    # A lying header says 100 bytes: what is inflated counts, and past the declared size
    # the member is refused at once, however generous the limits.
    path = tmp_path / "member.xlsx"
    sheet = _sheet_of(2000)
    write_minimal_xlsx(path, sheet, declared_size=100)
    assert _code(sniff, path, Limits(max_member_bytes=len(sheet) * 10)) == "input.zip_bomb"


def test_total_inflated_bytes(tmp_path: Path) -> None:
    path = tmp_path / "total.xlsx"
    write_minimal_xlsx(path, _sheet_of(500))
    _, _, total = _member_sizes(path)
    assert sniff(path, Limits(max_total_inflated_bytes=total + 1)) == "xlsx"
    assert _code(sniff, path, Limits(max_total_inflated_bytes=total - 1)) == "input.zip_bomb"


def test_compression_ratio_alone_refuses_nothing(tmp_path: Path) -> None:
    # Styled rows without references compress about 340 to 1; the sheet is small once
    # inflated, so only the byte limits apply.
    styled = '<row s="1" customFormat="1"><c s="1"/><c s="1"/></row>' * 100_000
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>Kommun</t></is></c></row>' + styled
    path = tmp_path / "ratio.xlsx"
    write_minimal_xlsx(path, sheet_xml(body, "A1:B100001"))
    inflated, compressed, _ = _member_sizes(path)
    assert inflated > 200 * compressed
    assert sniff(path) == "xlsx"
    assert _code(sniff, path, Limits(max_member_bytes=inflated - 1)) == "input.zip_bomb"


@pytest.fixture
def two_sheets(tmp_path: Path) -> Path:
    """Sheet A: 3 rows x 4 columns, every cell filled; sheet B: 5 filled cells, 7 wide."""
    wb = openpyxl.Workbook()
    a = wb.active
    a.title = "A"
    for r in range(3):
        a.append([f"r{r}c{c}" for c in range(4)])
    b = wb.create_sheet("B")
    b.append(["x", None, None, None, None, None, "y"])
    b.append([1, 2, 3])
    wb.save(tmp_path / "two.xlsx")
    return tmp_path / "two.xlsx"


def test_filled_cells_over_all_sheets(two_sheets: Path) -> None:
    filled = 12 + 5
    book = read_book(two_sheets, Limits(max_cells=filled + 1))
    assert [s.n_cols for s in book.sheets] == [4, 7]
    assert read_book(two_sheets, Limits(max_cells=filled)).sheets[1].rows[1][:3] == [1, 2, 3]
    with pytest.raises(InputError) as caught:
        read_book(two_sheets, Limits(max_cells=filled - 1))
    assert caught.value.code == "input.too_many_cells"
    assert caught.value.params["limit"] == filled - 1


def test_columns_in_one_sheet(two_sheets: Path) -> None:
    widest = 7
    assert read_book(two_sheets, Limits(max_columns=widest + 1)).sheets[1].rows[0][6] == "y"
    with pytest.raises(InputError) as caught:
        read_book(two_sheets, Limits(max_columns=widest - 1))
    assert caught.value.code == "input.too_many_columns"
    assert caught.value.params["sheet"] == "B"
