from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digidesk.core.errors import ModelError
from digidesk.core.model.observations import make_observations
from digidesk.core.pivot import build_pivot, key_sort_order, row_sort_order


def frame():
    return make_observations(
        {
            "indicator_id": ["N1", "N2", "N1", "N2", "N1"],
            "area_id": ["0180", "0180", "1480", "1480", "0180"],
            "period": ["2023", "2023", "2023", "2023", "2024"],
            "value": [1.0, 2.0, 3.0, math.nan, 5.0],
        }
    )


def test_indicators_as_columns_keep_the_varying_period_as_a_row_key():
    table = frame()
    pivot = build_pivot(table, "indicator")
    assert list(pivot.row_keys) == ["area_id", "period"]  # gender is "T" everywhere
    assert pivot.column_keys.tolist() == ["N1", "N2"]
    rows = list(zip(pivot.row_keys["area_id"], pivot.row_keys["period"], strict=True))
    assert rows == [("0180", "2023"), ("0180", "2024"), ("1480", "2023")]
    assert pivot.cells.tolist() == [[0, 1], [4, -1], [2, 3]]
    assert pivot.key_of(1, 1) == {
        "area_id": "0180",
        "period": "2024",
        "indicator_id": "N2",
        "gender": "T",
    }


def test_periods_as_columns_and_a_subset_of_rows():
    table = frame()
    pivot = build_pivot(table, "period", positions=np.array([0, 2, 4]))
    assert list(pivot.row_keys) == ["area_id"]  # only N1 among these rows
    assert pivot.column_keys.tolist() == ["2023", "2024"]
    assert pivot.cells.tolist() == [[0, 4], [2, -1]]
    # The dimensions that do not vary are kept, so that a new observation gets them.
    assert pivot.key_of(1, 1) == {
        "indicator_id": "N1",
        "gender": "T",
        "area_id": "1480",
        "period": "2024",
    }


def test_the_first_of_duplicate_observations_is_shown_and_the_rest_counted():
    table = make_observations(
        {"indicator_id": ["N1", "N1"], "area_id": ["0180", "0180"], "value": [1.0, 2.0]}
    )
    pivot = build_pivot(table, "indicator")
    assert pivot.cells.tolist() == [[0]] and pivot.duplicates == 1


def test_a_pivot_too_large_is_refused_before_allocating():
    with pytest.raises(ModelError) as info:
        build_pivot(frame(), "indicator", max_cells=5)
    assert info.value.code == "model.pivot_too_large"
    assert info.value.params == {"rows": 3, "columns": 2}


def test_rows_sort_by_a_value_column_with_missing_last():
    table = frame()
    pivot = build_pivot(table, "indicator")
    values = table["value"].to_numpy()
    assert row_sort_order(pivot, values, 1).tolist() == [0, 1, 2]  # 2.0, then none, then NaN
    assert row_sort_order(pivot, values, 0, ascending=False).tolist() == [1, 2, 0]


def test_key_sort_is_by_shown_text_and_stable():
    keys = np.array(["0180", "1480", "0180", "0114"], dtype=object)
    names = {"0180": "Stockholm", "1480": "Göteborg", "0114": "Upplands Väsby"}
    assert key_sort_order(keys, names).tolist() == [1, 0, 2, 3]
    assert key_sort_order(keys, names, ascending=False).tolist() == [3, 0, 2, 1]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["N1", "N2", "N3"]),
            st.sampled_from(["0180", "1480", "0301"]),
            st.sampled_from(["2022", "2023"]),
            st.sampled_from(["T", "K", "M"]),
        ),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from(["indicator", "period", "gender"]),
)
def test_every_observation_has_exactly_the_cell_its_keys_name(rows, axis):
    table = make_observations(
        {
            "indicator_id": [r[0] for r in rows],
            "area_id": [r[1] for r in rows],
            "period": [r[2] for r in rows],
            "gender": [r[3] for r in rows],
            "value": list(range(len(rows))),
        }
    )
    pivot = build_pivot(table, axis)
    seen: dict[tuple, int] = {}
    for position, (indicator, area, period, gender) in enumerate(rows):
        seen.setdefault((indicator, area, period, gender), position)
    shown = pivot.cells[pivot.cells >= 0]
    assert sorted(shown.tolist()) == sorted(seen.values())
    assert pivot.duplicates == len(rows) - len(seen)
    for row in range(pivot.shape[0]):
        for column in range(pivot.shape[1]):
            keys = pivot.key_of(row, column)
            position = pivot.cells[row, column]
            if position >= 0:
                observed = dict(
                    zip(
                        ("indicator_id", "area_id", "period", "gender"), rows[position], strict=True
                    )
                )
                assert all(observed[k] == v for k, v in keys.items())


def test_of_observations_sharing_a_cell_one_with_a_value_is_shown():
    # "Halden" (no figure in 2019) and "Halden (-2019)" (244) both got code 0101.
    table = make_observations(
        {
            "indicator_id": ["R", "R", "R"],
            "area_id": ["0101", "0101", "0104"],
            "value": [math.nan, 244.0, math.nan],
        }
    )
    pivot = build_pivot(table, "indicator")
    assert pivot.cells.tolist() == [[1], [2]] and pivot.duplicates == 1
