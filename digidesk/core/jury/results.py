"""Everything the results view, ``digidesk jury results --json`` and the protocol show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from digidesk.core.jury.agreement import KendallW, Spearman, kendall_w, spearman_pairs
from digidesk.core.jury.data_scores import DataScore, score_values
from digidesk.core.jury.fingerprint import fingerprint, payload
from digidesk.core.jury.inputs import JuryInputs, jury_inputs
from digidesk.core.jury.methods import (
    MethodResult,
    Totals,
    all_methods,
    disagreement,
    totals,
    unreliable_normalisation,
)
from digidesk.core.jury.sensitivity import (
    CONCENTRATION,
    DRAWS,
    SEED,
    CriterionSensitivity,
    criterion_sensitivity,
    simulated_win_shares,
)
from digidesk.core.model.award import METHODS, Award


@dataclass(frozen=True, slots=True)
class JuryResults:
    award: Award
    inputs: JuryInputs
    totals: Totals
    methods: dict[str, MethodResult]
    disagreement: dict[str, float | None]
    unreliable: tuple[str, ...]
    kendall: KendallW
    spearman: list[Spearman]
    sensitivity: dict[str, CriterionSensitivity]
    win_shares: dict[str, float]
    fingerprint: str
    data: dict[str, dict[str, DataScore]] = field(default_factory=dict)

    @property
    def winner_differs(self) -> bool:
        found = {self.methods[m].winners for m in METHODS if self.methods[m].winners}
        return len(found) > 1

    @property
    def chosen(self) -> MethodResult:
        return self.methods.get(self.award.chosen_method) or self.methods["weighted_mean"]

    def final_ranking(self) -> list[str]:
        """The nominees by the chosen method's rank (unranked last), then as listed."""
        placings = self.chosen.placings
        order = {a: n for n, a in enumerate(self.inputs.nominees)}
        return sorted(
            self.inputs.nominees,
            key=lambda a: (placings[a].rank is None, placings[a].rank or 0, order[a]),
        )

    def to_json(self) -> dict[str, Any]:
        award = self.award
        criteria = []
        for c in award.criteria:
            low, high = award.scale(c)
            criteria.append(
                {
                    "id": c.id,
                    "name": c.name,
                    "weight": c.weight,
                    "normalised_weight": self.inputs.normalised_weights().get(c.id, 0.0),
                    "scale_min": low,
                    "scale_max": high,
                    "indicator_id": c.indicator_id,
                    "from_data": c.id in award.scored_from_data and bool(self.data.get(c.id)),
                }
            )
        return {
            "award": {"id": award.id, "name": award.name, "year": award.year},
            "criteria": criteria,
            "jurors": [{"id": j.id, "name": j.name} for j in award.jurors],
            "nominees": [{"area_id": n.area_id, "name": n.name} for n in award.nominees],
            "scores": self.inputs.score_rows(),
            "conflicts": sorted([list(p) for p in self.inputs.conflicts]),
            "totals": self.totals,
            "methods": {
                m: {a: p.to_json() for a, p in self.methods[m].placings.items()} for m in METHODS
            },
            "winners": {m: list(self.methods[m].winners) for m in METHODS},
            "winner_differs": self.winner_differs,
            "chosen_method": award.chosen_method,
            "final_ranking": self.final_ranking(),
            "disagreement": self.disagreement,
            "normalisation_unreliable": list(self.unreliable),
            "kendall_w": self.kendall.to_json(),
            "spearman": [s.to_json() for s in self.spearman],
            "sensitivity": {
                "criteria": {c: s.to_json() for c, s in self.sensitivity.items()},
                "simulation": {
                    "draws": DRAWS,
                    "concentration": CONCENTRATION,
                    "seed": SEED,
                    "win_share": self.win_shares,
                },
            },
            "data_scores": {
                c: {a: s.score for a, s in by_area.items()} for c, by_area in self.data.items()
            },
            "locked": award.locked,
            "fingerprint": self.fingerprint,
        }


def compute_results(
    award: Award,
    data: dict[str, dict[str, DataScore]] | None = None,
    *,
    simulate: bool = True,
) -> JuryResults:
    """Every method, agreement and sensitivity for ``award`` (``data``: scores from data)."""
    data = data or {}
    inputs = jury_inputs(award, score_values(data))
    raw = totals(inputs)
    return JuryResults(
        award=award,
        inputs=inputs,
        totals=raw,
        methods=all_methods(inputs),
        disagreement=disagreement(inputs, raw),
        unreliable=unreliable_normalisation(inputs),
        kendall=kendall_w(inputs, raw),
        spearman=spearman_pairs(inputs, raw),
        sensitivity={c: criterion_sensitivity(inputs, c) for c in inputs.criteria},
        win_shares=simulated_win_shares(inputs) if simulate else {},
        fingerprint=fingerprint(payload(award, inputs)),
        data=data,
    )
