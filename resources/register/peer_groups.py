"""Peer groups for the register: SKR's kommungrupper (2023 and 2017) and Norwegian size classes.

Used by ``build_register.py``; every group list is checked to cover its country's kommuner once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

SE_SKR_2017 = "se_skr_kommungruppsindelning_2017.csv"
PEER_COLUMNS = ("scheme", "country", "group_id", "name", "area_id")

# SSB's usual size classes of kommuner by inhabitants ("Kommuner etter folkemengde"), as
# (group id, lower bound inclusive, name). Used for Norway while no KOSTRA grouping file is
# among the sources.
NO_SIZE_CLASSES = (
    ("S1", 0, "Under 2 000 innbyggere"),
    ("S2", 2_000, "2 000–4 999 innbyggere"),
    ("S3", 5_000, "5 000–9 999 innbyggere"),
    ("S4", 10_000, "10 000–19 999 innbyggere"),
    ("S5", 20_000, "20 000–49 999 innbyggere"),
    ("S6", 50_000, "50 000 innbyggere og flere"),
)

Row = dict[str, str]


def _fail(message: str) -> None:
    raise SystemExit(f"build_register: source check failed: {message}")


def _rows(scheme: str, country: str, members: dict[str, tuple[str, str]]) -> list[Row]:
    """Rows for a scheme from {area_id: (group_id, group name)}."""
    return [
        {"scheme": scheme, "country": country, "group_id": g, "name": n, "area_id": a}
        for a, (g, n) in sorted(members.items())
    ]


def skr_2023(kommungrupp: dict[str, str], titles: Iterable[tuple[str, str]]) -> list[Row]:
    names = dict(titles)
    return _rows("skr2023", "SE", {a: (g, names[g]) for a, g in kommungrupp.items()})


def skr_2017(src: Path, kommuner: set[str]) -> list[Row]:
    """SKL's kommungruppsindelning 2017 (A1..C9) from the published list."""
    members: dict[str, tuple[str, str]] = {}
    with (src / SE_SKR_2017).open(encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            code, group = row["Kommunkod"].strip(), row["Grupp"].strip()
            if code in members:
                _fail(f"{SE_SKR_2017}: {code} twice")
            members[code] = (group, row["Kommungrupp 2017 namn"].strip())
    if set(members) != kommuner:
        _fail(f"{SE_SKR_2017} does not list the 290 kommuner")
    names: dict[str, set[str]] = {}
    for group, name in members.values():
        names.setdefault(group, set()).add(name)
    if any(len(n) != 1 for n in names.values()) or len(names) != 9:
        _fail(f"{SE_SKR_2017}: not nine groups with one name each")
    return _rows("skr2017", "SE", members)


def no_size_classes(population: dict[str, int]) -> list[Row]:
    """Each current kommune's size class by its population on 1 January 2024."""
    members: dict[str, tuple[str, str]] = {}
    for code, people in population.items():
        group, _, name = next(c for c in reversed(NO_SIZE_CLASSES) if people >= c[1])
        members[code] = (group, name)
    return _rows("size2024", "NO", members)


SOURCES = """\
## Peer groups

`peer_groups.csv` lists, per scheme, each kommun's group (`scheme`, `country`, `group_id`,
`name`, `area_id`):

- `skr2023` (Sweden): SKR's kommungruppsindelning 2023, as in `areas.csv` (see Kommungrupp).
- `skr2017` (Sweden): SKL's kommungruppsindelning 2017, `se_skr_kommungruppsindelning_2017.csv`
  (SKL's published list re-saved as CSV, github.com/Sjoeborg/MT5013; SKR offers it free to use).
  Attribution: "Kommungruppsindelning 2017: SKL". Group codes A1..C9 and names as published.
- `size2024` (Norway): population size classes by the 1 January 2024 population above, with
  SSB's usual class limits (under 2 000, 2 000–4 999, 5 000–9 999, 10 000–19 999,
  20 000–49 999, 50 000 and more inhabitants). SSB's KOSTRA groups are not among the sources;
  until they are, the size classes are Norway's peer groups.
"""
