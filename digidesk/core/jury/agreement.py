"""How much the jurors agree on the order of the nominees.

**Kendall's W** over the jurors who scored every nominee (a total for each): each ranks the
nominees by its total (ties share the average rank), R_i is nominee i's rank sum over the m
jurors, S = Σ (R_i − mean R)², and with n nominees and T_j = Σ (t³ − t) over juror j's groups
of t tied nominees

    W = 12·S / (m²·(n³ − n) − m·Σ T_j)

1 is full agreement, 0 none. Not defined (None) with fewer than 2 such jurors, fewer than 2
nominees, or when every such juror ties all nominees.

**Spearman's ρ** for every pair of jurors over the nominees both scored: the correlation
of their average ranks among those nominees. None when they share fewer than 2 nominees or
one of them ranks all of those equal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from itertools import combinations

from digidesk.core.jury.inputs import JuryInputs
from digidesk.core.jury.methods import Totals, average_ranks


@dataclass(frozen=True, slots=True)
class KendallW:
    w: float | None
    jurors: tuple[str, ...]  # those who scored every nominee

    def to_json(self) -> dict[str, object]:
        return {"w": self.w, "jurors": len(self.jurors), "juror_ids": list(self.jurors)}


@dataclass(frozen=True, slots=True)
class Spearman:
    juror_a: str
    juror_b: str
    rho: float | None
    nominees: int

    def to_json(self) -> dict[str, object]:
        return {
            "juror_a": self.juror_a,
            "juror_b": self.juror_b,
            "rho": self.rho,
            "nominees": self.nominees,
        }


def kendall_w(inputs: JuryInputs, table: Totals) -> KendallW:
    everyone = tuple(
        j for j in inputs.jurors if all(a in table.get(j, {}) for a in inputs.nominees)
    )
    n, m = len(inputs.nominees), len(everyone)
    if m < 2 or n < 2:
        return KendallW(None, everyone)
    sums = dict.fromkeys(inputs.nominees, 0.0)
    ties = 0.0
    for juror_id in everyone:
        ranks = average_ranks(table[juror_id])
        for area_id, rank in ranks.items():
            sums[area_id] += rank
        groups: dict[float, int] = {}
        for rank in ranks.values():
            groups[rank] = groups.get(rank, 0) + 1
        ties += sum(t**3 - t for t in groups.values())
    mean = m * (n + 1) / 2
    s = sum((r - mean) ** 2 for r in sums.values())
    denominator = m * m * (n**3 - n) - m * ties
    if denominator <= 0:
        return KendallW(None, everyone)
    return KendallW(12 * s / denominator, everyone)


def spearman_pairs(inputs: JuryInputs, table: Totals) -> list[Spearman]:
    pairs = []
    for a, b in combinations(inputs.jurors, 2):
        common = [n for n in inputs.nominees if n in table.get(a, {}) and n in table.get(b, {})]
        rho = None
        if len(common) >= 2:
            ra = average_ranks({n: table[a][n] for n in common})
            rb = average_ranks({n: table[b][n] for n in common})
            rho = _correlation([ra[n] for n in common], [rb[n] for n in common])
        pairs.append(Spearman(a, b, rho, len(common)))
    return pairs


def _correlation(x: list[float], y: list[float]) -> float | None:
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((p - mx) * (q - my) for p, q in zip(x, y, strict=True))
    sxx = sum((p - mx) ** 2 for p in x)
    syy = sum((q - my) ** 2 for q in y)
    if sxx == 0 or syy == 0:
        return None
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))
