"""Build the shipped area register from the official code lists.

    python resources/register/build_register.py [--source DIR] [--out DIR]

Reads the Swedish (SCB, Kolada) and Norwegian (SSB Klass 131) lists in the shared corpus and
writes areas.csv, no_changes.csv, aliases.csv and SOURCES.md beside this script (or into
--out). The output is deterministic: sorted rows, UTF-8 without BOM, LF line endings. Every
cross-check between sources is an assertion, so a changed source stops the build instead of
shipping a silently different register.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl
import peer_groups

HERE = Path(__file__).resolve().parent
DEFAULT_SOURCE = HERE.parents[1].parent / "shared" / "corpus" / "registers"

KLASS = {
    "2019": "no_ssb_klass131_kommuneinndeling_2019.json",
    "2020": "no_ssb_klass131_kommuneinndeling_2020.json",
    "2024": "no_ssb_klass131_kommuneinndeling_2024.json",
}
KLASS_CHANGES = "no_ssb_klass131_changes_1971_2025.json"
NO_FYLKER = "no_fylker_2024_rkh00.csv"
NO_FYLKER_SHORT = "no_fylker_2024_npra_nvdb.json"
NO_POPULATION = "no_kommuner_2024_population_area_aprestmo.json"
NO_FHI = "no_fhi_csdata_redistricting_1838_2024.xlsx"
SE_CODES = "se_scb_kommunlankod_2025.csv"
SE_CODES_CC0 = "se_municipality_county_cc0.csv"
SE_POPULATION = "se_scb_be0101_folkmangd_kommun_2023-12-31.xlsx"
SE_KOLADA = "se_kolada_municipality_groups_incl_skr2023.json"
SOURCE_FILES = (
    *KLASS.values(), KLASS_CHANGES, NO_FYLKER, NO_FYLKER_SHORT, NO_POPULATION, NO_FHI,
    SE_CODES, SE_CODES_CC0, SE_POPULATION, SE_KOLADA, peer_groups.SE_SKR_2017,
)  # fmt: skip

# Crosswalk scope: the 2020 and 2024 reforms and the name-only changes between them.
CROSSWALK_DATES = ("2020-01-01", "2022-01-01", "2023-01-01", "2024-01-01")

# SKR kommungruppsindelning 2023 as titled in Kolada, in SKR's order A1..C9.
SKR_2023 = (
    ("A1", "Storstäder"),
    ("A2", "Pendlingskommun nära storstad"),
    ("B3", "Större stad"),
    ("B4", "Pendlingskommun nära större stad"),
    ("B5", "Lågpendlingskommun nära större stad"),
    ("C6", "Mindre stad/tätort"),
    ("C7", "Pendlingskommun nära mindre tätort"),
    ("C8", "Landsbygdskommun, ej nära större stad"),
    ("C9", "Landsbygdskommun med besöksnäring"),
)
KOLADA_ALL = "Alla kommuner (ovägt medel)"
UNWEIGHTED = " (ovägt medel)"

# Fylker that no longer exist in 2024. No Klass 104 list is in the corpus: 30, 38 and 54 are
# checked against the Klass 2024 introduction, all of them against FHI's county names.
HISTORIC_FYLKER = {
    "01": "Østfold",
    "02": "Akershus",
    "04": "Hedmark",
    "05": "Oppland",
    "06": "Buskerud",
    "07": "Vestfold",
    "08": "Telemark",
    "09": "Aust-Agder",
    "10": "Vest-Agder",
    "12": "Hordaland",
    "14": "Sogn og Fjordane",
    "19": "Troms",
    "20": "Finnmark",
    "30": "Viken",
    "38": "Vestfold og Telemark",
    "54": "Troms og Finnmark",
}
REFORM_FYLKER_2020 = ("30", "38", "54")

ALIASES = (
    ("SE", "Riket", "0000"),
    ("SE", "Sverige", "0000"),
    ("SE", "Hela riket", "0000"),
    ("SE", "Alla kommuner", "0000"),
    ("SE", "Region Gotland", "0980"),  # the kommun's official name since 2011
    ("SE", "Sörmland", "04"),  # the region's own name for Södermanlands län
    ("SE", "Region Sörmland", "04"),
    ("SE", "Jämtland Härjedalen", "23"),
    ("SE", "Region Jämtland Härjedalen", "23"),
    ("NO", "Landet", "EAK"),
    ("NO", "Hele landet", "EAK"),
    ("NO", "Norge", "EAK"),
    ("NO", "EAK", "EAK"),
    ("NO", "Landet uten Oslo", "EAKUO"),
    ("NO", "Landet utenom Oslo", "EAKUO"),
    # SSB's English tables (KOSTRA via the API with lang=en).
    ("NO", "The whole country", "EAK"),
    ("NO", "The whole country except Oslo", "EAKUO"),
)


def region_aliases(rows: list[dict[str, str]]) -> list[tuple[str, str, str]]:
    """ "Region Dalarna" for Dalarnas län: the regions that run each län's health care and
    development are named after it, and their statistics use that name."""
    found = []
    for r in rows:
        if r["country"] == "SE" and r["level"] == "county" and r["name"].endswith(" län"):
            stem = r["name"][: -len(" län")]
            if stem.endswith("s") and not stem.endswith("ss"):
                stem = stem[:-1]
            alias = f"Region {stem}"
            if not any(a == alias for _, a, _ in ALIASES):  # Region Gotland is the kommun
                found.append(("SE", alias, r["area_id"]))
    return found


AREA_COLUMNS = (
    "country", "area_id", "level", "name", "short_name", "parent_id",
    "valid_from", "valid_to", "kommungrupp", "population",
)  # fmt: skip
CHANGE_COLUMNS = ("old_code", "old_name", "new_code", "new_name", "changed")

Row = dict[str, str]


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"build_register: source check failed: {message}")


def short_no(name: str) -> str:
    """'Rana - Raane' -> 'Rana'; 'Herøy (Nordland)' -> 'Herøy'."""
    return re.sub(r"\s*\(.*\)$", "", name.split(" - ")[0]).strip()


def area(country: str, area_id: str, level: str, name: str, **rest: str | int | None) -> Row:
    row = {"country": country, "area_id": area_id, "level": level, "name": name}
    row["short_name"] = str(rest.pop("short_name", None) or name)
    for column in AREA_COLUMNS[5:]:
        value = rest.pop(column, None)
        row[column] = "" if value is None else str(value)
    check(not rest, f"unknown columns {sorted(rest)}")
    return row


# --- Norway -------------------------------------------------------------------------------


def klass_version(path: Path) -> tuple[str, dict[str, str], str]:
    data = json.loads(path.read_text("utf-8"))
    names = {i["code"]: i["name"] for i in data["classificationItems"] if i["code"] != "9999"}
    check(all(re.fullmatch(r"\d{4}", c) for c in names), f"{path.name}: odd codes")
    return data["validFrom"], names, data["introduction"]


def apply_changes(before: dict[str, str], changes: list[dict[str, str]]) -> dict[str, str]:
    after = dict(before)
    for ch in changes:
        check(before.get(ch["oldCode"]) == ch["oldName"], f"change from unknown {ch['oldCode']}")
        after.pop(ch["oldCode"], None)
    for ch in changes:
        after[ch["newCode"]] = ch["newName"]
    return after


def intervals(snapshots: dict[str, set[str]]) -> dict[str, list[tuple[str, str | None]]]:
    """Key -> [(valid_from, valid_to)], valid_to exclusive and None while still valid."""
    spans: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    open_since: dict[str, str] = {}
    for date in sorted(snapshots):
        for key in sorted(set(open_since) - snapshots[date]):
            spans[key].append((open_since.pop(key), date))
        for key in sorted(snapshots[date] - set(open_since)):
            open_since[key] = date
    for key, start in open_since.items():
        spans[key].append((start, None))
    return spans


def build_norway(src: Path) -> tuple[list[Row], list[Row], list[Row]]:
    versions = {year: klass_version(src / file) for year, file in KLASS.items()}
    all_changes = json.loads((src / KLASS_CHANGES).read_text("utf-8"))["codeChanges"]
    by_date: dict[str, list[dict[str, str]]] = defaultdict(list)
    for ch in all_changes:
        by_date[ch["changeOccurred"]].append(ch)

    # Klass versions exist for 2019, 2020 and 2024; the changes table bridges 2022 and 2023,
    # which only renamed three kommuner. Both reforms must reproduce the next version exactly.
    start19, v2019, _ = versions["2019"]
    start20, v2020, _ = versions["2020"]
    start24, v2024, intro24 = versions["2024"]
    check(apply_changes(v2019, by_date["2020-01-01"]) == v2020, "2019 + 2020 changes != 2020")
    snapshots = {start19: v2019, start20: v2020}
    current = v2020
    for date in ("2022-01-01", "2023-01-01"):
        check(all(c["oldCode"] == c["newCode"] for c in by_date[date]), f"{date} not name-only")
        current = apply_changes(current, by_date[date])
        snapshots[date] = current
    check(apply_changes(current, by_date["2024-01-01"]) == v2024, "2023 + 2024 changes != 2024")
    snapshots[start24] = v2024

    population = {
        k["k_id"]: int(k["k_population"])
        for k in json.loads((src / NO_POPULATION).read_text("utf-8"))
    }
    check(set(population) == set(v2024), "population codes differ from Klass 2024")

    rows: list[Row] = []
    spans = intervals({d: {f"{c}\t{n}" for c, n in s.items()} for d, s in snapshots.items()})
    for key, periods in spans.items():
        code, name = key.split("\t")
        for start, end in periods:
            rows.append(
                area(
                    "NO", code, "municipality", name, short_name=short_no(name),
                    parent_id=code[:2], valid_from=start, valid_to=end,
                    population=population[code] if end is None else None,
                )
            )  # fmt: skip

    fylker = fylke_names(src, v2024, intro24)
    fylke_pop: dict[str, int] = defaultdict(int)
    for code, people in population.items():
        fylke_pop[code[:2]] += people
    prefixes = {date: {c[:2] for c in s} for date, s in snapshots.items()}
    for code, periods in intervals(prefixes).items():
        check(code in fylker, f"no name for fylke {code}")
        for start, end in periods:
            rows.append(
                area(
                    "NO", code, "county", fylker[code], short_name=short_no(fylker[code]),
                    parent_id="EAK", valid_from=start, valid_to=end,
                    population=fylke_pop[code] if end is None else None,
                )
            )  # fmt: skip
    total = sum(population.values())
    rows.append(area("NO", "EAK", "country", "Landet", population=total))
    rows.append(area("NO", "EAKUO", "aggregate", "Landet uten Oslo"))

    crosswalk = [
        {
            "old_code": c["oldCode"],
            "old_name": c["oldName"],
            "new_code": c["newCode"],
            "new_name": c["newName"],
            "changed": date,
        }
        for date in CROSSWALK_DATES
        for c in by_date[date]
    ]
    return rows, crosswalk, peer_groups.no_size_classes(population)


def fylke_names(src: Path, v2024: dict[str, str], intro24: str) -> dict[str, str]:
    with (src / NO_FYLKER).open(encoding="utf-8", newline="") as f:
        records = list(csv.reader(f))[1:]
    # The list writes EN DASH between language forms where Klass writes " - ".
    current = {code: re.sub(r"\s+[–—]\s+", " - ", name) for code, name in records}
    check(set(current) == {c[:2] for c in v2024}, "fylker differ from Klass 2024 prefixes")
    short = json.loads((src / NO_FYLKER_SHORT).read_text("utf-8"))
    check(
        {k.zfill(2): v for k, v in short.items()} == {c: short_no(n) for c, n in current.items()},
        "fylke short names disagree",
    )
    for code in REFORM_FYLKER_2020:
        check(f"{code} {HISTORIC_FYLKER[code]}" in intro24, f"fylke {code} not in Klass intro")
    sheet = openpyxl.load_workbook(src / NO_FHI, read_only=True).active
    fhi = {
        str(r[6]).removeprefix("county_nor"): str(r[7])
        for r in sheet.iter_rows(min_row=2, values_only=True)
        if str(r[6]).startswith("county_nor")
    }

    def plain(text: str) -> str:
        return text.casefold().replace("-", " ")

    for code, name in HISTORIC_FYLKER.items():
        check(plain(fhi.get(code, "")).startswith(plain(name)), f"fylke {code} != FHI")
    check(not set(HISTORIC_FYLKER) & set(current), "historic and current fylke codes overlap")
    return current | HISTORIC_FYLKER


# --- Sweden -------------------------------------------------------------------------------


def scb_code_list(src: Path) -> dict[str, str]:
    lines = (src / SE_CODES).read_text("utf-8").splitlines()
    body = lines[lines.index("Code;Name;;;") + 1 :]
    names = {}
    for code, name, *_ in csv.reader(body, delimiter=";"):
        if re.fullmatch(r"\d{2}|\d{4}", code):
            names[code] = name.strip()
    return names


def build_sweden(src: Path) -> tuple[list[Row], list[Row]]:
    names = scb_code_list(src)
    kommuner = {c: n for c, n in names.items() if len(c) == 4}
    lan = {c: n for c, n in names.items() if len(c) == 2}
    check((len(kommuner), len(lan)) == (290, 21), "SCB list is not 290 kommuner + 21 län")
    check({c[:2] for c in kommuner} == set(lan), "kommun codes outside the 21 län")

    with (src / SE_CODES_CC0).open(encoding="utf-8", newline="") as f:
        cc0 = {r["municipality_code"]: r for r in csv.DictReader(f)}
    check({c: r["municipality_name_short"] for c, r in cc0.items()} == kommuner, "cc0 names")
    check(all(r["county_name"] == lan[c[:2]] for c, r in cc0.items()), "cc0 county names")

    sheet = openpyxl.load_workbook(src / SE_POPULATION, read_only=True, data_only=True).active
    population: dict[str, int] = {}
    short: dict[str, str] = {}
    for code, name, people, *_ in sheet.iter_rows(values_only=True):
        label = str(name or "").strip()
        if code is None and label == "Riket":
            population["0000"] = int(people)
        elif isinstance(code, str) and code in names:
            population[code], short[code] = int(people), label
    check(set(population) == set(names) | {"0000"}, "SCB population codes")
    check(all(short[c] == n for c, n in kommuner.items()), "population file kommun names")
    check(sum(population[c] for c in kommuner) == population["0000"], "kommuner != Riket")

    groups = json.loads((src / SE_KOLADA).read_text("utf-8"))
    by_title: dict[str, list[dict]] = defaultdict(list)
    for group in groups:
        by_title[group["title"]].append(group)
    kommungrupp: dict[str, str] = {}
    rows = [area("SE", "0000", "country", "Riket", population=population["0000"])]
    for group_code, title in SKR_2023:
        matches = by_title[title + UNWEIGHTED]
        check(len(matches) == 1, f"Kolada group {title!r} not unique")
        for member in matches[0]["members"]:
            check(member["member_id"] not in kommungrupp, f"{member['member_id']} in two groups")
            kommungrupp[member["member_id"]] = group_code
        rows.append(
            area("SE", matches[0]["id"], "aggregate", title + UNWEIGHTED, kommungrupp=group_code)
        )
    check(set(kommungrupp) == set(kommuner), "SKR 2023 groups do not cover the 290 kommuner")
    (everyone,) = by_title[KOLADA_ALL]
    check({m["member_id"] for m in everyone["members"]} == set(kommuner), KOLADA_ALL)
    rows.append(area("SE", everyone["id"], "aggregate", KOLADA_ALL))

    for code, name in lan.items():
        rows.append(
            area(
                "SE", code, "county", name, short_name=short[code], parent_id="0000",
                population=population[code],
            )
        )  # fmt: skip
    for code, name in kommuner.items():
        rows.append(
            area(
                "SE", code, "municipality", name, parent_id=code[:2],
                kommungrupp=kommungrupp[code], population=population[code],
            )
        )  # fmt: skip
    peers = peer_groups.skr_2023(kommungrupp, SKR_2023) + peer_groups.skr_2017(src, set(kommuner))
    return rows, peers


SOURCES_MD = """\
# Area register: sources

Generated by `build_register.py` from the files below; do not edit the CSV files by hand.
Rebuild with `make register` (or `python resources/register/build_register.py`).

## What is shipped

- `areas.csv`: one row per area and period of validity. Codes are text with their leading
  zeros. `valid_from`/`valid_to` are ISO dates in Klass's convention: `valid_to` is the first
  day the row no longer holds (exclusive); empty `valid_to` means still valid. Empty
  `valid_from` means valid throughout the period the register covers.
- `no_changes.csv`: the Norwegian crosswalk, {changes} rows.
- `aliases.csv`: other names for areas, used by name matching.
- `peer_groups.csv`: each kommun's group in every peer-group scheme (see Peer groups).

{counts}

## Norway

- **Klass 131 "Standard for kommuneinndeling"**, versions 2019 (id 1102), 2020 (id 1860) and
  2024 (id 1710), and the Klass 131 changes table 1971-2025. Publisher: Statistisk sentralbyrå
  (SSB). Licence: CC BY 4.0 (Klass marks classification 131 as not copyrighted). Attribution:
  "Kilde: Statistisk sentralbyrå (SSB), Klass 131 Standard for kommuneinndeling". The files are
  the unmodified Klass API responses stored in github.com/opisthokonta/kommuneendringer.
  Transformation: `9999 Uoppgitt` is dropped. The changes table supplies the years between the
  versions: 2022 and 2023 only renamed 1853 Evenes, 5001 Trondheim and 5025 Røros, so the 2020
  codes stay valid until 2024-01-01. The build checks that the 2019 list plus the 2020 changes
  gives the 2020 list, and the 2023 state plus the 2024 changes gives the 2024 list, exactly.
  A code and name valid in several consecutive versions is one row; a renamed code gets a new
  row. `name` is the Klass name (for example "Rana - Raane", "Herøy (Nordland)"); `short_name`
  is its first language form without the disambiguation in brackets, so names that Klass writes
  Sami form first keep that form (for example "Deatnu" for "Deatnu - Tana"). `parent_id` is the
  fylke, the first two digits of the code. `no_changes.csv` holds the changes that took effect
  on 2020-01-01, 2022-01-01, 2023-01-01 and 2024-01-01, including rows whose code stays the same
  (a kommune that absorbed others, or a rename).
- **Fylker from 2024**: `no_fylker_2024_rkh00.csv` (github.com/rkh00/master, no licence; a
  factual list of SSB's fylke names). Transformation: EN DASH between language forms is written
  " - " as in Klass. Checked against the fylke prefixes of Klass 2024 and against the short names
  in `no_fylker_2024_npra_nvdb.json` (Statens vegvesen, github.com/NPRA, NLOD 2.0), which is used
  for that check only.
- **Fylker before 2024**: derived from the code prefixes of each Klass version; a fylke is valid
  while any kommune code carries its prefix. Klass 104 (fylkesinndeling) is not available to
  the build, so the names of fylker that ended before 2024 are their Norwegian names without
  Sami parallel forms: 30 Viken, 38 Vestfold og Telemark and 54 Troms og Finnmark are checked
  against the introduction text of Klass 131 version 2024, and every one of them against the
  county names in FHI's redistricting table `no_fhi_csdata_redistricting_1838_2024.xlsx`
  (Folkehelseinstituttet, github.com/niphr/csdata, MIT), which is used for that check only. Fylker
  whose code continues into 2024 carry their 2024 name for the whole period.
- **Population 1 January 2024** per kommune: `no_kommuner_2024_population_area_aprestmo.json`
  (github.com/aprestmo/norge-data, MIT, Copyright (c) 2025 Alexander Prestmo; the figures are
  SSB's, CC BY 4.0). Attribution: "Folketall 1.1.2024: Statistisk sentralbyrå (SSB)". Only rows
  valid today carry it. A current fylke's figure and `EAK` Landet are sums of the kommuner.
- **Aggregates**: `EAK` Landet and `EAKUO` Landet uten Oslo are SSB's KOSTRA region codes.

## Sweden

- **Län och kommuner i kodnummerordning 2025**: `se_scb_kommunlankod_2025.csv`, SCB's list
  saved as CSV (github.com/markussandin1/Newsdeck). Publisher: Statistiska centralbyrån (SCB).
  Licence: SCB open data, CC0. Attribution: "Källa: SCB". The 2023 and 2025 editions are
  identical, so the rows carry no validity dates. Checked against the CC0 list
  `se_municipality_county_cc0.csv` (github.com/sjbrg/swedish-geodata), used for that check only.
- **Population 31 December 2023** (by the 2024-01-01 division): SCB's table BE0101
  `se_scb_be0101_folkmangd_kommun_2023-12-31.xlsx` (via github.com/Klimatbyran/klimatkollen).
  Licence: CC0. Attribution: "Källa: SCB, befolkningsstatistik". Län short names ("Stockholm")
  come from its län rows; the kommun figures must sum to Riket.
- **Kommungrupp**: SKR's kommungruppsindelning 2023 as published in Kolada, from a dump of
  Kolada's municipality groups `se_kolada_municipality_groups_incl_skr2023.json`
  (github.com/rubenselander/pykolada, MIT). Publisher of the groups: Sveriges Kommuner och
  Regioner (SKR); of the Kolada data: RKA (Rådet för främjande av kommunala analyser), open data;
  confirm RKA's current terms of use before a release. Attribution: "Kommungruppsindelning 2023:
  SKR, via Kolada (RKA)". Transformation: the nine groups are found by title and given SKR's
  codes in SKR's order A1, A2, B3, B4, B5, C6, C7, C8, C9; together they must cover the 290
  kommuner once each. Only group ids, titles and members are used.
- **Aggregates**: the nine SKR 2023 groups and "Alla kommuner (ovägt medel)" are shipped as
  `aggregate` rows under their real Kolada ids (G...), as they appear in Kolada exports. They are
  unweighted means, not totals, so they carry no population and are not aliases of Riket. No
  made-up ids were needed.

{peers}
## Source files (SHA-256)

| file | sha256 |
|---|---|
{digests}
"""


# --- Output -------------------------------------------------------------------------------


def to_csv(columns: tuple[str, ...], rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def counts_table(rows: list[Row]) -> str:
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    for r in rows:
        counts[(r["country"], r["level"], "current" if not r["valid_to"] else "historical")] += 1
    lines = ["| country | level | current rows | historical rows |", "|---|---|---:|---:|"]
    for country, level in sorted({(c, lv) for c, lv, _ in counts}):
        now, old = counts[(country, level, "current")], counts[(country, level, "historical")]
        lines.append(f"| {country} | {level} | {now} | {old} |")
    return "\n".join(lines)


def build(src: Path, out: Path) -> dict[str, int]:
    no_rows, crosswalk, no_peers = build_norway(src)
    se_rows, se_peers = build_sweden(src)
    rows = se_rows + no_rows
    peers = se_peers + no_peers
    rows.sort(key=lambda r: (r["country"], r["area_id"], r["valid_from"], r["name"]))
    keys = [(r["country"], r["area_id"], r["valid_from"]) for r in rows]
    check(len(keys) == len(set(keys)), "duplicate (country, area_id, valid_from)")
    crosswalk.sort(key=lambda c: (c["changed"], c["old_code"], c["new_code"]))
    ids = {(r["country"], r["area_id"]) for r in rows}
    check(all((p["country"], p["area_id"]) in ids for p in peers), "peer outside the register")
    all_aliases = set(ALIASES) | set(region_aliases(rows))
    check(all((c, a) in ids for c, _, a in all_aliases), "alias to unknown area")
    aliases = [
        dict(zip(("country", "alias", "area_id"), a, strict=True)) for a in sorted(all_aliases)
    ]

    digests = "\n".join(
        f"| {name} | `{hashlib.sha256((src / name).read_bytes()).hexdigest()}` |"
        for name in sorted(SOURCE_FILES)
    )
    sources = SOURCES_MD.format(
        counts=counts_table(rows), changes=len(crosswalk), digests=digests,
        peers=peer_groups.SOURCES,
    )  # fmt: skip
    outputs = {
        "areas.csv": to_csv(AREA_COLUMNS, rows),
        "no_changes.csv": to_csv(CHANGE_COLUMNS, crosswalk),
        "aliases.csv": to_csv(("country", "alias", "area_id"), aliases),
        "peer_groups.csv": to_csv(peer_groups.PEER_COLUMNS, peers),
        "SOURCES.md": sources,
    }
    out.mkdir(parents=True, exist_ok=True)
    for name, text in outputs.items():
        (out / name).write_bytes(text.encode("utf-8"))
    return {name: text.count("\n") for name, text in outputs.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="corpus folder")
    parser.add_argument("--out", type=Path, default=HERE, help="output folder")
    args = parser.parse_args(argv)
    if not args.source.is_dir():
        parser.error(f"no source folder {args.source}")
    for name, lines in build(args.source, args.out).items():
        print(f"{name}: {lines} lines", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
