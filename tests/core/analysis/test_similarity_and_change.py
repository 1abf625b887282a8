"""The difference index and change over time, checked by hand."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from digidesk.core.analysis.change import change_over_time, period_in_years, slope
from digidesk.core.analysis.similarity import most_similar, similar_to, zscores
from digidesk.core.errors import AnalysisError


def test_difference_index_by_hand():
    table = pd.DataFrame(
        {"a": [0.0, 1.0, 2.0, 3.0], "b": [10.0, 10.0, 30.0, 30.0]},
        index=["k1", "k2", "k3", "k4"],
    )
    result = most_similar("k1", table, {"a": 1.0, "b": 3.0}, n=3)
    za, zb = zscores(table["a"]), zscores(table["b"])
    expected = {
        k: math.sqrt((1.0 * (za[k] - za["k1"]) ** 2 + 3.0 * (zb[k] - zb["k1"]) ** 2) / 4.0)
        for k in ("k2", "k3", "k4")
    }
    assert [s.area_id for s in result.similar] == ["k2", "k3", "k4"]
    for item in result.similar:
        assert item.difference == pytest.approx(expected[item.area_id])
    # sd of a = sqrt(1.25); k2 differs by 1/sqrt(1.25) on a only, weight 1 of 4.
    assert result.similar[0].difference == pytest.approx(math.sqrt(1 / 1.25 / 4))


def test_missing_values_are_skipped_and_reported():
    table = pd.DataFrame(
        {"a": [0.0, 0.0, 5.0, np.nan], "b": [1.0, np.nan, 3.0, np.nan], "c": [2.0] * 4},
        index=["me", "half", "full", "none"],
    )
    result = most_similar("me", table, n=5)
    assert ("c", "no_spread") in result.left_out
    listed = {s.area_id: s for s in result.similar}
    assert listed["half"].missing == ("b",) and listed["half"].compared == 1
    assert "none" not in listed and result.too_incomplete == 1


def test_an_indicator_the_area_lacks_is_left_out():
    table = pd.DataFrame({"a": [np.nan, 1.0, 2.0], "b": [1.0, 2.0, 4.0]}, index=["me", "x", "y"])
    result = most_similar("me", table)
    assert result.used == ("b",) and ("a", "no_value") in result.left_out


def test_similar_to_on_a_workspace(make_dataset, make_workspace, register):
    rows = [
        ("X", "0180", "2020", 10.0),
        ("X", "0186", "2020", 11.0),
        ("X", "0114", "2020", 30.0),
        ("X", "0000", "2020", 15.0),  # Riket is no candidate
    ]
    ws = make_workspace(make_dataset("d", rows))
    result = similar_to(ws, register, "SE", "0186", ["X"], n=5)
    assert [s.area_id for s in result.similar] == ["0180", "0114"]
    with pytest.raises(AnalysisError):
        similar_to(ws, register, "SE", "0186", ["X"], weights=[1.0, 2.0])


def test_change_and_trend():
    series = pd.Series({"2018": 10.0, "2019": np.nan, "2020": 14.0, "2021": 15.0})
    change = change_over_time(series, back=2)
    assert (change.latest_period, change.back_period) == ("2021", "2018")
    assert change.change == 5.0 and change.relative_change == pytest.approx(0.5)
    # Least squares over (2018, 10), (2020, 14), (2021, 15).
    x, y = np.array([2018, 2020, 2021.0]), np.array([10, 14, 15.0])
    assert change.slope_per_year == pytest.approx(np.polyfit(x, y, 1)[0])
    assert change.periods == 3


def test_change_stops_at_a_period_and_compares_like_with_like():
    series = pd.Series({"2019": 1.0, "2020": 2.0, "2020M06": 9.0, "2022": 5.0})
    change = change_over_time(series, until="2020")
    assert (change.latest_value, change.back_value, change.change) == (2.0, 1.0, 1.0)
    assert change_over_time(pd.Series(dtype=float)).latest_period is None
    assert change_over_time(pd.Series({"2019": 0.0, "2020": 1.0})).relative_change is None


def test_periods_in_years():
    assert period_in_years("2019K3") == 2019.5
    assert period_in_years("2019M04") == pytest.approx(2019.25)
    assert period_in_years("total") is None
    assert slope(pd.Series({"2019M01": 1.0, "2019M07": 2.0})) == pytest.approx(2.0)
