"""Strategies from spreadsheets (the template round trip, ragged real sheets) and the
strategy's edits, each with its inverse."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
import xlsxwriter

from digidesk.core.errors import ModelError
from digidesk.core.export.strategy_template import export_template
from digidesk.core.io.strategy_import import import_strategy
from digidesk.core.model.strategy import FocusArea, Goal, Strategy, Target
from digidesk.core.model.workspace import Workspace
from digidesk.core.strategy_commands import (
    AddArea,
    AddGoal,
    AddStrategy,
    AddTarget,
    EditNode,
    EditStrategy,
    MoveArea,
    MoveGoal,
    MoveTarget,
    RemoveArea,
    RemoveGoal,
    RemoveTarget,
    link_target,
    new_id,
    set_manual_status,
)


@pytest.fixture(scope="module")
def demo_strategy():
    from digidesk.core.demo import build_demo_workspace

    return build_demo_workspace().strategies[0]


def _plain(strategy: Strategy) -> Strategy:
    """What the template carries: everything but notes and statuses set by hand."""
    goals = tuple(
        replace(g, focus_areas=tuple(
            replace(a, targets=tuple(
                replace(t, notes=(), manual_log=(), manual_status=None, comment="")
                for t in a.targets))
            for a in g.focus_areas))
        for g in strategy.goals
    )  # fmt: skip
    return replace(strategy, goals=goals, source="")


def test_the_template_reads_back_the_same_strategy(tmp_path, demo_strategy):
    path = tmp_path / "strategi.xlsx"
    export_template(demo_strategy, path)
    back = import_strategy(path, in_worker=False).strategy
    assert back.source == "strategi.xlsx"
    assert _plain(back) == _plain(demo_strategy)
    linked = back.target("T04")
    assert (linked.indicator_id, linked.baseline, linked.baseline_period, linked.target_value,
            linked.comparator) == ("EX-BREDBAND-100", 68.0, "2017", 90.0, ">=")  # fmt: skip
    assert back.target("T36").comparator == "<="


def test_the_shipped_template_imports(tmp_path):
    from digidesk.resources import resource_path

    strategy = import_strategy(resource_path("templates", "strategi_mall.xlsx")).strategy
    assert strategy.counts() == (1, 1, 2)
    assert strategy.target("T01").target_value == 90.0


def test_a_ragged_sheet_with_goals_as_section_rows(shared):
    path = shared / "corpus" / "real" / "rus_indikatorer_oversikt.xlsx"
    strategy = import_strategy(path, in_worker=False).strategy
    assert strategy.name == "RUS-Indikatorer"
    assert [g.name for g in strategy.goals] == ["Klimatsmart", "Konkurrenskraftigt", "Sammanhållet"]
    per_goal = [len(g.focus_areas[0].targets) for g in strategy.goals]
    assert per_goal == [10, 15, 12]
    first = strategy.goals[0].focus_areas[0].targets[0]
    assert first.text == "Utsläpp av klimatpåverkande växthusgaser"
    assert first.details == "Källa: Kolada; Insamlingsmetod: R/API; Könsuppdelad: Nej"
    laddning = strategy.goals[0].focus_areas[0].targets[5]
    assert laddning.text == "Laddinfrastruktur för fordon"  # a target with nothing beside it


def test_goals_as_column_headers(tmp_path):
    path = tmp_path / "mal.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet("Mål")
    for col, (goal, targets) in enumerate(
        [("Digital trygghet", ["E-legitimation 2024", "Säker e-post"]),
         ("Öppna data", ["20 datamängder 2025"])]
    ):  # fmt: skip
        sheet.write_string(0, col, goal)
        for row, text in enumerate(targets, start=1):
            sheet.write_string(row, col, text)
    workbook.close()
    strategy = import_strategy(path, in_worker=False).strategy
    assert [g.name for g in strategy.goals] == ["Digital trygghet", "Öppna data"]
    assert [t.text for t in strategy.targets()] == [
        "E-legitimation 2024", "Säker e-post", "20 datamängder 2025"]  # fmt: skip
    assert [t.due_year for t in strategy.targets()] == [2024, None, 2025]


def _workspace() -> Workspace:
    strategy = Strategy("S", goals=(
        Goal("G1", "Ett", "", (FocusArea("G1.1", "A", "", (Target("T01", "a"), Target("T02", "b"))),
                              FocusArea("G1.2", "B", "", ()))),
        Goal("G2", "Två", "", ()),
    ))  # fmt: skip
    return Workspace(strategies=[strategy])


def _undo_restores(workspace: Workspace, command) -> Workspace:
    before = workspace.strategies[0]
    inverse = command.apply(workspace)
    after = workspace.strategies[0]
    assert after != before
    again = inverse.apply(workspace)
    assert workspace.strategies[0] == before
    again.apply(workspace)
    assert workspace.strategies[0] == after
    return workspace


def test_every_edit_has_an_inverse():
    ws = _workspace()
    s = ws.strategies[0]
    commands = [
        AddGoal(0, Goal(new_id(s, "goal"), "Tre"), 1),
        RemoveGoal(0, "G1"),
        EditNode(0, "G1", "Ett, omformulerat", "Beskrivning"),
        EditNode(0, "G1.2", "B2", ""),
        MoveGoal(0, "G2", 0),
        AddArea(0, "G2", FocusArea(new_id(s, "area", "G2"), "C")),
        RemoveArea(0, "G1.1"),
        MoveArea(0, "G1.2", "G2", 0),
        AddTarget(0, "G1.2", Target(new_id(s, "target"), "c", 2025)),
        RemoveTarget(0, "T01"),
        MoveTarget(0, "T02", "G1.2", 0),
        MoveTarget(0, "T02", "G1.1", 0),
        link_target(
            ws,
            0,
            "T01",
            indicator_id="X",
            area_id="2284",
            baseline=1.0,
            baseline_period="2019",
            target_value=2.0,
            comparator="<=",
        ),  # fmt: skip
        set_manual_status(ws, 0, "T01", "achieved", "Klart", dt.date(2024, 5, 2)),
        EditStrategy(0, (("name", "Ny"), ("as_of", "2024-01-01"))),
    ]
    for command in commands:
        fresh = _workspace()
        _undo_restores(fresh, command)
        assert command.kind and isinstance(command.params, dict)
    assert new_id(s, "goal") == "G3" and new_id(s, "area", "G1") == "G1.3"
    assert new_id(s, "target") == "T03"


def test_moves_and_adds_land_where_asked():
    ws = _workspace()
    MoveTarget(0, "T02", "G1.2", 0).apply(ws)
    s = ws.strategies[0]
    assert [t.id for t in s.goals[0].focus_areas[1].targets] == ["T02"]
    MoveGoal(0, "G2", 0).apply(ws)
    assert [g.id for g in ws.strategies[0].goals] == ["G2", "G1"]
    MoveArea(0, "G1.1", "G2", 0).apply(ws)
    assert [a.id for a in ws.strategies[0].goals[0].focus_areas] == ["G1.1"]


def test_a_manual_status_needs_a_comment_and_is_kept_in_the_audit_trail():
    ws = _workspace()
    with pytest.raises(ModelError) as error:
        set_manual_status(ws, 0, "T01", "achieved", "  ")
    assert error.value.code == "model.comment_required"
    with pytest.raises(ModelError):
        set_manual_status(ws, 0, "T01", "sort_of", "x")
    set_manual_status(ws, 0, "T01", "at_risk", "Försenad upphandling", dt.date(2024, 2, 1)).apply(
        ws
    )
    set_manual_status(ws, 0, "T01", None, "Åter till beräknad status", dt.date(2024, 6, 1)).apply(
        ws
    )
    target = ws.strategies[0].target("T01")
    assert target.manual_status is None
    assert [(e.date, e.status) for e in target.manual_log] == [
        ("2024-02-01", "at_risk"), ("2024-06-01", None)]  # fmt: skip


def test_duplicate_and_unknown_nodes_are_refused():
    ws = _workspace()
    with pytest.raises(ModelError) as error:
        AddTarget(0, "G1.1", Target("T01", "again")).apply(ws)
    assert error.value.code == "model.duplicate_node"
    with pytest.raises(ModelError) as error:
        RemoveTarget(0, "T99").apply(ws)
    assert error.value.code == "model.unknown_node"
    inverse = AddStrategy(Strategy("Andra")).apply(ws)
    assert len(ws.strategies) == 2
    inverse.apply(ws)
    assert len(ws.strategies) == 1
