"""The bundled demo workspace, built from the readable files in ``resources/demo/``.

The files hold facts from public texts (Digdir's statistics per kommune, the
award "Sveriges Digitaliseringskommun", Örnsköldsvik's digitalisation
strategy) and official population figures; ``resources/demo/README.md`` names
the source of each.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd

from digidesk.core.model.award import Award
from digidesk.core.model.groups import AreaGroup, GroupMember
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, Provenance, make_observations
from digidesk.core.model.strategy import Strategy
from digidesk.core.model.workspace import Workspace
from digidesk.resources import resource_path

DEMO_TITLE = "Demo: digitalisering i kommunerna"

# (file, indicator kept or None for all, dataset id, name, country, publisher): one
# dataset per country, because Swedish and Norwegian area codes overlap.
_DATASETS = (
    (
        "digdir_kommune.csv",
        None,
        "digdir",
        "Digdir: digitale fellesløsninger per kommune",
        "NO",
        "Digdir",
    ),
    ("folkmangd.csv", "SCB-FOLKMANGD", "scb-folkmangd", "Folkmängd 31 december (SCB)", "SE", "SCB"),
    (
        "folkmangd.csv",
        "SSB-FOLKEMENGDE",
        "ssb-folkemengde",
        "Folkemengde 1. januar (SSB)",
        "NO",
        "SSB",
    ),
)


def demo_folder() -> Path:
    return resource_path("demo")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_demo_workspace(folder: Path | None = None) -> Workspace:
    folder = folder or demo_folder()
    workspace = Workspace(title=DEMO_TITLE)
    for row in _read_csv(folder / "indicators.csv"):
        indicator = Indicator(
            indicator_id=row["indicator_id"],
            title=row["title"],
            unit=row["unit"],
            direction=row["direction"],
            source=row["source"],
            description=row["description"],
        )
        workspace.indicators[indicator.indicator_id] = indicator
    for file_name, indicator_id, dataset_id, name, country, publisher in _DATASETS:
        frame = pd.read_csv(folder / file_name, dtype=str, keep_default_na=False)
        if indicator_id is not None:
            frame = frame[frame["indicator_id"] == indicator_id].reset_index(drop=True)
        area_names = dict(zip(frame["area_id"], frame["area_name"], strict=True))
        workspace.datasets.append(
            Dataset(
                dataset_id=dataset_id,
                name=name,
                country=country,
                observations=make_observations(frame.drop(columns=["area_name"])),
                area_names=area_names,
                provenance=Provenance(file_name=file_name, publisher=publisher),
            )
        )
    workspace.strategies.append(
        Strategy.from_dict(json.loads((folder / "strategy.json").read_text("utf-8")))
    )
    workspace.awards.append(Award.from_dict(json.loads((folder / "award.json").read_text("utf-8"))))
    members = tuple(
        GroupMember(country=r["country"], area_id=r["area_id"], note=r["note"])
        for r in _read_csv(folder / "mentioned_areas.csv")
    )
    workspace.groups.append(AreaGroup("mentioned", "Kommuner i källtexterna", members))
    return workspace
