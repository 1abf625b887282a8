"""Figures from several datasets, and the national value, mean and median."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from digidesk.core.analysis.references import (
    PUBLISHED,
    UNWEIGHTED,
    WEIGHTED,
    computed_reference,
    national_reference,
    population_for,
    summarise,
)
from digidesk.core.analysis.values import dataset_country, indicator_data
from digidesk.core.model.indicators import Indicator


def test_the_preferred_dataset_wins_and_the_conflict_is_reported(
    make_dataset, make_workspace, register
):
    first = make_dataset("first", [("X", "0180", "2020", 1.0), ("X", "0186", "2020", 5.0)])
    second = make_dataset("second", [("X", "0180", "2020", 2.0), ("X", "0114", "2020", 7.0)])
    ws = make_workspace(first, second)
    data = indicator_data(ws, "X", "SE", register)
    assert data.at("2020")["value"].to_dict() == {"0114": 7.0, "0180": 1.0, "0186": 5.0}
    (conflict,) = data.conflicts
    assert (conflict.area_id, conflict.chosen) == ("0180", "first")
    assert conflict.values == (("first", 1.0), ("second", 2.0))

    chosen = indicator_data(ws, "X", "SE", register, prefer=["second"])
    assert chosen.at("2020").loc["0180", "value"] == 2.0
    assert chosen.conflicts[0].chosen == "second"


def test_a_missing_value_is_filled_from_another_dataset_without_conflict(
    make_dataset, make_workspace, register
):
    first = make_dataset("first", [("X", "0180", "2020", math.nan, "..")])
    second = make_dataset("second", [("X", "0180", "2020", 3.0)])
    data = indicator_data(make_workspace(first, second), "X", "SE", register)
    assert data.at("2020").loc["0180", "value"] == 3.0
    assert data.conflicts == ()


def test_equal_figures_in_two_datasets_are_no_conflict(make_dataset, make_workspace, register):
    rows = [("X", "0180", "2020", 1.5)]
    data = indicator_data(
        make_workspace(make_dataset("a", rows), make_dataset("b", rows)), "X", "SE", register
    )
    assert data.conflicts == () and len(data.frame) == 1


def test_a_dataset_without_country_counts_where_its_codes_are(make_dataset, register):
    norwegian = make_dataset("n", [("X", "0301", "2020", 1.0), ("X", "5001", "2020", 2.0)], "")
    assert dataset_country(norwegian, register) == "NO"
    swedish = make_dataset("s", [("X", "0180", "2020", 1.0), ("X", "2480", "2020", 2.0)], "")
    assert dataset_country(swedish, register) == "SE"


def test_summary_is_the_unweighted_mean_and_median():
    summary = summarise(pd.Series([1.0, 2.0, 10.0, math.nan]))
    assert (summary.mean, summary.median, summary.count) == (pytest.approx(13 / 3), 2.0, 3)
    assert summarise(pd.Series([math.nan])).mean is None


def test_the_published_national_value_wins():
    rows = pd.DataFrame({"value": [56.8, 40.0, 60.0]}, index=["0000", "0180", "0186"])
    reference = national_reference(rows, rows["value"].iloc[1:], "SE", None)
    assert (reference.value, reference.method, reference.computed) == (56.8, PUBLISHED, False)
    norway = pd.DataFrame({"value": [12.0, 3.0]}, index=["EAK", "0301"])
    assert national_reference(norway, norway["value"].iloc[1:], "NO", None).value == 12.0


def test_computed_national_value_is_weighted_by_population_when_all_have_one():
    values = pd.Series([10.0, 20.0], index=["0180", "0186"])
    population = pd.Series([300.0, 100.0], index=["0180", "0186"])
    weighted = computed_reference(values, population)
    assert weighted.method == WEIGHTED and weighted.computed
    assert weighted.value == pytest.approx((10 * 300 + 20 * 100) / 400)
    partial = computed_reference(values, population.iloc[:1])
    assert (partial.method, partial.value) == (UNWEIGHTED, 15.0)
    assert computed_reference(values, None).value == 15.0


def test_population_is_found_in_the_workspace_by_id_or_title(
    make_dataset, make_workspace, register
):
    rows = [("POP", "0180", "2019", 900.0), ("POP", "0180", "2021", 1000.0)]
    ws = make_workspace(
        make_dataset("d", rows), POP=Indicator("POP", "Folkmängd 31 december", "antal")
    )
    assert population_for(ws, "SE", "2020", register).to_dict() == {"0180": 900.0}
    assert population_for(ws, "SE", "2018", register).to_dict() == {"0180": 900.0}
    share = make_workspace(
        make_dataset("d", rows), POP=Indicator("POP", "Folkmängd, andel (%)", "%")
    )
    assert population_for(share, "SE", "2020", register) is None


def test_a_count_is_summed_not_averaged():
    values = pd.Series([100.0, 300.0], index=["0180", "0186"])
    population = pd.Series([1.0, 1.0], index=["0180", "0186"])
    reference = computed_reference(values, population, unit="personer")
    assert (reference.value, reference.method, reference.computed) == (400.0, "sum", True)
    assert computed_reference(values, None, unit="%").value == 200.0


def test_no_national_value_from_a_few_kommuner():
    from digidesk.core.analysis.references import TOO_FEW

    rows = pd.DataFrame({"value": [40.0, 60.0]}, index=["0180", "0186"])
    few = national_reference(rows, rows["value"], "SE", None, "%", kommuner=290)
    assert (few.value, few.method, few.computed) == (None, TOO_FEW, False)
    enough = national_reference(rows, rows["value"], "SE", None, "%", kommuner=2)
    assert (enough.value, enough.computed) == (50.0, True)
