"""The reader process: crashes, time-outs, Cancel and errors come back as typed errors.

The stand-in readers below run in the child process, which imports them from
this module by name.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from make_hostile import write_xls

from digidesk.core.errors import ExportError, InputError
from digidesk.core.io.grid import RawBook, RawSheet
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.worker import ReaderJob, read_in_worker


def _abort_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    os.abort()  # what a native reader's failed allocation or assertion does


def _exit_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    os._exit(3)


def _sleepy_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    time.sleep(60)
    raise AssertionError("not reached")


def _greedy_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    hoard = bytearray(limits.reader_memory_bytes * 2)
    raise AssertionError(f"allocated {len(hoard)} bytes past the cap")


def _failing_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    raise InputError("input.too_many_columns", path=str(path), sheet="Blad1", limit=3)


def _buggy_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    raise ValueError("a bug in the reader")


def _export_failing_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    raise ExportError("export.cancelled")


def _echo_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    rows: list[list[Any]] = [[str(path), limits.max_cells, repr(sorted(kwargs.items()))]]
    return RawBook(path=str(path), kind="csv", sheets=[RawSheet("echo", rows)])


def _code(call, *args, **kwargs) -> tuple[InputError, float]:
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        call(*args, **kwargs)
    return caught.value, time.perf_counter() - started


def test_result_and_options_come_back(tmp_path: Path) -> None:
    book = read_in_worker(
        tmp_path / "x.csv", Limits(max_cells=7), reader=_echo_reader, sheets=["Blad1"]
    )
    assert book.sheets[0].rows == [[str(tmp_path / "x.csv"), 7, "[('sheets', ['Blad1'])]"]]


def test_typed_errors_come_back_as_their_kind(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        read_in_worker(tmp_path / "x.csv", reader=_export_failing_reader)
    assert caught.value.code == "export.cancelled"


def test_reader_by_name_and_started_before_waiting(tmp_path: Path) -> None:
    job = ReaderJob(tmp_path / "x.csv", reader=f"{__name__}:_echo_reader", kwargs={"a": 1})
    book = job.result()
    assert book.sheets[0].rows[0][2] == "[('a', 1)]"


def test_a_started_reader_can_be_stopped(tmp_path: Path) -> None:
    job = ReaderJob(tmp_path / "x.csv", reader=_sleepy_reader)
    process = job._process
    job.cancel()
    job.cancel()  # twice is harmless
    with pytest.raises(ValueError):
        process.is_alive()  # closed: it was joined


def test_real_read(tmp_path: Path) -> None:
    path = tmp_path / "small.xls"
    write_xls(path, [["Kommun", "Värde"], ["Ale", 2.5]])
    book = read_in_worker(path)
    assert book.kind == "xls"
    assert book.sheets[0].rows == [["Kommun", "Värde"], ["Ale", 2.5]]


def test_abort_in_child_is_reader_crashed(tmp_path: Path) -> None:
    error, elapsed = _code(read_in_worker, tmp_path / "x.xlsx", reader=_abort_reader)
    assert error.code == "input.reader_crashed"
    assert error.params["path"] == str(tmp_path / "x.xlsx")
    assert elapsed < 5


def test_silent_exit_is_reader_crashed(tmp_path: Path) -> None:
    error, _ = _code(read_in_worker, tmp_path / "x.xlsx", reader=_exit_reader)
    assert error.code == "input.reader_crashed"


def test_unexpected_exception_is_reader_crashed_with_reason(tmp_path: Path) -> None:
    error, _ = _code(read_in_worker, tmp_path / "x.xlsx", reader=_buggy_reader)
    assert error.code == "input.reader_crashed"
    assert "a bug in the reader" in error.params["reason"]


def test_input_error_comes_back_typed(tmp_path: Path) -> None:
    error, _ = _code(read_in_worker, tmp_path / "x.xlsx", reader=_failing_reader)
    assert type(error) is InputError
    assert error.code == "input.too_many_columns"
    assert error.params == {"path": str(tmp_path / "x.xlsx"), "sheet": "Blad1", "limit": 3}


def test_sniff_error_from_real_reader(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    error, _ = _code(read_in_worker, path)
    assert (error.code, error.params) == ("input.empty", {"path": str(path)})


def test_timeout_kills_the_child(tmp_path: Path) -> None:
    limits = Limits(reader_seconds=0.5)
    error, elapsed = _code(read_in_worker, tmp_path / "x.xlsx", limits, reader=_sleepy_reader)
    assert error.code == "input.reader_timeout"
    assert 0.5 <= elapsed < 5


def test_cancel(tmp_path: Path) -> None:
    started = time.monotonic()
    polls: list[float] = []

    def cancelled() -> bool:
        polls.append(time.monotonic())
        return time.monotonic() - started > 0.3

    error, elapsed = _code(
        read_in_worker, tmp_path / "x.xlsx", cancelled=cancelled, reader=_sleepy_reader
    )
    assert error.code == "input.cancelled"
    assert elapsed < 5
    assert len(polls) >= 2  # polled while waiting, not once at the start


@pytest.mark.skipif(sys.platform == "win32", reason="no address-space cap on Windows")
def test_memory_cap(tmp_path: Path) -> None:
    limits = Limits(reader_memory_bytes=1024 * 1024 * 1024)
    error, elapsed = _code(read_in_worker, tmp_path / "x.xlsx", limits, reader=_greedy_reader)
    assert error.code in ("input.reader_memory", "input.reader_crashed")
    assert elapsed < 5


def test_default_reader_is_read_book() -> None:
    import inspect

    from digidesk.core.io import readers, worker

    signature = inspect.signature(worker.read_in_worker)
    assert signature.parameters["reader"].default is readers.read_book
    assert signature.parameters["limits"].default is DEFAULT_LIMITS


def _ahead_reader(path: str, limits: Limits, **kwargs: Any) -> RawBook:
    """Reports whether the child had started reading before this reader ran."""
    from digidesk.core.io import readers

    started = (os.fspath(path), False) in readers._AHEAD
    book = readers.read_book(path, limits)
    book.warnings.append(f"ahead={started} left={len(readers._AHEAD)}")
    return book


def test_a_workbook_is_read_ahead_in_the_child_and_only_once(tmp_path: Path) -> None:
    path = tmp_path / "small.xls"
    write_xls(path, [["Kommun", "Värde"], ["Ale", 2.5]])
    book = read_in_worker(path, reader=_ahead_reader, read_ahead=True)
    assert book.sheets[0].rows == [["Kommun", "Värde"], ["Ale", 2.5]]
    assert book.warnings == ["ahead=True left=0"]
    book = read_in_worker(path, reader=_ahead_reader)
    assert book.warnings == ["ahead=False left=0"]


def test_a_read_ahead_gives_the_same_book_and_the_same_errors(tmp_path: Path) -> None:
    from digidesk.core.io import readers

    path = tmp_path / "small.xls"
    write_xls(path, [["Kommun", "Värde"], ["Ale", 2.5], ["Bjuv", 3]])
    readers.read_ahead(path)
    assert readers.read_book(path) == readers.read_book(path)
    assert readers._AHEAD == {}

    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputError) as direct:
        readers.read_book(broken)
    readers.read_ahead(broken)
    with pytest.raises(InputError) as ahead:
        readers.read_book(broken)
    assert (ahead.value.code, ahead.value.params) == (direct.value.code, direct.value.params)

    table = tmp_path / "t.csv"
    table.write_text("Kommun;Värde\nAle;2,5\n", encoding="utf-8")
    readers.read_ahead(table)  # the csv parser holds the lock: nothing to gain
    assert readers._AHEAD == {}
