"""Templates for five jurors, filled with openpyxl as a juror fills them in Excel, imported,
results computed, the protocol written and verified, and tampering caught."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest

from digidesk.core.export.juror_sheets import FIRST_ROW, write_juror_template
from digidesk.core.export.protocol import write_protocol
from digidesk.core.jury.results import compute_results
from digidesk.core.jury.scoring import ScoreChange, SetScores
from digidesk.core.jury.sheet_import import plan_import
from digidesk.core.jury.verify import verify_protocol, workspace_results
from digidesk.core.model.workspace import Workspace
from digidesk.jury_wording import jury_words, method_name

WORDS = jury_words("sv")


@pytest.fixture(scope="module")
def demo_award():
    from digidesk.core.demo import build_demo_workspace

    return build_demo_workspace().awards[0]


@pytest.fixture
def empty(demo_award):
    """The demo's award before any score: the chair has only set it up."""
    return Workspace(title="jury", awards=[replace(demo_award, scores=())])


def planned(juror_index: int, row: int, col: int) -> int:
    return 1 + (juror_index + 2 * row + col) % 5


def fill(path, juror_index: int, *, invalid=False, conflicted=False):
    """As a juror would: a number in every white score cell, a comment here and there."""
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    for r in range(5):
        for k in range(6):
            cell = sheet.cell(FIRST_ROW + 1 + r, 3 + 2 * k)
            if cell.protection.locked:  # a conflicted nominee: grey and locked
                if conflicted:
                    cell.value = 5  # typed over after lifting the sheet protection
                continue
            cell.value = planned(juror_index, r, k)
            if (r + k) % 4 == 0:
                sheet.cell(FIRST_ROW + 1 + r, 4 + 2 * k).value = f"Motivering {r}-{k}"
    if invalid:
        sheet.cell(FIRST_ROW + 1, 3).value = "mycket bra"
        sheet.cell(FIRST_ROW + 2, 5).value = 7
    book.save(path)


def test_five_jurors_round_trip(empty, tmp_path):
    award = empty.awards[0]
    paths = []
    for n, juror in enumerate(award.jurors):
        path = tmp_path / f"{juror.id}.xlsx"
        write_juror_template(award, juror.id, path, WORDS, created="2026-11-01")
        fill(path, n, invalid=juror.id == "J2", conflicted=juror.id == "J3")
        paths.append(path)
    # a sheet of another juror: J1's sheet saved once more under another name, and the
    # sheet of another award's juror
    twice = tmp_path / "J1-kopia.xlsx"
    book = openpyxl.load_workbook(paths[0])
    book.worksheets[0].cell(FIRST_ROW + 1, 4).value = "ändrad kopia"
    book.save(twice)
    other = replace(award, id="annan-utmarkelse-2020", name="Annan utmärkelse")
    stranger = tmp_path / "annan.xlsx"
    write_juror_template(other, "J1", stranger, WORDS)
    not_a_sheet = tmp_path / "anteckningar.xlsx"
    openpyxl.Workbook().save(not_a_sheet)

    plan = plan_import(empty, 0, [*paths, twice, stranger, not_a_sheet])
    status = {r.path.rsplit("/", 1)[-1]: r.status for r in plan.reports}
    assert status == {
        "J1.xlsx": "ok", "J2.xlsx": "ok", "J3.xlsx": "ok", "J4.xlsx": "ok", "J5.xlsx": "ok",
        "J1-kopia.xlsx": "juror_twice", "annan.xlsx": "other_award",
        "anteckningar.xlsx": "not_template",
    }  # fmt: skip
    j2 = plan.reports[1]
    assert [(p.cell, p.code) for p in j2.problems] == [("C5", "not_a_number"),
                                                       ("E6", "out_of_scale")]  # fmt: skip
    j3 = plan.reports[2]
    assert {p.code for p in j3.problems} == {"conflicted"}
    assert len(j3.problems) == 6 and all(p.area_id == "1080" for p in j3.problems)
    plan.command.apply(empty)
    award = empty.awards[0]
    assert award.score("J1", "0186", "C1").value == planned(0, 0, 0)
    assert award.score("J1", "0186", "C1").comment == "Motivering 0-0"
    assert award.score("J2", "0186", "C1") is None  # the invalid cells are left out
    assert award.score("J2", "1080", "C2") is None
    assert award.score("J3", "1080", "C1") is None  # conflicted
    assert len(award.scores) == 5 * 30 - 6 - 2
    assert {a.source for a in award.audit} == {f"import:J{n}.xlsx" for n in range(1, 6)}

    # the same sheets again: duplicates, nothing changes
    again = plan_import(empty, 0, paths)
    assert {r.status for r in again.reports} == {"duplicate"} and again.command is None

    # J2 corrects the two cells and empties one that was given: the empty cell keeps its
    # score, and the report lists the changes since the last import
    book = openpyxl.load_workbook(paths[1])
    sheet = book.worksheets[0]
    sheet.cell(FIRST_ROW + 1, 3).value = 4
    sheet.cell(FIRST_ROW + 2, 5).value = 2
    sheet.cell(FIRST_ROW + 3, 3).value = None
    book.save(paths[1])
    plan = plan_import(empty, 0, [paths[1]])
    report = plan.reports[0]
    assert report.status == "ok" and report.kept == 1 and report.problems == []
    assert [(c.area_id, c.criterion_id, c.old, c.new) for c in report.changes] == [
        ("0186", "C1", None, 4.0), ("1080", "C2", None, 2.0)]  # fmt: skip
    plan.command.apply(empty)
    assert empty.awards[0].score("J2", "1780", "C1").value == planned(1, 2, 0)

    results = compute_results(empty.awards[0])
    assert set(results.methods["weighted_mean"].placings) == {n.area_id for n in award.nominees}
    assert results.kendall.jurors == ("J1", "J2", "J4", "J5")

    protocol = tmp_path / "protokoll.xlsx"
    write_protocol(workspace_results(empty), protocol, WORDS, lambda m: method_name(m, WORDS),
                   "2026-11-12")  # fmt: skip
    assert verify_protocol(protocol, empty).ok

    # tampering: one score in the protocol's score sheet
    book = openpyxl.load_workbook(protocol)
    scores = book[WORDS["scores"]]
    scores.cell(2, 7).value = float(scores.cell(2, 7).value) % 5 + 1
    tampered = tmp_path / "ändrat.xlsx"
    book.save(tampered)
    result = verify_protocol(tampered, empty)
    assert not result.ok and result.computed != result.stated

    # a score changed in the workspace after the protocol was written
    SetScores(0, (ScoreChange("J1", "0186", "C1", 4.5),)).apply(empty)
    result = verify_protocol(protocol, empty)
    assert not result.ok and result.computed == result.stated != result.workspace


def test_a_template_whose_hidden_identification_was_edited_is_refused(empty, tmp_path):
    path = tmp_path / "J1.xlsx"
    write_juror_template(empty.awards[0], "J1", path, WORDS)
    book = openpyxl.load_workbook(path)
    ident = book["digidesk"]
    for row in ident.iter_rows():
        if row[0].value == "juror_id":
            row[1].value = "J2"
    book.save(path)
    assert plan_import(empty, 0, [path]).reports[0].status == "changed_template"


def test_a_template_with_a_row_moved_is_refused(empty, tmp_path):
    path = tmp_path / "J1.xlsx"
    write_juror_template(empty.awards[0], "J1", path, WORDS)
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet.cell(FIRST_ROW + 1, 1).value, sheet.cell(FIRST_ROW + 2, 1).value = (
        sheet.cell(FIRST_ROW + 2, 1).value, sheet.cell(FIRST_ROW + 1, 1).value)  # fmt: skip
    book.save(path)
    assert plan_import(empty, 0, [path]).reports[0].status == "changed_template"


def test_hostile_files_are_reported_not_raised(empty, tmp_path):
    bomb = tmp_path / "tom.xlsx"
    bomb.write_bytes(b"")
    text = tmp_path / "text.xlsx"
    text.write_text("juror;score\nJ1;5\n", encoding="utf-8")
    reports = plan_import(empty, 0, [bomb, text, tmp_path / "saknas.xlsx"]).reports
    assert [r.status for r in reports] == ["unreadable", "not_template", "unreadable"]
    assert reports[0].error.code == "input.empty"
