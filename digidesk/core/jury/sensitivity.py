"""Does the weighted-mean winner hang on the weights?

**Per criterion, exactly**: the weight of one criterion is multiplied by a factor f (the
others unchanged, then all renormalised; f from 0 to 10). A juror's total for a nominee is
then (A + f·B)/(C + f·D): A and C the weighted scores and weights of the other criteria it
scored, B and D those of this criterion (0 when it did not score it). When every juror scored
every criterion all denominators are the same and two nominees' means cross where a linear
equation holds; with missing scores the equation is polynomial. Either way its roots are the
only places where the winner can change. The result is the factor nearest 1 (up or down)
beyond which another nominee wins, with the relative change f − 1, or none within 0–10×.

**Over random weightings**: ``DRAWS`` weightings from a Dirichlet distribution with
parameters ``CONCENTRATION`` × the chosen (normalised) weights, from a generator seeded with
``SEED``: on average the chosen weights, each varying by about √(w(1 − w)/(κ + 1)) (for 5
equal criteria, 0.20 ± 0.06). Criteria of weight 0 stay 0. Each draw's weighted-mean winner
gets the draw (tied winners share it); the result is each nominee's share of the draws.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.polynomial import polynomial as P

from digidesk.core.jury.inputs import JuryInputs
from digidesk.core.jury.methods import TOLERANCE

MAX_FACTOR = 10.0
DRAWS = 1_000
CONCENTRATION = 50.0
SEED = 20191112

Term = tuple[float, float, float, float]  # A, B, C, D of one juror's total


@dataclass(frozen=True, slots=True)
class Crossing:
    factor: float
    winners: tuple[str, ...]  # who wins just beyond it

    @property
    def relative_change(self) -> float:
        return self.factor - 1.0

    def to_json(self) -> dict[str, object]:
        return {
            "factor": self.factor,
            "relative_change": self.relative_change,
            "winners": list(self.winners),
        }


@dataclass(frozen=True, slots=True)
class CriterionSensitivity:
    criterion_id: str
    increase: Crossing | None
    decrease: Crossing | None

    @property
    def nearest(self) -> Crossing | None:
        found = [c for c in (self.increase, self.decrease) if c is not None]
        return min(found, key=lambda c: abs(c.relative_change)) if found else None

    def to_json(self) -> dict[str, object]:
        nearest = self.nearest
        return {
            "relative_change": nearest.relative_change if nearest else None,
            "factor": nearest.factor if nearest else None,
            "new_winner": list(nearest.winners) if nearest else [],
            "increase": self.increase.to_json() if self.increase else None,
            "decrease": self.decrease.to_json() if self.decrease else None,
        }


def _terms(inputs: JuryInputs, criterion_id: str) -> dict[str, list[Term]]:
    weights = inputs.weights
    terms: dict[str, list[Term]] = {a: [] for a in inputs.nominees}
    for juror_id in inputs.jurors:
        for area_id in inputs.nominees:
            if (juror_id, area_id) in inputs.conflicts:
                continue
            a = b = c = d = 0.0
            scored = False
            for cid in inputs.criteria:
                value = inputs.scores.get((juror_id, area_id, cid))
                if value is None:
                    continue
                scored = True
                if cid == criterion_id:
                    b, d = weights[cid] * value, weights[cid]
                else:
                    a, c = a + weights[cid] * value, c + weights[cid]
            if scored and (c > 0 or d > 0):
                terms[area_id].append((a, b, c, d))
    return terms


def _means(terms: dict[str, list[Term]], f: float) -> dict[str, float]:
    means = {}
    for area_id, items in terms.items():
        values = [(a + f * b) / (c + f * d) for a, b, c, d in items if c + f * d > 0]
        if values:
            means[area_id] = sum(values) / len(values)
    return means


def _winners(means: dict[str, float]) -> tuple[str, ...]:
    if not means:
        return ()
    best = max(means.values())
    return tuple(sorted(a for a, v in means.items() if abs(v - best) <= TOLERANCE * max(1, best)))


def _difference_roots(first: list[Term], second: list[Term]) -> list[float]:
    """Real f in (0, MAX_FACTOR] where the two nominees' mean totals are equal."""
    groups: dict[tuple[float, float], np.ndarray] = {}
    for items, sign in ((first, 1.0), (second, -1.0)):
        for a, b, c, d in items:
            key = (c, d)
            numerator = sign * np.array([a, b]) / len(items)
            groups[key] = groups.get(key, np.zeros(2)) + numerator
    keys = list(groups)
    total = np.zeros(1)
    for k, key in enumerate(keys):
        product = groups[key]
        for other in keys[:k] + keys[k + 1 :]:
            product = P.polymul(product, np.array(other))
        total = P.polyadd(total, product)
    total = P.polytrim(np.atleast_1d(total), tol=1e-12)
    if len(total) < 2 or not np.any(np.abs(total[1:]) > 1e-12):
        return []
    roots = P.polyroots(total)
    found = []
    for root in roots:
        if abs(root.imag) <= 1e-9 * max(1.0, abs(root.real)):
            f = float(root.real)
            if 0.0 < f <= MAX_FACTOR:
                found.append(f)
    return found


def criterion_sensitivity(inputs: JuryInputs, criterion_id: str) -> CriterionSensitivity:
    if inputs.weights.get(criterion_id, 0.0) <= 0:
        return CriterionSensitivity(criterion_id, None, None)
    terms = _terms(inputs, criterion_id)
    baseline = _winners(_means(terms, 1.0))
    points = {1.0}
    areas = [a for a in inputs.nominees if terms[a]]
    for i, first in enumerate(areas):
        for second in areas[i + 1 :]:
            points.update(_difference_roots(terms[first], terms[second]))
    ordered = sorted(points)
    up = [p for p in ordered if p >= 1.0] + ([MAX_FACTOR] if ordered[-1] < MAX_FACTOR else [])
    down = [p for p in reversed(ordered) if p <= 1.0] + [0.0]
    return CriterionSensitivity(
        criterion_id, _first_change(terms, up, baseline), _first_change(terms, down, baseline)
    )


def _first_change(terms, points: list[float], baseline: tuple[str, ...]) -> Crossing | None:
    for start, end in zip(points, points[1:], strict=False):
        if start == end:
            continue
        winners = _winners(_means(terms, (start + end) / 2))
        if winners and winners != baseline:
            return Crossing(start, winners)
    return None


def simulated_win_shares(
    inputs: JuryInputs,
    draws: int = DRAWS,
    concentration: float = CONCENTRATION,
    seed: int = SEED,
) -> dict[str, float]:
    """Each nominee's share of ``draws`` Dirichlet weightings that it wins."""
    shares = dict.fromkeys(inputs.nominees, 0.0)
    weights = inputs.normalised_weights()
    positive = [c for c in inputs.criteria if weights.get(c, 0.0) > 0]
    pairs = [
        (j, a)
        for j in inputs.jurors
        for a in inputs.nominees
        if (j, a) not in inputs.conflicts and any((j, a, c) in inputs.scores for c in positive)
    ]
    if not positive or not pairs:
        return shares
    rng = np.random.default_rng(seed)
    sample = rng.dirichlet(concentration * np.array([weights[c] for c in positive]), size=draws)
    scores = np.array([[inputs.scores.get((j, a, c), 0.0) for j, a in pairs] for c in positive])
    mask = np.array([[float((j, a, c) in inputs.scores) for j, a in pairs] for c in positive])
    totals = (sample @ (scores * mask)) / (sample @ mask)  # draws × pairs
    means = np.column_stack(
        [totals[:, [k for k, (_, a) in enumerate(pairs) if a == area]].mean(axis=1)
         if any(a == area for _, a in pairs) else np.full(draws, -np.inf)
         for area in inputs.nominees]
    )  # fmt: skip
    best = means.max(axis=1, keepdims=True)
    winning = np.isclose(means, best, rtol=TOLERANCE, atol=TOLERANCE)
    won = (winning / winning.sum(axis=1, keepdims=True)).sum(axis=0) / draws
    return {a: float(s) for a, s in zip(inputs.nominees, won, strict=True)}
