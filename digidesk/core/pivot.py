"""Wide views of a long observation table, computed with numpy on the categorical codes.

A pivot shows areas as rows and one column per indicator, period or gender.
The dimensions that are neither rows nor columns but vary in the rows shown
(e.g. the period when indicators are the columns) join the area as row keys,
so that no observation is hidden. Each cell holds the *position* of its
observation in the frame (or -1 where there is none): the pivot is an index,
never a copy of the values, so an edit in the pivot writes to the observation
itself and undo finds it whatever the view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from digidesk.core.errors import ModelError

PivotAxis = Literal["indicator", "period", "gender"]
PIVOT_AXES: tuple[PivotAxis, ...] = ("indicator", "period", "gender")
_COLUMN_OF_AXIS = {"indicator": "indicator_id", "period": "period", "gender": "gender"}
#: Cells a pivot may hold (positions, 8 bytes each): 20 million is 160 MB.
MAX_PIVOT_CELLS = 20_000_000


@dataclass(frozen=True, slots=True)
class Pivot:
    """Areas (and the other varying dimensions) × the chosen axis's values.

    ``row_keys`` maps each row-key column ("area_id", then "period",
    "indicator_id" or "gender" when they vary) to one code per pivot row;
    ``fixed`` gives the one code of each dimension that does not vary;
    ``column_keys`` holds the code of each value column; ``cells[r, c]`` the
    frame position of the observation, -1 for none.
    """

    axis: PivotAxis
    row_keys: dict[str, np.ndarray]
    column_keys: np.ndarray
    cells: np.ndarray
    duplicates: int = 0
    fixed: dict[str, str] = field(default_factory=dict)

    @property
    def shape(self) -> tuple[int, int]:
        return self.cells.shape  # type: ignore[return-value]

    def key_of(self, row: int, column: int) -> dict[str, str]:
        """The observation keys (column name → code) a cell stands for, also when empty."""
        keys = dict(self.fixed)
        keys.update((name, str(codes[row])) for name, codes in self.row_keys.items())
        keys[_COLUMN_OF_AXIS[self.axis]] = str(self.column_keys[column])
        return keys


def _codes(series: pd.Series, positions: np.ndarray | None) -> np.ndarray:
    """The category codes of the rows at ``positions`` (all rows when None), not copied."""
    codes = series.cat.codes.to_numpy()
    return codes if positions is None else codes[positions]


def _present(series: pd.Series, codes: np.ndarray) -> np.ndarray:
    """The distinct codes among ``codes``, in category order (-1, no category, first)."""
    counts = np.bincount(codes.astype(np.int64) + 1, minlength=len(series.cat.categories) + 1)
    return np.flatnonzero(counts) - 1


def _first_at(
    size: int, slots: np.ndarray, positions: np.ndarray, later: np.ndarray | None = None
) -> np.ndarray:
    """For each of ``size`` slots the smallest position written to it, -1 for none;
    positions where ``later`` is true count only when a slot has no other.

    Positions in frame order make the smallest the first observation; ufunc.at works
    in place, without the sorted copies np.unique(return_index=True) would make.
    """
    shift = int(positions.max()) + 1 if len(positions) else 0
    keys = positions if later is None else positions + np.where(later, shift, 0)
    first = np.full(size, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, slots, keys)
    none = first == np.iinfo(np.int64).max
    if later is not None:
        first = np.where(first >= shift, first - shift, first)
    first[none] = -1
    return first


def build_pivot(
    frame: pd.DataFrame,
    axis: PivotAxis,
    positions: np.ndarray | None = None,
    max_cells: int = MAX_PIVOT_CELLS,
) -> Pivot:
    """Pivot the rows at ``positions`` (all rows when None) of ``frame`` on ``axis``.

    Rows are in the order of their keys' categories (areas by code, then
    period…); when observations share a cell the first with a value (else the
    first) in frame order is shown and ``duplicates`` counts the others. Raises
    ``model.pivot_too_large`` rather than allocating a table that would not fit in memory.
    """
    whole = positions is None or (
        len(positions) == len(frame) and bool(np.all(positions[1:] > positions[:-1]))
    )
    subset = None if whole else positions
    if positions is None:
        positions = np.arange(len(frame), dtype=np.int64)
    column_name = _COLUMN_OF_AXIS[axis]
    column_codes = _codes(frame[column_name], subset)
    column_present = _present(frame[column_name], column_codes)
    key_names = ["area_id"]
    fixed: dict[str, str] = {}
    for name in ("indicator_id", "period", "gender"):
        if name == column_name:
            continue
        present = _present(frame[name], _codes(frame[name], subset))
        if len(present) > 1:
            key_names.append(name)
        elif len(present) == 1 and present[0] >= 0:
            fixed[name] = str(frame[name].cat.categories[present[0]])
    # One int64 per row: the key columns' codes combined in mixed radix.
    combined = np.zeros(len(positions), dtype=np.int64)
    for name in key_names:
        combined *= len(frame[name].cat.categories) + 1
        combined += _codes(frame[name], subset)
        combined += 1
    row_values, row_of = np.unique(combined, return_inverse=True)
    del combined
    column_of = np.searchsorted(column_present, column_codes)
    n_rows, n_columns = len(row_values), len(column_present)
    if n_rows * n_columns > max_cells:
        raise ModelError("model.pivot_too_large", rows=n_rows, columns=n_columns)
    row_of *= n_columns
    row_of += column_of
    # Of observations sharing a cell (an old and a new name of one kommun, say) the one
    # with a value is shown before one without.
    missing = np.isnan(frame["value"].to_numpy(dtype="float64")[positions])
    cells = _first_at(n_rows * n_columns, row_of, positions, missing).reshape(n_rows, n_columns)
    row_of -= column_of
    row_of //= n_columns
    duplicates = len(positions) - int(np.count_nonzero(cells >= 0))
    first_of_row = _first_at(n_rows, row_of, positions)
    row_keys = {name: _texts(frame[name], first_of_row) for name in key_names}
    categories = frame[column_name].cat.categories
    column_keys = np.array([str(categories[c]) for c in column_present], dtype=object)
    return Pivot(axis, row_keys, column_keys, cells, duplicates, fixed)


def _texts(series: pd.Series, positions: np.ndarray) -> np.ndarray:
    """The category texts of the rows at ``positions`` ("" for a missing category)."""
    texts = np.array([str(c) for c in series.cat.categories] + [""], dtype=object)
    return texts[series.cat.codes.to_numpy()[positions]]


def row_sort_order(
    pivot: Pivot,
    values: np.ndarray,
    column: int,
    ascending: bool = True,
) -> np.ndarray:
    """Pivot rows sorted by the values in one value column: stable, empty and missing last."""
    positions = pivot.cells[:, column]
    keys = np.where(positions >= 0, values[np.maximum(positions, 0)], np.nan)
    missing = np.isnan(keys)
    present = np.flatnonzero(~missing)
    present_keys = keys[present] if ascending else -keys[present]
    order = present[np.argsort(present_keys, kind="stable")]
    return np.concatenate([order, np.flatnonzero(missing)]).astype(np.int64)


def key_sort_order(
    keys: np.ndarray, texts: dict[str, str] | None = None, ascending: bool = True
) -> np.ndarray:
    """Pivot rows sorted by a key column's text (e.g. area names); stable both ways."""
    shown = [texts.get(k, k) if texts else k for k in keys.tolist()]
    # sorted() keeps equal items in their order also with reverse=True.
    order = sorted(
        range(len(shown)), key=lambda i: (shown[i].casefold(), shown[i]), reverse=not ascending
    )
    return np.asarray(order, dtype=np.int64)
