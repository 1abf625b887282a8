"""Take the user guide's own pictures: ``python docs/guide_pictures.py OUTDIR [--language sv]``.

Run it on a real or virtual display (``xvfb-run -s "-screen 0 1600x1000x24"``). It shoots
the welcome page (``welcome.png``, in a window of 1280 × 800 with three recent workspaces),
the export dialog (``export-dialog.png``) and,
to check them by eye, the user guide dialog in each language (``user-guide-LANG.png``).
The guide's other pictures come from ``docs/screenshots.py`` and
``docs/strategy_screenshots.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QTimer

RECENT = (
    "Dokument/Digitalisering/Uppföljning av digitaliseringsstrategin 2026.digidesk",
    "Dokument/Jury/Sveriges Digitaliseringskommun – juryns bedömning.digidesk",
    "Dokument/Analys/Jämförelse med kommungruppen.digidesk",
)


def _settle(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shoot_welcome(app, out: Path, size=(1280, 800), name: str = "welcome.png") -> None:
    """The welcome page in a plain window, with recent workspaces in a made-up home folder."""
    from PySide6.QtWidgets import QMainWindow

    from digidesk.qt.welcome import WelcomePage

    home = Path(tempfile.mkdtemp(prefix="digidesk-home-"))
    old_home = os.environ.get("HOME")
    os.environ["HOME"] = str(home)  # the list shows the folders as ~/…
    try:
        recent = []
        for relative in RECENT:
            path = home / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
            recent.append(path)
        window = QMainWindow()
        window.setWindowTitle("DigiDesk")
        page = WelcomePage(recent, window)
        window.setCentralWidget(page)
        window.resize(*size)
        window.show()
        for _ in range(10):
            app.processEvents()
        page.demo_button.setFocus()
        app.processEvents()
        window.grab().save(str(out / name))
        window.close()
    finally:
        if old_home is not None:
            os.environ["HOME"] = old_home


def shoot_guide(app, out: Path, language: str, size=(1280, 800)) -> None:
    """The user guide dialog, scrolled to its section on the comparison."""
    from digidesk.qt.dialogs.user_guide import UserGuideDialog

    dialog = UserGuideDialog(language)
    dialog.resize(*size)
    dialog.show()
    _settle(app, 0.4)  # the pictures are fitted to the width once the size has settled
    dialog.contents.setCurrentRow(min(3, dialog.contents.count() - 1))
    app.processEvents()
    dialog.grab().save(str(out / f"user-guide-{language}.png"))
    dialog.close()


def shoot_export_dialog(app, window, out: Path) -> None:
    """File ▸ Export… over the first dataset's table."""
    from digidesk.qt.dialogs.export_dialog import ExportDialog

    key = next(k for k in window.navigator.view_keys() if k[0] == "dataset")
    window.navigator.select(key)
    view = window.show_view(key)
    name = view.shown_name() if hasattr(view, "shown_name") else None
    folder = Path(tempfile.gettempdir()) / "Dokument"  # a folder that exists: Export enabled
    folder.mkdir(exist_ok=True)
    dialog = ExportDialog(str(folder), "Digitaliseringsuppföljning", name, window.settings, window)
    dialog.show()
    for _ in range(10):
        app.processEvents()
    dialog.grab().save(str(out / "export-dialog.png"))
    dialog.close()


def main() -> int:
    from digidesk.app import start

    args = sys.argv[1:]
    language = args.pop(args.index("--language") + 1) if "--language" in args else "sv"
    if "--language" in args:
        args.remove("--language")
    out = Path(args[0] if args else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, window, _ = start(["--demo", "--language", language])
    window.resize(1600, 1000)

    def shoot() -> None:
        if window.files.busy or not window.navigator.view_keys():
            QTimer.singleShot(200, shoot)
            return
        shoot_export_dialog(app, window, out)
        shoot_welcome(app, out)
        for code in ("sv", "nb", "en"):
            shoot_guide(app, out, code)
        window.document.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
