"""Results of a workspace's award, and the check of a protocol against it."""

from __future__ import annotations

import os

from digidesk.core.errors import ModelError
from digidesk.core.export.protocol import Verification, read_protocol_fingerprint
from digidesk.core.jury.data_scores import data_scores
from digidesk.core.jury.results import JuryResults, compute_results
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.workspace import Workspace


def workspace_results(
    workspace: Workspace,
    position: int = 0,
    register: AreaRegister | None = None,
    *,
    simulate: bool = True,
) -> JuryResults:
    """Every result of the award at ``position``, with scores from data for linked criteria."""
    if not 0 <= position < len(workspace.awards):
        raise ModelError("jury.no_award")
    award = workspace.awards[position]
    return compute_results(award, data_scores(workspace, award, register), simulate=simulate)


def verify_protocol(path: str | os.PathLike[str], workspace: Workspace) -> Verification:
    """Compare the protocol's stated fingerprint with its sheets and with the workspace's
    award of the same id."""
    award_id, stated, computed = read_protocol_fingerprint(path)
    position = next((n for n, a in enumerate(workspace.awards) if a.id == award_id), None)
    if position is None:
        return Verification(stated, computed, "")
    results = workspace_results(workspace, position, simulate=False)
    return Verification(stated, computed, results.fingerprint)
