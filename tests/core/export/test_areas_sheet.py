"""The Områden sheet describes every area of the data, Norwegian ones of any year too."""

from __future__ import annotations

from digidesk.core.export.sheets import areas_sheet
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.workspace import Workspace


def _dataset(country: str, rows: list[tuple[str, str]], names=None) -> Dataset:
    observations = make_observations(
        {
            "indicator_id": ["X"] * len(rows),
            "area_id": [a for a, _ in rows],
            "period": [p for _, p in rows],
            "value": [1.0] * len(rows),
        }
    )
    return Dataset(f"d-{country}", country, observations, country, area_names=names or {})


def test_norwegian_areas_before_the_registers_first_list():
    # SSB tables of 2013-2015: the register's Norwegian lists start in 2019.
    workspace = Workspace(title="t")
    rows = [("0101", "2013"), ("0101", "2015"), ("0301", "2014"), ("1505", "2015")]
    workspace.datasets.append(_dataset("NO", rows))
    frame = areas_sheet(workspace).frame.set_index("area_id")
    assert frame.loc["0101", "name"] == "Halden"
    assert frame.loc["0301", "name"] == "Oslo"
    assert frame.loc["1505", "name"] == "Kristiansund"
    assert (frame["level"] == "municipality").all()
    assert frame.loc["0101", "parent_id"] == "01" and frame.loc["0301", "parent_id"] == "03"


def test_latest_period_decides_and_unknown_codes_keep_the_sources_name():
    workspace = Workspace(title="t")
    rows = [("1505", "2019"), ("1505", "2024"), ("9999", "2020")]
    workspace.datasets.append(_dataset("NO", rows, names={"9999": "Ukjent sted"}))
    workspace.datasets.append(_dataset("SE", [("0180", "2023"), ("0186", "2010")]))
    frame = areas_sheet(workspace).frame
    assert sorted(frame["area_id"]) == ["0180", "0186", "1505", "9999"]
    by_code = frame.set_index("area_id")
    assert by_code.loc["9999", "name"] == "Ukjent sted" and by_code.loc["9999", "level"] == ""
    assert by_code.loc["0180", "name"] == "Stockholm"
    assert by_code.loc["0186", "name"].startswith("Lidingö")
    assert by_code.loc["1505", "country"] == "NO"
