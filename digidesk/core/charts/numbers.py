"""Numbers as the chart's language writes them: "1 234,5" and "56,8 %" in Swedish and
Norwegian (decimal comma, a no-break space between thousands), "1,234.5" and "56.8%" in
English, and a true minus sign ("−3,2") in all three."""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

MINUS = "\u2212"
NBSP = "\u00a0"
_SEPARATORS = {"sv": (",", NBSP), "nb": (",", NBSP), "en": (".", ",")}
PERCENT_UNITS = frozenset({"%", "procent", "prosent", "andel (%)", "percent"})
MAX_DECIMALS = 4


def is_percent(unit: str) -> bool:
    return unit.strip().casefold() in PERCENT_UNITS


def format_number(
    value: float | None, language: str, decimals: int = 0, *, percent: bool = False
) -> str:
    """``value`` with ``decimals`` decimals in ``language``; "" for a missing value."""
    if value is None or not math.isfinite(value):
        return ""
    decimal, thousands = _SEPARATORS.get(language, _SEPARATORS["en"])
    text = f"{abs(value):,.{decimals}f}"
    text = text.replace(",", "\x00").replace(".", decimal).replace("\x00", thousands)
    if value < 0 and any(c not in "0.,\u00a0" for c in text):
        text = MINUS + text  # never "−0"
    if percent:
        text += "%" if language == "en" else f"{NBSP}%"
    return text


def tick_decimals(values: Iterable[float]) -> int:
    """The fewest decimals that write each tick exactly (0, 2,5, 5 → 1)."""
    array = np.asarray([v for v in values if v is not None and math.isfinite(v)], float)
    for decimals in range(MAX_DECIMALS + 1):
        scaled = array * 10**decimals
        if np.all(np.abs(scaled - np.round(scaled)) <= 1e-6 * np.maximum(1.0, np.abs(scaled))):
            return decimals
    return MAX_DECIMALS


def label_decimals(values: Iterable[float]) -> int:
    """Decimals for values written on a chart: none for whole numbers and big values
    (kronor, inhabitants), one for shares and rates, two below 1."""
    array = np.abs(np.asarray([v for v in values if v is not None and math.isfinite(v)], float))
    if not array.size or np.all(array == np.round(array)):
        return 0
    typical = float(np.median(array))
    if typical >= 100:
        return 0
    return 1 if typical >= 1 else 2
