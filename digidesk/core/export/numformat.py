"""Number formats per indicator, from its unit and the decimals its data uses.

Format codes are written in Excel's invariant syntax (``,`` groups thousands,
``.`` marks decimals); Excel and LibreOffice show them in the reader's locale,
so a Swedish reader sees ``1 234,5`` and an English one ``1,234.5``.

Percent indicators are stored as published (56.8 with unit "%"); in a
workbook they are written as the fraction 0.568 with a ``0.0%`` format, so
that the cell is a true percentage for formulas and charts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

MAX_DECIMALS = 4
_SAMPLE = 2_000


def decimals_used(values: Iterable[float], limit: int = MAX_DECIMALS) -> int:
    """The fewest decimals (up to ``limit``) that show every value of a sample exactly."""
    array = np.asarray(list(values) if not isinstance(values, np.ndarray) else values, float)
    array = array[np.isfinite(array)]
    if array.size > _SAMPLE:
        array = np.random.default_rng(0).choice(array, _SAMPLE, replace=False)
    for decimals in range(limit + 1):
        scaled = array * 10**decimals
        if np.all(np.abs(scaled - np.round(scaled)) <= 1e-6 * np.maximum(1.0, np.abs(scaled))):
            return decimals
    return limit


def number_format(decimals: int, *, percent: bool = False) -> str:
    """``#,##0.0`` style, or ``0.0%`` for percentages (decimals of the published value)."""
    tail = "." + "0" * decimals if decimals > 0 else ""
    return f"0{tail}%" if percent else f"#,##0{tail}"


def sample_text(value: float, fmt: str) -> str:
    """Roughly how a number looks in ``fmt``: used to fit column widths."""
    if not math.isfinite(value):
        return ""
    decimals = fmt.split(".")[1].count("0") if "." in fmt else 0
    if fmt.endswith("%"):
        return f"{value * 100:.{decimals}f}%"
    return f"{value:,.{decimals}f}"
