"""The tidy observation table as users read it: ids and names side by side."""

from __future__ import annotations

import numpy as np
import pandas as pd

from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.workspace import Workspace

TIDY_COLUMNS: tuple[str, ...] = (
    "indicator_id",
    "indicator",
    "area_id",
    "area",
    "period",
    "gender",
    "value",
    "status",
)
#: The column that says which dataset a row is from, first in a table of several datasets.
DATASET_COLUMN = "dataset"


def tidy_table(
    workspace: Workspace,
    register: AreaRegister | None = None,
    *,
    dataset_column: bool | None = None,
) -> pd.DataFrame:
    """All observations of ``workspace`` with indicator titles and area names.

    An area's name is the one its source used, else the register's name for the
    dataset's country and the observation's period. With ``dataset_column`` (by default:
    when the workspace has more than one dataset) the first column names each row's
    dataset, so that the same observation from two datasets stays two rows one can tell
    apart.
    """
    register = register or default_register()
    if dataset_column is None:
        dataset_column = len(workspace.datasets) > 1
    labels = _dataset_labels(workspace)
    parts = []
    for dataset in workspace.datasets:
        frame = dataset.observations
        indicator_ids, indicator_codes = _categories(frame["indicator_id"])
        area_ids, area_codes = _categories(frame["area_id"])
        period_texts, period_codes = _categories(frame["period"])
        # Names per distinct (area, period), not per row: a row's name is looked up once.
        pairs, pair_codes = np.unique(
            area_codes.astype(np.int64) * len(period_texts) + period_codes, return_inverse=True
        )
        names = []
        for pair in pairs.tolist():
            area_id, period = (
                area_ids[pair // len(period_texts)],
                period_texts[pair % len(period_texts)],
            )
            name = dataset.area_names.get(area_id)
            if name is None:
                area = register.get(area_id, dataset.country or None, on=period[:4] or None)
                name = area.name if area else ""
            names.append(name)
        titles = np.array([workspace.indicator_title(i) for i in indicator_ids], dtype=object)
        parts.append(
            pd.DataFrame(
                {
                    "indicator_id": indicator_ids[indicator_codes],
                    "indicator": titles[indicator_codes],
                    "area_id": area_ids[area_codes],
                    "area": np.array(names, dtype=object)[pair_codes.ravel()],
                    "period": period_texts[period_codes],
                    "gender": _texts(frame["gender"]),
                    "value": frame["value"].to_numpy(dtype="float64"),
                    "status": _texts(frame["status"]),
                }
            )
        )
        if dataset_column:
            parts[-1].insert(0, DATASET_COLUMN, labels[dataset.dataset_id])
    columns = (DATASET_COLUMN, *TIDY_COLUMNS) if dataset_column else TIDY_COLUMNS
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.concat(parts, ignore_index=True)


def _categories(series: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """The distinct texts of a column and each row's position among them: a categorical's
    categories as they are ("nan" for a missing cell, as ``astype(str)`` writes it)."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        texts = [str(c) for c in series.cat.categories] + ["nan"]
        codes = series.cat.codes.to_numpy().astype(np.int64)
        return np.array(texts, dtype=object), np.where(codes < 0, len(texts) - 1, codes)
    codes, uniques = pd.factorize(series.astype(str).to_numpy())
    return np.asarray(uniques, dtype=object), codes.astype(np.int64)


def _texts(series: pd.Series) -> np.ndarray:
    texts, codes = _categories(series)
    return texts[codes]


def _dataset_labels(workspace: Workspace) -> dict[str, str]:
    """Each dataset's name, with its id where two datasets have the same name."""
    names = [d.name for d in workspace.datasets]
    return {
        d.dataset_id: d.name if names.count(d.name) == 1 else f"{d.name} ({d.dataset_id})"
        for d in workspace.datasets
    }
