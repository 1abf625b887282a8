"""The comparison rows: small tables by hand, and a real Kolada export recomputed by pandas."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from digidesk.core.analysis.compare import compare
from digidesk.core.analysis.selection import award_areas, resolve_areas
from digidesk.core.errors import AnalysisError
from digidesk.core.model.award import Award, Nominee
from digidesk.core.model.indicators import Indicator

NOMINEES = [("SE", "0186"), ("SE", "1080"), ("SE", "1780"), ("SE", "0181"), ("SE", "2480")]


@pytest.fixture
def small(make_dataset, make_workspace):
    rows = [
        ("X", "0186", "2019", 50.0),
        ("X", "0180", "2019", 40.0),
        ("X", "0114", "2019", 60.0),
        ("X", "0186", "2020", 55.0),
        ("X", "0180", "2020", 55.0),
        ("X", "0114", "2020", 45.0),
        ("X", "2480", "2020", math.nan, ".."),
        ("X", "0000", "2020", 52.0),
    ]
    return make_workspace(make_dataset("d", rows), X=Indicator("X", "Andel", "%", "higher", "test"))


def test_rows_by_hand(small, register):
    result = compare(small, [("SE", "0186"), ("SE", "2480")], register, peers="kommungrupp")
    lidingo = result.row(("SE", "0186"), "X")
    assert (lidingo.period, lidingo.value, lidingo.rank, lidingo.ranked) == ("2020", 55.0, 1, 3)
    assert lidingo.shared and lidingo.percentile == 100.0
    assert (lidingo.national, lidingo.national_computed) == (52.0, False)
    assert lidingo.median == 55.0 and lidingo.mean == pytest.approx(155 / 3)
    assert (lidingo.previous_period, lidingo.previous_value, lidingo.change) == ("2019", 50.0, 5.0)
    assert lidingo.previous_rank == 2 and lidingo.rank_change == 1
    assert (lidingo.trend_per_year, lidingo.trend_periods) == (pytest.approx(5.0), 2)
    assert lidingo.county_id == "01" and lidingo.county_median == 55.0
    # Kommungrupp A2 holds Lidingö and Upplands Väsby here (Stockholm is A1).
    assert (lidingo.peer_group_id, lidingo.peer_rank, lidingo.peer_ranked) == ("A2", 1, 2)
    assert lidingo.peer_median == pytest.approx(50.0)
    umea = result.row(("SE", "2480"), "X")
    assert umea.value is None and umea.status == ".." and umea.rank is None
    assert "no_value" in umea.notes
    # One area with a value: no best or worst.
    assert not lidingo.best and not lidingo.worst


def test_best_and_worst_follow_the_direction(make_dataset, make_workspace, register):
    rows = [("L", "0186", "2020", 3.0), ("L", "0180", "2020", 1.0), ("L", "0114", "2020", 2.0)]
    ws = make_workspace(make_dataset("d", rows), L=Indicator("L", "Kostnad", "kr", "lower"))
    result = compare(ws, [("SE", "0186"), ("SE", "0180"), ("SE", "0114")], register)
    marks = {r.area_id: (r.best, r.worst, r.rank) for r in result.rows}
    assert marks == {"0186": (False, True, 3), "0180": (True, False, 1), "0114": (False, False, 2)}


def test_a_norwegian_change_goes_through_the_crosswalk(make_dataset, make_workspace, register):
    rows = [
        ("X", "3024", "2023", 10.0),  # Bærum, 2020–2023 code
        ("X", "0301", "2023", 20.0),
        ("X", "3201", "2024", 12.0),  # Bærum from 2024
        ("X", "0301", "2024", 18.0),
    ]
    ws = make_workspace(make_dataset("d", rows, "NO"))
    row = compare(ws, [("NO", "3201")], register).row(("NO", "3201"), "X")
    assert (row.previous_value, row.change, row.previous_code) == (10.0, 2.0, "3024")
    assert "crosswalk" in row.notes and row.previous_rank == 2


def test_a_given_period_and_conflicts(small, make_dataset, register):
    small.datasets.append(make_dataset("other", [("X", "0186", "2019", 51.0)]))
    result = compare(small, [("SE", "0186")], register, period="2019")
    row = result.row(("SE", "0186"), "X")
    assert (row.period, row.value, row.previous_period) == ("2019", 50.0, None)
    assert [c.area_id for c in result.conflicts["X"]] == ["0186"]


def test_areas_from_specs(full_workspace, register):
    assert resolve_areas(["award"], full_workspace, register) == [("SE", "0186"), ("SE", "1080")]
    assert resolve_areas(["Lidingö stad", "SE:1860", "0301"], full_workspace, register) == [
        ("SE", "0186"),
        ("SE", "1860"),
        ("NO", "0301"),
    ]
    assert resolve_areas(["Jämförelsekommuner"], full_workspace, register) == [("SE", "0186")]
    with pytest.raises(AnalysisError) as error:
        resolve_areas(["1860"], full_workspace, register)
    assert error.value.code == "analysis.ambiguous_area"
    with pytest.raises(AnalysisError):
        resolve_areas(["Ingenstans"], full_workspace, register)


def test_award_nominees_with_a_code_both_countries_use(full_workspace, register):
    award = Award("A", nominees=(Nominee("0186", "Lidingö"), Nominee("1860", "Laxå")))
    assert award_areas(full_workspace, register, award) == [("SE", "0186"), ("SE", "1860")]


def _kolada_workspace(shared):
    from digidesk.core.io.pipeline import import_file

    path = shared / "corpus" / "real" / "kolada_export_bakgrund_cp1252.csv"
    return path, import_file(path).to_workspace()


def test_a_real_kolada_export_recomputed_with_pandas(shared, register):
    path, ws = _kolada_workspace(shared)
    raw = pd.read_csv(path, sep=";", encoding="cp1252", dtype=str)
    raw.columns = ["area", "kpi", "year", "value"]
    raw["value"] = raw["value"].astype(float)
    title = "Mediannettoinkomst, kr/inv 20+"
    year = raw[(raw["kpi"] == title) & (raw["year"] == "2010")]
    kommuner = year[year["area"] != "Alla kommuner (ovägt medel)"].set_index("area")["value"]
    assert len(kommuner) == 290
    ws.indicators[title] = Indicator(title, title, "kr", "higher")
    result = compare(ws, NOMINEES, register, indicators=[title], peers="kommungrupp")
    for row in result.rows:
        name = register.get(row.area_id, "SE").short_name
        value = kommuner[name]
        assert row.value == value
        assert row.rank == 1 + int((kommuner > value).sum())
        assert row.ranked == 290
        assert row.percentile == pytest.approx(100 * (290 - row.rank) / 289)
        assert row.median == pytest.approx(kommuner.median())
        # No Riket row: the national value is computed, and Kolada's own unweighted mean
        # of all kommuner agrees with it.
        published_mean = year.set_index("area").loc["Alla kommuner (ovägt medel)", "value"]
        assert row.national_computed and row.national == pytest.approx(published_mean, rel=1e-6)
        assert row.mean == pytest.approx(kommuner.mean())
    lidingo = result.row(("SE", "0186"), title)
    assert lidingo.rank <= 5 and lidingo.best  # Lidingö's median income is among the highest
    group = {a.area_id for a in register.areas("SE", "municipality") if a.kommungrupp == "A2"}
    names = [register.get(a, "SE").short_name for a in group]
    peer_values = kommuner[names]
    assert lidingo.peer_ranked == len(group)
    assert lidingo.peer_rank == 1 + int((peer_values > kommuner["Lidingö"]).sum())
    assert lidingo.peer_median == pytest.approx(peer_values.median())
