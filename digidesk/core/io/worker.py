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

import multiprocessing
import os
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from digidesk.core.errors import InputError
from digidesk.core.io.grid import RawBook
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.readers import read_book

_POLL_SECONDS = 0.1


def read_in_worker(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    cancelled: Callable[[], bool] | None = None,
    reader: Callable[..., RawBook] = read_book,
    **read_book_kwargs: Any,
) -> RawBook:
    """``reader(path, limits, **read_book_kwargs)`` (by default :func:`read_book`) in a child.

    InputErrors raised in the child come back as the same code and parameters.
    Raises InputError "input.reader_crashed" if the child dies without an answer,
    "input.reader_memory" if it runs out of memory, "input.reader_timeout" after
    ``limits.reader_seconds`` and "input.cancelled" as soon as ``cancelled()`` is
    true (polled every 0.1 s). ``reader`` must be importable by name (a module-level
    function), as the child imports it afresh.
    """
    where = str(path)
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(
        target=_child,
        args=(sender, reader, path, limits, read_book_kwargs),
        name="digidesk-reader",
        daemon=True,
    )
    try:
        process.start()
    except OSError as exc:
        receiver.close()
        sender.close()
        raise InputError("input.reader_crashed", path=where, reason=str(exc)[:200]) from None
    # Only the child may hold the sending end, so its death shows as end-of-file here.
    sender.close()
    deadline = time.monotonic() + limits.reader_seconds
    try:
        message = _wait(receiver, process, deadline, cancelled, where, limits)
    finally:
        receiver.close()
        if process.is_alive():
            process.kill()
        process.join()
        process.close()
    status = message[0] if message else "crash"
    if status == "ok":
        book: RawBook = message[1]
        return book
    if status == "error":
        raise InputError(message[1], **message[2])
    reason = message[1] if message else "the reader process ended without an answer"
    raise InputError("input.reader_crashed", path=where, reason=reason)


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


def _child(
    sender: Connection,
    reader: Callable[..., RawBook],
    path: str | os.PathLike[str],
    limits: Limits,
    kwargs: dict[str, Any],
) -> None:
    """Runs in the child process: read, then send one message and exit."""
    _cap_memory(limits.reader_memory_bytes)
    message: tuple[Any, ...]
    try:
        message = ("ok", reader(path, limits, **kwargs))
    except InputError as exc:
        message = ("error", exc.code, exc.params)
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
