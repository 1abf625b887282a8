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
from digidesk.core.export.safety import escape_csv_text

Dialect = Literal["standard", "nordic"]


def format_number(value: float, decimal: str = ".") -> str:
    if math.isnan(value):
        return ""
    text = repr(float(value))
    if text.endswith(".0"):
        text = text[:-2]
    return text.replace(".", decimal) if decimal != "." else text


def write_csv(
    frame: pd.DataFrame, path: str | os.PathLike[str], dialect: Dialect = "standard"
) -> None:
    nordic = dialect == "nordic"
    delimiter, decimal = (";", ",") if nordic else (",", ".")
    encoding = "utf-8-sig" if nordic else "utf-8"
    numeric = [pd.api.types.is_float_dtype(frame[c].dtype) for c in frame.columns]
    with atomic_target(path) as temp, open(temp, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\r\n" if nordic else "\n")
        writer.writerow(list(frame.columns))
        columns = [frame[c].to_numpy() for c in frame.columns]
        for row in zip(*columns, strict=True):
            writer.writerow(
                [
                    format_number(v, decimal)
                    if is_num
                    else escape_csv_text("" if v is None else str(v))
                    for v, is_num in zip(row, numeric, strict=True)
                ]
            )
