"""A save killed at any moment leaves the complete old file or the complete new one.

200 times, a child process saves a workspace over the file (alternately the old content
and the new) and is killed with SIGKILL at a random moment; each time the file must pass
SQLite's integrity check and hold exactly one of the two contents. A disk that fills up
during the save leaves the old file byte for byte, and no temporary file behind.
"""

from __future__ import annotations

import os
import random
import resource
import select
import signal
import sqlite3
import subprocess
import sys
import time

import numpy as np
import pytest

from digidesk.core import store
from digidesk.core.errors import StoreError
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.workspace import Workspace

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL")
KILLS = 200
ROWS = 30_000


def _workspace(title: str, seed: int) -> Workspace:
    rng = np.random.default_rng(seed)
    codes = [f"{n:04d}" for n in range(100, 400)]
    frame = make_observations(
        {
            "indicator_id": [f"N{n % 20:05d}" for n in range(ROWS)],
            "area_id": [codes[n % len(codes)] for n in range(ROWS)],
            "period": [str(2000 + n % 10) for n in range(ROWS)],
            "value": rng.normal(50, 10, ROWS),
        }
    )
    return Workspace(title=title, datasets=[Dataset("d", "d", frame, country="SE")])


def _content(path) -> tuple[str, int, float]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        title = connection.execute("SELECT value FROM meta WHERE key = 'title'").fetchone()[0]
        count, total = connection.execute(
            "SELECT count(*), sum(value) FROM observations"
        ).fetchone()
    return title, count, round(total, 6)


def _expected(workspace: Workspace) -> tuple[str, int, float]:
    values = workspace.datasets[0].observations["value"].to_numpy()
    return workspace.title, len(values), round(float(values.sum()), 6)


def test_two_hundred_kills_during_saves(tmp_path):
    old, new = _workspace("gammal", 1), _workspace("ny", 2)
    target = tmp_path / "arbete.digidesk"
    store.save(old, target)
    started = time.perf_counter()
    store.save(new, target)
    duration = time.perf_counter() - started
    allowed = {_expected(old), _expected(new)}
    rng = random.Random(20261202)
    seen = set()
    for n in range(KILLS):
        done_reader, done_writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: save until killed, saying so after each complete save
            os.close(done_reader)
            try:
                while True:
                    store.save(old if n % 2 else new, target)
                    os.write(done_writer, b".")
            finally:
                os._exit(0)
        os.close(done_writer)
        if n % 4 < 2:
            # A forked child's first save may be slower than the parent's: every other
            # pair of kills waits for one complete save, so both contents are on disk.
            select.select([done_reader], [], [], 60)
        time.sleep(rng.uniform(0, duration * 1.2))
        os.kill(pid, signal.SIGKILL)
        os.close(done_reader)
        os.waitpid(pid, 0)
        found = _content(target)
        assert found in allowed, (n, found)
        seen.add(found[0])
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert seen == {"gammal", "ny"}
    # A killed save may leave its temporary file; the next save of the file clears them.
    store.save(new, target)
    assert [p.name for p in tmp_path.iterdir()] == [target.name], leftovers


def _small_disk(folder, size: int) -> bool:
    """Mount a tmpfs of ``size`` bytes on ``folder`` (as root); False where not allowed."""
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
    )
    return mounted.returncode == 0


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(tmp_path):
    old = _workspace("gammal", 1)
    probe = tmp_path / "probe.digidesk"
    store.save(old, probe)
    disk = tmp_path / "disk"
    real_disk = os.geteuid() == 0 and _small_disk(disk, probe.stat().st_size + 256 * 1024)
    if not real_disk:
        disk.mkdir(exist_ok=True)
    try:
        target = disk / "arbete.digidesk"
        store.save(old, target)
        before = target.read_bytes()
        pid = os.fork()
        if pid == 0:
            if not real_disk:
                # A file size limit makes writes past 64 kB fail, like a full disk.
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
            try:
                store.save(_workspace("ny", 2), target)
            except StoreError as error:
                full = error.code == "store.disk_full"
                os._exit(3 if full or (not real_disk and error.code == "store.write_failed") else 4)
            except BaseException:  # noqa: BLE001
                os._exit(5)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 3
        assert target.read_bytes() == before
        assert [p.name for p in disk.iterdir()] == [target.name]
    finally:
        if real_disk:
            subprocess.run(["umount", str(disk)], check=False)


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0, reason="needs root to drop")
def test_a_read_only_folder_as_an_ordinary_user():
    # CI runs as root, which may write anywhere: the save runs as "nobody" instead, in a
    # folder it can enter but not write to.
    import shutil
    import tempfile
    from pathlib import Path

    old = _workspace("gammal", 1)
    base = Path(tempfile.mkdtemp(prefix="digidesk-readonly-"))
    os.chmod(base, 0o755)
    folder = base / "skrivskyddad"
    folder.mkdir()
    target = folder / "arbete.digidesk"
    store.save(old, target)
    os.chmod(folder, 0o755)
    os.chmod(target, 0o644)
    before = target.read_bytes()
    pid = os.fork()
    if pid == 0:
        try:
            os.setgid(65534)
            os.setuid(65534)
            store.save(_workspace("ny", 2), target)
        except StoreError as error:
            os._exit(3 if error.code == "store.read_only" else 4)
        except BaseException:  # noqa: BLE001
            os._exit(5)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 3
    assert target.read_bytes() == before
    assert [p.name for p in folder.iterdir()] == [target.name]
    shutil.rmtree(base)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (OSError(28, "No space left on device"), "store.disk_full"),
        (OSError(36, "File name too long"), "store.path_too_long"),
        (PermissionError(13, "Permission denied"), "store.read_only"),
        (OSError(30, "Read-only file system"), "store.read_only"),
        (FileNotFoundError(2, "No such file or directory"), "store.folder_missing"),
        (OSError(5, "Input/output error"), "store.write_failed"),
    ],
)
def test_write_errors_in_words(error, code, tmp_path):
    from digidesk.core.store import write_error

    assert write_error(error, tmp_path / "x.digidesk").code == code
