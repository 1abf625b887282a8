"""A workbook DigiDesk exported comes back exactly: percent, markers, titles and units."""

from __future__ import annotations

import math

import numpy as np
import pytest

from digidesk.core.commands import SetObservations
from digidesk.core.export.excel import export_workspace
from digidesk.core.export.views import ShownTable, export_view
from digidesk.core.io.own_export import FORMAT_NAME
from digidesk.core.io.pipeline import import_book, inspect_book, read_book
from digidesk.core.loader import load_workspace
from digidesk.core.model.observations import frames_equal
from digidesk.core.pivot import build_pivot


def reimport(path):
    book = read_book(path, in_worker=False)
    inspection = inspect_book(book)
    return inspection.plans, import_book(book, inspection.plans).to_workspace()


def test_a_workspace_export_imports_back_to_the_same_observations(tmp_path):
    workspace = load_workspace("demo")
    # A missing value with its marker, and a percent with decimals.
    SetObservations("digdir", (0, 7), (math.nan, 56.83), ("..", "")).apply(workspace)
    path = tmp_path / "demo.xlsx"
    export_workspace(workspace, path)
    plans, back = reimport(path)
    assert [p.format_name for p in plans] == [FORMAT_NAME] * len(workspace.datasets)
    assert len(back.datasets) == len(workspace.datasets)  # no Om, Indikatorer… datasets
    for before, after in zip(workspace.datasets, back.datasets, strict=True):
        assert frames_equal(before.observations, after.observations), before.name
    digdir = back.datasets[0].observations
    assert digdir.loc[7, "value"] == 56.83  # 0.5683 with a % format in the workbook
    assert math.isnan(digdir.loc[0, "value"]) and digdir.loc[0, "status"] == ".."
    postkasse = back.indicators["DIGDIR-POSTKASSE"]
    assert (postkasse.title, postkasse.unit, postkasse.direction) == (
        "Andel innbyggere med Digital postkasse",
        "%",
        "higher",
    )


def test_an_exported_pivot_comes_back_with_its_indicators_and_units(tmp_path):
    workspace = load_workspace("demo")
    frame = workspace.dataset("digdir").observations
    shown = ShownTable("digdir", pivot=build_pivot(frame, "indicator"))
    path = tmp_path / "pivot.xlsx"
    export_view(workspace, shown, path)
    plans, back = reimport(path)
    # Planned as an ordinary wide table, then its headings are known indicators again.
    assert len(plans) == 1 and plans[0].format_name != FORMAT_NAME
    again = back.datasets[0].observations
    assert set(again["indicator_id"].astype(str)) == set(frame["indicator_id"].astype(str))

    def values(table):
        present = table[np.isfinite(table["value"].to_numpy())]
        ids, areas = present["indicator_id"].astype(str), present["area_id"].astype(str)
        keys = zip(ids, areas, strict=True)
        return dict(zip(keys, present["value"], strict=True))

    assert values(again) == values(frame)  # 56.8 %, not 0.568
    assert back.indicators["DIGDIR-RESERVERT"].direction == "lower"


@pytest.mark.parametrize("axis", ["indicator", "period", "gender"])
def test_every_pivot_shape_reads_back_to_the_same_values(tmp_path, axis):
    workspace = load_workspace("demo")
    # A missing value with its marker: shown as "-" in the pivot, and so exported.
    SetObservations("digdir", (4,), (math.nan,), ("-",)).apply(workspace)
    frame = workspace.dataset("digdir").observations
    path = tmp_path / f"{axis}.xlsx"
    export_view(workspace, ShownTable("digdir", pivot=build_pivot(frame, axis)), path)
    _, back = reimport(path)

    def values(table):
        present = table[np.isfinite(table["value"].to_numpy())]
        keys = zip(
            present["indicator_id"].astype(str),
            present["area_id"].astype(str),
            present["period"].astype(str),
            strict=True,
        )
        return dict(zip(keys, present["value"], strict=True))

    again = back.datasets[0].observations
    assert values(again) == values(frame)
    assert len(again) == len(frame)  # empty pivot cells are no observations
    marked = again[again["status"].astype(str) == "-"]
    assert len(marked) == 1 and marked["area_id"].item() == frame.loc[4, "area_id"]
