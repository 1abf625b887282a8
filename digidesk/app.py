"""Start the desktop application: settings, translations, the main window, then the data.

The window is shown before pandas and matplotlib are imported: the first file
is opened from the event loop once the window has been painted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from digidesk import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digidesk",
        description="DigiDesk: municipal digitalisation indicators, strategies and award juries. "
        "Headless commands: 'digidesk convert', 'digidesk inspect'.",
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="a .digidesk workspace or a table to import"
    )
    parser.add_argument("--demo", action="store_true", help="open the bundled demo workspace")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open FILE or the demo, show every view, save and export to "
        "temporary files, then exit (0 when all worked)",
    )
    parser.add_argument("--language", choices=("sv", "nb", "en"), help="user-interface language")
    parser.add_argument("--version", action="version", version=f"DigiDesk {__version__}")
    return parser


def _prepare_frozen_environment() -> None:
    # PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder on every
    # start, which rebuilds the font cache each time; a per-user cache folder keeps it.
    configured = os.environ.get("MPLCONFIGDIR", "")
    hook_made = not configured or configured.startswith(tempfile.gettempdir())
    if getattr(sys, "frozen", False) and hook_made:
        from PySide6.QtCore import QStandardPaths

        cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
        folder = Path(cache) / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(folder)


def _isolate_smoke_test() -> None:
    """The smoke test works in throwaway settings and data folders: the user's Recent list,
    preferences, recovery copies and versions stay as they are."""
    from PySide6.QtCore import QSettings

    folder = Path(tempfile.mkdtemp(prefix="digidesk-smoke-settings-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    os.environ["DIGIDESK_DATA_DIR"] = str(folder / "data")


def start(argv: Sequence[str] | None = None):
    """Create the application and show the main window; returns (app, window, smoke test or None).

    The first file (or the demo) is opened from the event loop, after the first paint; before
    it, unsaved work that a DigiDesk which ended unexpectedly left behind is offered back.
    """
    args = _parser().parse_args(argv)
    if args.smoke_test:
        _isolate_smoke_test()

    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from digidesk.qt.i18n import choose_language, install_translators, system_writes, use_language
    from digidesk.qt.settings import Settings
    from digidesk.qt.theme import apply_theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("DigiDesk")
    app.setOrganizationDomain("digidesk.se")
    app.setApplicationName("DigiDesk")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from digidesk.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "digidesk.svg"))))
    app.setDesktopFileName("digidesk")
    _prepare_frozen_environment()
    settings = Settings()
    preferred = args.language or settings.language
    language = choose_language(preferred)
    if preferred or settings.number_format or not system_writes(language, QLocale.system()):
        use_language(app, language, settings.number_format)
    else:  # the system's own locale (sv_FI, nb_NO…) for numbers
        app._translators = install_translators(app, language)  # type: ignore[attr-defined]
    apply_theme(app, settings.theme)

    from digidesk.qt.first_paint import after_first_paint
    from digidesk.qt.mainwindow import MainWindow

    window = MainWindow()
    if args.smoke_test:
        from digidesk.qt.smoke import SmokeTest

        target = Path(args.files[0]) if args.files else None
        smoke = SmokeTest(window, target)
        window.show()
        after_first_paint(window, smoke.start)
        return app, window, smoke

    from digidesk.qt.crash import CrashReporter, quit_now

    window.crash_reporter = CrashReporter(window, window.autosave.write_blocking, quit_now)
    window.crash_reporter.install()
    window.show()
    paths = [Path(f) for f in args.files]

    def open_initial() -> None:
        if paths:
            window.open_path(paths[0])
            for extra in paths[1:]:
                window.files.import_path(extra)
        elif args.demo:
            window.files.open_demo()
        else:
            window.new_workspace()

    after_first_paint(window, lambda: window.recovery.offer(then=open_initial))
    if os.environ.get("DIGIDESK_EXIT_AFTER_FIRST_PAINT"):
        # For benchmarks/bench_startup.py: time to a painted window, from source or bundled.
        after_first_paint(window, lambda: (print("PAINTED", flush=True), os._exit(0)))
    return app, window, None


def main(argv: Sequence[str] | None = None) -> int:
    app, _window, smoke = start(argv)
    code = app.exec()
    return smoke.exit_code if smoke is not None else code
