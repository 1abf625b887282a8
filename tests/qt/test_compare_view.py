"""The comparison view: nominees with one click, peers, type-ahead, undo, copy, export."""

from __future__ import annotations

import math

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

NOMINEES = [("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480")]
INCOME = "KOLADA-MEDIANINKOMST"


def cell(view, indicator_id, area, kind):
    model = view.model
    row = next(n for n, i in enumerate(model.indicators) if i.indicator_id == indicator_id)
    column = next(n for n, c in enumerate(model.columns) if c.area == area and c.kind == kind)
    return model.index(row, column).data()


def test_the_award_view_opens_the_comparison_with_its_nominees(compare, demo_window):
    assert demo_window.navigator.current_key() == ("compare", 0)
    assert compare.areas() == NOMINEES
    model = compare.model
    assert model.block_titles == ["Lidingö", "Karlskrona", "Karlstad", "Södertälje", "Umeå"]
    ids = [i.indicator_id for i in model.indicators]
    assert INCOME in ids and "KOLADA-ARBETSLOSHET" in ids
    assert not any(i.startswith("NVDB") for i in ids)  # Norwegian figures are not mixed in
    # Lidingö's median income 2010: 240 608 kr, fourth of all 290 kommuner, best nominee.
    value = cell(compare, INCOME, ("SE", "0186"), "value")
    assert value.splitlines()[0] == "240\u00a0608 kr"
    assert "2010" in value and "★" in value
    assert cell(compare, INCOME, ("SE", "0186"), "rank").splitlines()[0] == "▲ 4 av 290"
    assert "sämst" in cell(compare, INCOME, ("SE", "0181"), "value")
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header == "Indikator"


def test_unemployment_ranks_low_values_first(compare):
    text = cell(compare, "KOLADA-ARBETSLOSHET", ("SE", "0186"), "rank")
    row = compare.model.row(("SE", "0186"), "KOLADA-ARBETSLOSHET")
    assert row.ranked_by == "lower" and row.rank == 5
    assert text.splitlines()[0] == "▲ 5 av 290"
    versus = cell(compare, "KOLADA-ARBETSLOSHET", ("SE", "0186"), "versus").splitlines()
    assert versus[0] == "▲ −4,0 p.e."  # percentage points below the national value: better
    assert versus[1] == "▲ −4,2 p.e."  # and below the median


def test_against_peer_group(compare):
    compare.set_peers(True)
    compare.refresh_now()
    compare.wait()
    model = compare.model
    assert model.peers_mode
    assert model.block_titles[0] == "Lidingö\nPendlingskommun nära storstad"
    row = model.row(("SE", "0186"), INCOME)
    assert (row.peer_group_id, row.peer_ranked) == ("A2", 43)
    text = cell(compare, INCOME, ("SE", "0186"), "rank")
    assert text.splitlines()[0] == f"▲ {row.peer_rank} av 43"
    assert text.splitlines()[1] == "4 av 290 i riket"
    column = next(n for n, c in enumerate(model.columns) if c.kind == "versus")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "Mot gruppen / riket"
    versus = cell(compare, INCOME, ("SE", "0186"), "versus").splitlines()
    assert versus[0] == f"▲ +{row.value - row.peer_median:,.0f} kr".replace(",", "\u00a0")


def test_an_edit_and_its_undo_show_at_once(compare, demo_window):
    from digidesk.core.commands import SetObservations

    workspace = demo_window.document.workspace
    frame = workspace.dataset("kolada-bakgrund").observations
    label = frame.index[
        (frame["indicator_id"] == INCOME)
        & (frame["area_id"] == "0181")
        & (frame["period"] == "2010")
    ][0]
    demo_window.document.push(
        SetObservations("kolada-bakgrund", (int(label),), (999_999.0,), ("",))
    )
    compare.wait()
    assert compare.model.row(("SE", "0181"), INCOME).rank == 1
    assert cell(compare, INCOME, ("SE", "0181"), "rank").splitlines()[0] == "▲ 1 av 290"
    demo_window.undo_action.trigger()
    compare.wait()
    assert compare.model.row(("SE", "0181"), INCOME).value == 181_207.0
    assert "sämst" in cell(compare, INCOME, ("SE", "0181"), "value")


def test_areas_by_type_ahead_and_removal(compare, qtbot):
    picker = compare.picker
    picker.set_areas([])
    compare.refresh_now()
    assert compare.model.rowCount() == 0 and compare.notes.text()
    picker.search.setText("Lidingö · 0186 · SE")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    picker.search.setText("Umeå")  # a plain name the register knows
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert compare.areas() == [("SE", "0186"), ("SE", "2480")]
    compare.refresh_now()
    assert compare.model.block_titles == ["Lidingö", "Umeå"]
    picker.remove_area(("SE", "0186"))
    compare.refresh_now()
    assert compare.model.block_titles == ["Umeå"]


def test_only_the_chosen_indicators_and_sorting(compare):
    compare.set_indicators(["KOLADA-ARBETSLOSHET", INCOME])
    compare.refresh_now()
    assert [i.indicator_id for i in compare.model.indicators] == ["KOLADA-ARBETSLOSHET", INCOME]
    column = next(
        n for n, c in enumerate(compare.model.columns) if c.kind == "rank" and c.area == NOMINEES[0]
    )
    compare._sort_by(column)  # by Lidingö's percentile, lowest first
    first = compare.model.indicators[0].indicator_id
    rows = {
        i: compare.model.row(NOMINEES[0], i).percentile for i in ("KOLADA-ARBETSLOSHET", INCOME)
    }
    assert first == min(rows, key=rows.get)


def test_copy_gives_a_table_for_swedish_excel(compare):
    compare.copy_with_headers()
    text = QGuiApplication.clipboard().text()
    header, *rows = text.splitlines()
    columns = header.split("\t")
    assert columns[0] == "Indikator" and "Lidingö: värde" in columns
    income = next(r.split("\t") for r in rows if r.startswith("Mediannettoinkomst"))
    record = dict(zip(columns, income, strict=True))
    assert record["Lidingö: värde"] == "240608"
    assert record["Lidingö: rang"] == "4 av 290"
    unemployment = next(r.split("\t") for r in rows if r.startswith("Arbetslöshet"))
    value = dict(zip(columns, unemployment, strict=True))["Lidingö: värde"]
    assert "," in value and "." not in value  # decimal comma
    assert float(value.replace(",", ".")) == pytest.approx(2.745839)


def test_export_writes_a_workbook_with_the_comparison(compare, qtbot, tmp_path):
    path = tmp_path / "jämförelse.xlsx"
    done = []
    compare.export_to(path, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[:2] == ["Jämförelse", "Jämförelse, data"]
    rows = list(book["Jämförelse"].iter_rows(values_only=True))
    header = list(rows[0])
    income = next(r for r in rows if r[0].startswith("Mediannettoinkomst"))
    assert income[header.index("Lidingö: värde")] == 240_608
    assert income[header.index("Lidingö: rang")] == "4 av 290"
    data = list(book["Jämförelse, data"].iter_rows(values_only=True))
    fields = list(data[0])
    assert {"area_id", "rank", "ranked", "percentile", "national", "peer_rank"} <= set(fields)
    assert len(data) - 1 == len(compare.model.comparison.rows)


def test_similar_kommuner_can_join_the_comparison_and_become_a_group(compare, demo_window, qtbot):
    compare.find_similar()
    dialog = compare.similar_dialog
    assert dialog.area.currentText() == "Lidingö · 0186 · SE"
    dialog.set_weight("SCB-FOLKMANGD", 1.0, checked=False)
    dialog.set_weight(INCOME, 2.0)
    dialog._search()
    dialog.wait()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10_000)
    found = dialog.found()
    assert len(found) == 7 and ("SE", "0186") not in found
    assert dialog.result.weights and dict(dialog.result.weights)[INCOME] == 2.0
    for a, b in zip(dialog.result.similar, dialog.result.similar[1:], strict=False):
        assert a.difference <= b.difference
    dialog.add_requested.emit(found[:2])
    assert compare.areas()[-2:] == found[:2]
    groups = len(demo_window.document.workspace.groups)
    dialog.save_requested.emit("Som Lidingö", [("SE", "0186"), *found])
    assert len(demo_window.document.workspace.groups) == groups + 1
    assert demo_window.document.workspace.groups[-1].name == "Som Lidingö"
    demo_window.undo_action.trigger()
    assert len(demo_window.document.workspace.groups) == groups
    dialog.close()


def test_a_missing_value_shows_its_marker(compare, demo_window):
    from digidesk.core.commands import SetObservations

    frame = demo_window.document.workspace.dataset("kolada-bakgrund").observations
    label = frame.index[
        (frame["indicator_id"] == INCOME)
        & (frame["area_id"] == "1080")
        & (frame["period"] == "2010")
    ][0]
    demo_window.document.push(
        SetObservations("kolada-bakgrund", (int(label),), (math.nan,), ("..",))
    )
    compare.wait()
    text = cell(compare, INCOME, ("SE", "1080"), "value")
    assert text.splitlines()[0] == ".."
    assert cell(compare, INCOME, ("SE", "1080"), "rank") == "inte rangordnad"
    assert compare.model.row(("SE", "0186"), INCOME).ranked == 289
