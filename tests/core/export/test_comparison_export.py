"""The comparison workbook: readable sheet, data sheet, percent cells, safe text, LibreOffice."""

from __future__ import annotations

import csv
import math

import openpyxl
import pytest

from digidesk.core.analysis.compare import compare
from digidesk.core.export.comparison import export_comparison
from digidesk.core.model.areas import default_register
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.workspace import Workspace


@pytest.fixture
def comparison():
    rows = {
        "indicator_id": ["P"] * 4 + ["=HYPERLINK(1)"] * 2,
        "area_id": ["0186", "0180", "0114", "0000", "0186", "0180"],
        "period": ["2020"] * 6,
        "value": [56.8, 40.0, math.nan, 50.0, 3.0, 1.0],
        "status": ["", "", "..", "", "", ""],
    }
    workspace = Workspace(
        title="t",
        datasets=[Dataset("d", "d", make_observations(rows), country="SE")],
        indicators={
            "P": Indicator("P", "Andel e-tjänster", "%", "higher"),
            "=HYPERLINK(1)": Indicator("=HYPERLINK(1)", "=HYPERLINK(1)", "st", "lower"),
        },
    )
    register = default_register()
    result = compare(workspace, [("SE", "0186"), ("SE", "0114")], register, peers="kommungrupp")
    return result, workspace, register


def test_readable_and_data_sheets(comparison, tmp_path):
    result, workspace, register = comparison
    path = tmp_path / "c.xlsx"
    export_comparison(result, workspace, register, path, "sv")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Jämförelse", "Jämförelse, data", "Indikatorer", "Om"]
    sheet = book["Jämförelse"]
    header = [c.value for c in sheet[1]]
    share = {h: c for h, c in zip(header, sheet[2], strict=True)}
    assert share["Indikator"].value == "Andel e-tjänster"
    assert share["Riket"].value == pytest.approx(0.5) and share["Riket är"].value == "publicerat"
    value = share["Lidingö: värde"]
    assert value.value == pytest.approx(0.568) and value.number_format.endswith("%")
    assert share["Lidingö: rang"].value == "1 av 2"
    assert share["Upplands Väsby: rang"].value == ".."  # no value: its marker
    assert share["Lidingö: mot riket"].value == pytest.approx(0.068)
    unsafe = {h: c for h, c in zip(header, sheet[3], strict=True)}
    assert unsafe["Indikator"].value == "=HYPERLINK(1)" and unsafe["Indikator"].data_type == "s"
    data = list(book["Jämförelse, data"].iter_rows(values_only=True))
    fields = list(data[0])
    lidingo = dict(zip(fields, data[1], strict=True))
    assert (lidingo["area_id"], lidingo["rank"], lidingo["ranked"]) == ("0186", 1, 2)
    assert lidingo["national_computed"] == "false" and lidingo["peer_group_id"] == "A2"


def test_libreoffice_reads_the_comparison(comparison, tmp_path, libreoffice):
    result, workspace, register = comparison
    path = tmp_path / "jamforelse.xlsx"
    export_comparison(result, workspace, register, path, "sv")
    converted = libreoffice(path, "csv:Text - txt - csv (StarCalc):59,34,76,1")
    with open(converted, encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    header, first = rows[0], rows[1]
    record = dict(zip(header, first, strict=True))
    assert record["Indikator"] == "Andel e-tjänster"
    assert record["Lidingö: rang"] == "1 av 2"
    assert record["Lidingö: värde"].rstrip("%").strip() in ("56.8", "56,8")
