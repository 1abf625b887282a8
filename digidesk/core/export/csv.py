"""CSV that Swedish/Norwegian Excel opens directly, or standard CSV.

``nordic``: ``;`` separator, decimal comma, UTF-8 with BOM (Excel in sv/nb
reads it without an import dialog). ``standard``: ``,``, decimal point, UTF-8.
Floats are written with the shortest text that reads back to the same float.
"""

from __future__ import annotations

import math
import os
from typing import Literal

import numpy as np
import pandas as pd

from digidesk.core.atomic import atomic_target
from digidesk.core.export import ticker as _ticker
from digidesk.core.export.safety import escape_csv_text
from digidesk.core.export.ticker import CancelledCallback, ProgressCallback, Ticker

Dialect = Literal["standard", "nordic"]


def format_number(value: float, decimal: str = ".") -> str:
    if math.isnan(value):
        return ""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", decimal) if decimal != "." else text


def write_csv(
    frame: pd.DataFrame,
    path: str | os.PathLike[str],
    dialect: Dialect = "standard",
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> None:
    """Write ``frame`` to ``path``; the file appears only when complete.

    ``progress`` gets the share of rows written (0 to 1) every few thousand rows;
    when ``cancelled()`` turns true the export stops with ``export.cancelled``,
    leaving no file behind and an earlier file at ``path`` untouched.

    Fields are made a column at a time: each distinct text is escaped and quoted once,
    and the rows are joined from the columns' fields. The quoting is the ``csv`` module's
    minimal quoting, so the file is the same as written by ``csv.writer``.
    """
    nordic = dialect == "nordic"
    delimiter, decimal = (";", ",") if nordic else (",", ".")
    encoding = "utf-8-sig" if nordic else "utf-8"
    newline = "\r\n" if nordic else "\n"
    numeric = [pd.api.types.is_float_dtype(frame[c].dtype) for c in frame.columns]
    ticker = Ticker(len(frame), progress, cancelled)
    ticker.start()
    with atomic_target(path) as temp, open(temp, "w", encoding=encoding, newline="") as handle:
        quote = _Quoter(delimiter, single=len(frame.columns) == 1)
        handle.write(delimiter.join(quote(str(c)) for c in frame.columns) + newline)
        columns = [
            _number_fields(frame.iloc[:, j], decimal) if is_num else _text_fields(frame.iloc[:, j])
            for j, is_num in enumerate(numeric)
        ]
        block = _ticker.BLOCK_ROWS
        for begin in range(0, len(frame), block):
            ticker.check()
            end = min(begin + block, len(frame))
            parts = [column.cells(begin, end, quote) for column in columns]
            lines = map(delimiter.join, zip(*parts, strict=True)) if parts else []
            handle.write(newline.join(lines) + newline)
            ticker.advance(end - begin)
        ticker.check()
    ticker.finish()


class _Quoter:
    """The ``csv`` module's minimal quoting of one field."""

    def __init__(self, delimiter: str, single: bool) -> None:
        self._special = (delimiter, '"', "\r", "\n")
        self._single = single  # a row of one empty field is written as ""

    def __call__(self, text: str) -> str:
        if any(ch in text for ch in self._special):
            return '"' + text.replace('"', '""') + '"'
        if not text and self._single:
            return '""'
        return text


class _Fields:
    """A column's distinct fields and, per row, which one (or the fields themselves)."""

    def __init__(self, uniques: list[str], index: np.ndarray | None, quoted: bool) -> None:
        self._uniques, self._index, self._quoted = uniques, index, quoted
        self._done: np.ndarray | None = None

    def cells(self, begin: int, end: int, quote: _Quoter) -> list[str]:
        if self._done is None:
            texts = self._uniques if self._quoted else [quote(t) for t in self._uniques]
            self._done = np.array(texts, dtype=object)
        if self._index is None:
            return self._done[begin:end].tolist()
        return self._done[self._index[begin:end]].tolist()


def _text_fields(series: pd.Series) -> _Fields:
    # Missing cells get code -1 and the field "" (the last one): pandas finds them while
    # hashing, without a pass of its own.
    index, uniques = pd.factorize(series.to_numpy(dtype=object))
    texts = [escape_csv_text("" if _missing(v) else str(v)) for v in uniques.tolist()]
    return _Fields([*texts, ""], index, quoted=False)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _number_fields(series: pd.Series, decimal: str) -> _Fields:
    # Each distinct number is written once: figures repeat (rounded rates, counts).
    numbers = series.to_numpy(dtype="float64") + 0.0  # -0.0 is written as 0, as 0.0 is
    index, uniques = pd.factorize(numbers, use_na_sentinel=False)
    texts = [format_number(v, decimal) for v in uniques.tolist()]
    return _Fields(texts, index, quoted=True)  # digits, a sign and one mark: never quoted
