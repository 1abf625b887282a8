"""CSV that Swedish/Norwegian Excel opens directly, or standard CSV.

``nordic``: ``;`` separator, decimal comma, UTF-8 with BOM (Excel in sv/nb
reads it without an import dialog). ``standard``: ``,``, decimal point, UTF-8.
Floats are written with the shortest text that reads back to the same float.
"""

from __future__ import annotations

import csv
import math
import os
from typing import Literal

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
    """
    nordic = dialect == "nordic"
    delimiter, decimal = (";", ",") if nordic else (",", ".")
    encoding = "utf-8-sig" if nordic else "utf-8"
    numeric = [pd.api.types.is_float_dtype(frame[c].dtype) for c in frame.columns]
    ticker = Ticker(len(frame), progress, cancelled)
    ticker.start()
    with atomic_target(path) as temp, open(temp, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n" if nordic else "\n")
        writer.writerow(list(frame.columns))
        columns = [frame[c].to_numpy() for c in frame.columns]
        block = _ticker.BLOCK_ROWS
        for begin in range(0, len(frame), block):
            ticker.check()
            end = min(begin + block, len(frame))
            cells = [
                [format_number(v, decimal) for v in column[begin:end].tolist()]
                if is_num
                else [escape_csv_text("" if v is None else str(v)) for v in column[begin:end]]
                for column, is_num in zip(columns, numeric, strict=True)
            ]
            writer.writerows(zip(*cells, strict=True))
            ticker.advance(end - begin)
        ticker.check()
    ticker.finish()
