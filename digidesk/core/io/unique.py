"""Functions applied once per distinct cell: cells repeat, so deciding each once is the saving.

A column is factorised (pandas' hash table, in C) into codes and its distinct
values; a Python function runs over the distinct values only, and its results
are spread back over the rows by the codes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd


def as_objects(values: Sequence[Any] | np.ndarray | pd.Series) -> np.ndarray:
    if isinstance(values, pd.Series):
        return values.to_numpy(dtype=object)
    if isinstance(values, np.ndarray) and values.dtype == object:
        return values
    array = np.empty(len(values), dtype=object)
    array[:] = list(values)
    return array


def factorize(values: Sequence[Any] | np.ndarray | pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """(codes, distinct values) of a column of cells, missing values included: every
    missing cell (None or NaN) is one distinct value, NaN, after the others.

    Not ``use_na_sentinel=False``: for objects pandas then makes a second pass to find
    the missing cells, as long as the hashing itself; the hash table finds them anyway."""
    codes, uniques = pd.factorize(as_objects(values))
    uniques = np.asarray(uniques, dtype=object)
    missing = codes < 0
    if missing.any():
        codes = np.where(missing, len(uniques), codes)
        uniques = np.append(uniques, np.array([np.nan], dtype=object))
    return codes, uniques


def per_unique(values: Any, func: Callable[[Any], Any]) -> tuple[np.ndarray, np.ndarray]:
    """(codes, ``func`` of each distinct value) as an object array indexed by the codes."""
    codes, uniques = factorize(values)
    results = np.empty(len(uniques), dtype=object)
    for k, value in enumerate(uniques):
        results[k] = func(value)
    return codes, results


def map_unique(series: Any, func: Callable[[Any], Any]) -> pd.Series:
    """``func`` applied once per distinct value, as a Series of objects like ``series``."""
    codes, results = per_unique(series, func)
    index = series.index if isinstance(series, pd.Series) else None
    return pd.Series(results[codes], index=index, dtype=object)


_NUMBERS = ("floating", "integer", "mixed-integer-float")


def all_numbers(uniques: np.ndarray) -> bool:
    """Whether every distinct cell is a number cell (int or float, not bool): a column of
    figures read from a workbook, decided in one pass in C."""
    return len(uniques) > 0 and pd.api.types.infer_dtype(uniques, skipna=False) in _NUMBERS


def decide(
    coded: tuple[np.ndarray, np.ndarray],
    test: Callable[[Any], bool],
    numbers: bool | None = None,
) -> np.ndarray:
    """``test`` of each cell of a factorised column, decided once per distinct cell;
    ``numbers`` is its answer for number cells, when it is the same for all of them."""
    codes, uniques = coded
    if numbers is not None and all_numbers(uniques):
        return np.full(len(codes), numbers, dtype=bool)
    decided = np.fromiter((bool(test(u)) for u in uniques), dtype=bool, count=len(uniques))
    return decided[codes]


def fill_down(values: np.ndarray, blank: np.ndarray) -> np.ndarray:
    """Each blank cell takes the last non-blank one above it ("" before the first)."""
    if not blank.any():
        return values
    positions = np.where(~blank, np.arange(len(values)), -1)
    np.maximum.accumulate(positions, out=positions)
    filled = values[np.maximum(positions, 0)]
    filled[positions < 0] = ""
    return filled


def combine(*code_arrays: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the combinations of several coded columns, and each combination's codes
    (one row per combination, one column per input)."""
    if not code_arrays:
        raise ValueError("nothing to combine")
    arrays = [np.asarray(c, dtype=np.int64) for c in code_arrays]
    sizes = [int(a.max()) + 1 if len(a) else 1 for a in arrays]
    if float(np.prod([float(s) for s in sizes])) < 2**62:
        key = np.zeros(len(arrays[0]), dtype=np.int64)
        for array, size in zip(arrays, sizes, strict=True):
            key = key * size + array
        codes, keys = pd.factorize(key)
        combos = np.empty((len(keys), len(arrays)), dtype=np.int64)
        rest = np.asarray(keys, dtype=np.int64)
        for k in range(len(arrays) - 1, -1, -1):
            combos[:, k] = rest % sizes[k]
            rest = rest // sizes[k]
        return codes.astype(np.int64), combos
    stacked = np.stack(arrays, axis=1)
    combos, codes = np.unique(stacked, axis=0, return_inverse=True)
    return codes.reshape(-1), combos
