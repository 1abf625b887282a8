"""Recovery copies: unsaved work written aside, so that a crash or a power cut loses little.

The app writes a snapshot of each open workspace with unsaved changes to the recovery
folder of DigiDesk's data folder (never over the user's file). Each copy is a ``.digidesk``
file with a small JSON description beside it, and a lock file that the writing app holds
open for as long as it runs: when the app dies, the operating system lets go of the lock,
and the copy becomes *recoverable*. A copy whose lock is held belongs to a running app and
is left alone. A clean close or a save removes the copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from digidesk.core import appdata
from digidesk.core.errors import StoreError
from digidesk.core.model.workspace import Workspace

FOLDER = "recovery"


@dataclass(frozen=True, slots=True)
class RecoveryEntry:
    entry_id: str
    source: str  # the workspace's file, "" for one never saved
    title: str
    saved_at: str  # ISO time of the snapshot
    datasets: int
    observations: int
    pid: int

    @property
    def name(self) -> str:
        return Path(self.source).name if self.source else self.title


def folder() -> Path:
    return appdata.subfolder(FOLDER)


def _paths(entry_id: str) -> tuple[Path, Path, Path]:
    base = folder() / entry_id
    return base.with_suffix(".digidesk"), base.with_suffix(".json"), base.with_suffix(".lock")


class RecoverySession:
    """One open workspace's recovery copy, owned by this process while it runs."""

    def __init__(self, entry_id: str | None = None) -> None:
        self.entry_id = entry_id or (
            f"{datetime.now(UTC):%Y%m%d-%H%M%S}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        )
        self._lock: IO[bytes] | None = _hold(_paths(self.entry_id)[2])

    def write(self, workspace: Workspace, source: Path | None) -> RecoveryEntry:
        """Write (or replace) the copy; the old copy stays whole until the new one is."""
        from digidesk.core import store

        snapshot, description, _lock = _paths(self.entry_id)
        store.save(workspace, snapshot)
        entry = RecoveryEntry(
            entry_id=self.entry_id,
            source=str(source) if source else "",
            title=workspace.title,
            saved_at=datetime.now(UTC).isoformat(timespec="seconds"),
            datasets=len(workspace.datasets),
            observations=sum(len(d.observations) for d in workspace.datasets),
            pid=os.getpid(),
        )
        temp = description.with_suffix(".json.tmp")
        temp.write_text(json.dumps(asdict(entry), ensure_ascii=False), "utf-8")
        os.replace(temp, description)
        return entry

    def discard(self) -> None:
        """Remove the copy (the work is saved, or the user closed without saving)."""
        _remove(self.entry_id)

    def close(self) -> None:
        """Let go of the lock, keeping the copy for the next start."""
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def entries(include_live: bool = False) -> list[RecoveryEntry]:
    """Recoverable copies, newest first; with ``include_live`` also those of running apps."""
    found = []
    for description in folder().glob("*.json"):
        entry = _read(description)
        if entry is None:
            continue
        if not include_live and _is_live(entry.entry_id):
            continue
        found.append(entry)
    return sorted(found, key=lambda e: e.saved_at, reverse=True)


def entry(entry_id: str) -> RecoveryEntry:
    found = _read(_paths(entry_id)[1])
    if found is None:
        raise StoreError("recovery.unknown", entry_id=entry_id)
    return found


def load(entry_id: str) -> Workspace:
    from digidesk.core import store

    entry(entry_id)
    return store.load(_paths(entry_id)[0])


def restore(entry_id: str, out: Path) -> Path:
    """Write the copy to ``out`` (a ``.digidesk`` file) after checking that it reads."""
    from digidesk.core import store

    workspace = load(entry_id)
    store.save(workspace, out)
    return out


def adopt(entry_id: str) -> RecoverySession:
    """Take over a recoverable copy: the app that restores it keeps it until saved."""
    if _is_live(entry_id):
        raise StoreError("recovery.in_use", entry_id=entry_id)
    return RecoverySession(entry_id)


def remove(entry_id: str) -> None:
    if _is_live(entry_id):
        raise StoreError("recovery.in_use", entry_id=entry_id)
    _remove(entry_id)


def _remove(entry_id: str) -> None:
    for path in _paths(entry_id):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            path.unlink()


def _read(description: Path) -> RecoveryEntry | None:
    try:
        data = json.loads(description.read_text("utf-8"))
        found = RecoveryEntry(**data)
    except (OSError, ValueError, TypeError):
        return None
    return found if _paths(found.entry_id)[0].exists() else None


# -- locks that die with their process ---------------------------------------------------


def _hold(path: Path) -> IO[bytes] | None:
    """Open and lock ``path``; the lock lasts until closed or until the process ends."""
    handle = open(path, "a+b")  # noqa: SIM115 - held for the session's life
    if not _try_lock(handle):
        handle.close()
        raise StoreError("recovery.in_use", entry_id=path.stem)
    return handle


def _is_live(entry_id: str) -> bool:
    lock = _paths(entry_id)[2]
    if not lock.exists():
        return False
    try:
        with open(lock, "a+b") as handle:
            if _try_lock(handle):
                _unlock(handle)
                return False
            return True
    except OSError:
        return True


def _try_lock(handle: IO[bytes]) -> bool:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if os.name == "nt":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
