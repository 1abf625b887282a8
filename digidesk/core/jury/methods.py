"""The four ways of turning the jurors' scores into one ranking, exactly as defined.

w_c are the criterion weights normalised to sum 1. A juror's **total** for a nominee is
Σ_c w_c·s_c over the criteria that juror scored for that nominee, divided by Σ_c w_c over
those same criteria. Conflicted pairs are left out everywhere.

1. ``weighted_mean``: the mean of the jurors' totals for the nominee.
2. ``zscore``: each score s replaced by (s − μ_j)/σ_j, with μ_j and σ_j the mean and
   population standard deviation of all scores juror j gave (0 where σ_j = 0); then totals
   and mean as in 1. A juror with fewer scores than twice the number of criteria is flagged
   "normalisation unreliable".
3. ``borda``: each juror ranks the nominees it scored by its total (ties share the average
   rank); points (n_j − rank)/(n_j − 1), n_j the number of nominees juror j scored (jurors
   with n_j < 2 give no points); the nominee's score is the mean of its points.
4. ``median`` of the jurors' totals.

Every method places the nominees by score, highest first, with the standard competition
rank ("1224"); equal scores share the rank and are flagged ``tied``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from digidesk.core.jury.inputs import JuryInputs
from digidesk.core.model.award import METHODS

Totals = dict[str, dict[str, float]]  # juror_id → area_id → total
#: scores closer than this count as equal (sums of floats differ in the last digits)
TOLERANCE = 1e-9


@dataclass(frozen=True, slots=True)
class Placing:
    score: float | None
    rank: int | None
    tied: bool

    def to_json(self) -> dict[str, object]:
        return {"score": self.score, "rank": self.rank, "tied": self.tied}


@dataclass(frozen=True, slots=True)
class MethodResult:
    method: str
    placings: dict[str, Placing]

    @property
    def winners(self) -> tuple[str, ...]:
        return tuple(a for a, p in self.placings.items() if p.rank == 1)


def totals(
    inputs: JuryInputs,
    weights: Mapping[str, float] | None = None,
    transform: Callable[[str, float], float] | None = None,
) -> Totals:
    """Each juror's total for each nominee it scored (``transform(juror, s)`` first)."""
    w = inputs.normalised_weights() if weights is None else weights
    result: Totals = {}
    for juror_id in inputs.jurors:
        own: dict[str, float] = {}
        for area_id in inputs.nominees:
            if (juror_id, area_id) in inputs.conflicts:
                continue
            numerator = denominator = 0.0
            scored = False
            for criterion_id in inputs.criteria:
                value = inputs.scores.get((juror_id, area_id, criterion_id))
                if value is None:
                    continue
                scored = True
                if transform is not None:
                    value = transform(juror_id, value)
                numerator += w.get(criterion_id, 0.0) * value
                denominator += w.get(criterion_id, 0.0)
            if scored and denominator > 0:
                own[area_id] = numerator / denominator
        result[juror_id] = own
    return result


def juror_moments(inputs: JuryInputs) -> dict[str, tuple[float, float, int]]:
    """(μ_j, σ_j, number of scores) of every juror with scores; σ is the population one."""
    moments = {}
    for juror_id in inputs.jurors:
        values = list(inputs.juror_scores(juror_id).values())
        if values:
            moments[juror_id] = (statistics.fmean(values), statistics.pstdev(values), len(values))
    return moments


def unreliable_normalisation(inputs: JuryInputs) -> tuple[str, ...]:
    """Jurors with fewer scores than twice the number of criteria."""
    need = 2 * len(inputs.criteria)
    counts = {j: len(inputs.juror_scores(j)) for j in inputs.jurors}
    return tuple(j for j in inputs.jurors if 0 < counts[j] < need)


def zscore_totals(inputs: JuryInputs, weights: Mapping[str, float] | None = None) -> Totals:
    moments = juror_moments(inputs)

    def z(juror_id: str, value: float) -> float:
        mu, sigma, _ = moments[juror_id]
        return 0.0 if sigma == 0 else (value - mu) / sigma

    return totals(inputs, weights, z)


def mean_of_totals(inputs: JuryInputs, table: Totals) -> dict[str, float | None]:
    return {a: _mean([t[a] for t in table.values() if a in t]) for a in inputs.nominees}


def median_of_totals(inputs: JuryInputs, table: Totals) -> dict[str, float | None]:
    found = {a: [t[a] for t in table.values() if a in t] for a in inputs.nominees}
    return {a: statistics.median(v) if v else None for a, v in found.items()}


def borda_points(inputs: JuryInputs, table: Totals) -> dict[str, float | None]:
    points: dict[str, list[float]] = {a: [] for a in inputs.nominees}
    for own in table.values():
        n = len(own)
        if n < 2:
            continue
        for area_id, rank in average_ranks(own).items():
            points[area_id].append((n - rank) / (n - 1))
    return {a: _mean(p) for a, p in points.items()}


def disagreement(inputs: JuryInputs, table: Totals) -> dict[str, float | None]:
    """The population standard deviation of the jurors' totals for each nominee."""
    found = {a: [t[a] for t in table.values() if a in t] for a in inputs.nominees}
    return {a: statistics.pstdev(v) if v else None for a, v in found.items()}


def average_ranks(values: Mapping[str, float]) -> dict[str, float]:
    """Rank 1 for the highest value; equal values share the average of their ranks."""
    ordered = sorted(values, key=lambda k: -values[k])
    ranks: dict[str, float] = {}
    start = 0
    while start < len(ordered):
        end = start + 1
        while end < len(ordered) and _same(values[ordered[end]], values[ordered[start]]):
            end += 1
        shared = (start + 1 + end) / 2
        for key in ordered[start:end]:
            ranks[key] = shared
        start = end
    return ranks


def place(scores: Mapping[str, float | None], method: str = "") -> MethodResult:
    """Competition ranks ("1224"), highest score first; nominees without a score get none."""
    valued = {a: s for a, s in scores.items() if s is not None}
    placings = {}
    for area_id, score in scores.items():
        if score is None:
            placings[area_id] = Placing(None, None, False)
            continue
        better = sum(1 for s in valued.values() if s > score and not _same(s, score))
        equal = sum(1 for s in valued.values() if _same(s, score))
        placings[area_id] = Placing(score, better + 1, equal > 1)
    return MethodResult(method, placings)


def all_methods(
    inputs: JuryInputs, weights: Mapping[str, float] | None = None
) -> dict[str, MethodResult]:
    raw = totals(inputs, weights)
    scores = {
        "weighted_mean": mean_of_totals(inputs, raw),
        "zscore": mean_of_totals(inputs, zscore_totals(inputs, weights)),
        "borda": borda_points(inputs, raw),
        "median": median_of_totals(inputs, raw),
    }
    return {m: place(scores[m], m) for m in METHODS}


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=TOLERANCE)
