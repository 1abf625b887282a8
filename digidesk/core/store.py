"""The .digidesk workspace file: an SQLite database, saved atomically.

Tables: ``meta`` (schema version, title), ``indicators``, ``datasets``
(with provenance), ``observations`` (long, one row per observation, keyed by
dataset and the observation's index label) and ``documents`` (strategies,
awards and area groups as JSON, in order). A file written by a newer DigiDesk
whose schema this version does not know is refused, not misread.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from digidesk import __version__
from digidesk.core.atomic import atomic_target
from digidesk.core.errors import StoreError
from digidesk.core.model.award import Award
from digidesk.core.model.groups import AreaGroup
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, Provenance, make_observations
from digidesk.core.model.strategy import Strategy
from digidesk.core.model.workspace import Workspace
from digidesk.core.progress import NullProgress, Progress

SCHEMA_VERSION = 1
SUFFIX = ".digidesk"
_SQLITE_MAGIC = b"SQLite format 3\x00"

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE indicators (
    position INTEGER NOT NULL, indicator_id TEXT PRIMARY KEY, title TEXT NOT NULL,
    unit TEXT NOT NULL, direction TEXT NOT NULL, source TEXT NOT NULL, description TEXT NOT NULL
);
CREATE TABLE datasets (
    position INTEGER NOT NULL, dataset_id TEXT PRIMARY KEY, name TEXT NOT NULL,
    country TEXT NOT NULL, area_names TEXT NOT NULL, file_name TEXT NOT NULL,
    sheet TEXT NOT NULL, sha256 TEXT NOT NULL, publisher TEXT NOT NULL,
    imported_at TEXT NOT NULL, mapping TEXT NOT NULL
);
CREATE TABLE observations (
    dataset_id TEXT NOT NULL REFERENCES datasets(dataset_id), label INTEGER NOT NULL,
    indicator_id TEXT NOT NULL, area_id TEXT NOT NULL, period TEXT NOT NULL,
    gender TEXT NOT NULL, value REAL, status TEXT NOT NULL,
    PRIMARY KEY (dataset_id, label)
);
CREATE TABLE documents (kind TEXT NOT NULL, position INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (kind, position));
"""

_DOCUMENT_KINDS = ("strategy", "award", "group")


def save(
    workspace: Workspace, path: str | os.PathLike[str], progress: Progress | None = None
) -> None:
    """Write ``workspace`` to ``path`` atomically; the previous file survives any failure."""
    progress = progress or NullProgress()
    target = Path(path)
    if not target.parent.is_dir():
        raise StoreError("store.folder_missing", path=str(target))
    try:
        with atomic_target(target) as temp:
            temp.unlink()  # sqlite wants to create the file itself
            connection = sqlite3.connect(temp)
            try:
                _write(connection, workspace, progress)
            finally:
                connection.close()
    except OSError as exc:
        raise write_error(exc, target) from exc
    except sqlite3.Error as exc:
        if "disk is full" in str(exc) or "database or disk is full" in str(exc):
            raise StoreError("store.disk_full", path=str(target)) from exc
        raise StoreError("store.write_failed", path=str(target), reason=str(exc)) from exc


def write_error(exc: OSError, target: Path) -> StoreError:
    """The typed error a failed write of ``target`` means to the user."""
    where = str(target)
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StoreError("store.disk_full", path=where)
    if exc.errno == errno.ENAMETOOLONG or getattr(exc, "winerror", None) == 206:
        return StoreError("store.path_too_long", path=where)
    if getattr(exc, "winerror", None) in (32, 33):
        return StoreError("store.in_use", path=where)
    if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
        return StoreError("store.read_only", path=where)
    if isinstance(exc, FileNotFoundError):
        return StoreError("store.folder_missing", path=where)
    return StoreError("store.write_failed", path=where, reason=exc.strerror or str(exc))


def _write(connection: sqlite3.Connection, workspace: Workspace, progress: Progress) -> None:
    with connection:
        connection.executescript(_SCHEMA)
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("schema_version", str(SCHEMA_VERSION)),
                ("app_version", __version__),
                ("title", workspace.title),
                ("saved_at", datetime.now(UTC).isoformat(timespec="seconds")),
            ],
        )
        connection.executemany(
            "INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (n, i.indicator_id, i.title, i.unit, i.direction, i.source, i.description)
                for n, i in enumerate(workspace.indicators.values())
            ],
        )
        total = sum(len(d.observations) for d in workspace.datasets) or 1
        written = 0
        for position, dataset in enumerate(workspace.datasets):
            p = dataset.provenance
            connection.execute(
                "INSERT INTO datasets VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    position,
                    dataset.dataset_id,
                    dataset.name,
                    dataset.country,
                    json.dumps(dataset.area_names, ensure_ascii=False),
                    p.file_name,
                    p.sheet,
                    p.sha256,
                    p.publisher,
                    p.imported_at,
                    json.dumps(p.mapping, ensure_ascii=False),
                ),
            )
            connection.executemany(
                "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                _observation_rows(dataset),
            )
            written += len(dataset.observations)
            progress.report(written / total)
        documents: list[tuple[str, int, str]] = []
        for kind, items in zip(
            _DOCUMENT_KINDS, (workspace.strategies, workspace.awards, workspace.groups), strict=True
        ):
            documents += [
                (kind, n, json.dumps(item.to_dict(), ensure_ascii=False))
                for n, item in enumerate(items)
            ]
        connection.executemany("INSERT INTO documents VALUES (?, ?, ?)", documents)


def _observation_rows(dataset: Dataset):
    frame = dataset.observations
    values = frame["value"].to_numpy(dtype="float64")
    # SQLite has no NaN: a missing value is NULL, its marker stays in status.
    value_column = [None if np.isnan(v) else float(v) for v in values]
    return zip(
        [dataset.dataset_id] * len(frame),
        frame.index.tolist(),
        *(frame[c].astype(str).tolist() for c in ("indicator_id", "area_id", "period", "gender")),
        value_column,
        frame["status"].astype(str).tolist(),
        strict=True,
    )


def load(path: str | os.PathLike[str], progress: Progress | None = None) -> Workspace:
    """Read a .digidesk file; raise StoreError naming the problem if it is not one."""
    progress = progress or NullProgress()
    source = Path(path)
    try:
        with open(source, "rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except FileNotFoundError as exc:
        raise StoreError("store.not_found", path=str(source)) from exc
    except OSError as exc:
        raise StoreError("store.unreadable", path=str(source), reason=str(exc)) from exc
    if magic != _SQLITE_MAGIC:
        raise StoreError("store.not_workspace", path=str(source))
    try:
        # Read-only URI: opening never changes or locks the user's file for writing.
        connection = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError("store.unreadable", path=str(source), reason=str(exc)) from exc
    try:
        return _read(connection, source, progress)
    except (sqlite3.Error, KeyError, TypeError, ValueError) as exc:
        raise StoreError("store.damaged", path=str(source), reason=str(exc)) from exc
    finally:
        with contextlib.suppress(sqlite3.Error):
            connection.close()


def _read_observations(connection: sqlite3.Connection, dataset_id: str) -> pd.DataFrame:
    cursor = connection.execute(
        "SELECT label, indicator_id, area_id, period, gender, value, status "
        "FROM observations WHERE dataset_id = ? ORDER BY label",
        (dataset_id,),
    )
    names = ("label", "indicator_id", "area_id", "period", "gender", "value", "status")
    rows = cursor.fetchall()
    columns = dict(zip(names, zip(*rows, strict=True), strict=True)) if rows else {}
    labels = np.asarray(columns.pop("label", ()), dtype="int64")
    values = np.array(
        [np.nan if v is None else v for v in columns.pop("value", ())], dtype="float64"
    )
    frame = pd.DataFrame({k: list(v) for k, v in columns.items()}, index=labels)
    frame["value"] = values
    return frame


def _read(connection: sqlite3.Connection, source: Path, progress: Progress) -> Workspace:
    try:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise StoreError("store.not_workspace", path=str(source)) from exc
    version = int(meta.get("schema_version", "0"))
    if version > SCHEMA_VERSION:
        raise StoreError(
            "store.too_new", path=str(source), version=version, supported=SCHEMA_VERSION
        )
    if version < 1:
        raise StoreError("store.not_workspace", path=str(source))
    workspace = Workspace(title=meta.get("title", ""))
    for row in connection.execute(
        "SELECT indicator_id, title, unit, direction, source, description "
        "FROM indicators ORDER BY position"
    ):
        workspace.indicators[row[0]] = Indicator(*row)
    rows = connection.execute(
        "SELECT dataset_id, name, country, area_names, file_name, sheet, sha256, publisher, "
        "imported_at, mapping FROM datasets ORDER BY position"
    ).fetchall()
    for n, row in enumerate(rows):
        provenance = Provenance(
            file_name=row[4],
            sheet=row[5],
            sha256=row[6],
            publisher=row[7],
            imported_at=row[8],
            mapping=json.loads(row[9]),
        )
        frame = _read_observations(connection, row[0])
        workspace.datasets.append(
            Dataset(
                dataset_id=row[0],
                name=row[1],
                observations=make_observations(frame),
                country=row[2],
                area_names=json.loads(row[3]),
                provenance=provenance,
            )
        )
        progress.report((n + 1) / max(len(rows), 1))
    readers: dict[str, Any] = {
        "strategy": (Strategy.from_dict, workspace.strategies),
        "award": (Award.from_dict, workspace.awards),
        "group": (AreaGroup.from_dict, workspace.groups),
    }
    for kind, body in connection.execute(
        "SELECT kind, body FROM documents ORDER BY kind, position"
    ):
        if kind in readers:
            reader, target = readers[kind]
            target.append(reader(json.loads(body)))
    return workspace
