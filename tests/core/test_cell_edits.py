from __future__ import annotations

import math

from digidesk.core.cell_edits import (
    CellTarget,
    add_observation,
    cell_edit,
    parse_cell,
    parse_clipboard,
)
from digidesk.core.commands import AddObservations, Batch, SetObservations
from digidesk.core.model.observations import make_observations


def frame():
    return make_observations(
        {"indicator_id": ["N1", "N1"], "area_id": ["0180", "1480"], "value": [1.0, 2.0]}
    )


def test_cells_read_the_way_swedes_and_norwegians_write_them():
    assert parse_cell("1 234,5") == (1234.5, "")
    assert parse_cell("56,8 %") == (56.8, "")
    assert parse_cell("1234.5") == (1234.5, "")
    value, status = parse_cell("")
    assert math.isnan(value) and status == ".."
    assert parse_cell("x")[1] == "x" and parse_cell("<5")[1] == "<5"
    assert parse_cell("tre") is None


def test_clipboard_blocks_from_spreadsheets():
    assert parse_clipboard("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]
    assert parse_clipboard("5") == [["5"]]
    assert parse_clipboard("a\t\n") == [["a", ""]]


def test_edits_become_one_command_and_missing_values_add_nothing():
    table = frame()
    only_set = cell_edit("d", table, [(CellTarget(label=1), 3.0, "")], "paste")
    assert isinstance(only_set, SetObservations) and only_set.action == "paste"
    keys = {"indicator_id": "N2", "area_id": "0180", "period": "2024", "gender": "T"}
    both = cell_edit(
        "d",
        table,
        [(CellTarget(label=0), 9.0, ""), (CellTarget(keys=keys), 4.5, "")],
        "paste",
    )
    assert isinstance(both, Batch) and both.count == 2
    added = both.commands[1]
    assert isinstance(added, AddObservations) and added.rows.index.tolist() == [2]
    assert cell_edit("d", table, [(CellTarget(keys=keys), math.nan, "..")]) is None


def test_a_new_row_gets_the_next_label_and_its_marker():
    command = add_observation(
        "d", frame(), {"indicator_id": "N1", "area_id": "2480", "period": "2024"}, "-"
    )
    row = command.rows.iloc[0]
    assert command.rows.index.tolist() == [2]
    assert math.isnan(row["value"]) and row["status"] == "-" and row["gender"] == "T"
    assert add_observation("d", frame(), {"indicator_id": "N1"}, "abc") is None


def test_keys_of_an_existing_observation_change_it_instead_of_adding_a_twin():
    table = frame()
    keys = {"indicator_id": "N1", "area_id": "1480", "period": "", "gender": "T"}
    assert isinstance(cell_edit("d", table, [(CellTarget(keys=keys), 7.0, "")]), SetObservations)
    command = add_observation("d", table, keys, "8")
    assert isinstance(command, SetObservations) and command.labels == (1,)
    # Unknown codes (a category the frame lacks) are new observations.
    other = {**keys, "area_id": "9999"}
    assert isinstance(add_observation("d", table, other, "8"), AddObservations)
