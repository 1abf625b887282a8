"""Lock files beside a file: Excel's and LibreOffice's, and DigiDesk's own.

Excel marks a workbook it has open with an owner file ``~$Name.xlsx`` (for long names the
first two characters of the name give way to ``~$``); LibreOffice with ``.~lock.Name#``.
DigiDesk writes a lock in LibreOffice's format while it has a workspace open, so that
LibreOffice and another DigiDesk see it too, and clears stale locks of its own (from a
DigiDesk on this computer that no longer runs).
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

OWN_MARK = "DigiDesk"


@dataclass(frozen=True, slots=True)
class ForeignLock:
    path: Path
    program: str  # "excel", "libreoffice" or "digidesk"
    user: str  # who holds it, when the lock says


def lock_paths(target: Path) -> list[tuple[Path, str]]:
    target = Path(target)
    name = target.name
    candidates = [(target.with_name(f".~lock.{name}#"), "libreoffice")]
    candidates.append((target.with_name(f"~${name}"), "excel"))
    if len(name) > 2:
        candidates.append((target.with_name(f"~${name[2:]}"), "excel"))
    return candidates


def foreign_locks(target: Path) -> list[ForeignLock]:
    """Locks held by another program (or another DigiDesk) on ``target``."""
    found = []
    for path, program in lock_paths(target):
        if not path.is_file():
            continue
        user = ""
        with contextlib.suppress(OSError, UnicodeDecodeError):
            text = path.read_bytes()[:1024].decode("utf-8", errors="replace")
            if program == "libreoffice":
                fields = text.split(",")
                user = fields[0].strip()
                if len(fields) >= 5 and fields[4].startswith(OWN_MARK):
                    if _own_and_stale(fields):
                        with contextlib.suppress(OSError):
                            path.unlink()
                        continue
                    if _own_and_ours(fields):
                        continue
                    program = "digidesk"
            else:
                user = text[1:].split("\x00")[0].strip() if text else ""
        found.append(ForeignLock(path, program, user))
    return found


def write_own_lock(target: Path) -> Path | None:
    """Mark ``target`` as open in this DigiDesk; None when the folder cannot be written."""
    path = Path(target).with_name(f".~lock.{Path(target).name}#")
    user = _user()
    stamp = datetime.now().strftime("%d.%m.%Y %H:%M")
    text = f"{user},{socket.gethostname()},{user},{stamp},{OWN_MARK} {os.getpid()};"
    try:
        path.write_text(text, "utf-8")
    except OSError:
        return None
    return path


def remove_own_lock(target: Path) -> None:
    path = Path(target).with_name(f".~lock.{Path(target).name}#")
    with contextlib.suppress(OSError, UnicodeDecodeError):
        fields = path.read_text("utf-8").split(",")
        if len(fields) >= 5 and _own_and_ours(fields):
            path.unlink()


def _pid(fields: list[str]) -> int | None:
    try:
        return int(fields[4].removeprefix(OWN_MARK).strip().rstrip(";"))
    except ValueError:
        return None


def _own_and_ours(fields: list[str]) -> bool:
    return fields[1] == socket.gethostname() and _pid(fields) == os.getpid()


def _own_and_stale(fields: list[str]) -> bool:
    pid = _pid(fields)
    return fields[1] == socket.gethostname() and pid is not None and not process_running(pid)


def process_running(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid == os.getpid():
        return True
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if handle:
            ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
            return True
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "DigiDesk"
