"""``digidesk compare`` and ``digidesk similar``: the JSON contract and the exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import openpyxl
import pytest

FIELDS = {
    "area_id", "indicator_id", "direction", "period", "gender", "value", "rank", "ranked",
    "shared", "percentile", "national", "national_computed", "median", "mean",
    "previous_value", "change", "peer_group", "peer_median", "peer_rank", "peer_ranked",
}  # fmt: skip
NOMINEES = ["0186", "1080", "1780", "0181", "2480"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digidesk", *args], capture_output=True, text=True, timeout=180
    )


@pytest.fixture(scope="module")
def award_rows():
    result = run("compare", "demo", "--areas", "award", "--peers", "kommungrupp", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_compare_gives_one_object_per_area_and_indicator(award_rows):
    assert award_rows and all(set(row) >= FIELDS for row in award_rows)
    pairs = {(r["area_id"], r["indicator_id"]) for r in award_rows}
    assert len(pairs) == len(award_rows)
    assert {r["area_id"] for r in award_rows} == set(NOMINEES)


def test_compare_figures_recomputed_from_the_bundled_kolada_file(award_rows):
    import pandas as pd

    from digidesk.core.demo import demo_folder

    raw = pd.read_csv(
        demo_folder() / "kolada_export_bakgrund_cp1252.csv", sep=";", encoding="cp1252", dtype=str
    )
    raw.columns = ["area", "kpi", "year", "value"]
    rows = raw[(raw["kpi"] == "Arbetslöshet, (%)") & (raw["year"] == "2012")]
    kommuner = rows[~rows["area"].str.startswith("Alla ")].set_index("area")["value"].astype(float)
    lidingo = next(
        r
        for r in award_rows
        if r["area_id"] == "0186" and r["indicator_id"] == "KOLADA-ARBETSLOSHET"
    )
    value = kommuner["Lidingö"]
    assert (lidingo["period"], lidingo["value"], lidingo["direction"]) == ("2012", value, "lower")
    assert lidingo["rank"] == 1 + int((kommuner < value).sum())  # lower is better
    assert lidingo["ranked"] == 290 and lidingo["shared"] is False
    assert lidingo["percentile"] == pytest.approx(100 * (290 - lidingo["rank"]) / 289)
    assert lidingo["median"] == pytest.approx(kommuner.median())
    assert lidingo["mean"] == pytest.approx(kommuner.mean())
    # No Riket row in the file: computed, weighted by SCB's population of the same year.
    assert lidingo["national_computed"] is True
    assert lidingo["previous_value"] is not None
    assert lidingo["change"] == pytest.approx(value - lidingo["previous_value"])
    assert lidingo["peer_group"] == "Pendlingskommun nära storstad" and lidingo["peer_ranked"] == 43


def test_compare_with_chosen_indicators_period_and_county(tmp_path):
    result = run(
        "compare", "demo", "--areas", "Lidingö,SE:2480", "--indicators", "KOLADA-MEDIANINKOMST",
        "--period", "2008", "--peers", "county", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["area_id"], r["period"]) for r in rows] == [("0186", "2008"), ("2480", "2008")]
    assert rows[0]["peer_group"] == "Stockholms län" and rows[0]["peer_ranked"] == 26
    assert rows[0]["previous_value"] is None  # 2008 is the indicator's first year


def test_compare_of_norwegian_kommuner(tmp_path):
    result = run("compare", "demo", "--areas", "NO:0301,NO:5001", "--indicators",
                 "NVDB-KOMMUNAL-VEG", "--json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    oslo, trondheim = json.loads(result.stdout)
    assert oslo["ranked"] == trondheim["ranked"] == 357
    assert oslo["national_computed"] is True and oslo["direction"] == "none"


def test_compare_writes_a_workbook(tmp_path):
    out = tmp_path / "nominerade.xlsx"
    result = run("compare", "demo", "--areas", "award", "--output", str(out))
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out, read_only=True)
    assert len(book.sheetnames) == 4 and book.sheetnames[-1] == "Om"


@pytest.mark.parametrize(
    ("args", "code", "text"),
    [
        (("--areas", "9999"), 2, "9999"),
        (("--areas", "1860"), 2, "SE:1860"),
        (("--areas", "0186", "--indicators", "NOPE"), 2, "NOPE"),
        (("--areas", "0186", "--peers", "nobody"), 2, "nobody"),
        (("--areas", "0186"), 2, ""),  # neither --json nor --output
    ],
)
def test_compare_usage_errors(args, code, text):
    extra = () if args == ("--areas", "0186") else ("--json",)
    result = run("compare", "demo", *args, *extra)
    assert result.returncode == code
    assert text in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_compare_of_a_missing_workspace_is_an_input_error(tmp_path):
    result = run("compare", str(tmp_path / "none.digidesk"), "--areas", "0186", "--json")
    assert result.returncode == 3 and "none.digidesk" in result.stderr


def test_similar_lists_the_nearest_with_their_difference_index():
    result = run(
        "similar", "demo", "--area", "0186", "--indicators",
        "KOLADA-MEDIANINKOMST,KOLADA-ARBETSLOSHET,KOLADA-FORVARV-20-64", "--weights", "2,1,1",
        "-n", "5", "--json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    listed = json.loads(result.stdout)
    assert [r["rank"] for r in listed] == [1, 2, 3, 4, 5]
    assert "0186" not in {r["area_id"] for r in listed}
    differences = [r["difference_index"] for r in listed]
    assert differences == sorted(differences) and differences[0] > 0
    assert all(r["compared"] == 3 and r["missing"] == [] for r in listed)


def test_similar_refuses_bad_weights():
    result = run("similar", "demo", "--area", "0186", "--indicators", "KOLADA-MEDIANINKOMST",
                 "--weights", "1,2", "--json")  # fmt: skip
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run("similar", "demo", "--area", "0186", "--indicators", "KOLADA-MEDIANINKOMST",
                 "--weights", "tung", "--json")  # fmt: skip
    assert result.returncode == 2 and "tung" in result.stderr
