"""Start-up: process start → first paint of the main window, DigiDesk vs a bare QMainWindow.

Baseline: a bare PySide6 QMainWindow shown by a fresh Python process. Both are
started the same way (new process, offscreen platform), the parent measures
from just before launching the process until the child reports its first
paint. Goal: DigiDesk ≤ 2.5× the bare window, with pandas and matplotlib not yet
imported at first paint.

When ``make bundle`` has built ``dist/DigiDesk``, the bundled program is also timed against
``python -m digidesk`` (goal: no slower) and its size reported (goal: under 250 MB).

Run from the repository root: ``python benchmarks/bench_startup.py``.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPETITIONS = 7

_REPORTER = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
class Reporter(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            heavy = [m for m in ("pandas", "matplotlib") if m in sys.modules]
            print("PAINTED", ",".join(heavy), flush=True)
            QTimer.singleShot(0, lambda: __import__("os")._exit(0))
        return False
"""

BARE = (
    _REPORTER
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
reporter = Reporter()
window.installEventFilter(reporter)
window.show()
app.exec()
"""
)

DIGIDESK = (
    _REPORTER
    + """
from digidesk.app import start
app, window, _ = start(["--demo"])
reporter = Reporter()
window.installEventFilter(reporter)
app.exec()
"""
)


def measure(program: str, env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", program],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed, line.split(" ", 1)[1].strip()
    process.wait(timeout=30)
    raise RuntimeError("the program exited without painting")


BUNDLE = Path(__file__).resolve().parents[1] / "dist" / "DigiDesk" / "digidesk"


def measure_command(command: list[str], env: dict[str, str]) -> float:
    """Seconds from launch to the first painted main window (DIGIDESK_EXIT_AFTER_FIRST_PAINT)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("PAINTED"):
            elapsed = time.perf_counter() - started
            process.wait(timeout=30)
            return elapsed
    process.wait(timeout=30)
    raise RuntimeError(f"{command[0]} exited without painting")


def compare_bundle(env: dict[str, str]) -> dict[str, object] | None:
    """The bundled program (``make bundle``) against ``python -m digidesk``, same flags."""
    if not BUNDLE.exists():
        return None
    env = dict(env, DIGIDESK_EXIT_AFTER_FIRST_PAINT="1")
    source = [sys.executable, "-m", "digidesk", "--demo"]
    bundled = [str(BUNDLE), "--demo"]
    measure_command(bundled, env)  # the first start of a bundle fills caches
    measure_command(source, env)
    times = {"source": [], "bundle": []}
    for _ in range(REPETITIONS):
        times["source"].append(measure_command(source, env))
        times["bundle"].append(measure_command(bundled, env))
    value, baseline = statistics.median(times["bundle"]), statistics.median(times["source"])
    print(f"{'python -m digidesk --demo':<28}{baseline:>12.3f}{max(times['source']):>12.3f}")
    print(f"{'bundled digidesk --demo':<28}{value:>12.3f}{max(times['bundle']):>12.3f}")
    files = BUNDLE.parent.rglob("*")
    size = sum(f.stat().st_size for f in files if f.is_file() and not f.is_symlink())
    print(f"bundle size: {size / 1e6:.0f} MB unpacked (goal < 250 MB)")
    return {
        "bundle_first_paint": {
            "value": round(value, 4),
            "unit": "s",
            "baseline": round(baseline, 4),
            "ratio": round(baseline / value, 3),
            "goal": "ratio >= 1",
        },
        "bundle_size": {"value": round(size / 1e6), "unit": "MB", "goal": "value < 250"},
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config)
        measure(BARE, env)  # warm the file-system cache for both
        measure(DIGIDESK, env)
        bare, digidesk, heavy = [], [], set()
        for _ in range(REPETITIONS):
            bare.append(measure(BARE, env)[0])
            seconds, imported = measure(DIGIDESK, env)
            digidesk.append(seconds)
            heavy.update(filter(None, imported.split(",")))
    value, baseline = statistics.median(digidesk), statistics.median(bare)
    ratio = baseline / value
    print(f"{'program':<28}{'median (s)':>12}{'worst (s)':>12}")
    print(f"{'bare QMainWindow':<28}{baseline:>12.3f}{max(bare):>12.3f}")
    print(f"{'DigiDesk --demo':<28}{value:>12.3f}{max(digidesk):>12.3f}")
    print(f"DigiDesk / bare: {value / baseline:.2f}× (goal ≤ 2.5×)")
    print(
        "imported before first paint:",
        ", ".join(sorted(heavy)) or "neither pandas nor matplotlib",
    )
    result = {
        "benchmark": "startup",
        "metrics": {
            "first_paint": {
                "value": round(value, 4),
                "unit": "s",
                "baseline": round(baseline, 4),
                "ratio": round(ratio, 3),
                "goal": "ratio >= 0.4",
            },
            "heavy_imports_before_paint": {
                "value": len(heavy),
                "unit": "modules",
                "baseline": 0,
                "ratio": 1.0 if not heavy else 0.0,
                "goal": "value == 0",
            },
        },
    }
    with tempfile.TemporaryDirectory() as config:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=config)
        bundle = compare_bundle(env)
    if bundle is not None:
        result["metrics"].update(bundle)  # type: ignore[attr-defined]
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
