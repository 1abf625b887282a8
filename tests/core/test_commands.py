from __future__ import annotations

import math

import pytest

from digidesk.core.commands import (
    AddDataset,
    RemoveDataset,
    ReplaceAward,
    SetObservations,
    SetTitle,
)
from digidesk.core.errors import ModelError
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, make_observations


def test_set_observations_and_inverse(full_workspace):
    frame = full_workspace.datasets[0].observations
    inverse = SetObservations("kolada", (0, 1), (1.5, math.nan), ("", "x")).apply(full_workspace)
    assert frame.loc[0, "value"] == 1.5
    assert frame.loc[1, "status"] == "x"
    inverse.apply(full_workspace)
    assert frame.loc[0, "value"] == 56.8
    assert math.isnan(frame.loc[1, "value"]) and frame.loc[1, "status"] == ".."


def test_set_observations_addresses_labels_not_positions(full_workspace):
    dataset = full_workspace.datasets[0]
    dataset.observations = dataset.observations.iloc[::-1]
    SetObservations("kolada", (3,), (7.0,), ("",)).apply(full_workspace)
    assert dataset.observations.loc[3, "value"] == 7.0
    assert dataset.observations.iloc[0]["value"] == 7.0  # label 3 is first after reversing


def test_unknown_observation_is_refused(full_workspace):
    with pytest.raises(ModelError):
        SetObservations("kolada", (99,), (1.0,), ("",)).apply(full_workspace)


def test_add_and_remove_dataset_round_trip(full_workspace):
    dataset = Dataset(
        "new",
        "Ny",
        make_observations(
            {"indicator_id": ["X"], "area_id": ["0180"], "period": ["2020"], "value": [1.0]}
        ),
    )
    extra = Indicator("X", "Nytt mått")
    inverse = AddDataset(dataset, (extra, full_workspace.indicators["N00945"])).apply(
        full_workspace
    )
    assert [d.dataset_id for d in full_workspace.datasets] == ["kolada", "new"]
    assert "X" in full_workspace.indicators
    assert isinstance(inverse, RemoveDataset) and inverse.indicator_ids == ("X",)
    redo = inverse.apply(full_workspace)
    assert [d.dataset_id for d in full_workspace.datasets] == ["kolada"]
    assert "X" not in full_workspace.indicators and "N00945" in full_workspace.indicators
    redo.apply(full_workspace)
    assert full_workspace.dataset("new") is dataset
    with pytest.raises(ModelError):
        AddDataset(dataset).apply(full_workspace)


def test_replace_award_and_title(full_workspace):
    from dataclasses import replace

    original = full_workspace.awards[0]
    inverse = ReplaceAward(0, replace(original, year=2020)).apply(full_workspace)
    assert full_workspace.awards[0].year == 2020
    inverse.apply(full_workspace)
    assert full_workspace.awards[0] is original
    SetTitle("Ny").apply(full_workspace).apply(full_workspace)
    assert full_workspace.title == "Test"


def test_rows_added_and_removed_come_back_in_their_place(full_workspace):
    from digidesk.core.commands import AddObservations, Batch, RemoveObservations
    from digidesk.core.model.observations import frames_equal, next_labels

    dataset = full_workspace.datasets[0]
    before = dataset.observations.copy()
    labels = next_labels(before, 2)
    rows = make_observations(
        {"indicator_id": ["NEW"], "area_id": ["2480"], "period": ["2030"], "value": [9.5]}
    )
    rows.index = labels[:1]
    undo_add = AddObservations("kolada", rows).apply(full_workspace)
    assert dataset.observations.loc[labels[0], "indicator_id"] == "NEW"
    assert dataset.observations["indicator_id"].dtype == "category"
    middle = int(before.index[1])
    undo_remove = RemoveObservations("kolada", (middle,)).apply(full_workspace)
    assert middle not in dataset.observations.index
    undo_remove.apply(full_workspace)
    undo_add.apply(full_workspace)
    assert frames_equal(dataset.observations, before)
    # A batch is all or nothing: the second command fails, the first is taken back.
    with pytest.raises(ModelError):
        both = (RemoveObservations("kolada", (middle,)), RemoveObservations("kolada", (999,)))
        Batch(both).apply(full_workspace)
    assert frames_equal(dataset.observations, before)


def test_add_group_and_its_inverse(full_workspace):
    from digidesk.core.commands import AddGroup, RemoveGroup
    from digidesk.core.model.groups import AreaGroup, GroupMember

    group = AreaGroup("g2", "Som Lidingö", (GroupMember("SE", "0182"), GroupMember("SE", "0187")))
    inverse = AddGroup(group).apply(full_workspace)
    assert [g.group_id for g in full_workspace.groups] == ["peers", "g2"]
    assert isinstance(inverse, RemoveGroup)
    with pytest.raises(ModelError):
        AddGroup(group).apply(full_workspace)
    again = inverse.apply(full_workspace)
    assert [g.group_id for g in full_workspace.groups] == ["peers"]
    again.apply(full_workspace)
    assert full_workspace.groups[-1] == group
    with pytest.raises(ModelError):
        RemoveGroup("nobody").apply(full_workspace)


def test_a_snapshot_keeps_the_figures_of_its_time(full_workspace):
    copy = full_workspace.snapshot()
    SetObservations("kolada", (0,), (99.0,), ("",)).apply(full_workspace)
    full_workspace.groups.clear()
    assert copy.datasets[0].observations.loc[0, "value"] == 56.8
    assert full_workspace.datasets[0].observations.loc[0, "value"] == 99.0
    assert len(copy.groups) == 1
