"""Take screenshots of every view of the demo workspace: ``python docs/screenshots.py OUTDIR``.

Run it on a real or virtual display (``xvfb-run -s "-screen 0 1600x1000x24"``) to check
layout, Swedish text and number formatting by eye; the README's picture comes from here.
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
        for kind, key in window.navigator.view_keys():
            window.navigator.select((kind, key))
            app.processEvents()
            window.grab().save(str(out / f"{kind}-{key}.png"))
        window.document.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(500, shoot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
