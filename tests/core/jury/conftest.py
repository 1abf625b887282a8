"""Small awards whose results are worked out by hand in the tests."""

from __future__ import annotations

import pytest
from jury_helpers import scores

from digidesk.core.model.award import Award, Conflict, Criterion, Juror, Nominee


@pytest.fixture
def award_a() -> Award:
    """Two criteria weighted 2:1, three nominees, two jurors; j2 has a conflict for n3 and
    did not score c2 for n1."""
    return Award(
        "A",
        criteria=(Criterion("c1", "Ett", weight=2), Criterion("c2", "Två", weight=1)),
        nominees=(Nominee("n1", "N1"), Nominee("n2", "N2"), Nominee("n3", "N3")),
        jurors=(Juror("j1", "J1"), Juror("j2", "J2", (Conflict("n3", "jävig"),))),
        scores=scores("j1", {"n1": [5, 1], "n2": [3, 4], "n3": [2, 2]})
        + scores("j2", {"n1": [4, None], "n2": [5, 5], "n3": [1, 1]}),
    )
