"""The tidy step on small tables written the ways agencies and colleagues write them."""

from __future__ import annotations

import math

import pytest

from digidesk.core.io.pipeline import import_file


def _import(tmp_path, text: str, name: str = "t.csv", encoding: str = "utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return import_file(path, in_worker=False).tables[0]


def _value(table, area: str, indicator: str | None = None) -> float:
    frame = table.result.observations
    rows = frame[frame["area_id"] == area]
    if indicator is not None:
        rows = rows[rows["indicator_id"] == indicator]
    assert len(rows) == 1
    return float(rows["value"].iloc[0])


def test_thousands_commas_in_a_file_with_decimal_points(tmp_path):
    table = _import(
        tmp_path, 'kod,namn,folk\n0180,Stockholm,"984,748"\n0114,Upplands Väsby,"48,000"\n'
    )
    assert _value(table, "0180") == 984748.0


def test_decimal_commas_in_a_semicolon_file(tmp_path):
    table = _import(
        tmp_path, "kod;namn;andel\n0180;Stockholm;56,8 %\n0114;Upplands Väsby;1 234,5\n"
    )
    assert _value(table, "0180") == 56.8
    assert _value(table, "0114") == 1234.5
    assert table.result.indicators[0].unit == "%"


def test_leading_zeros_come_back_and_names_must_fit_the_code(tmp_path):
    table = _import(
        tmp_path, "kommunkod;kommun;2022;2023\n180;Stockholm;1;2\n114;Upplands Väsby;3;4\n"
    )
    frame = table.result.observations
    assert set(frame["area_id"]) == {"0180", "0114"}
    assert table.plan.layout == "wide_period"
    assert set(frame["period"]) == {"2022", "2023"}


def test_missing_markers_and_minus_sign(tmp_path):
    text = (
        "region;år;värde\n0180 Stockholm;2020;..\n0180 Stockholm;2021;\u22123,5\n"
        "0114 Upplands Väsby;2020;x\n"
    )
    table = _import(tmp_path, text)
    frame = table.result.observations
    stockholm = frame[frame["area_id"] == "0180"].set_index("period")
    assert math.isnan(stockholm.loc["2020", "value"]) and stockholm.loc["2020", "status"] == ".."
    assert stockholm.loc["2021", "value"] == -3.5
    assert table.result.markers == {"..": 1, "x": 1}


def test_aggregates_are_areas_not_errors(tmp_path):
    text = (
        "Kommun;År;Värde\nAlla kommuner (ovägt medel);2020;5\nRiket;2020;6\nLidingö stad;2020;7\n"
    )
    table = _import(tmp_path, text)
    assert table.result.unmatched == []
    assert set(table.result.observations["area_id"]) == {"G2328", "0000", "0186"}


def test_norwegian_codes_without_leading_zero(tmp_path):
    text = "kommunenummer,kommunenavn,andel\n301,Oslo,56.8\n4601,Bergen,55.8\n"
    table = _import(tmp_path, text, encoding="cp1252")
    assert table.dataset.country == "NO"
    assert _value(table, "0301") == 56.8


@pytest.mark.parametrize("period", ["2026M04", "2026-04", "april 2026", "April 2026"])
def test_month_periods(tmp_path, period):
    table = _import(tmp_path, f"Månad;Kommun;Värde\n{period};Lidingö;1\n")
    assert list(table.result.observations["period"]) == ["2026M04"]


def test_two_tables_stacked_on_one_sheet(tmp_path):
    text = (
        "Folkmängd\nkommun;2023\nLidingö;48324\nUmeå;133091\n\n\n"
        "Arbetslöshet\nkommun;2023\nLidingö;3,1\nUmeå;6,2\n"
    )
    path = tmp_path / "stacked.csv"
    path.write_text(text, encoding="utf-8")
    result = import_file(path, in_worker=False)
    assert len(result.tables) == 2
    assert _value(result.tables[1], "2480") == 6.2


def test_digdir_style_table_in_norwegian_form(tmp_path):
    text = (
        "Kommune;Innlogginger i ID-porten per innbygger;Andel med Digital postkasse\n"
        "Sunndal;2,83;\n"
        "Oslo;;56,8%\n"
        "Bodø;;56,7 %\n"
    )
    table = _import(tmp_path, text)
    assert table.plan.format_name == "Digdir (per kommune)"
    assert table.dataset.country == "NO"
    assert _value(table, "1563", "Innlogginger i ID-porten per innbygger") == 2.83
    assert _value(table, "0301", "Andel med Digital postkasse") == 56.8
    units = {i.indicator_id: i.unit for i in table.result.indicators}
    assert units["Andel med Digital postkasse"] == "%"


def test_long_table_ends_at_its_note_and_the_next_table_follows(tmp_path):
    # Past the first blocks the table's end is counted in (64, 256, ... rows).
    codes = [f"{k:04d}" for k in range(1000, 1400)]
    lines = ["kod;år;kön;värde", *(f"{c};2023;T;{k},5" for k, c in enumerate(codes))]
    text = "\n".join(
        [*lines, "", "Källa: SCB, befolkningsstatistik", "", "", "Tabell 2", *lines[:3]]
    )
    path = tmp_path / "long.csv"
    path.write_text(text + "\n", encoding="utf-8")
    result = import_file(path, in_worker=False)
    first = result.tables[0]
    assert first.plan.data_last - first.plan.data_first + 1 == len(codes)
    assert "Källa: SCB, befolkningsstatistik" in first.plan.notes
    assert len(first.result.observations) == len(codes)
    assert first.result.observations["value"].iloc[-1] == len(codes) - 1 + 0.5
    assert len(result.tables) == 2
