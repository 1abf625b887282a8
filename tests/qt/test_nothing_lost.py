"""Nothing lost: autosave, the offer after a crash, versions, the crash dialog, the smoke test."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from digidesk.core import recovery, versions

INCOME = "KOLADA-MEDIANINKOMST"


@pytest.fixture(autouse=True)
def data_folder(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("DIGIDESK_DATA_DIR", str(folder))
    return folder


def _edit(window, value: float = 123_456.0):
    from digidesk.core.commands import SetObservations

    frame = window.document.workspace.dataset("kolada-bakgrund").observations
    label = frame.index[(frame["indicator_id"] == INCOME) & (frame["area_id"] == "0186")][0]
    window.document.push(SetObservations("kolada-bakgrund", (int(label),), (value,), ("",)))
    return int(label)


def test_an_edit_is_written_aside_and_a_save_removes_the_copy(demo_window, qtbot, tmp_path):
    label = _edit(demo_window)
    demo_window.autosave.write_now()
    qtbot.waitUntil(lambda: recovery.entries(include_live=True) != [], timeout=20_000)
    demo_window.autosave.wait()
    (entry,) = recovery.entries(include_live=True)
    assert recovery.entries() == []  # this app runs: nothing to offer
    copy = recovery.load(entry.entry_id).dataset("kolada-bakgrund").observations
    assert copy.loc[label, "value"] == 123_456.0
    target = tmp_path / "arbete.digidesk"
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save_to(target)
    assert recovery.entries(include_live=True) == []


def test_autosave_waits_for_a_pause_but_not_for_ever(demo_window, qtbot, monkeypatch):
    from digidesk.qt import autosave

    monkeypatch.setattr(autosave, "IDLE_SECONDS", 0.2)
    _edit(demo_window, 1.0)
    qtbot.waitUntil(lambda: recovery.entries(include_live=True) != [], timeout=20_000)
    demo_window.autosave.wait()


def test_a_killed_app_leaves_its_edit_and_the_next_start_offers_it(
    data_folder, qtbot, window, monkeypatch
):
    script = textwrap.dedent(
        f"""
        import sys
        from digidesk.app import start
        from digidesk.core.commands import SetObservations
        app, window, _ = start(["--demo", "--language", "sv"])

        def edit():
            frame = window.document.workspace.dataset("kolada-bakgrund").observations
            label = frame.index[(frame["indicator_id"] == "{INCOME}")
                                & (frame["area_id"] == "0186")][0]
            window.document.push(
                SetObservations("kolada-bakgrund", (int(label),), (777_777.0,), ("",)))
            print("EDITED", flush=True)

        window.document.workspace_replaced.connect(edit)
        sys.exit(app.exec())
        """
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DIGIDESK_DATA_DIR": str(data_folder),
        "DIGIDESK_AUTOSAVE_IDLE": "0.3",
    }
    app = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert app.stdout.readline().strip() == "EDITED"
        deadline = time.monotonic() + 60
        while not recovery.entries(include_live=True) and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)  # the description is written right after the copy
    finally:
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    listing = subprocess.run(
        [sys.executable, "-m", "digidesk", "recovery", "list", "--json"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    (found,) = json.loads(listing.stdout)
    assert found["title"].startswith("Demo")

    # The next start: the offer, answered "Restore".
    from digidesk.qt.dialogs import recovery_dialog

    offered = []

    def answer(self):
        offered.append([e.entry_id for e in self._entries])
        self.choice = (recovery_dialog.RESTORE, self._entries[0])
        return 1

    monkeypatch.setattr(recovery_dialog.RecoveryDialog, "exec", answer)
    with qtbot.waitSignal(window.document.workspace_replaced, timeout=30_000):
        assert window.recovery.offer() is True
    assert offered == [[found["entry_id"]]]
    frame = window.document.workspace.dataset("kolada-bakgrund").observations
    edited = frame[(frame["indicator_id"] == INCOME) & (frame["area_id"] == "0186")]
    assert 777_777.0 in edited["value"].tolist()
    assert window.document.modified  # recovered work is unsaved work
    assert recovery.entries() == []  # now this app's
    window.document.undo_stack.setClean()


def test_versions_of_a_saved_workspace(demo_window, qtbot, tmp_path, monkeypatch):
    from digidesk.qt.dialogs import versions_dialog

    target = tmp_path / "plan.digidesk"
    for value in (1.0, 2.0):
        _edit(demo_window, value)
        with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
            demo_window.files.save_to(target)
    kept = versions.versions(target)
    assert len(kept) == 1  # the first save had nothing to keep
    assert demo_window.versions_action.isEnabled()

    def choose(self):
        self.choice = (versions_dialog.OPEN_COPY, self._versions[0])
        return 1

    monkeypatch.setattr(versions_dialog.VersionsDialog, "exec", choose)
    with qtbot.waitSignal(demo_window.document.workspace_replaced, timeout=30_000):
        demo_window.versions_action.trigger()
    workspace = demo_window.document.workspace
    assert workspace.title == "plan (earlier version)" and demo_window.document.path is None
    frame = workspace.dataset("kolada-bakgrund").observations
    assert 1.0 in frame[(frame["indicator_id"] == INCOME)]["value"].tolist()
    demo_window.document.undo_stack.setClean()


def test_an_unexpected_error_is_logged_and_explained(window, qtbot, monkeypatch):
    from digidesk.qt import crash

    shown = []
    monkeypatch.setattr(crash.CrashReporter, "_dialog", lambda self, summary: shown.append(summary))
    reporter = crash.CrashReporter(window, lambda: True, lambda: None)
    try:
        raise ZeroDivisionError("division by zero in a view")
    except ZeroDivisionError:
        reporter.handle(*sys.exc_info())
    qtbot.waitUntil(lambda: shown != [], timeout=5_000)
    assert shown == ["ZeroDivisionError: division by zero in a view"]
    log = Path(crash.log_path()).read_text("utf-8")
    assert "Traceback" in log and "division by zero in a view" in log


def test_the_smoke_test_leaves_the_users_settings_alone(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("DIGIDESK_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "digidesk", "--smoke-test"],
        capture_output=True, text=True, env=env, timeout=240,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    written = [p.relative_to(home) for p in home.rglob("*") if p.is_file()]
    assert not [p for p in written if "DigiDesk" in str(p)], written
