"""Kendall's W, Spearman's ρ, the exact sensitivity and the Dirichlet simulation by hand."""

from __future__ import annotations

from dataclasses import replace

import pytest
from jury_helpers import scores

from digidesk.core.jury.agreement import kendall_w, spearman_pairs
from digidesk.core.jury.inputs import jury_inputs
from digidesk.core.jury.methods import all_methods, totals
from digidesk.core.jury.sensitivity import criterion_sensitivity, simulated_win_shares
from digidesk.core.model.award import Award, Conflict, Criterion, Juror, Nominee

NOMINEES = (Nominee("a", "A"), Nominee("b", "B"), Nominee("c", "C"))


def ranked(orders: dict[str, list[str]], conflicts=()) -> Award:
    """One criterion; each juror gives 3, 2, 1 to the nominees in its order."""
    table = []
    for juror, order in orders.items():
        table += scores(juror, {a: [3 - n] for n, a in enumerate(order)}, ("c1",))
    jurors = tuple(
        Juror(j, j, tuple(Conflict(a) for jj, a in conflicts if jj == j)) for j in orders
    )
    return Award("K", criteria=(Criterion("c1", "Ett"),), nominees=NOMINEES, jurors=jurors,
                 scores=tuple(table))  # fmt: skip


def agreement(award):
    inputs = jury_inputs(award)
    table = totals(inputs)
    return kendall_w(inputs, table), spearman_pairs(inputs, table)


def test_kendall_w_by_hand():
    # ranks (1,2,3), (1,3,2), (2,1,3): sums 4, 6, 8, mean 6, S = 8; W = 12·8 / (9·24) = 4/9
    award = ranked({"j1": ["a", "b", "c"], "j2": ["a", "c", "b"], "j3": ["b", "a", "c"]})
    w, _ = agreement(award)
    assert w.w == pytest.approx(4 / 9)
    assert w.jurors == ("j1", "j2", "j3")


def test_kendall_w_is_1_for_full_agreement_and_tie_corrected():
    w, _ = agreement(ranked({"j1": ["a", "b", "c"], "j2": ["a", "b", "c"]}))
    assert w.w == pytest.approx(1.0)
    award = ranked({"j1": ["a", "b", "c"], "j2": ["a", "b", "c"]})
    # j2 ties a and b: ranks 1.5, 1.5, 3; T = 2³ − 2 = 6. Sums 2.5, 3.5, 6: S = 6.5
    # W = 12·6.5 / (4·24 − 2·6) = 78/84
    tied = [s for s in award.scores if not (s.juror_id == "j2" and s.area_id == "b")]
    tied = replace(award, scores=(*tied, *scores("j2", {"b": [3]}, ("c1",))))
    w, _ = agreement(tied)
    assert w.w == pytest.approx(78 / 84)


def test_kendall_w_is_not_defined_under_two_complete_jurors():
    award = ranked({"j1": ["a", "b", "c"], "j2": ["b", "a", "c"]}, conflicts=[("j2", "c")])
    w, pairs = agreement(award)
    assert (w.w, w.jurors) == (None, ("j1",))
    # Spearman over the two nominees both scored: j1 a > b, j2 b > a → −1
    assert [(p.juror_a, p.juror_b, p.rho, p.nominees) for p in pairs] == [("j1", "j2", -1.0, 2)]


def test_spearman_by_hand():
    # (1,2,3) vs (1,3,2): ρ = 1 − 6·2 / (3·8) = 0.5
    _, pairs = agreement(ranked({"j1": ["a", "b", "c"], "j2": ["a", "c", "b"]}))
    assert pairs[0].rho == pytest.approx(0.5)


def two_nominees(extra=()) -> Award:
    # a: c1 5, c2 1 → 3;  b: c1 2, c2 3 → 2.5 (equal weights)
    return Award(
        "S",
        criteria=(Criterion("c1", "Ett"), Criterion("c2", "Två")),
        nominees=(Nominee("a", "A"), Nominee("b", "B")),
        jurors=(Juror("j1", "J1"), *extra),
        scores=scores("j1", {"a": [5, 1], "b": [2, 3]}),
    )


def test_exact_sensitivity_of_each_criterion():
    inputs = jury_inputs(two_nominees())
    # c2 × f: a = (5 + f)/(1 + f), b = (2 + 3f)/(1 + f): equal at 5 + f = 2 + 3f, f = 1.5
    c2 = criterion_sensitivity(inputs, "c2")
    assert c2.increase.factor == pytest.approx(1.5)
    assert c2.increase.winners == ("b",)
    assert c2.decrease is None
    assert c2.nearest.relative_change == pytest.approx(0.5)
    # c1 × f: a = (5f + 1)/(f + 1), b = (2f + 3)/(f + 1): equal at f = 2/3
    c1 = criterion_sensitivity(inputs, "c1")
    assert c1.increase is None
    assert c1.decrease.factor == pytest.approx(2 / 3)
    assert c1.nearest.relative_change == pytest.approx(-1 / 3)


def test_sensitivity_with_missing_scores_matches_the_winner_either_side():
    award = two_nominees((Juror("j2", "J2"),))
    # j2 scored only c1 for a and both for b: its totals have other denominators.
    award = replace(award, scores=award.scores + scores("j2", {"a": [2, None], "b": [4, 4]}))
    inputs = jury_inputs(award)
    for criterion in ("c1", "c2"):
        found = criterion_sensitivity(inputs, criterion)
        for crossing in (found.increase, found.decrease):
            if crossing is None:
                continue
            f = crossing.factor
            step = 1e-6 if crossing is found.increase else -1e-6
            before = winners_with(award, criterion, f - step)
            after = winners_with(award, criterion, f + step)
            assert before != after
            assert after == crossing.winners


def winners_with(award: Award, criterion_id: str, factor: float):
    criteria = tuple(
        replace(c, weight=c.weight * factor) if c.id == criterion_id else c for c in award.criteria
    )
    return all_methods(jury_inputs(replace(award, criteria=criteria)))["weighted_mean"].winners


def test_none_within_ten_times_when_one_nominee_is_best_on_every_criterion():
    award = replace(two_nominees(), scores=scores("j1", {"a": [5, 5], "b": [1, 1]}))
    found = criterion_sensitivity(jury_inputs(award), "c1")
    assert found.nearest is None
    assert found.to_json()["relative_change"] is None


def test_simulation_is_seeded_and_its_shares_add_up():
    inputs = jury_inputs(two_nominees())
    first = simulated_win_shares(inputs)
    assert first == simulated_win_shares(inputs)
    assert sum(first.values()) == pytest.approx(1.0)
    # a wins unless c2 gets more than 1.5 × c1's weight: most draws around 1:1
    assert first["a"] > 0.9
    dominant = replace(two_nominees(), scores=scores("j1", {"a": [5, 5], "b": [1, 1]}))
    assert simulated_win_shares(jury_inputs(dominant)) == {"a": 1.0, "b": 0.0}
