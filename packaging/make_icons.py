"""Render the SVG icons in resources/icons to the formats installers need.

``python packaging/make_icons.py OUTDIR`` writes digidesk.png (512 px), digidesk.ico
(256 px, scaled down by Windows) and digidesk.icns, and the same for digidesk-document
(the .digidesk file icon). Qt's own image plugins write ICO and ICNS; no other tool needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - needed by QImage I/O
    for name in ("digidesk", "digidesk-document"):
        svg = ICONS / f"{name}.svg"
        render(svg, 512).save(str(out / f"{name}.png"))
        render(svg, 256).save(str(out / f"{name}.ico"))  # Qt's ICO writer scales down
        render(svg, 1024).save(str(out / f"{name}.icns"))
        for suffix in ("png", "ico", "icns"):
            if not (out / f"{name}.{suffix}").stat().st_size:
                raise SystemExit(f"could not write {name}.{suffix}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")))
