"""The tidy observation table as users read it: ids and names side by side."""

from __future__ import annotations

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
        names: dict[tuple[str, str], str] = {}
        areas = frame["area_id"].astype(str).to_numpy()
        periods = frame["period"].astype(str).to_numpy()
        for key in set(zip(areas, periods, strict=True)):
            name = dataset.area_names.get(key[0])
            if name is None:
                area = register.get(key[0], dataset.country or None, on=key[1][:4] or None)
                name = area.name if area else ""
            names[key] = name
        indicator_ids = frame["indicator_id"].astype(str)
        parts.append(
            pd.DataFrame(
                {
                    "indicator_id": indicator_ids.to_numpy(),
                    "indicator": indicator_ids.map(workspace.indicator_title).to_numpy(),
                    "area_id": areas,
                    "area": [names[k] for k in zip(areas, periods, strict=True)],
                    "period": periods,
                    "gender": frame["gender"].astype(str).to_numpy(),
                    "value": frame["value"].to_numpy(dtype="float64"),
                    "status": frame["status"].astype(str).to_numpy(),
                }
            )
        )
        if dataset_column:
            parts[-1].insert(0, DATASET_COLUMN, labels[dataset.dataset_id])
    columns = (DATASET_COLUMN, *TIDY_COLUMNS) if dataset_column else TIDY_COLUMNS
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    return pd.concat(parts, ignore_index=True)


def _dataset_labels(workspace: Workspace) -> dict[str, str]:
    """Each dataset's name, with its id where two datasets have the same name."""
    names = [d.name for d in workspace.datasets]
    return {
        d.dataset_id: d.name if names.count(d.name) == 1 else f"{d.name} ({d.dataset_id})"
        for d in workspace.datasets
    }
