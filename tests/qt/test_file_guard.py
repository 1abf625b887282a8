"""Files other programs also use: lock files, changes on disk, refused saves."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from digidesk.core import store
from digidesk.core.errors import StoreError


def click(monkeypatch, text: str) -> list[str]:
    """Answer the next question boxes by the button whose text contains ``text``."""
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        button = next(b for b in box.buttons() if text in b.text().replace("&", ""))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


@pytest.fixture
def saved(demo_window, qtbot, tmp_path):
    path = tmp_path / "jury.digidesk"
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save_to(path)
    return path


def _reopen(window, qtbot, path):
    window.document.undo_stack.setClean()
    window.files.interactive = True
    with qtbot.waitSignal(window.document.workspace_replaced, timeout=30_000):
        window.files.open_path(path)


def test_a_workspace_open_in_libreoffice_opens_read_only(
    demo_window, qtbot, saved, monkeypatch, tmp_path
):
    lock = saved.with_name(f".~lock.{saved.name}#")
    lock.write_text("Eva Lind,annan-dator,eva,02.12.2026 09:00,file:///home/eva/.config;")
    asked = click(monkeypatch, "read-only")
    _reopen(demo_window, qtbot, saved)
    assert asked and "Eva Lind" in asked[0]
    assert demo_window.document.read_only and "(read-only)" in demo_window.windowTitle()
    before = saved.read_bytes()
    elsewhere = tmp_path / "min kopia.digidesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save()  # read-only: asks for a new name
    assert elsewhere.exists() and saved.read_bytes() == before
    assert not demo_window.document.read_only


def test_open_a_copy_keeps_no_path(demo_window, qtbot, saved, monkeypatch):
    (saved.parent / f"~${saved.name}").write_bytes(b"\x04Anna" + b"\x00" * 30)
    click(monkeypatch, "copy")
    _reopen(demo_window, qtbot, saved)
    assert demo_window.document.path is None


def test_digidesk_keeps_its_own_lock_while_the_workspace_is_open(demo_window, saved):
    lock = saved.with_name(f".~lock.{saved.name}#")
    assert lock.exists() and "DigiDesk" in lock.read_text("utf-8")
    demo_window.document.undo_stack.setClean()
    demo_window.files.guard.release()
    assert not lock.exists()


def test_a_file_changed_on_disk_is_not_overwritten_without_asking(
    demo_window, qtbot, saved, monkeypatch, tmp_path
):
    store.save(store.load(saved), saved)  # another DigiDesk saved it meanwhile
    saved.write_bytes(saved.read_bytes())  # new time, maybe the same bytes: touch content
    with open(saved, "ab") as handle:
        handle.write(b"\x00")
    asked = click(monkeypatch, "Save As")
    elsewhere = tmp_path / "båda.digidesk"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    demo_window.files.interactive = True
    changed = saved.read_bytes()
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save()
    assert asked and "changed by another program" in asked[0]
    assert saved.read_bytes() == changed and elsewhere.exists()


def test_a_refused_save_offers_save_as(demo_window, qtbot, saved, monkeypatch, tmp_path):
    def refuse(_workspace, _path, progress=None):
        raise StoreError("store.read_only", path=str(saved))

    offered = []

    def warning(_parent, _title, text, *args, **kwargs):
        offered.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "warning", warning)
    real_save = store.save
    monkeypatch.setattr(store, "save", refuse)
    elsewhere = tmp_path / "annan mapp.digidesk"

    def choose(*_args, **_kwargs):
        monkeypatch.setattr(store, "save", real_save)
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    demo_window.files.interactive = True
    with qtbot.waitSignal(demo_window.files.saved, timeout=30_000):
        demo_window.files.save()
    assert offered and "may not write" in offered[0]
    assert elsewhere.exists()
