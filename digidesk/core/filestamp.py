"""What a file was when DigiDesk read or wrote it, to notice when another program changed it."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

_BLOCK = 1 << 20


@dataclass(frozen=True, slots=True)
class FileStamp:
    size: int
    mtime_ns: int
    sha256: str


def stamp(path: str | os.PathLike[str]) -> FileStamp | None:
    """The file's size, time and SHA-256; None when it cannot be read."""
    try:
        info = os.stat(path)
        return FileStamp(info.st_size, info.st_mtime_ns, _sha256(Path(path)))
    except OSError:
        return None


def changed_since(path: str | os.PathLike[str], before: FileStamp | None) -> bool:
    """True when the file is gone or its content differs from ``before``.

    Size and time equal: unchanged without reading. Otherwise the content decides, so that
    a copy that only touched the time is not taken for a change.
    """
    if before is None:
        return False
    try:
        info = os.stat(path)
    except OSError:
        return True
    if info.st_size == before.size and info.st_mtime_ns == before.mtime_ns:
        return False
    if info.st_size != before.size:
        return True
    try:
        return _sha256(Path(path)) != before.sha256
    except OSError:
        return True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()
