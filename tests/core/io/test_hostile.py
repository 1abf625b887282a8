"""Every hostile or awkward file ends in a correct read or the right typed error, quickly.

Files that reach the native reader go through the worker process, so an abort
fails one test instead of killing pytest. Timings are generous hang guards only.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from make_hostile import EXTENT_AREAS, EXTENT_ROWS, extent_value, make_hostile_corpus

from digidesk.core.errors import InputError
from digidesk.core.io.grid import MergedRange, RawBook
from digidesk.core.io.pipeline import import_file
from digidesk.core.io.readers import read_book
from digidesk.core.io.sniff import sniff
from digidesk.core.io.worker import read_in_worker


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_hostile_corpus(tmp_path_factory.mktemp("hostile"))


def _error_code(call, *args, **kwargs) -> tuple[str, dict, float]:
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value.code, caught.value.params, time.perf_counter() - started


def _timed_read(call, *args, **kwargs) -> tuple[RawBook, float]:
    started = time.perf_counter()
    book = call(*args, **kwargs)
    return book, time.perf_counter() - started


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("empty", "input.empty"),
        ("random", "input.not_spreadsheet"),
        ("pdf", "input.not_spreadsheet"),
        ("docx", "input.not_spreadsheet"),
        ("doc", "input.not_spreadsheet"),
        ("truncated", "input.truncated"),
        ("zip_bomb", "input.zip_bomb"),
        ("zip_bomb_lying", "input.zip_bomb"),
        ("billion_laughs", "input.unsafe_xml"),
        ("xxe", "input.unsafe_xml"),
        ("encrypted", "input.encrypted"),
        ("xls_encrypted", "input.encrypted"),
    ],
)
def test_rejected_by_sniff_and_by_read_book(corpus: dict[str, Path], key: str, code: str) -> None:
    path = corpus[key]
    got, params, elapsed = _error_code(sniff, path)
    assert got == code
    assert params["path"] == str(path)
    assert elapsed < 1
    # read_book sniffs first, so the native reader never sees these files.
    assert _error_code(read_book, path)[0] == code


def test_unsafe_xml_names_the_part(corpus: dict[str, Path]) -> None:
    assert _error_code(sniff, corpus["billion_laughs"])[1]["member"] == "xl/sharedStrings.xml"
    assert _error_code(sniff, corpus["xxe"])[1]["member"] == "xl/worksheets/sheet1.xml"


@pytest.mark.parametrize(
    ("key", "kind"),
    [
        ("xls_as_xlsx", "xls"),
        ("xlsx_as_csv", "xlsx"),
        ("xls", "xls"),
        ("ods_repeated", "ods"),
        ("plain", "xlsx"),
        ("csv_cp1252", "csv"),
        ("csv_utf8_bom", "csv"),
        ("tsv_utf16", "csv"),
        ("csv_wide", "csv"),
        ("csv_duplicate_headers", "csv"),
    ],
)
def test_sniffed_by_content_not_extension(corpus: dict[str, Path], key: str, kind: str) -> None:
    assert sniff(corpus[key]) == kind


def test_renamed_files_are_read_as_what_they_are(corpus: dict[str, Path]) -> None:
    xls = read_book(corpus["xls_as_xlsx"])
    assert xls.kind == "xls"
    assert xls.sheets[0].rows == [["Kommun", "Värde"], ["Ale", 3232.0], ["Åre", 12.5]]
    xlsx = read_book(corpus["xlsx_as_csv"])
    assert xlsx.kind == "xlsx"
    assert xlsx.sheets[0].rows[2] == ["K1", 1.5]
    assert xlsx.sheets[0].n_rows == 2001


def test_huge_declared_dimension_reads_two_cells(corpus: dict[str, Path]) -> None:
    book, elapsed = _timed_read(read_in_worker, corpus["huge_dimension"])
    assert book.sheets[0].rows == [["Kommun", ""], ["", 42.5]]
    assert elapsed < 5


def test_formatted_rows_to_a_million_give_five_rows(corpus: dict[str, Path]) -> None:
    book, elapsed = _timed_read(read_in_worker, corpus["formatted_rows"])
    rows = book.sheets[0].rows
    assert len(rows) == 5
    assert rows[0] == ["Kommun", "Värde"]
    assert rows[4] == ["K5", 5.0]
    assert elapsed < 5


@pytest.mark.parametrize("key", ["declared_extent", "formatted_extent", "formatted_unnumbered"])
def test_declared_or_formatted_extent_is_not_content(corpus: dict[str, Path], key: str) -> None:
    # A dimension of XFD1048576, formatting to row 1,000,000, styled rows that compress 300
    # to 1: the file holds 450 filled cells, and all its figures are imported.
    result = import_file(corpus[key])
    assert len(result.tables) == 1
    frame = result.tables[0].dataset.observations
    assert len(frame) == EXTENT_ROWS
    codes = dict(EXTENT_AREAS)
    for i in (0, 1, 77, EXTENT_ROWS - 1):
        area, code = EXTENT_AREAS[i % len(EXTENT_AREAS)]
        year = str(1994 + i // len(EXTENT_AREAS))
        row = frame[(frame["area_id"] == code) & (frame["period"] == year)]
        assert row["value"].tolist() == [pytest.approx(extent_value(i))], (area, year)
    assert set(frame["area_id"]) == set(codes.values())
    assert frame["value"].notna().all()


def test_cells_far_apart_fail_typed_not_fatally(corpus: dict[str, Path]) -> None:
    # Numbers in A1 and XFD1048576: calamine wants one block for the whole span, and the
    # streaming reader's grid from A1 to the last filled cell would have 17 billion cells.
    code, params, _elapsed = _error_code(read_in_worker, corpus["far_cells"])
    assert code == "input.sheet_too_spread"
    assert params["sheet"] == "Blad1"


def test_ods_repeat_counts(corpus: dict[str, Path]) -> None:
    book, elapsed = _timed_read(read_in_worker, corpus["ods_repeated"])
    assert book.kind == "ods"
    assert book.sheets[0].rows == [["Kommun", 3232.0]]
    assert elapsed < 5
    # A value cell repeated 16,384 times in a row repeated 1,048,576 times.
    code, _params, elapsed = _error_code(read_in_worker, corpus["ods_bomb"])
    assert code == "input.too_many_cells"
    assert elapsed < 5


def test_broken_shared_string_index(corpus: dict[str, Path]) -> None:
    code, params, elapsed = _error_code(read_in_worker, corpus["broken_sst"])
    assert code == "input.unreadable"
    assert "shared strings" in params["reason"]
    assert elapsed < 5


def test_one_megabyte_cell(corpus: dict[str, Path]) -> None:
    book, elapsed = _timed_read(read_in_worker, corpus["long_string"])
    text = book.sheets[0].rows[1][0]
    assert isinstance(text, str)
    assert len(text) == 1_000_000
    assert elapsed < 5


def test_duplicate_and_empty_column_names_are_kept(corpus: dict[str, Path]) -> None:
    rows = read_book(corpus["duplicate_headers"]).sheets[0].rows
    # The fifth header is an empty string with nothing below: a trailing empty column.
    assert rows == [["Kommun", "Kommun", "", "Värde"], ["Ale", "Ale", "x", 1]]


def test_1900_date_system_with_fake_leap_day(corpus: dict[str, Path]) -> None:
    rows = read_book(corpus["dates_1900"]).sheets[0].rows
    assert rows[0] == [dt.date(1900, 2, 28)]
    # Serial 60 is Excel's 1900-02-29, a day that never was: any date, but no crash.
    assert isinstance(rows[1][0], dt.date)
    assert rows[2] == [dt.date(1900, 3, 1)]


def test_1904_date_system(corpus: dict[str, Path]) -> None:
    rows = read_book(corpus["dates_1904"]).sheets[0].rows
    assert [r[0] for r in rows] == [dt.date(1904, 2, 29), dt.date(1904, 3, 1), dt.date(1904, 3, 2)]


def test_percent_format_is_the_fraction_and_text_stays_text(corpus: dict[str, Path]) -> None:
    rows = read_book(corpus["percent"]).sheets[0].rows
    assert rows[0] == [pytest.approx(0.568)]
    assert isinstance(rows[0][0], float)
    assert rows[1] == ["56,8 %"]


def test_merged_ranges(corpus: dict[str, Path]) -> None:
    sheet = read_book(corpus["merged"]).sheets[0]
    assert sheet.merged == [MergedRange(0, 0, 0, 2)]
    assert sheet.rows[0] == ["Titel över tre kolumner", "", ""]
    assert sheet.rows[2] == ["Ale", "2020", 1.5]


def test_hidden_sheets(corpus: dict[str, Path]) -> None:
    path = corpus["hidden_sheets"]
    book = read_book(path)
    assert [s.name for s in book.sheets] == ["Synlig"]
    assert book.skipped_hidden == ["Dold", "Mycket dold"]
    every = read_book(path, include_hidden=True)
    assert [(s.name, s.hidden) for s in every.sheets] == [
        ("Synlig", False),
        ("Dold", True),
        ("Mycket dold", True),
    ]
    assert every.skipped_hidden == []
    # Asking for a sheet by name reads it, hidden or not.
    chosen = read_book(path, sheets=["Dold"])
    assert [s.rows for s in chosen.sheets] == [[["dold"]]]
    code, params, _ = _error_code(read_book, path, sheets=["Saknas"])
    assert (code, params["sheet"]) == ("input.sheet_not_found", "Saknas")


def test_worker_passes_reader_options(corpus: dict[str, Path]) -> None:
    book = read_in_worker(corpus["hidden_sheets"], include_hidden=True)
    assert [s.name for s in book.sheets] == ["Synlig", "Dold", "Mycket dold"]


@pytest.mark.parametrize(
    ("code", "params"),
    [
        ("input.not_found", {}),
        ("input.not_a_file", {}),
        ("input.empty", {}),
        ("input.too_large", {"size": 10, "limit": 5, "limit_mb": 0}),
        ("input.not_spreadsheet", {}),
        ("input.encrypted", {}),
        ("input.truncated", {}),
        ("input.zip_bomb", {"member": "xl/worksheets/sheet1.xml"}),
        ("input.unsafe_xml", {"member": "xl/sharedStrings.xml"}),
        ("input.unreadable", {"reason": "bad checksum"}),
        ("input.too_many_cells", {"limit": 20}),
        ("input.too_many_columns", {"sheet": "Blad1", "limit": 20}),
        ("input.sheet_not_found", {"sheet": "Blad9"}),
        ("input.reader_crashed", {"reason": "SIGABRT"}),
        ("input.reader_memory", {}),
        ("input.reader_timeout", {"seconds": 120.0}),
        ("input.cancelled", {}),
    ],
)
def test_every_reader_error_has_words(code: str, params: dict) -> None:
    from digidesk.messages import describe

    error = InputError(code, path="/tmp/x.xlsx", **params)
    texts = {describe(error, language) for language in ("sv", "nb", "en")}
    assert len(texts) == 3
    assert not any(code in text for text in texts)  # not the generic fallback


class _FakePanic(BaseException):
    """Stands in for pyo3's PanicException, which is not an Exception."""


def test_native_panic_becomes_unreadable(
    corpus: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from digidesk.core.io import readers

    def panicking_open(path: object, kind: str) -> object:
        raise _FakePanic("index out of bounds: the len is 0 but the index is 2")

    monkeypatch.setattr(readers, "_open", panicking_open)
    code, params, _ = _error_code(read_book, corpus["plain"])
    assert code == "input.unreadable"
    assert params["reason"].startswith("index out of bounds")

    def interrupted_open(path: object, kind: str) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(readers, "_open", interrupted_open)
    with pytest.raises(KeyboardInterrupt):
        read_book(corpus["plain"])


def _every_key() -> list[str]:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        return sorted(make_hostile_corpus(folder))


@pytest.mark.parametrize("key", _every_key())
def test_no_file_ends_in_a_traceback(
    corpus: dict[str, Path], key: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``digidesk convert`` of every hostile and awkward file to a workspace, then to a CSV
    and a workbook; or one line naming the file and the problem (exit 3). Any other
    exception fails here."""
    from digidesk.cli import EXIT_INPUT, EXIT_OK, main

    path = corpus[key]
    workspace = tmp_path / "out.digidesk"
    code = main(["convert", str(path), str(workspace)])
    err = capsys.readouterr().err
    assert code in (EXIT_OK, EXIT_INPUT)
    if code == EXIT_INPUT:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"digidesk: {path}: "), err
        return
    for output in (tmp_path / "out.csv", tmp_path / "out.xlsx"):
        assert main(["convert", str(workspace), str(output)]) == EXIT_OK, capsys.readouterr()
        assert output.stat().st_size > 0
