"""Numbers as Swedes and Norwegians (and everyone else) write them.

Accepts ``1 234,5`` (space, NBSP, NNBSP or thin space between thousands),
``1.234,5``, ``1,234.5``, ``1234.5``, ``56,8 %``, ``−3,2`` (U+2212 minus) and
``-3,2``. A comma alone is a decimal comma ("3,25" is 3.25) unless it groups
exactly three digits after a first group of 1–3 digits with another group
("1,234,567"), which is a thousands separator.
"""

from __future__ import annotations

import math
import re

_SPACES = dict.fromkeys(map(ord, " \u00a0\u202f\u2009\u2007'"), None)
_MINUSES = str.maketrans({"\u2212": "-", "\u2013": "-", "\u2012": "-"})
_PLAIN = re.compile(r"^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,])\d{3}(\1\d{3})*([.,]\d+)?$")


def parse_number(text: str) -> tuple[float, bool] | None:
    """Return (value, is_percent) or None when ``text`` is not a number.

    ``is_percent`` tells that the text ended in "%"; the value is as written
    ("56,8 %" → (56.8, True)), in the unit as published.
    """
    s = text.strip().translate(_MINUSES)
    percent = s.endswith("%")
    if percent:
        s = s[:-1].rstrip()
    s = s.translate(_SPACES)
    if not s:
        return None
    grouped = _GROUPED.match(s)
    if grouped and (grouped.group(2) or grouped.group(3)):
        # "1.234,5" / "1,234.5" / "1.234.567": the first separator groups thousands.
        decimal = "," if grouped.group(1) == "." else "."
        s = s.replace(grouped.group(1), "").replace(decimal, ".")
    elif _PLAIN.match(s):
        s = s.replace(",", ".")
    else:
        return None
    try:
        value = float(s)
    except ValueError:
        return None
    # "1e999" or a 400-digit string overflows to infinity, which no published value means.
    return (value, percent) if math.isfinite(value) else None
