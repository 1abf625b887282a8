from __future__ import annotations

import math
import sqlite3

import pytest

from digidesk.core import store
from digidesk.core.errors import StoreError


def test_round_trip_keeps_every_object_type(full_workspace, tmp_path):
    path = tmp_path / "ws.digidesk"
    store.save(full_workspace, path)
    loaded = store.load(path)
    assert loaded.same_as(full_workspace)
    observations = loaded.datasets[0].observations
    assert list(observations["area_id"].astype(str)) == ["0180", "0114", "0000", "0186"]
    assert math.isnan(observations["value"].iloc[1])
    assert observations["status"].iloc[1] == ".."
    assert observations["value"].iloc[3] == -3.2e-7
    assert loaded.strategies[0].goals[0].focus_areas[0].targets[0].perspectives == ("P1",)
    assert loaded.awards[0].jurors[0].conflicts[0].area_id == "1080"
    assert loaded.datasets[0].provenance.mapping == {"header_row": 3, "roles": ["a"]}


def test_round_trip_keeps_index_labels_after_edits(full_workspace, tmp_path):
    frame = full_workspace.datasets[0].observations
    full_workspace.datasets[0].observations = frame.drop(index=1)
    path = tmp_path / "ws.digidesk"
    store.save(full_workspace, path)
    assert list(store.load(path).datasets[0].observations.index) == [0, 2, 3]


def test_failed_save_leaves_previous_file_intact(full_workspace, tmp_path, monkeypatch):
    path = tmp_path / "ws.digidesk"
    store.save(full_workspace, path)
    before = path.read_bytes()

    def broken(connection, workspace, progress):
        connection.execute("CREATE TABLE half (x)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_write", broken)
    full_workspace.title = "Changed"
    with pytest.raises(StoreError) as error:
        store.save(full_workspace, path)
    assert error.value.code == "store.write_failed"
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["ws.digidesk"]


def test_interrupted_save_leaves_previous_file_intact(full_workspace, tmp_path, monkeypatch):
    path = tmp_path / "ws.digidesk"
    store.save(full_workspace, path)
    before = path.read_bytes()

    def crash(*_args):
        raise KeyboardInterrupt

    import digidesk.core.atomic as atomic

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        store.save(full_workspace, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["ws.digidesk"]


def test_load_refuses_files_that_are_not_workspaces(tmp_path):
    text = tmp_path / "notes.digidesk"
    text.write_text("hello")
    with pytest.raises(StoreError) as error:
        store.load(text)
    assert error.value.code == "store.not_workspace"
    other = tmp_path / "other.digidesk"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError) as error:
        store.load(other)
    assert error.value.code == "store.not_workspace"
    with pytest.raises(StoreError) as error:
        store.load(tmp_path / "missing.digidesk")
    assert error.value.code == "store.not_found"


def test_load_refuses_newer_schema(full_workspace, tmp_path):
    path = tmp_path / "ws.digidesk"
    store.save(full_workspace, path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError) as error:
        store.load(path)
    assert error.value.code == "store.too_new"
    assert error.value.params["version"] == 99


def test_damaged_workspace_is_a_typed_error(full_workspace, tmp_path):
    path = tmp_path / "ws.digidesk"
    store.save(full_workspace, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE observations")
    with pytest.raises(StoreError) as error:
        store.load(path)
    assert error.value.code == "store.damaged"


def test_save_into_missing_folder_is_a_typed_error(full_workspace, tmp_path):
    with pytest.raises(StoreError) as error:
        store.save(full_workspace, tmp_path / "nowhere" / "ws.digidesk")
    assert error.value.code == "store.folder_missing"


def test_an_award_saved_before_the_jury_fields_loads_with_their_defaults():
    from digidesk.core.model.award import Award

    old = {
        "name": "Sveriges DigitaliseringsKommun",
        "year": 2019,
        "criteria": [{"id": "C1", "name": "Mod", "weight": 2.0}],
        "jurors": [{"id": "J1", "name": "Anna", "conflicts": ["1080"]}],
        "scores": [{"juror_id": "J1", "area_id": "0186", "criterion_id": "C1", "value": 4}],
    }
    award = Award.from_dict(old)
    assert award.id == "sveriges-digitaliseringskommun-2019"
    assert award.jurors[0].conflicts[0].area_id == "1080"
    assert award.jurors[0].conflicts[0].reason == ""
    assert award.scale(award.criteria[0]) == (1.0, 5.0)
    assert not award.locked and award.audit == () and award.chosen_method == "weighted_mean"
    assert Award.from_dict(award.to_dict()) == award
    assert award.to_dict()["schema"] == 1
