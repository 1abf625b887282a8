"""Earlier versions of a workspace: the file as it was before each save, the last five kept.

Kept in DigiDesk's data folder (``versions/``), named by the file's name, a short hash of its
full path (two "Budget.digidesk" in different folders stay apart) and the time of the save
that replaced it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from digidesk.core import appdata
from digidesk.core.atomic import atomic_target

FOLDER = "versions"
KEEP = 5
_STAMP = re.compile(r"-(\d{8}T\d{6}\d{6})\.digidesk$")


@dataclass(frozen=True, slots=True)
class Version:
    path: Path
    saved_at: datetime  # when this version was replaced by a newer save
    size: int


def _prefix(source: Path) -> str:
    key = hashlib.sha256(str(Path(source).resolve()).encode("utf-8")).hexdigest()[:10]
    return f"{Path(source).stem}-{key}"


def keep(source: Path, now: datetime | None = None) -> Version | None:
    """Copy ``source`` (about to be overwritten) into the versions folder; prune to KEEP."""
    source = Path(source)
    if not source.is_file():
        return None
    now = now or datetime.now(UTC)
    target = appdata.subfolder(FOLDER) / f"{_prefix(source)}-{now:%Y%m%dT%H%M%S%f}.digidesk"
    with atomic_target(target) as temp:
        shutil.copyfile(source, temp)
    for old in versions(source)[KEEP:]:
        with contextlib.suppress(OSError):
            old.path.unlink()
    return Version(target, now, target.stat().st_size)


def versions(source: Path) -> list[Version]:
    """The kept versions of ``source``, newest first."""
    folder = appdata.data_folder() / FOLDER
    if not folder.is_dir():
        return []
    found = []
    prefix = _prefix(Path(source)) + "-"
    for path in folder.glob("*.digidesk"):
        match = _STAMP.search(path.name)
        if not path.name.startswith(prefix) or match is None:
            continue
        when = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f").replace(tzinfo=UTC)
        with contextlib.suppress(OSError):
            found.append(Version(path, when, path.stat().st_size))
    return sorted(found, key=lambda v: v.saved_at, reverse=True)


def restore(version: Version, out: Path) -> Path:
    """Write ``version`` to ``out`` (atomically; an earlier ``out`` is kept as a version)."""
    out = Path(out)
    if out.exists() and os.path.samefile(out, version.path):
        return out
    with atomic_target(out) as temp:
        shutil.copyfile(version.path, temp)
        # Only now: keeping ``out`` may prune the oldest version, the one being restored.
        keep(out)
    return out
