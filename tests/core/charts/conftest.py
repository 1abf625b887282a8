"""Workspaces to draw from: the demo, a real Kolada export, and small hand-made ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, make_observations
from digidesk.core.model.workspace import Workspace

CORPUS_FILE = "corpus/real/kolada_export_bakgrund_cp1252.csv"
SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@pytest.fixture(scope="session")
def demo():
    from digidesk.core.demo import build_demo_workspace

    return build_demo_workspace()


@pytest.fixture(scope="session")
def register():
    from digidesk.core.model.areas import default_register

    return default_register()


@pytest.fixture(scope="session")
def corpus():
    """The Kolada export of 290 kommuner, imported as a user would import it."""
    path = SHARED / CORPUS_FILE
    if not path.is_file():
        pytest.skip(f"{CORPUS_FILE} is not in ../shared")
    from digidesk.core.io.pipeline import import_file

    return import_file(path).to_workspace()


def small_workspace(rows, indicators: dict[str, Indicator] | None = None) -> Workspace:
    """Rows are (indicator, area, period, value) or (…, gender)."""
    columns: dict[str, list] = {
        k: [] for k in ("indicator_id", "area_id", "period", "value", "status", "gender")
    }
    for indicator_id, area_id, period, value, *rest in rows:
        columns["indicator_id"].append(indicator_id)
        columns["area_id"].append(area_id)
        columns["period"].append(period)
        columns["value"].append(value)
        columns["status"].append(".." if value != value else "")
        columns["gender"].append(rest[0] if rest else "T")
    dataset = Dataset("d", "d", make_observations(columns), country="SE")
    found = sorted(set(columns["indicator_id"]))
    table = {i: (indicators or {}).get(i) or Indicator(i, i, "%", "higher", "Test") for i in found}
    return Workspace(title="t", datasets=[dataset], indicators=table)


@pytest.fixture
def make_workspace():
    return small_workspace


def _draw(chart):
    """Draw the chart on an Agg canvas, as a window would."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    if not isinstance(chart.figure.canvas, FigureCanvasAgg):
        FigureCanvasAgg(chart.figure)
    chart.figure.canvas.draw()
    return chart


@pytest.fixture
def draw():
    return _draw
