"""The installer icons render from the SVG sources in every format the installers need."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def test_make_icons_writes_png_ico_and_icns(qapp, tmp_path):
    script = ROOT / "packaging" / "make_icons.py"
    spec = importlib.util.spec_from_file_location("make_icons", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(tmp_path) == 0
    for name in ("digidesk", "digidesk-document"):
        png = QImage(str(tmp_path / f"{name}.png"))
        assert png.width() == 512
        # The corner is transparent, the middle is painted.
        assert png.pixelColor(0, 0).alpha() == 0
        assert png.pixelColor(256, 300).alpha() == 255
        assert (tmp_path / f"{name}.ico").stat().st_size > 1000
        assert (tmp_path / f"{name}.icns").read_bytes()[:4] == b"icns"
