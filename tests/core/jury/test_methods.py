"""The four methods with values worked out by hand (see docs/jury.md for the definitions)."""

from __future__ import annotations

import math

import pytest
from jury_helpers import scores

from digidesk.core.jury.inputs import jury_inputs
from digidesk.core.jury.methods import (
    all_methods,
    average_ranks,
    disagreement,
    juror_moments,
    totals,
    unreliable_normalisation,
)
from digidesk.core.model.award import Award, Criterion, Juror, Nominee


def scored(award, method):
    return {a: p.score for a, p in all_methods(jury_inputs(award))[method].placings.items()}


def test_totals_leave_out_conflicts_and_use_only_the_criteria_scored(award_a):
    # w = (2/3, 1/3). j1: n1 = 2/3·5 + 1/3·1 = 11/3, n2 = 2/3·3 + 1/3·4 = 10/3, n3 = 2.
    # j2 scored only c1 for n1: 4 (divided by w_c1 alone); n2 = 5; n3 is conflicted.
    table = totals(jury_inputs(award_a))
    assert table["j1"] == pytest.approx({"n1": 11 / 3, "n2": 10 / 3, "n3": 2.0})
    assert table["j2"] == pytest.approx({"n1": 4.0, "n2": 5.0})


def test_weighted_mean_median_and_disagreement(award_a):
    mean = scored(award_a, "weighted_mean")
    assert mean == pytest.approx({"n1": 23 / 6, "n2": 25 / 6, "n3": 2.0})
    assert scored(award_a, "median") == pytest.approx({"n1": 23 / 6, "n2": 25 / 6, "n3": 2.0})
    inputs = jury_inputs(award_a)
    spread = disagreement(inputs, totals(inputs))
    # population SD of two totals is half their distance
    assert spread == pytest.approx({"n1": 1 / 6, "n2": 5 / 6, "n3": 0.0})
    placings = all_methods(inputs)["weighted_mean"].placings
    assert [placings[a].rank for a in ("n1", "n2", "n3")] == [2, 1, 3]


def test_borda_points(award_a):
    # j1 ranks n1 > n2 > n3 (n_j = 3): points 1, 1/2, 0. j2 ranks n2 > n1 (n_j = 2): 1, 0.
    assert scored(award_a, "borda") == pytest.approx({"n1": 0.5, "n2": 0.75, "n3": 0.0})


def test_zscore_normalises_each_juror_by_its_own_mean_and_population_sd(award_a):
    inputs = jury_inputs(award_a)
    # j1 gave 5, 1, 3, 4, 2, 2: μ = 17/6, σ² = 65/36. j2 gave 4, 5, 5: μ = 14/3, σ² = 2/9.
    moments = juror_moments(inputs)
    assert moments["j1"][:2] == pytest.approx((17 / 6, math.sqrt(65 / 36)))
    assert moments["j2"][:2] == pytest.approx((14 / 3, math.sqrt(2 / 9)))
    s1, s2 = math.sqrt(65 / 36), math.sqrt(2 / 9)
    # n1: j1 (2/3·13/6 − 1/3·11/6)/σ1 = (5/6)/σ1; j2 (4 − 14/3)/σ2 = −(2/3)/σ2
    # n2: j1 (2/3·1/6 + 1/3·7/6)/σ1 = (1/2)/σ1; j2 (1/3)/σ2.  n3: j1 only, −(5/6)/σ1
    expected = {
        "n1": ((5 / 6) / s1 - (2 / 3) / s2) / 2,
        "n2": ((1 / 2) / s1 + (1 / 3) / s2) / 2,
        "n3": -(5 / 6) / s1,
    }
    assert scored(award_a, "zscore") == pytest.approx(expected)
    # j2 gave 3 scores, fewer than 2 × 2 criteria
    assert unreliable_normalisation(inputs) == ("j2",)


def test_ties_share_the_rank_and_are_flagged():
    award = Award(
        "T",
        criteria=(Criterion("c1", "Ett"), Criterion("c2", "Två")),
        nominees=(Nominee("a", "A"), Nominee("b", "B"), Nominee("c", "C")),
        jurors=(Juror("j1", "J1"), Juror("j2", "J2")),
        scores=scores("j1", {"a": [4, 4], "b": [5, 3], "c": [1, 1]})
        + scores("j2", {"a": [3, 3], "b": [2, 4], "c": [5, 5]}),
    )
    methods = all_methods(jury_inputs(award))
    mean = methods["weighted_mean"].placings
    # a: (4 + 3)/2 = 3.5, b: (4 + 3)/2 = 3.5, c: (1 + 5)/2 = 3
    assert (mean["a"].rank, mean["a"].tied, mean["b"].rank, mean["b"].tied) == (1, True, 1, True)
    assert (mean["c"].rank, mean["c"].tied) == (3, False)
    assert methods["weighted_mean"].winners == ("a", "b")
    # j1 ties a and b at 4: ranks 1.5, 1.5, 3 → points 0.75, 0.75, 0; j2: c 1, a and b 0.25
    assert average_ranks({"a": 4.0, "b": 4.0, "c": 1.0}) == {"a": 1.5, "b": 1.5, "c": 3.0}
    assert scored(award, "borda") == pytest.approx({"a": 0.5, "b": 0.5, "c": 0.5})
    assert all(p.rank == 1 and p.tied for p in methods["borda"].placings.values())


def test_a_juror_with_zero_variance_counts_zero_in_the_zscore_method():
    award = Award(
        "Z",
        criteria=(Criterion("c1", "Ett"), Criterion("c2", "Två")),
        nominees=(Nominee("a", "A"), Nominee("b", "B")),
        jurors=(Juror("flat", "Flat"), Juror("j2", "J2")),
        scores=scores("flat", {"a": [3, 3], "b": [3, 3]})
        + scores("j2", {"a": [5, 5], "b": [1, 1]}),
    )
    # flat: σ = 0 → every z is 0. j2: μ = 3, σ = 2 → a = 1, b = −1.
    assert scored(award, "zscore") == pytest.approx({"a": 0.5, "b": -0.5})
    # Borda: flat ties both (1.5 each) → points 0.5 each; j2 a 1, b 0.
    assert scored(award, "borda") == pytest.approx({"a": 0.75, "b": 0.25})


def test_a_single_juror():
    award = Award(
        "S",
        criteria=(Criterion("c1", "Ett", weight=3), Criterion("c2", "Två", weight=1)),
        nominees=(Nominee("a", "A"), Nominee("b", "B")),
        jurors=(Juror("j1", "J1"),),
        scores=scores("j1", {"a": [2, 5], "b": [4, 1]}),
    )
    # a = 3/4·2 + 1/4·5 = 2.75; b = 3/4·4 + 1/4·1 = 3.25
    assert scored(award, "weighted_mean") == pytest.approx({"a": 2.75, "b": 3.25})
    assert scored(award, "median") == pytest.approx({"a": 2.75, "b": 3.25})
    assert scored(award, "borda") == pytest.approx({"a": 0.0, "b": 1.0})
    inputs = jury_inputs(award)
    assert disagreement(inputs, totals(inputs)) == {"a": 0.0, "b": 0.0}


def test_a_juror_who_scored_one_nominee_gives_no_borda_points():
    award = Award(
        "M",
        criteria=(Criterion("c1", "Ett"),),
        nominees=(Nominee("a", "A"), Nominee("b", "B")),
        jurors=(Juror("j1", "J1"), Juror("j2", "J2")),
        scores=scores("j1", {"a": [5], "b": [1]}, ("c1",)) + scores("j2", {"b": [5]}, ("c1",)),
    )
    assert scored(award, "borda") == pytest.approx({"a": 1.0, "b": 0.0})
    assert scored(award, "weighted_mean") == pytest.approx({"a": 5.0, "b": 3.0})


def test_nominees_without_scores_have_no_score_and_no_rank(award_a):
    from dataclasses import replace

    award = replace(award_a, nominees=award_a.nominees + (Nominee("n4", "N4"),))
    placing = all_methods(jury_inputs(award))["median"].placings["n4"]
    assert (placing.score, placing.rank, placing.tied) == (None, None, False)
