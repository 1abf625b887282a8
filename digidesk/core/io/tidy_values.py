"""Figures as written in cells: numbers in every notation, percent, and missing markers."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from digidesk.core.io.cells import cell_text, is_numeric
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.markers import missing_marker
from digidesk.core.io.unique import all_numbers

_ENGLISH = re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$")
_COMMA_GROUPS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$")


def english_grouping(uniques: np.ndarray, decimal: str | None = None) -> bool:
    """Whether a column writes thousands with commas ("673,469", "1,434.72").

    "3,25" alone is a decimal comma; one value with both separators, comma first, settles
    the whole column as English.
    """
    texts = [v.strip() for v in uniques if isinstance(v, str)][:5000]
    if decimal == "." and any(_COMMA_GROUPS.match(t) for t in texts):
        return not any(_DECIMAL_COMMA.match(t) for t in texts)
    return any(_ENGLISH.match(t) for t in texts) and not any(_DECIMAL_COMMA.match(t) for t in texts)


def _parser(english: bool):
    def parse(cell: object) -> tuple[float, str, bool]:
        if isinstance(cell, bool):
            return math.nan, str(cell), False
        if isinstance(cell, int | float):
            number = float(cell)
            if math.isfinite(number):
                return number, "", False
            # No published figure is infinite: an error cell or a broken formula's result.
            return math.nan, ".." if math.isnan(number) else cell_text(cell), False
        text = cell_text(cell)  # type: ignore[arg-type]
        if not text:
            return math.nan, "", False
        parsed = parse_number(text.replace(",", "") if english else text)
        if parsed is not None:
            return parsed[0], "", parsed[1]
        marker = missing_marker(text)
        return math.nan, marker if marker is not None else text, False

    return parse


def parse_column(
    codes: np.ndarray, uniques: np.ndarray, english: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Counter[str]]:
    """(value, status, is_percent, count of each marker) of a factorised column of cells."""
    if all_numbers(uniques):  # number cells, as workbooks hold figures: no parsing
        numbers = uniques.astype("float64")
        statuses = np.full(len(uniques), "", dtype=object)
        odd = ~np.isfinite(numbers)
        if odd.any():
            # No published figure is infinite: an error cell or a broken formula's result.
            statuses[odd] = [".." if math.isnan(v) else cell_text(v) for v in numbers[odd]]
            numbers[odd] = math.nan
        percents = np.zeros(len(uniques), dtype=bool)
    else:
        parse = _parser(english)
        parsed = [parse(u) for u in uniques]
        numbers = np.fromiter((p[0] for p in parsed), dtype="float64", count=len(parsed))
        statuses = np.empty(len(parsed), dtype=object)
        statuses[:] = [p[1] for p in parsed]
        percents = np.fromiter((p[2] for p in parsed), dtype=bool, count=len(parsed))
    counts = np.bincount(codes, minlength=len(uniques))
    markers: Counter[str] = Counter()
    for status, count in zip(statuses, counts, strict=True):
        if status and count:
            markers[status] += int(count)
    return numbers[codes], statuses[codes], percents[codes], markers


def is_figure_or_marker(cell: object) -> bool:
    """A number, number text or a missing marker (not free text, not blank)."""
    return not isinstance(cell, bool) and is_numeric(cell)  # type: ignore[arg-type]
