"""Jury edits as commands: inverses, the audit trail, the lock; the canonical fingerprint."""

from __future__ import annotations

import pytest

from digidesk.core.errors import ModelError
from digidesk.core.jury import commands as jury_commands
from digidesk.core.jury.commands import AddCriterion, RemoveCriterion, SetConflict, UpdateCriterion
from digidesk.core.jury.fingerprint import build_payload, canonical_json, fingerprint, payload
from digidesk.core.jury.inputs import jury_inputs
from digidesk.core.jury.scoring import LockScoring, ScoreChange, SetScores
from digidesk.core.model.award import Criterion
from digidesk.core.model.workspace import Workspace


@pytest.fixture
def workspace(award_a, monkeypatch):
    times = iter(f"2026-01-01T00:00:{n:02d}+00:00" for n in range(60))
    monkeypatch.setattr(jury_commands, "now", lambda: next(times))
    return Workspace(awards=[award_a])


def test_a_score_change_is_audited_and_its_undo_too(workspace):
    inverse = SetScores(0, (ScoreChange("j1", "n1", "c1", 2.0, "omprövat"),)).apply(workspace)
    award = workspace.awards[0]
    assert award.score("j1", "n1", "c1").value == 2.0
    assert award.score("j1", "n1", "c1").comment == "omprövat"
    entry = award.audit[-1]
    assert (entry.old, entry.new, entry.source, entry.new_comment) == (5, 2.0, "grid", "omprövat")
    inverse.apply(workspace)
    award = workspace.awards[0]
    assert award.score("j1", "n1", "c1").value == 5
    assert [(a.old, a.new, a.source) for a in award.audit] == [(5, 2.0, "grid"), (2.0, 5, "undo")]


def test_conflicted_and_out_of_scale_scores_are_refused(workspace):
    with pytest.raises(ModelError) as conflicted:
        SetScores(0, (ScoreChange("j2", "n3", "c1", 3.0),)).apply(workspace)
    assert conflicted.value.code == "jury.conflicted"
    assert conflicted.value.params["reason"] == "jävig"
    with pytest.raises(ModelError) as outside:
        SetScores(0, (ScoreChange("j1", "n1", "c1", 6.0),)).apply(workspace)
    assert outside.value.code == "jury.out_of_scale"
    assert workspace.awards[0].audit == ()


def test_lock_refuses_edits_until_an_unlock_that_is_recorded(workspace):
    LockScoring(0, True, "Ordförande", "slutlig").apply(workspace)
    with pytest.raises(ModelError) as locked:
        SetScores(0, (ScoreChange("j1", "n1", "c1", 2.0),)).apply(workspace)
    assert locked.value.code == "jury.locked"
    with pytest.raises(ModelError):
        UpdateCriterion(0, Criterion("c1", "Ett", weight=5)).apply(workspace)
    undo = LockScoring(0, False, "Ordförande", "rättelse").apply(workspace)
    SetScores(0, (ScoreChange("j1", "n1", "c1", 2.0),)).apply(workspace)
    award = workspace.awards[0]
    assert [(r.action, r.reason) for r in award.locks] == [("lock", "slutlig"),
                                                           ("unlock", "rättelse")]  # fmt: skip
    assert not award.locked
    assert undo.lock is True  # the inverse of an unlock locks again, recorded as an undo


def test_removing_a_criterion_takes_its_scores_and_the_undo_brings_them_back(workspace):
    before = workspace.awards[0]
    inverse = RemoveCriterion(0, "c2").apply(workspace)
    assert all(s.criterion_id != "c2" for s in workspace.awards[0].scores)
    inverse.apply(workspace)
    after = workspace.awards[0]
    assert after.criteria == before.criteria and set(after.scores) == set(before.scores)
    assert {a.source for a in after.audit} == {"grid", "undo"}


def test_set_up_edits_and_their_inverses(workspace):
    inverse = AddCriterion(0, Criterion("c3", "Tre", weight=0.5)).apply(workspace)
    assert [c.id for c in workspace.awards[0].criteria] == ["c1", "c2", "c3"]
    inverse.apply(workspace)
    assert [c.id for c in workspace.awards[0].criteria] == ["c1", "c2"]
    with pytest.raises(ModelError):
        AddCriterion(0, Criterion("c1", "Dubblett")).apply(workspace)
    inverse = SetConflict(0, "j1", "n2", "granne").apply(workspace)
    assert workspace.awards[0].conflicted("j1", "n2").reason == "granne"
    # the juror's stored scores stay, left out while the conflict holds
    assert workspace.awards[0].score("j1", "n2", "c1") is not None
    assert ("j1", "n2", "c1") not in jury_inputs(workspace.awards[0]).scores
    inverse.apply(workspace)
    assert workspace.awards[0].conflicted("j1", "n2") is None


def test_canonical_json_is_sorted_compact_and_writes_whole_numbers_as_integers():
    data = build_payload(
        "a-2019",
        [{"id": "c1", "name": "Mod", "weight": 2.0, "scale_min": 1.0, "scale_max": 5.0,
          "from_data": False}],
        [{"id": "j1", "name": "Åsa"}],
        ["0186"],
        [],
        [["j1", "0186", "c1", 4.0], ["j1", "0186", "c0", 3.5]],
    )  # fmt: skip
    assert (
        canonical_json(data)
        == (
            '{"award":"a-2019","conflicts":[],"criteria":[{"from_data":false,"id":"c1",'
            '"name":"Mod","scale_max":5,"scale_min":1,"weight":2}],"jurors":[{"id":"j1",'
            '"name":"Åsa"}],"nominees":["0186"],"scores":[["j1","0186","c0",3.5],'
            '["j1","0186","c1",4]],"version":1}'
        ).encode()
    )
    import hashlib

    assert fingerprint(data) == hashlib.sha256(canonical_json(data)).hexdigest()


def test_the_fingerprint_follows_every_score_and_conflict(workspace):
    award = workspace.awards[0]
    first = fingerprint(payload(award, jury_inputs(award)))
    SetScores(0, (ScoreChange("j1", "n1", "c1", 4.0),)).apply(workspace)
    award = workspace.awards[0]
    second = fingerprint(payload(award, jury_inputs(award)))
    assert second != first
    SetScores(0, (ScoreChange("j1", "n1", "c1", 5.0, "bara kommentar"),)).apply(workspace)
    award = workspace.awards[0]
    assert fingerprint(payload(award, jury_inputs(award))) == first  # comments are no input
