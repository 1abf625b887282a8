"""The long observation table and the datasets that hold it.

A dataset's observations are one pandas DataFrame with the canonical columns
below. Text columns are categoricals (a million rows of repeated codes cost a
few MB instead of a few hundred), codes stay text ("0180"), a missing value is
NaN with its original marker ("..", "-", "x") kept in ``status``.

The DataFrame's index is the observation's identity: edits and undo address
rows by index label, never by position, so that sorting and filtering in a view
never redirect an edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from digidesk.core.model.areas import AreaRegister

TEXT_COLUMNS: tuple[str, ...] = ("indicator_id", "area_id", "period", "gender", "status")
OBSERVATION_COLUMNS: tuple[str, ...] = (
    "indicator_id",
    "area_id",
    "period",
    "gender",
    "value",
    "status",
)
GENDERS: tuple[str, ...] = ("T", "K", "M")


def make_observations(data: pd.DataFrame | Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Return a canonical observation table built from ``data``.

    Missing columns get their defaults (gender "T", empty status, NaN value);
    every text column becomes a categorical of str; the index becomes 0..n-1
    unless ``data`` is a DataFrame whose index is already unique integers.
    """
    frame = pd.DataFrame(data) if not isinstance(data, pd.DataFrame) else data
    n = len(frame)
    keep_index = (
        isinstance(data, pd.DataFrame)
        and pd.api.types.is_integer_dtype(frame.index.dtype)
        and frame.index.is_unique
    )
    index = frame.index if keep_index else pd.RangeIndex(n)
    columns: dict[str, Any] = {}
    for name in TEXT_COLUMNS:
        default = "T" if name == "gender" else ""
        if name in frame.columns:
            values = frame[name].to_numpy(dtype=object, na_value=None)
            columns[name] = _text_categorical(values, default)
        else:
            columns[name] = pd.Categorical(np.full(n, default, dtype=object))
    if "value" in frame.columns:
        columns["value"] = pd.to_numeric(frame["value"], errors="coerce").to_numpy(
            dtype="float64", na_value=np.nan
        )
    else:
        columns["value"] = np.full(n, np.nan)
    result = pd.DataFrame(columns, index=index)
    return result[list(OBSERVATION_COLUMNS)]


def _text_categorical(values: np.ndarray, default: str) -> pd.Categorical:
    """The cells as a categorical of their texts (``default`` for None). Texts are made once
    per distinct cell: a column of 200,000 repeated keys costs one hash pass, not a
    ``str`` call and a second hash pass per row."""
    codes, uniques = pd.factorize(values, use_na_sentinel=False)
    if not all(u is None or type(u) is str for u in uniques):
        # 1, 1.0 and True hash alike but read differently: text of every cell.
        texts = np.array([default if v is None else str(v) for v in values], dtype=object)
        return pd.Categorical(texts)
    texts = np.array([default if u is None else u for u in uniques], dtype=object)
    distinct = pd.Categorical(texts)
    return pd.Categorical.from_codes(distinct.codes[codes], dtype=distinct.dtype)


def empty_observations() -> pd.DataFrame:
    return make_observations(None)


@dataclass(slots=True)
class Provenance:
    """Where a dataset came from, so that every figure can be traced back."""

    file_name: str = ""
    sheet: str = ""
    sha256: str = ""
    publisher: str = ""
    imported_at: str = ""
    mapping: dict[str, Any] = field(default_factory=dict)


@dataclass(eq=False, slots=True)
class Dataset:
    """A named table of observations from one source.

    ``area_names`` keeps the names the source used for its area codes (e.g.
    "Alla kommuner (ovägt medel)"), so that exports speak the source's words.
    ``country`` ("SE", "NO" or "" when mixed) tells the register which code
    list the dataset's area codes belong to: Swedish and Norwegian codes
    overlap.
    """

    dataset_id: str
    name: str
    observations: pd.DataFrame
    country: str = ""
    area_names: dict[str, str] = field(default_factory=dict)
    provenance: Provenance = field(default_factory=Provenance)

    def area_display_names(self, register: AreaRegister) -> dict[str, str]:
        """Each area code's name: the source's own, else the register's for the dataset's
        country ("" when neither knows it)."""
        names: dict[str, str] = {}
        for code in self.observations["area_id"].cat.categories:
            code = str(code)
            name = self.area_names.get(code)
            if not name:
                area = register.get(code, self.country or None)
                name = area.name if area else ""
            names[code] = name
        return names

    def same_as(self, other: Dataset) -> bool:
        """True when both datasets hold the same content, observations included."""
        return (
            self.dataset_id == other.dataset_id
            and self.name == other.name
            and self.country == other.country
            and self.area_names == other.area_names
            and self.provenance == other.provenance
            and frames_equal(self.observations, other.observations)
        )


def frames_equal(left: pd.DataFrame, right: pd.DataFrame) -> bool:
    """Compare observation tables by content (categories' order does not matter)."""
    if list(left.columns) != list(right.columns) or len(left) != len(right):
        return False
    if not left.index.equals(right.index):
        return False
    for name in left.columns:
        a, b = left[name], right[name]
        if name == "value":
            if not np.array_equal(a.to_numpy(), b.to_numpy(), equal_nan=True):
                return False
        elif not np.array_equal(a.astype(str).to_numpy(), b.astype(str).to_numpy()):
            return False
    return True


def concat_observations(frames: Iterable[tuple[str, pd.DataFrame]]) -> pd.DataFrame:
    """Stack several datasets' observations into one table with a ``dataset_id`` column."""
    parts = []
    for dataset_id, frame in frames:
        part = frame.astype({name: str for name in TEXT_COLUMNS})
        part.insert(len(part.columns), "dataset_id", dataset_id)
        parts.append(part)
    if not parts:
        table = empty_observations()
        table["dataset_id"] = pd.Series(dtype=str)
        return table
    return pd.concat(parts, ignore_index=True)


def append_observations(frame: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with ``rows`` (canonical, with their own index labels) added, in label order.

    Categories are united first, so the text columns stay categoricals; labels
    increase through the table, so rows put back after a removal return to
    their old place.
    """
    rows = make_observations(rows)
    parts = []
    for part in (frame, rows):
        part = part.copy()
        for name in TEXT_COLUMNS:
            union = frame[name].cat.categories.union(rows[name].cat.categories)
            part[name] = part[name].cat.set_categories(union)
        parts.append(part)
    result = pd.concat(parts)
    if not result.index.is_unique:
        raise ValueError("observation labels must be unique")
    return result if result.index.is_monotonic_increasing else result.sort_index(kind="stable")


def next_labels(frame: pd.DataFrame, count: int) -> list[int]:
    """``count`` new index labels, after every label in use."""
    start = int(frame.index.max()) + 1 if len(frame) else 0
    return list(range(start, start + count))
