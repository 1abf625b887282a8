"""Write a file so that a crash or error never leaves a damaged or half-written file."""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from digidesk.core.locks import process_running


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on Windows, where it is not needed.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_temporaries(target: Path) -> None:
    """Temporary files (and SQLite journals) that a killed save of ``target`` left behind."""
    folder = target.parent or Path(".")
    prefix = f".{target.name}."
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return
    for name in names:
        pid_text = name[len(prefix) :].split(".", 1)[0]
        if not (name.endswith(".tmp") or name.endswith(".tmp-journal")) or not pid_text.isdigit():
            continue
        if process_running(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            (folder / name).unlink()


#: How long a file that another program holds open (Windows) is waited for.
SHARING_RETRY_SECONDS = 2.0


def _replace(temp: Path, target: Path) -> None:
    """``os.replace``; on Windows a file open in another program (Excel, a virus scanner,
    a sync client) refuses it for a moment, so a refusal is retried briefly."""
    deadline = time.monotonic() + SHARING_RETRY_SECONDS
    while True:
        try:
            os.replace(temp, target)
            return
        except PermissionError:
            if os.name != "nt" or time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _read_umask() -> int:
    """The process's umask: from /proc where there is one, else by setting it and back."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once, at import: setting the umask to read it would race with other threads.
_UMASK = _read_umask() if os.name == "posix" else 0


def _permissions(target: Path) -> int:
    """An existing file keeps its mode; a new one gets what the user's umask gives."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return 0o666 & ~_UMASK


@contextlib.contextmanager
def atomic_target(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    The temporary file lives in the same folder so that ``os.replace`` is a
    rename on one file system. On any exception the temporary file is removed
    and ``path`` is left exactly as it was. The file gets the permissions a
    plain ``open()`` would give it (the temporary file is private while written).
    """
    target = Path(path)
    _remove_stale_temporaries(target)
    # The process id in the name tells a later save whether the writer still runs.
    fd, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent or Path(".")
    )
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with open(temp, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        if os.name == "posix":
            os.chmod(temp, _permissions(target))
        _replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        # SQLite may have left its journal beside the temporary file.
        for leftover in (temp, *(Path(f"{temp}{end}") for end in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError, PermissionError):
                leftover.unlink()
        raise
