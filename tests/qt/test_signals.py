"""The Qt binding must survive a long session of signals emitted from Python.

PySide6 6.12.0 dropped a reference to ``True`` on every ``Signal.emit()`` and
aborted the interpreter after a few hundred emits; this guards the pin.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    flag = Signal(bool)
    pair = Signal(int, int)


def test_emitting_from_python_keeps_reference_counts(qapp):
    emitter = _Emitter()
    received: list[int] = []
    emitter.flag.connect(lambda value: received.append(int(value)))
    emitter.pair.connect(lambda a, b: received.append(a + b))
    before = sys.getrefcount(True)
    for _ in range(300):
        emitter.flag.emit(True)
        emitter.pair.emit(1, 2)
    assert received == [1, 3] * 300
    # A few references may come and go elsewhere; a leak per emit would show as hundreds.
    assert abs(sys.getrefcount(True) - before) < 50
