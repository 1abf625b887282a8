"""What the methods compute from: weights, jurors, nominees, conflicts and the scores.

Conflicted pairs are left out everywhere; so are scores of criteria, nominees or jurors the
award no longer has. Criteria the chair chose to score from data take the data's score in
place of each juror's (for every nominee the juror may score).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from digidesk.core.model.award import Award

Key = tuple[str, str, str]  # (juror_id, area_id, criterion_id)


@dataclass(frozen=True, slots=True)
class JuryInputs:
    criteria: tuple[str, ...]
    weights: dict[str, float]  # raw weights as set; the methods normalise them
    jurors: tuple[str, ...]
    nominees: tuple[str, ...]
    conflicts: frozenset[tuple[str, str]]
    scores: dict[Key, float]

    def normalised_weights(self) -> dict[str, float]:
        total = sum(self.weights.values())
        if total <= 0:
            return dict.fromkeys(self.criteria, 0.0)
        return {c: w / total for c, w in self.weights.items()}

    def juror_scores(self, juror_id: str) -> dict[tuple[str, str], float]:
        """(area_id, criterion_id) → score, for one juror."""
        return {(a, c): v for (j, a, c), v in self.scores.items() if j == juror_id}

    def score_rows(self) -> list[list[object]]:
        """``[juror_id, area_id, criterion_id, value]``, sorted, as the JSON gives them."""
        return [[j, a, c, v] for (j, a, c), v in sorted(self.scores.items())]


def jury_inputs(
    award: Award, data_scores: Mapping[str, Mapping[str, float | None]] | None = None
) -> JuryInputs:
    """The inputs of ``award``; ``data_scores`` (criterion → area → score) for the criteria
    in ``award.scored_from_data``."""
    criteria = tuple(c.id for c in award.criteria)
    nominees = tuple(n.area_id for n in award.nominees)
    jurors = tuple(j.id for j in award.jurors)
    conflicts = frozenset((j.id, c.area_id) for j in award.jurors for c in j.conflicts)
    from_data = {c for c in award.scored_from_data if c in criteria} if data_scores else set()
    scores: dict[Key, float] = {}
    known_c, known_n, known_j = set(criteria), set(nominees), set(jurors)
    for s in award.scores:
        key = (s.juror_id, s.area_id, s.criterion_id)
        if (
            s.juror_id in known_j
            and s.area_id in known_n
            and s.criterion_id in known_c
            and s.criterion_id not in from_data
            and (s.juror_id, s.area_id) not in conflicts
            and _finite(s.value)
        ):
            scores[key] = float(s.value)
    for criterion_id in from_data:
        values = (data_scores or {}).get(criterion_id) or {}
        for juror_id in jurors:
            for area_id in nominees:
                value = values.get(area_id)
                if (juror_id, area_id) not in conflicts and _finite(value):
                    scores[(juror_id, area_id, criterion_id)] = float(value)  # type: ignore[arg-type]
    weights = {c.id: max(float(c.weight), 0.0) for c in award.criteria}
    return JuryInputs(criteria, weights, jurors, nominees, conflicts, scores)


def _finite(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
