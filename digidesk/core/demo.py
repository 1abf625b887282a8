"""The bundled demo workspace, built from the readable files in ``resources/demo/``.

The files hold facts from public texts (Digdir's statistics per kommune, the
award "Sveriges Digitaliseringskommun", Örnsköldsvik's digitalisation
strategy) and official population figures; ``resources/demo/README.md`` names
the source of each.

Three real public files (a Kolada export for every Swedish kommun, SCB's population per
kommun and an NVDB/KOSTRA table for every Norwegian kommune) are imported through the
ordinary import pipeline, so that the nominees can be ranked among all kommuner.
``imported_indicators.csv`` says which of their columns become which demo indicator.
"""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import replace
from pathlib import Path

import pandas as pd

from digidesk.core.io.pipeline import import_file
from digidesk.core.model.award import Award
from digidesk.core.model.groups import AreaGroup, GroupMember
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, Provenance, make_observations
from digidesk.core.model.strategy import FollowUpNote, ManualEntry, Strategy
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


# (file, sheet or "" for the only table, dataset id, name, publisher)
_IMPORTED = (
    (
        "kolada_export_bakgrund_cp1252.csv",
        "",
        "kolada-bakgrund",
        "Kolada: arbete och inkomst i alla kommuner 2008–2012",
        "Kolada (RKA)",
    ),
    (
        "scb_folkmangd_kommun_long.csv",
        "",
        "scb-folkmangd-kommun",
        "Folkmängd per kommun 2008–2018 (SCB)",
        "SCB",
    ),
    (
        "kostra_vegnett_kommune_2024.xlsx",
        "Tabell kommuner",
        "nvdb-vegnett",
        "Vegnett per kommune 2024 (NVDB, KOSTRA)",
        "Statens vegvesen",
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
    for dataset, indicators in _imported_datasets(folder, workspace.indicators):
        workspace.datasets.append(dataset)
        for indicator in indicators:
            workspace.indicators.setdefault(indicator.indicator_id, indicator)
    workspace.strategies.append(demo_strategy(folder, workspace))
    workspace.awards.append(Award.from_dict(json.loads((folder / "award.json").read_text("utf-8"))))
    members = tuple(
        GroupMember(country=r["country"], area_id=r["area_id"], note=r["note"])
        for r in _read_csv(folder / "mentioned_areas.csv")
    )
    workspace.groups.append(AreaGroup("mentioned", "Kommuner i källtexterna", members))
    return workspace


# The document's own title, and the date the demo's follow-up is made as of (a report to the
# council in spring 2023 on the figures of 2022), so that every status shows.
STRATEGY_NAME = "Digitaliseringsstrategi för Örnsköldsviks kommunkoncern"
STRATEGY_DOCUMENT = "ornskoldsvik_digitaliseringsstrategi.txt"
STRATEGY_AS_OF = "2023-03-31"


def demo_strategy(folder: Path, workspace: Workspace) -> Strategy:
    """Örnsköldsvik's strategy read from its text through the document import, with the
    editorial parts of the demo added: perspective tags, links to the example follow-up
    values (their dataset and indicators go into ``workspace``), notes and a status set
    by hand."""
    from digidesk.core.io.documents import read_document
    from digidesk.core.io.strategy_document import parse_document
    from digidesk.core.model.areas import default_register

    document = read_document(folder / STRATEGY_DOCUMENT, in_worker=False)
    strategy = parse_document(document, default_register(), name=STRATEGY_NAME).strategy
    strategy = replace(strategy, as_of=STRATEGY_AS_OF)
    for row in _read_csv(folder / "strategy_indicators.csv"):
        workspace.indicators[row["indicator_id"]] = Indicator(**row)  # type: ignore[arg-type]
    frame = pd.read_csv(folder / "strategy_followup.csv", dtype=str, keep_default_na=False)
    workspace.datasets.append(
        Dataset(
            dataset_id="ornskoldsvik-uppfoljning",
            name="Örnsköldsvik: uppföljning av strategin (exempelvärden)",
            country="SE",
            observations=make_observations(frame.drop(columns=["area_name"])),
            area_names=dict(zip(frame["area_id"], frame["area_name"], strict=True)),
            provenance=Provenance(file_name="strategy_followup.csv", publisher="Exempel"),
        )
    )
    tags = {r["target_id"]: tuple(r["perspectives"].split()) for r in
            _read_csv(folder / "strategy_perspectives.csv")}  # fmt: skip
    links = {r["target_id"]: r for r in _read_csv(folder / "strategy_links.csv")}
    notes: dict[str, list[FollowUpNote]] = {}
    for row in _read_csv(folder / "strategy_notes.csv"):
        notes.setdefault(row["target_id"], []).append(FollowUpNote(int(row["year"]), row["text"]))
    goals = []
    for goal in strategy.goals:
        areas = []
        for area in goal.focus_areas:
            targets = tuple(
                _demo_target(t, tags, links, notes, strategy.area_id) for t in area.targets
            )
            areas.append(replace(area, targets=targets))
        goals.append(replace(goal, focus_areas=tuple(areas)))
    return replace(strategy, goals=tuple(goals))


def _demo_target(target, tags, links, notes, area_id):
    target = replace(
        target,
        perspectives=tags.get(target.id, target.perspectives) or target.perspectives,
        notes=tuple(notes.get(target.id, ())),
    )
    link = links.get(target.id)
    if link is None:
        return target
    if link["indicator_id"]:
        target = replace(
            target,
            indicator_id=link["indicator_id"],
            area_id=area_id,
            baseline=float(link["baseline"]) if link["baseline"] else None,
            baseline_period=link["baseline_period"] or None,
            target_value=float(link["target_value"]) if link["target_value"] else None,
            comparator=link["comparator"] or ">=",
        )
    if link["manual_status"]:
        entry = ManualEntry(link["manual_date"], link["manual_status"], link["manual_comment"])
        target = replace(target, manual_status=link["manual_status"],
                         comment=link["manual_comment"], manual_log=(entry,))  # fmt: skip
    return target


def _imported_datasets(folder: Path, known: dict[str, Indicator]):
    """The real files, imported as a user would, their chosen columns renamed to demo ids."""
    mapping: dict[str, list[dict[str, str]]] = {}
    for row in _read_csv(folder / "imported_indicators.csv"):
        mapping.setdefault(row["file"], []).append(row)
    for file_name, sheet, dataset_id, name, publisher in _IMPORTED:
        path = folder / file_name
        # The demo's own files need no worker process: they ship with the program.
        result = import_file(path, in_worker=False)
        table = next(t for t in result.tables if not sheet or t.plan.sheet == sheet)
        rows = {r["imported_title"]: r for r in mapping[file_name]}
        titles = {i.indicator_id: i.title for i in table.result.indicators}
        renames = {
            old: rows[title]["indicator_id"] for old, title in titles.items() if title in rows
        }
        observations = table.dataset.observations
        observations = observations[observations["indicator_id"].isin(list(renames))].copy()
        observations["indicator_id"] = (
            observations["indicator_id"]
            .cat.remove_unused_categories()
            .cat.rename_categories(renames)
        )
        periods = {rows[titles[old]]["period"] for old in renames} - {""}
        if periods:  # a table that names its year only in its file name
            (period,) = periods
            blank = observations["period"].astype(str) == ""
            observations["period"] = observations["period"].astype(str).where(~blank, period)
        dataset = Dataset(
            dataset_id=dataset_id,
            name=name,
            country=table.dataset.country,
            observations=make_observations(observations.reset_index(drop=True)),
            area_names=table.dataset.area_names,
            provenance=Provenance(
                file_name=file_name,
                sheet=table.plan.sheet,
                sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                publisher=publisher,
                mapping={"columns": dict(sorted(renames.items()))},
            ),
        )
        indicators = [
            Indicator(
                indicator_id=r["indicator_id"],
                title=r["title"],
                unit=r["unit"],
                direction=r["direction"] or "none",
                source=r["source"],
                description=r["description"],
            )
            for r in rows.values()
            if r["title"] and r["indicator_id"] not in known
        ]
        yield dataset, indicators
