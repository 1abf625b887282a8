"""A function applied once per distinct cell: cells repeat, so parsing each once is the saving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd


def map_unique(series: pd.Series, func: Callable[[Any], Any]) -> pd.Series:
    """``func`` applied once per distinct value; cells repeat, parsing them once is the saving."""
    cache: dict[Any, Any] = {}
    out = np.empty(len(series), dtype=object)
    for i, value in enumerate(series.to_numpy(dtype=object)):
        try:
            result = cache[value]
        except KeyError:
            result = cache[value] = func(value)
        except TypeError:  # an unhashable cell
            result = func(value)
        out[i] = result
    return pd.Series(out, index=series.index, dtype=object)
