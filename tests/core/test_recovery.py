"""Recovery copies, earlier versions, lock files and file stamps."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime, timedelta

import pytest

from digidesk.core import locks, recovery, versions
from digidesk.core.errors import StoreError
from digidesk.core.filestamp import changed_since, stamp


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("DIGIDESK_DATA_DIR", str(folder))
    return folder


def test_a_live_session_is_not_offered_and_a_discarded_one_is_gone(full_workspace):
    session = recovery.RecoverySession()
    entry = session.write(full_workspace, None)
    assert (entry.datasets, entry.observations, entry.title) == (1, 4, "Test")
    assert recovery.entries() == []  # this process holds it
    assert [e.entry_id for e in recovery.entries(include_live=True)] == [session.entry_id]
    with pytest.raises(StoreError):
        recovery.remove(session.entry_id)
    session.discard()
    session.close()
    assert recovery.entries(include_live=True) == []


def test_a_closed_session_is_recoverable_and_restores_exactly(full_workspace, tmp_path):
    session = recovery.RecoverySession()
    session.write(full_workspace, tmp_path / "budget.digidesk")
    session.close()
    (entry,) = recovery.entries()
    assert entry.name == "budget.digidesk" and entry.pid == os.getpid()
    out = recovery.restore(entry.entry_id, tmp_path / "back.digidesk")
    from digidesk.core import store

    assert store.load(out).same_as(full_workspace)
    adopted = recovery.adopt(entry.entry_id)
    assert recovery.entries() == []  # taken over by this process
    adopted.discard()
    adopted.close()


def test_a_killed_app_leaves_its_copy_for_the_command_line(data_folder, tmp_path):
    script = textwrap.dedent(
        """
        import sys, time
        from digidesk.core import recovery
        from digidesk.core.demo import build_demo_workspace
        workspace = build_demo_workspace()
        workspace.title = "Obesparat arbete"
        session = recovery.RecoverySession()
        session.write(workspace, None)
        print(session.entry_id, flush=True)
        time.sleep(60)
        """
    )
    env = {**os.environ, "DIGIDESK_DATA_DIR": str(data_folder)}
    child = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    entry_id = child.stdout.readline().strip()
    assert entry_id
    listing = subprocess.run(
        [sys.executable, "-m", "digidesk", "recovery", "list", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert json.loads(listing.stdout) == []  # the app still runs
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)
    listing = subprocess.run(
        [sys.executable, "-m", "digidesk", "recovery", "list", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    (found,) = json.loads(listing.stdout)
    assert found["entry_id"] == entry_id and found["title"] == "Obesparat arbete"
    assert found["observations"] > 5_000
    out = tmp_path / "återställd.digidesk"
    restored = subprocess.run(
        [sys.executable, "-m", "digidesk", "recovery", "restore", entry_id, str(out)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert restored.returncode == 0 and out.stat().st_size > 0
    missing = subprocess.run(
        [sys.executable, "-m", "digidesk", "recovery", "restore", "nope", str(out)],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert missing.returncode == 3 and "nope" in missing.stderr


def test_damaged_descriptions_are_skipped(data_folder):
    folder = recovery.folder()
    (folder / "broken.json").write_text("{not json", "utf-8")
    (folder / "orphan.json").write_text(json.dumps({"entry_id": "orphan"}), "utf-8")
    assert recovery.entries() == []


def test_versions_keep_the_last_five(tmp_path):
    source = tmp_path / "plan.digidesk"
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for n in range(7):
        source.write_bytes(f"version {n}".encode())
        versions.keep(source, now=start + timedelta(minutes=n))
    kept = versions.versions(source)
    assert len(kept) == 5
    assert [v.path.read_bytes() for v in kept] == [f"version {n}".encode() for n in (6, 5, 4, 3, 2)]
    other = tmp_path / "elsewhere" / "plan.digidesk"
    other.parent.mkdir()
    other.write_bytes(b"x")
    assert versions.versions(other) == []  # same name, other folder
    versions.restore(kept[-1], source)
    assert source.read_bytes() == b"version 2"
    assert versions.versions(source)[0].path.read_bytes() == b"version 6"  # kept first


def test_foreign_lock_files(tmp_path):
    book = tmp_path / "Budget 2026.xlsx"
    book.write_bytes(b"")
    assert locks.foreign_locks(book) == []
    (tmp_path / "~$Budget 2026.xlsx").write_bytes(b"\x0bAnna Berg" + b"\x00" * 40)
    (tmp_path / ".~lock.Budget 2026.xlsx#").write_text(
        "Per Olsen,kontor-pc,per,01.12.2026 10:00,file:///home/per/.config/libreoffice/4;"
    )
    found = {(lock.program, lock.user) for lock in locks.foreign_locks(book)}
    assert ("libreoffice", "Per Olsen") in found
    assert any(program == "excel" for program, _ in found)


def test_own_lock_is_not_foreign_and_a_stale_one_is_cleared(tmp_path):
    workspace = tmp_path / "plan.digidesk"
    workspace.write_bytes(b"")
    lock = locks.write_own_lock(workspace)
    assert lock is not None and lock.name == ".~lock.plan.digidesk#"
    assert locks.foreign_locks(workspace) == []
    locks.remove_own_lock(workspace)
    assert not lock.exists()
    import socket

    dead = _dead_pid()
    lock.write_text(f"x,{socket.gethostname()},x,01.12.2026 10:00,DigiDesk {dead};")
    assert locks.foreign_locks(workspace) == [] and not lock.exists()
    lock.write_text("x,another-host,x,01.12.2026 10:00,DigiDesk 1;")
    (other,) = locks.foreign_locks(workspace)
    assert other.program == "digidesk"


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_file_stamps_notice_changes_by_content(tmp_path):
    path = tmp_path / "a.digidesk"
    path.write_bytes(b"one")
    before = stamp(path)
    assert not changed_since(path, before)
    os.utime(path, ns=(time.time_ns(), time.time_ns() + 5_000_000_000))
    assert not changed_since(path, before)  # touched, same content
    path.write_bytes(b"two")
    assert changed_since(path, before)
    path.unlink()
    assert changed_since(path, before)
    assert not changed_since(path, None)
