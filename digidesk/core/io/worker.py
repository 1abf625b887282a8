"""Read a file in a separate process, so that a native reader's crash is an error message.

A reader that aborts (a Rust panic that is not caught, a failed allocation, a
signal) takes only the child with it. The child gets an address-space cap where
the platform has one (RLIMIT_AS on POSIX; Windows has none) and a wall-clock
limit; the parent polls for the result and for the user's Cancel.

The "spawn" start method is used everywhere: it is the only one that works the
same on Windows, macOS and in a frozen (PyInstaller) build, whose entry point
must call ``multiprocessing.freeze_support()`` before anything else.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import time
import zipfile
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from digidesk.core import errors
from digidesk.core.errors import DigiDeskError, InputError
from digidesk.core.io.grid import RawBook
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.readers import read_book, stream_xlsx

_POLL_SECONDS = 0.1


def read_in_worker(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    cancelled: Callable[[], bool] | None = None,
    reader: Callable[..., RawBook] | str = read_book,
    read_ahead: bool = False,
    **read_book_kwargs: Any,
) -> RawBook:
    """``reader(path, limits, **read_book_kwargs)`` (by default :func:`read_book`) in a child.

    Typed errors raised in the child come back as the same kind, code and parameters.
    Raises InputError "input.reader_crashed" if the child dies without an answer,
    "input.reader_memory" if it runs out of memory, "input.reader_timeout" after
    ``limits.reader_seconds`` and "input.cancelled" as soon as ``cancelled()`` is
    true (polled every 0.1 s). ``reader`` must be importable by name (a module-level
    function, or its name as "module:function"), as the child imports it afresh.
    ``read_ahead``: the child starts reading a workbook before it imports ``reader``
    (see :func:`~digidesk.core.io.readers.read_ahead`), for a reader that reads ``path``
    with ``read_book`` after heavy imports.
    """
    return ReaderJob(path, limits, reader, read_book_kwargs, read_ahead).result(cancelled)


class ReaderJob:
    """A read started in a child process at once; :meth:`result` waits for its answer.

    Give ``reader`` as "module:function" to start it without importing the reader's
    module here (``digidesk convert`` imports neither pandas nor the writers itself).

    An xlsx that makes the reader crash or run out of memory is read once more with the
    streaming reader (:mod:`digidesk.core.io.xlsx_stream`), which keeps only filled cells;
    each try has ``limits.reader_seconds``.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        limits: Limits = DEFAULT_LIMITS,
        reader: Callable[..., Any] | str = read_book,
        kwargs: dict[str, Any] | None = None,
        read_ahead: bool = False,
    ) -> None:
        self.path, self.limits, self.reader = path, limits, reader
        self.kwargs = kwargs or {}
        self.read_ahead = read_ahead
        self._where = str(path)
        self._context = multiprocessing.get_context("spawn")
        self._start(streaming=False)

    def _start(self, streaming: bool) -> None:
        self._streaming = streaming
        receiver, sender = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_child,
            args=(
                sender,
                self.reader,
                self.path,
                self.limits,
                self.kwargs,
                streaming,
                self.read_ahead and not streaming,
            ),  # fmt: skip
            name="digidesk-reader",
            daemon=True,
        )
        try:
            process.start()
        except OSError as exc:
            receiver.close()
            sender.close()
            raise InputError(
                "input.reader_crashed", path=self._where, reason=str(exc)[:200]
            ) from None
        # Only the child may hold the sending end, so its death shows as end-of-file here.
        sender.close()
        self._receiver, self._process = receiver, process
        self._deadline = time.monotonic() + self.limits.reader_seconds

    def result(self, cancelled: Callable[[], bool] | None = None) -> Any:
        """The reader's return value; its typed error, or InputError for a crash."""
        message = self._collect(cancelled)
        status = message[0] if message else "crash"
        if (
            (status == "crash" or message[1:2] == ("input.reader_memory",))
            and not self._streaming
            and _is_xlsx(self.path)
        ):
            self._start(streaming=True)
            message = self._collect(cancelled)
            status = message[0] if message else "crash"
        if status == "ok":
            return message[1]
        if status == "error":
            # The same kind of typed error as in the child (an export error from a convert).
            kind = getattr(errors, message[3] if len(message) > 3 else "", InputError)
            if not (isinstance(kind, type) and issubclass(kind, DigiDeskError)):
                kind = InputError
            raise kind(message[1], **message[2])
        reason = message[1] if message else "the reader process ended without an answer"
        raise InputError("input.reader_crashed", path=self._where, reason=reason)

    def cancel(self) -> None:
        """Stop the child now (again: nothing); :meth:`result` must not be called afterwards."""
        if self._process is None:
            return
        process, self._process = self._process, None
        self._receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
        process.close()

    def _collect(self, cancelled: Callable[[], bool] | None) -> tuple[Any, ...]:
        try:
            message = _wait(
                self._receiver, self._process, self._deadline, cancelled, self._where, self.limits
            )
        finally:
            self.cancel()
        return message or ()


def _is_xlsx(path: str | os.PathLike[str]) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return any(name.lower() == "xl/workbook.xml" for name in archive.namelist())
    except (OSError, zipfile.BadZipFile, ValueError, EOFError):
        return False


def _wait(
    receiver: Connection,
    process: Any,
    deadline: float,
    cancelled: Callable[[], bool] | None,
    where: str,
    limits: Limits,
) -> tuple[Any, ...] | None:
    """The child's message, or None if it died without one."""
    while True:
        # poll() is also true at end-of-file, when recv() raises EOFError.
        if receiver.poll(_POLL_SECONDS):
            return _receive(receiver)
        if not process.is_alive():
            # A message sent just before exiting may still be in the pipe.
            return _receive(receiver) if receiver.poll(0) else None
        if cancelled is not None and cancelled():
            process.kill()
            raise InputError("input.cancelled", path=where)
        if time.monotonic() > deadline:
            process.kill()
            raise InputError("input.reader_timeout", path=where, seconds=limits.reader_seconds)


def _receive(receiver: Connection) -> tuple[Any, ...] | None:
    try:
        message = receiver.recv()
    except (EOFError, OSError):
        return None
    return message if isinstance(message, tuple) and message else None


def _cap_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:
        return  # Windows: no address-space limit; the wall-clock limit still applies
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except (ValueError, OSError):
        pass  # macOS may refuse RLIMIT_AS; better unlimited than no reader


def _quiet() -> None:
    """Nothing from the child goes to the terminal: a native reader's abort prints a
    backtrace there, and every answer travels through the pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass


def _resolve(reader: Callable[..., Any] | str) -> Callable[..., Any]:
    if not isinstance(reader, str):
        return reader
    module, _, name = reader.partition(":")
    function: Callable[..., Any] = getattr(importlib.import_module(module), name)
    return function


def _child(
    sender: Connection,
    reader: Callable[..., Any] | str,
    path: str | os.PathLike[str],
    limits: Limits,
    kwargs: dict[str, Any],
    streaming: bool = False,
    ahead: bool = False,
) -> None:
    """Runs in the child process: read, then send one message and exit."""
    _quiet()
    _cap_memory(limits.reader_memory_bytes)
    if streaming:
        stream_xlsx()
    if ahead:
        from digidesk.core.io.readers import read_ahead

        read_ahead(path, limits, bool(kwargs.get("include_hidden", False)))
    message: tuple[Any, ...]
    try:
        message = ("ok", _resolve(reader)(path, limits, **kwargs))
    except DigiDeskError as exc:
        message = ("error", exc.code, exc.params, type(exc).__name__)
    except MemoryError:
        message = ("error", "input.reader_memory", {"path": str(path)})
    except BaseException as exc:  # noqa: BLE001 - anything else is a crash of the reader
        message = ("crash", f"{type(exc).__name__}: {exc}"[:200])
    try:
        sender.send(message)
    except MemoryError:
        # Pickling a very large book can be what runs out of memory.
        sender.send(("error", "input.reader_memory", {"path": str(path)}))
    finally:
        sender.close()
