"""Colour scales that know which end is good, and native charts over the sheet's own cells."""

from __future__ import annotations

import functools
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from digidesk.core.errors import ExportError
from digidesk.core.export import excel
from digidesk.core.export.excel import export_workspace, write_workbook
from digidesk.core.export.limits import row_chunks
from digidesk.core.export.sheets import observation_sheet
from digidesk.core.export.spec import ChartSpec, RowScale, SheetSpec
from digidesk.core.loader import load_workspace

RED, YELLOW, GREEN = "FFF8696B", "FFFFEB84", "FF63BE7B"
RED_TO_GREEN, GREEN_TO_RED = [RED, YELLOW, GREEN], [GREEN, YELLOW, RED]


def scales(xml: str) -> dict[str, list[str]]:
    """sqref of each three-colour scale → its colours, lowest value's first."""
    found = {}
    for sqref, body in re.findall(
        r'<conditionalFormatting sqref="([^"]+)">(.*?)</conditionalFormatting>', xml
    ):
        if "<colorScale>" in body:
            found[sqref] = re.findall(r'<color rgb="(\w+)"', body)
    return found


def part(path: Path, name: str) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


@pytest.fixture
def ranking() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "area": ["Lidingö", "Karlskrona", "Karlstad", "Södertälje", "Umeå"],
            "e_services": [0.81, 0.64, None, 0.72, 0.9],
            "waiting_days": [12.0, 30.5, 8.0, 21.0, 15.0],
            "population": [48_000.0, 67_000.0, 95_000.0, 102_000.0, 133_000.0],
        }
    )


def test_colour_scale_is_green_at_the_good_end_and_absent_without_direction(tmp_path, ranking):
    path = tmp_path / "scales.xlsx"
    spec = SheetSpec(
        "Ranking",
        ranking,
        colour_scales={"e_services": "higher", "waiting_days": "lower", "population": "none"},
    )
    write_workbook([spec], path)
    assert scales(part(path, "xl/worksheets/sheet1.xml")) == {
        "B2:B6": RED_TO_GREEN,  # higher is better: the highest value is green
        "C2:C6": GREEN_TO_RED,  # lower is better: the lowest value is green
    }


def test_each_part_of_a_split_sheet_gets_its_own_scale(tmp_path, monkeypatch, ranking):
    monkeypatch.setattr(excel, "row_chunks", functools.partial(row_chunks, max_rows=3))
    path = tmp_path / "split.xlsx"
    spec = SheetSpec(
        "Ranking",
        ranking,
        colour_scales={"waiting_days": "lower"},
        colour_scale_rows=[RowScale("e_services", ((0, 1), (2, 5)), "higher")],
    )
    write_workbook([spec], path)
    first = scales(part(path, "xl/worksheets/sheet1.xml"))
    second = scales(part(path, "xl/worksheets/sheet2.xml"))
    # Rows 0-2 on the first sheet, rows 3-4 on the second, each below its own header.
    assert first == {"C2:C4": GREEN_TO_RED, "B2 B4": RED_TO_GREEN}
    assert second == {"C2:C3": GREEN_TO_RED, "B2:B3": RED_TO_GREEN}


def test_observation_sheet_scales_each_indicator_by_its_own_direction(tmp_path):
    tidy = pd.DataFrame(
        {
            "indicator_id": ["UP", "UP", "DOWN", "DOWN", "FLAT", "UP"],
            "area_id": ["0180", "0186", "0180", "0186", "0180", "1480"],
            "value": [56.8, 61.0, 3.0, 4.5, 10.0, 70.0],
        }
    )
    spec = observation_sheet(
        "Data", tidy, {"UP": "%"}, {"UP": "higher", "DOWN": "lower", "FLAT": "none"}
    )
    assert spec.colour_scale_rows == [
        RowScale("value", ((0, 2), (5, 6)), "higher"),
        RowScale("value", ((2, 4),), "lower"),
    ]
    path = tmp_path / "obs.xlsx"
    write_workbook([spec], path)
    assert scales(part(path, "xl/worksheets/sheet1.xml")) == {
        "C2:C3 C7": RED_TO_GREEN,
        "C4:C5": GREEN_TO_RED,
    }


def test_workspace_export_colours_indicators_by_direction(tmp_path):
    path = tmp_path / "demo.xlsx"
    export_workspace(load_workspace("demo"), path)
    found = scales(part(path, "xl/worksheets/sheet1.xml"))  # the Digdir dataset
    # Two indicators where higher is better, one (DIGDIR-RESERVERT) where lower is.
    assert sorted(map(tuple, found.values())) == sorted(
        [tuple(RED_TO_GREEN), tuple(RED_TO_GREEN), tuple(GREEN_TO_RED)]
    )


def chart_spec_sheet(ranking: pd.DataFrame) -> SheetSpec:
    return SheetSpec(
        "Nominerade 2024",
        ranking,
        formats={"e_services": "0%"},
        colour_scales={"e_services": "higher"},
        charts=[
            ChartSpec("line", "E-tjänster", "area", ("e_services",), "Andel", percent=True),
            ChartSpec("bar", "Väntetid", "area", ("waiting_days", "population")),
            ChartSpec("radar", "Profil", "area", ("waiting_days",)),
        ],
    )


def test_charts_are_native_and_refer_to_the_sheets_own_cells(tmp_path, ranking):
    path = tmp_path / "charts.xlsx"
    write_workbook([chart_spec_sheet(ranking)], path)
    files = names(path)
    assert not [n for n in files if n.startswith("xl/media/")]  # no pictures
    line, bar, radar = (part(path, f"xl/charts/chart{n}.xml") for n in (1, 2, 3))
    assert "<c:lineChart>" in line and "<c:barChart>" in bar and "<c:radarChart>" in radar
    assert '<c:barDir val="col"/>' in bar
    sheet = "'Nominerade 2024'"
    assert re.findall(r"<c:f>([^<]+)</c:f>", line) == [
        f"{sheet}!$B$1",
        f"{sheet}!$A$2:$A$6",
        f"{sheet}!$B$2:$B$6",
    ]
    assert f"{sheet}!$D$2:$D$6" in bar  # the second series
    # The value axis of the percent chart shows percentages; labels are text.
    assert '<c:numFmt formatCode="0%" sourceLinked="0"/>' in line
    assert "<c:strRef><c:f>" in line.split("<c:cat>")[1]
    assert "<c:v>Södertälje</c:v>" in line and "<c:v>0.9</c:v>" in line
    # The charts are anchored to the right of the table (column F, after a gap).
    drawing = part(path, "xl/drawings/drawing1.xml")
    assert re.findall(r"<xdr:from><xdr:col>(\d+)</xdr:col>", drawing) == ["5", "5", "5"]
    assert re.findall(
        r"<xdr:from><xdr:col>\d+</xdr:col><xdr:colOff>\d+</xdr:colOff><xdr:row>(\d+)", drawing
    ) == ["0", "16", "32"]


def test_big_tables_get_charts_without_a_copy_of_their_values(tmp_path, monkeypatch):
    from digidesk.core.export import excel, visuals

    monkeypatch.setattr(visuals, "CACHE_ROWS", 3)
    # Streamed, as big tables are: kept in memory, xlsxwriter caches the values itself.
    monkeypatch.setattr(excel, "IN_MEMORY_CELLS", 0)
    frame = pd.DataFrame({"period": ["2020", "2021", "2022", "2023"], "v": [1.0, 2, 3, 4]})
    path = tmp_path / "big.xlsx"
    write_workbook([SheetSpec("S", frame, charts=[ChartSpec("line", "", "period", ("v",))])], path)
    chart = part(path, "xl/charts/chart1.xml")
    assert "S!$B$2:$B$5" in chart and "<c:pt " not in chart.split("</c:tx>")[1]


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        (SheetSpec("S", pd.DataFrame({"a": [1.0]}), colour_scales={"b": "higher"}), "column"),
        (SheetSpec("S", pd.DataFrame({"a": [1.0]}), colour_scales={"a": "up"}), "option"),
        (
            SheetSpec(
                "S",
                pd.DataFrame({"a": [1.0]}),
                colour_scale_rows=[RowScale("a", ((0, 2),), "lower")],
            ),
            "option",
        ),
        (
            SheetSpec("S", pd.DataFrame({"a": [1.0]}), charts=[ChartSpec("pie", "", "a", ("a",))]),  # type: ignore[arg-type]
            "option",
        ),
        (
            SheetSpec("S", pd.DataFrame({"a": [1.0]}), charts=[ChartSpec("line", "", "a", ("x",))]),
            "column",
        ),
        (
            SheetSpec("S", pd.DataFrame({"a": [1.0]}), charts=[ChartSpec("line", "", "a", ())]),
            "option",
        ),
    ],
)
def test_impossible_scales_and_charts_are_refused_before_writing(tmp_path, spec, code):
    path = tmp_path / "bad.xlsx"
    with pytest.raises(ExportError) as error:
        write_workbook([spec], path)
    assert (
        error.value.code == {"column": "export.unknown_column", "option": "export.bad_option"}[code]
    )
    assert list(tmp_path.iterdir()) == []


def test_libreoffice_keeps_the_scales_and_charts_and_prints_them(tmp_path, ranking, libreoffice):
    path = tmp_path / "visuals.xlsx"
    write_workbook([chart_spec_sheet(ranking)], path)
    pdf = libreoffice(path, "pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    # Saved again by LibreOffice: it understood both, so it writes them back.
    again = libreoffice(path, "xlsx:Calc MS Excel 2007 XML")
    assert scales(part(again, "xl/worksheets/sheet1.xml")) == {"B2:B6": RED_TO_GREEN}
    kinds = []
    for name in sorted(n for n in names(again) if n.startswith("xl/charts/chart")):
        xml = part(again, name)
        kinds += re.findall(r"<c:(lineChart|barChart|radarChart)>", xml)
        assert "Nominerade 2024" in xml  # still drawn from the sheet's cells
    assert sorted(kinds) == ["barChart", "lineChart", "radarChart"]
