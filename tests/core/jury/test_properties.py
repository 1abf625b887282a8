"""Properties the methods must have whatever the scores (hypothesis)."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digidesk.core.jury.agreement import kendall_w, spearman_pairs
from digidesk.core.jury.inputs import JuryInputs
from digidesk.core.jury.methods import all_methods, totals

CRITERIA = ("c1", "c2", "c3")
NOMINEES = ("a", "b", "c", "d")
JURORS = ("j1", "j2", "j3")
score = st.one_of(st.none(), st.integers(0, 10).map(float))


@st.composite
def juries(draw):
    weights = {c: draw(st.sampled_from([0.5, 1.0, 2.0, 3.0])) for c in CRITERIA}
    conflicts = frozenset((j, a) for j in JURORS for a in NOMINEES if draw(st.integers(0, 9)) == 0)
    table = {}
    for j in JURORS:
        for a in NOMINEES:
            for c in CRITERIA:
                value = draw(score)
                if value is not None and (j, a) not in conflicts:
                    table[(j, a, c)] = value
    return JuryInputs(CRITERIA, weights, JURORS, NOMINEES, conflicts, table)


def changed(inputs: JuryInputs, juror: str, how) -> JuryInputs:
    table = {k: how(v) if k[0] == juror else v for k, v in inputs.scores.items()}
    return replace(inputs, scores=table)


def same(first, second, methods):
    for method in methods:
        a, b = first[method].placings, second[method].placings
        for area in NOMINEES:
            if a[area].score is None:
                assert b[area].score is None
                continue
            assert math.isclose(a[area].score, b[area].score, rel_tol=1e-9, abs_tol=1e-9)
            assert a[area].rank == b[area].rank


@settings(max_examples=150, deadline=None)
@given(juries(), st.sampled_from(JURORS), st.floats(0.1, 20))
def test_scaling_one_jurors_scores_does_not_change_the_zscore_method(inputs, juror, factor):
    same(all_methods(inputs), all_methods(changed(inputs, juror, lambda v: v * factor)),
         ["zscore"])  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(juries(), st.sampled_from(JURORS), st.floats(-5, 5))
def test_adding_a_constant_changes_neither_zscore_nor_borda(inputs, juror, constant):
    same(all_methods(inputs), all_methods(changed(inputs, juror, lambda v: v + constant)),
         ["zscore", "borda"])  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(juries(), st.permutations(JURORS))
def test_permuting_jurors_changes_nothing(inputs, order):
    shuffled = replace(inputs, jurors=tuple(order))
    same(all_methods(inputs), all_methods(shuffled), ["weighted_mean", "zscore", "borda",
                                                     "median"])  # fmt: skip
    w1 = kendall_w(inputs, totals(inputs)).w
    w2 = kendall_w(shuffled, totals(shuffled)).w
    assert (w1 is None and w2 is None) or w1 == pytest.approx(w2)
    rho1 = {
        frozenset((p.juror_a, p.juror_b)): p.rho for p in spearman_pairs(inputs, totals(inputs))
    }
    rho2 = {frozenset((p.juror_a, p.juror_b)): p.rho
            for p in spearman_pairs(shuffled, totals(shuffled))}  # fmt: skip
    assert rho1.keys() == rho2.keys()
    for key, value in rho1.items():
        assert (value is None and rho2[key] is None) or value == pytest.approx(rho2[key])
