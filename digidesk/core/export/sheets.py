"""What a workspace export contains, as sheet specs for :mod:`digidesk.core.export.excel`.

One sheet per dataset (the tidy long table, each indicator's values coloured
by its direction), then Indikatorer, Områden, Strategi, Utmärkelse (nominees
with mean scores), Kriterier, Poäng and Om (About: sources, export date,
version, filters). Column names are the same
stable ids as the tidy CSV, so an exported sheet imports back into DigiDesk.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import numpy as np
import pandas as pd

from digidesk import __version__
from digidesk.core.export.numformat import decimals_used, number_format
from digidesk.core.export.spec import RowScale, SheetSpec
from digidesk.core.export.tidy import TIDY_COLUMNS, tidy_table
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.award import Award
from digidesk.core.model.indicators import Direction
from digidesk.core.model.strategy import Strategy
from digidesk.core.model.workspace import Workspace


def observation_sheet(
    name: str,
    tidy: pd.DataFrame,
    units: Mapping[str, str],
    directions: Mapping[str, Direction] | None = None,
) -> SheetSpec:
    """A tidy table with a number format per indicator; percent values become fractions.

    ``units`` maps indicator id to unit; ids missing from it get a plain number format.
    ``directions`` (indicator id to "higher"/"lower"/"none") gives each indicator with
    a direction a colour scale over its own values, green at the good end; an
    indicator whose rows are scattered over more than ``_MAX_SCALE_RUNS`` runs gets none.
    """
    frame = tidy.reset_index(drop=True).copy()
    ids = frame["indicator_id"].astype(str)
    values = frame["value"].to_numpy(dtype="float64")
    formats = np.empty(len(frame), dtype=object)
    scaled = values.copy()
    scales: list[RowScale] = []
    for indicator_id, positions in ids.groupby(ids, sort=False).indices.items():
        percent = _is_percent(units.get(str(indicator_id), ""))
        decimals = decimals_used(values[positions])
        formats[positions] = number_format(decimals, percent=percent)
        if percent:
            scaled[positions] = values[positions] / 100.0
        direction = (directions or {}).get(str(indicator_id), "none")
        if direction != "none":
            runs = _runs(positions)
            if len(runs) <= _MAX_SCALE_RUNS:
                scales.append(RowScale("value", runs, direction))
    frame["value"] = scaled
    return SheetSpec(
        name,
        frame,
        kinds={c: "text" for c in TIDY_COLUMNS if c in frame.columns and c != "value"},
        row_formats={"value": formats},
        freeze_columns=frame.columns.get_loc("area") + 1 if "area" in frame.columns else 0,
        colour_scale_rows=scales,
    )


# A scale over scattered rows needs a range per run of rows; past this, the file's
# formatting gets slow to open and the scale is left out.
_MAX_SCALE_RUNS = 200


def _runs(positions: np.ndarray) -> tuple[tuple[int, int], ...]:
    """Half-open (start, stop) runs of consecutive positions in a sorted array."""
    if not len(positions):
        return ()
    breaks = np.flatnonzero(np.diff(positions) != 1)
    starts = np.concatenate(([positions[0]], positions[breaks + 1]))
    stops = np.concatenate((positions[breaks] + 1, [positions[-1] + 1]))
    return tuple(zip(starts.tolist(), stops.tolist(), strict=True))


def _is_percent(unit: str) -> bool:
    return unit.strip().lower() in {"%", "procent", "prosent", "andel (%)", "percent"}


def dataset_sheets(workspace: Workspace, register: AreaRegister | None = None) -> list[SheetSpec]:
    tidy = tidy_table(workspace, register, dataset_column=False)  # a sheet per dataset
    units = {i: ind.unit for i, ind in workspace.indicators.items()}
    directions = {i: ind.direction for i, ind in workspace.indicators.items()}
    sheets, start = [], 0
    for dataset in workspace.datasets:
        end = start + len(dataset.observations)
        sheets.append(observation_sheet(dataset.name, tidy.iloc[start:end], units, directions))
        start = end
    return sheets


def indicators_sheet(workspace: Workspace) -> SheetSpec:
    rows = [
        (i.indicator_id, i.title, i.unit, i.direction, i.source, i.description)
        for i in workspace.indicators.values()
    ]
    columns = ["indicator_id", "title", "unit", "direction", "source", "description"]
    return SheetSpec(
        "Indikatorer",
        pd.DataFrame(rows, columns=columns),
        kinds=dict.fromkeys(columns, "text"),
        wrap=("description",),
        freeze_columns=1,
    )


def areas_sheet(workspace: Workspace, register: AreaRegister | None = None) -> SheetSpec:
    """Every area the datasets use, described by the register as of the latest period.

    A code the register has no row for on that date (Norwegian periods before its first
    list, 2019) is described by the code's latest row; a name the register does not know
    at all comes from the source.
    """
    register = register or default_register()
    latest: dict[tuple[str, str], str] = {}
    source_names: dict[tuple[str, str], str] = {}
    for dataset in workspace.datasets:
        frame = dataset.observations
        if not len(frame):
            continue
        periods = pd.Series(
            frame["period"].astype(str).to_numpy(), index=frame["area_id"].astype(str).to_numpy()
        )
        for area_id, period in periods.groupby(level=0, sort=False).max().items():
            key = (dataset.country, str(area_id))
            latest[key] = max(latest.get(key, ""), str(period))
            if key not in source_names and dataset.area_names.get(key[1]):
                source_names[key] = dataset.area_names[key[1]]
    rows = []
    for (country, area_id), period in sorted(latest.items()):
        area = register.get(area_id, country or None, on=period[:4] or None)
        if area is None and period[:4]:
            area = register.get(area_id, country or None)
        rows.append(
            (
                area_id,
                area.name if area else source_names.get((country, area_id), ""),
                area.country if area else country,
                area.level if area else "",
                (area.parent_id or "") if area else "",
                (area.kommungrupp or "") if area else "",
                float(area.population) if area and area.population is not None else np.nan,
            )
        )
    columns = ["area_id", "name", "country", "level", "parent_id", "kommungrupp", "population"]
    frame = pd.DataFrame(rows, columns=columns)
    return SheetSpec(
        "Områden",
        frame,
        kinds={c: "text" for c in columns[:-1]},
        formats={"population": number_format(0)},
        freeze_columns=2,
    )


def strategy_sheet(strategy: Strategy) -> SheetSpec:
    names = {p.id: p.name for p in strategy.perspectives}
    rows = [
        (
            g.name,
            f.name,
            t.id,
            t.text,
            float(t.due_year) if t.due_year else np.nan,
            ", ".join(names.get(p, p) for p in t.perspectives),
            t.indicator_id or "",
            t.area_id or "",
            _num(t.baseline),
            t.comparator,
            _num(t.target_value),
            t.manual_status or "",
            t.comment,
        )
        for g in strategy.goals
        for f in g.focus_areas
        for t in f.targets
    ]
    columns = [
        "goal",
        "focus_area",
        "target_id",
        "target",
        "due_year",
        "perspectives",
        "indicator_id",
        "area_id",
        "baseline",
        "comparator",
        "target_value",
        "status",
        "comment",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    numbers = ("due_year", "baseline", "target_value")
    formats = {
        "due_year": "0",
        "baseline": number_format(decimals_used(frame["baseline"].to_numpy(float))),
        "target_value": number_format(decimals_used(frame["target_value"].to_numpy(float))),
    }
    return SheetSpec(
        "Strategi",
        frame,
        kinds={c: "text" for c in columns if c not in numbers},
        formats=formats,
        wrap=("goal", "focus_area", "target", "comment"),
        freeze_columns=0,
    )


def _num(value: float | None) -> float:
    return float(value) if value is not None else np.nan


def award_sheets(award: Award) -> list[SheetSpec]:
    """Nominees with each criterion's mean score, the criteria, and every juror's score."""
    scores = pd.DataFrame(
        [(s.juror_id, s.area_id, s.criterion_id, s.value, s.comment) for s in award.scores],
        columns=["juror_id", "area_id", "criterion_id", "score", "comment"],
    )
    means = scores.groupby(["area_id", "criterion_id"])["score"].mean() if len(scores) else None
    nominees = pd.DataFrame(
        {
            "area_id": [n.area_id for n in award.nominees],
            "nominee": [n.name for n in award.nominees],
            "winner": ["x" if n.winner else "" for n in award.nominees],
        }
    )
    score_format = number_format(2)
    for criterion in award.criteria:
        nominees[criterion.name] = [
            float(means.get((n.area_id, criterion.id), np.nan)) if means is not None else np.nan
            for n in award.nominees
        ]
    nominees["motivation"] = [n.motivation for n in award.nominees]
    names = {n.area_id: n.name for n in award.nominees}
    criteria = {c.id: c.name for c in award.criteria}
    jurors = {j.id: j.name for j in award.jurors}
    scores.insert(1, "juror", scores["juror_id"].map(jurors).fillna(""))
    scores.insert(3, "nominee", scores["area_id"].map(names).fillna(""))
    scores.insert(5, "criterion", scores["criterion_id"].map(criteria).fillna(""))
    criteria_frame = pd.DataFrame(
        [
            (c.id, c.name, c.weight, c.indicator_id or "", c.direction, c.description)
            for c in award.criteria
        ],
        columns=["criterion_id", "criterion", "weight", "indicator_id", "direction", "description"],
    )
    text = {"area_id", "nominee", "winner", "motivation"}
    return [
        SheetSpec(
            "Utmärkelse",
            nominees,
            kinds=dict.fromkeys(text, "text"),
            formats={c.name: score_format for c in award.criteria},
            wrap=("motivation",),
            freeze_columns=2,
        ),
        SheetSpec(
            "Kriterier",
            criteria_frame,
            formats={"weight": number_format(2)},
            wrap=("description",),
        ),
        SheetSpec(
            "Poäng",
            scores,
            kinds={c: "text" for c in scores.columns if c != "score"},
            formats={"score": number_format(decimals_used(scores["score"].to_numpy(float)))},
            wrap=("comment",),
        ),
    ]


def about_sheet(
    workspace: Workspace,
    filters: Mapping[str, str] | None = None,
    exported_at: datetime | None = None,
) -> SheetSpec:
    """Where every dataset came from, when and by what this file was made, and how filtered."""
    when = (exported_at or datetime.now(UTC)).isoformat(timespec="seconds")
    preamble = [
        ("workspace", workspace.title),
        ("exported_at", when),
        ("digidesk_version", __version__),
    ]
    preamble += [(f"filter: {k}", str(v)) for k, v in (filters or {}).items()]
    if not filters:
        preamble.append(("filters", "none"))
    rows = [
        (
            d.name,
            d.dataset_id,
            d.provenance.file_name,
            d.provenance.sheet,
            d.provenance.sha256,
            d.provenance.imported_at,
            d.provenance.publisher,
            float(len(d.observations)),
        )
        for d in workspace.datasets
    ]
    columns = [
        "dataset",
        "dataset_id",
        "file_name",
        "sheet",
        "sha256",
        "imported_at",
        "publisher",
        "observations",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    return SheetSpec(
        "Om",
        frame,
        kinds={c: "text" for c in columns[:-1]},
        formats={"observations": number_format(0)},
        preamble=preamble,
    )


def workspace_sheets(
    workspace: Workspace,
    filters: Mapping[str, str] | None = None,
    register: AreaRegister | None = None,
) -> list[SheetSpec]:
    sheets = dataset_sheets(workspace, register)
    sheets += [indicators_sheet(workspace), areas_sheet(workspace, register)]
    sheets += [strategy_sheet(s) for s in workspace.strategies]
    for award in workspace.awards:
        sheets += award_sheets(award)
    sheets.append(about_sheet(workspace, filters))
    return sheets
