"""The status rules at their edges, exactly as docs/strategy.md states them."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from digidesk import strategy_words
from digidesk.core.analysis.goals import strategy_as_of, strategy_status
from digidesk.core.model.areas import default_register
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.strategy import FocusArea, Goal, ManualEntry, Strategy, Target
from digidesk.core.model.workspace import Workspace


def _words(result, language: str) -> str:
    """The reason as printed, its no-break spaces (between number and unit) as spaces."""
    return strategy_words.reason_text(result, language).replace("\u00a0", " ")


def _status(values: dict[str, float], as_of: str, direction: str = "higher", **target):
    observations = make_observations(
        {
            "indicator_id": ["X"] * len(values),
            "area_id": ["2284"] * len(values),
            "period": list(values),
            "gender": ["T"] * len(values),
            "value": list(values.values()),
            "status": [".." if math.isnan(v) else "" for v in values.values()],
        }
    )
    workspace = Workspace(
        datasets=[Dataset("d", "d", observations, country="SE")],
        indicators={"X": Indicator("X", "Andel", "%", direction)},
    )
    fields = {"indicator_id": "X", "due_year": 2022, "baseline": 50.0,
              "baseline_period": "2018", "target_value": 90.0, **target}  # fmt: skip
    strategy = Strategy("S", area_id="2284", country="SE", goals=(
        Goal("G1", "Mål", "", (FocusArea("G1.1", "Område", "", (Target("T1", "t", **fields),)),)),
    ))  # fmt: skip
    status = strategy_status(workspace, strategy, default_register(), dt.date.fromisoformat(as_of))
    return status.targets["T1"]


def test_exactly_on_the_target_is_achieved():
    result = _status({"2018": 50, "2020": 90}, "2021-03-01")
    assert result.status == "achieved" and result.latest_value == 90
    below = _status({"2018": 50, "2020": 89.99}, "2021-03-01")
    assert below.status != "achieved"
    lower = _status({"2018": 35, "2021": 10}, "2021-03-01", "lower", baseline=35.0,
                    target_value=10.0, comparator="<=")  # fmt: skip
    assert lower.status == "achieved"
    equal = _status({"2018": 50, "2021": 70}, "2021-03-01", target_value=70.0, comparator="==")
    assert equal.status == "achieved"


def test_exactly_on_the_path_is_on_track_and_just_behind_it_is_not():
    # Path from 50 (2018) to 90 (2022): 70 in 2020.
    on = _status({"2018": 50, "2020": 70}, "2021-01-15")
    assert (on.status, on.path_value) == ("on_track", 70)
    behind = _status({"2018": 50, "2020": 69.9}, "2021-01-15")
    assert behind.status in ("at_risk", "off_track") and behind.path_value == 70


def test_at_risk_when_the_trend_reaches_the_target_by_the_due_year():
    # 2, 10, 14, 15 against a path to 20 in 2023: 15.5 in 2022, trend 21 in 2023.
    result = _status(
        {"2019": 2, "2020": 10, "2021": 14, "2022": 15},
        "2023-03-31",
        baseline=2.0,
        baseline_period="2019",
        target_value=20.0,
        due_year=2023,
    )
    assert (result.status, result.path_value, result.reach_year) == ("at_risk", 15.5, 2023)
    words = _words(result, "sv")
    assert words == "2022: 15 %, väg 15,5 %, trenden når 20 % år 2023 — efter planen men i tid."


def test_off_track_when_the_trend_reaches_it_only_after_the_due_year():
    result = _status(
        {"2019": 40, "2020": 48, "2021": 55, "2022": 62},
        "2023-03-31",
        baseline=40.0,
        baseline_period="2019",
        target_value=100.0,
        due_year=2023,
    )
    assert (result.status, result.path_value, result.reach_year) == ("off_track", 85, 2028)
    assert _words(result, "en") == (
        "2022: 62 %, path 85 %, trend reaches 100 % in 2028 — after the due year."
    )
    falling = _status(
        {"2019": 40, "2020": 38, "2021": 35},
        "2022-03-31",
        baseline=40.0,
        baseline_period="2019",
        target_value=100.0,
        due_year=2023,
    )
    assert (falling.status, falling.reach_year) == ("off_track", None)
    assert "trenden når inte 100 %" in _words(falling, "sv")


def test_due_year_this_year_is_not_missed_yet_but_next_year_it_is():
    this_year = _status({"2018": 50, "2021": 80}, "2022-12-31")  # path 80 in 2021
    assert this_year.status == "on_track"
    next_year = _status({"2018": 50, "2021": 80}, "2023-01-01")
    assert next_year.status == "missed"
    assert _words(next_year, "sv") == ("2021: 80 %, målet ≥ 90 % skulle ha nåtts 2022.")
    met_late = _status({"2018": 50, "2021": 80, "2023": 91}, "2023-06-01")
    assert met_late.status == "achieved"


def test_no_baseline_no_indicator_no_value_and_no_target_value_are_no_data():
    no_baseline = _status({"2020": 70}, "2021-01-01", baseline=None, baseline_period=None)
    assert (no_baseline.status, no_baseline.reason) == ("no_data", "no_baseline")
    assert no_baseline.latest_value == 70
    no_link = _status({"2020": 70}, "2021-01-01", indicator_id=None)
    assert (no_link.status, no_link.reason) == ("no_data", "no_indicator")
    no_value = _status({"2020": math.nan}, "2021-01-01")
    assert (no_value.status, no_value.reason) == ("no_data", "no_value")
    no_target = _status({"2018": 50, "2020": 70}, "2021-01-01", target_value=None)
    assert (no_target.status, no_target.reason) == ("no_data", "no_target_value")
    # A baseline period alone takes its value from the data.
    from_data = _status({"2018": 50, "2020": 70}, "2021-01-01", baseline=None)
    assert (from_data.status, from_data.baseline) == ("on_track", 50)


def test_lower_is_better():
    # From 35 (2019) down to at most 10 (2025): the path is 22.5 in 2022.
    args = {"baseline": 35.0, "baseline_period": "2019", "target_value": 10.0,
            "comparator": "<=", "due_year": 2025}  # fmt: skip
    on = _status({"2019": 35, "2020": 31, "2021": 27, "2022": 22}, "2023-03-31", "lower", **args)
    assert (on.status, on.path_value) == ("on_track", 22.5)
    assert (on.trend.direction, on.trend.judgement) == ("down", "better")
    assert strategy_words.trend_text(on.trend, "sv") == "↓ ned, bättre"
    behind = _status({"2019": 35, "2020": 31, "2021": 27, "2022": 23}, "2023-03-31", "lower",
                     **args)  # fmt: skip
    assert (behind.status, behind.reach_year) == ("off_track", 2026)


def test_a_missing_latest_value_falls_back_to_the_one_before_and_later_periods_wait():
    result = _status({"2018": 50, "2020": 70, "2021": math.nan}, "2022-01-01")
    assert (result.latest_period, result.latest_value, result.status) == ("2020", 70, "on_track")
    early = _status({"2018": 50, "2020": 70, "2022": 95}, "2021-06-30")
    assert (early.latest_period, early.status) == ("2020", "on_track")


def test_stale_when_the_latest_value_is_more_than_two_years_old():
    args = {"due_year": 2030, "target_value": 100.0}
    fresh = _status({"2018": 50, "2022": 70}, "2024-12-31", **args)
    assert fresh.status == "on_track"
    stale = _status({"2018": 50, "2021": 70}, "2024-01-01", **args)
    assert (stale.status, stale.otherwise) == ("stale", "on_track")
    words = _words(stale, "sv")
    assert words.startswith("Senaste värdet är från 2021, mer än två år före 2024. Annars: på väg.")
    assert strategy_words.badge_text(stale, "sv") == "◷ Gamla uppgifter (på väg)"


def test_manual_status_wins_with_its_comment_and_date():
    entry = ManualEntry("2023-03-20", "achieved", "Beslut i nämnden")
    result = _status({"2018": 50, "2020": 60}, "2023-06-01", manual_status="achieved",
                     comment="Beslut i nämnden", manual_log=(entry,))  # fmt: skip
    assert (result.status, result.otherwise) == ("manual", "achieved")
    assert _words(result, "sv") == ("Satt för hand 2023-03-20: uppnått. Beslut i nämnden")


def test_roll_up_counts_per_status_and_the_strategy_date():
    from digidesk.core.demo import build_demo_workspace

    workspace = build_demo_workspace()
    strategy = workspace.strategies[0]
    status = strategy_status(workspace, strategy, default_register())
    assert status.as_of == dt.date(2023, 3, 31) == strategy_as_of(strategy)
    assert sum(status.total.values()) == 37
    assert set(status.total) == {"achieved", "on_track", "at_risk", "off_track", "missed",
                                 "stale", "no_data", "manual"}  # fmt: skip
    first = strategy.goals[0]
    assert status.goals[first.id] == sum((status.areas[a.id] for a in first.focus_areas),
                                         start=type(status.goals[first.id])())  # fmt: skip
    assert strategy_as_of(strategy, dt.date(2020, 1, 1)) == dt.date(2020, 1, 1)


@pytest.mark.parametrize("language", ["sv", "nb", "en"])
def test_every_reason_has_words(language):
    from digidesk.core.demo import build_demo_workspace

    workspace = build_demo_workspace()
    status = strategy_status(workspace, workspace.strategies[0], default_register())
    for result in status.targets.values():
        text = _words(result, language)
        assert text and "{" not in text and "None" not in text, result
        assert strategy_words.badge_text(result, language).strip()
