"""Ranks, ties, percentiles and directions, checked by hand and as properties."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from digidesk.core.analysis.ranking import (
    competition_ranks,
    previous_period,
    rank_indicator,
    rank_values,
)
from digidesk.core.analysis.values import indicator_data


def test_competition_ranking_is_1224():
    assert competition_ranks(np.array([10.0, 7.0, 7.0, 3.0]), "higher").tolist() == [1, 2, 2, 4]
    assert competition_ranks(np.array([10.0, 7.0, 7.0, 3.0]), "lower").tolist() == [4, 2, 2, 1]


def test_rank_table_by_hand():
    values = pd.Series([5.0, 9.0, 9.0, math.nan, 1.0], index=["a", "b", "c", "d", "e"])
    table = rank_values(values, "higher")
    assert table["rank"].tolist() == [3, 1, 1, pd.NA, 4]
    assert table["shared"].tolist() == [False, True, True, False, False]
    # 4 ranked: 100 × (4 − rank) / 3
    assert table.loc["a", "percentile"] == pytest.approx(100 / 3)
    assert table.loc["b", "percentile"] == 100.0
    assert table.loc["e", "percentile"] == 0.0
    assert math.isnan(table.loc["d", "percentile"])


def test_one_ranked_area_is_at_the_top():
    table = rank_values(pd.Series([4.0, math.nan], index=["a", "b"]), "lower")
    assert table.loc["a", "rank"] == 1 and table.loc["a", "percentile"] == 100.0


_values = st.lists(
    st.one_of(st.integers(-5, 5).map(float), st.floats(-1e6, 1e6, allow_nan=False)),
    min_size=1,
    max_size=40,
)


@given(_values, st.randoms())
def test_ranking_is_invariant_to_row_order(values, random):
    index = [f"k{n}" for n in range(len(values))]
    series = pd.Series(values, index=index)
    shuffled = series.sample(frac=1, random_state=random.randint(0, 2**31))
    first = rank_values(series, "higher")
    second = rank_values(shuffled, "higher").loc[index]
    assert first["rank"].tolist() == second["rank"].tolist()


@given(_values)
def test_reversing_the_direction_reverses_the_ranks(values):
    series = pd.Series(values)
    up = rank_values(series, "higher")["rank"].to_numpy(dtype=int)
    down = rank_values(series, "lower")["rank"].to_numpy(dtype=int)
    # With ties: the rank from the other end is n + 1 − (rank + tie size − 1).
    sizes = series.map(series.value_counts()).to_numpy()
    assert (down == len(values) + 2 - up - sizes).all()


@given(_values)
def test_a_tie_gives_equal_ranks_and_skips_the_next(values):
    series = pd.Series(values)
    table = rank_values(series, "higher")
    for value, group in table.groupby(series.to_numpy()):
        assert group["rank"].nunique() == 1
        assert group["shared"].all() == (len(group) > 1)
        # The next worse value ranks exactly tie size places lower.
        worse = table["rank"][series < value]
        if len(worse):
            assert worse.min() == group["rank"].iloc[0] + len(group)


def test_only_kommuner_are_ranked(make_dataset, make_workspace, register):
    rows = [
        ("X", "0180", "2020", 10.0),  # Stockholm
        ("X", "0186", "2020", 30.0),  # Lidingö
        ("X", "0114", "2020", 20.0),  # Upplands Väsby
        ("X", "0000", "2020", 99.0),  # Riket
        ("X", "01", "2020", 98.0),  # Stockholms län
        ("X", "G2328", "2020", 97.0),  # Alla kommuner (ovägt medel)
        ("X", "9999", "2020", 96.0),  # no such code
    ]
    data = indicator_data(make_workspace(make_dataset("d", rows)), "X", "SE", register)
    ranking = rank_indicator(data, "2020", "higher", register)
    assert ranking.ranked == 3
    assert ranking.table["rank"].to_dict() == {"0180": 3, "0186": 1, "0114": 2}
    assert set(ranking.left_out) == {"0000", "01", "G2328", "9999"}


def test_swedish_and_norwegian_codes_are_never_ranked_together(
    make_dataset, make_workspace, register
):
    se = make_dataset("se", [("X", "1860", "2020", 1.0), ("X", "0180", "2020", 2.0)], "SE")
    no = make_dataset("no", [("X", "1860", "2020", 9.0), ("X", "0301", "2020", 5.0)], "NO")
    ws = make_workspace(se, no)
    swedish = rank_indicator(indicator_data(ws, "X", "SE", register), "2020", "higher", register)
    norwegian = rank_indicator(indicator_data(ws, "X", "NO", register), "2020", "higher", register)
    assert swedish.table["rank"].to_dict() == {"0180": 1, "1860": 2}
    assert norwegian.table["rank"].to_dict() == {"1860": 1, "0301": 2}


def test_an_indicator_without_direction_ranks_high_to_low_and_says_so(
    make_dataset, make_workspace, register
):
    rows = [("X", "0180", "2020", 1.0), ("X", "0186", "2020", 2.0)]
    data = indicator_data(make_workspace(make_dataset("d", rows)), "X", "SE", register)
    ranking = rank_indicator(data, "2020", "none", register)
    assert ranking.direction_assumed and ranking.direction == "higher"
    assert ranking.table.loc["0186", "rank"] == 1


def test_missing_values_keep_their_marker_and_are_not_ranked(
    make_dataset, make_workspace, register
):
    rows = [("X", "0180", "2020", 1.0), ("X", "0186", "2020", math.nan, "..")]
    data = indicator_data(make_workspace(make_dataset("d", rows)), "X", "SE", register)
    ranking = rank_indicator(data, "2020", "higher", register)
    assert ranking.ranked == 1
    assert ranking.table.loc["0186", "status"] == ".."
    assert pd.isna(ranking.table.loc["0186", "rank"])


def test_previous_period_is_of_the_same_kind(make_dataset, make_workspace, register):
    rows = [
        ("X", "0180", "2018", 1.0),
        ("X", "0180", "2019M12", 1.0),
        ("X", "0180", "2019", math.nan, ".."),
        ("X", "0180", "2020", 2.0),
    ]
    data = indicator_data(make_workspace(make_dataset("d", rows)), "X", "SE", register)
    # 2019 has no value, so the period before 2020 is 2018; months are not years.
    assert previous_period(data, "2020") == "2018"
    assert previous_period(data, "2018") is None


def test_the_default_period_is_the_latest_most_kommuner_have(
    make_dataset, make_workspace, register
):
    from digidesk.core.analysis.ranking import latest_period

    codes = ["0180", "0186", "0114", "0115", "0117"]
    rows = [("X", c, "2019", float(n)) for n, c in enumerate(codes)]
    rows += [("X", c, "2020", float(n)) for n, c in enumerate(codes[:3])]
    rows += [("X", "0186", "2023", 9.0)]  # one kommun quoted for a later year
    data = indicator_data(make_workspace(make_dataset("d", rows)), "X", "SE", register)
    assert latest_period(data, register) == "2020"
