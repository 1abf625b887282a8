"""Screenshots of the strategy follow-up: ``python docs/strategy_screenshots.py OUTDIR``.

Run on a real or virtual display (``xvfb-run -a -s "-screen 0 1600x1000x24"``), in Swedish:
the tree with its badges and roll-ups, the detail pane of a linked target, the
document-import wizard on Örnsköldsvik's strategy, and the follow-up report as PDF (turn
its pages into pictures with ``pdftoppm -png -r 80 OUTDIR/strategy-report.pdf``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer


def main() -> int:
    from digidesk.app import start

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app, window, _ = start(["--demo", "--language", "sv"])
    window.resize(1600, 1000)

    def shoot() -> None:
        if window.files.busy or not window.navigator.view_keys():
            QTimer.singleShot(200, shoot)
            return
        from digidesk.core.io.strategy_import import import_strategy
        from digidesk.qt.dialogs.strategy_import_wizard import StrategyImportWizard

        window.navigator.select(("strategy", 0))
        view = window.show_view(("strategy", 0))
        view.select("T01")
        app.processEvents()
        window.grab().save(str(out / "strategy-tree.png"))
        view.select("T04")
        app.processEvents()
        view.detail.grab().save(str(out / "strategy-detail.png"))
        seed = Path(__file__).resolve().parents[1] / "resources" / "demo"
        wizard = StrategyImportWizard(
            import_strategy(seed / "ornskoldsvik_digitaliseringsstrategi.txt", in_worker=False),
            window,
        )
        wizard.resize(1500, 900)
        wizard.show()
        app.processEvents()
        wizard.tree.setCurrentItem(wizard.tree.topLevelItem(0).child(0).child(3))
        app.processEvents()
        wizard.grab().save(str(out / "strategy-import-wizard.png"))
        wizard.close()
        done: list[object] = []
        view.export_report(out / "strategy-report.pdf", on_done=done.append)

        def finish() -> None:
            if not done:
                QTimer.singleShot(100, finish)
                return
            window.document.undo_stack.setClean()
            app.quit()

        finish()

    QTimer.singleShot(500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
