"""Missing-value markers that statistics agencies put where a number would be.

A marker becomes NaN in ``value`` and is kept, as written, in ``status``:
SCB and SSB write ".." (not available) and "." (not applicable), Kolada "-",
SSB ":" (confidential), Socialstyrelsen "x" or "<15" (suppressed small counts).
"""

from __future__ import annotations

import re

MISSING_MARKERS: frozenset[str] = frozenset(
    {
        "..",
        "...",
        ".",
        "-",
        "–",
        "—",
        "x",
        "X",
        "×",
        ":",
        "NA",
        "N/A",
        "n/a",
        "na",
        "NaN",
        "nan",
        "*",
        "**",
        "s",
        "u",
        "-/-",
        "#N/A",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
    }
)
_SUPPRESSED = re.compile(r"^[<>≤≥]\s*\d+([.,]\d+)?$")


def missing_marker(text: str) -> str | None:
    """The marker ``text`` is (stripped), or None when it is not a marker."""
    stripped = text.strip()
    if stripped in MISSING_MARKERS or _SUPPRESSED.match(stripped):
        return stripped
    return None
