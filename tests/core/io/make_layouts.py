"""Generate small files in the layouts that agencies and colleagues send, each one a layout
in which an import once lost or misplaced figures.

Every file is built from scratch with openpyxl or as text, with real kommun names and
codes and made-up figures, so the expected observations are known exactly.

    python tests/core/io/make_layouts.py FOLDER
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import openpyxl

# (code, name, län code, län) of a few Skåne and Västra Götaland kommuner
SKANE = [
    ("1280", "Malmö", "12", "Skåne län"),
    ("1281", "Lund", "12", "Skåne län"),
    ("1283", "Helsingborg", "12", "Skåne län"),
    ("1290", "Kristianstad", "12", "Skåne län"),
    ("1480", "Göteborg", "14", "Västra Götalands län"),
    ("1485", "Uddevalla", "14", "Västra Götalands län"),
    ("1490", "Borås", "14", "Västra Götalands län"),
]
POPULATION = {"Malmö": 362133, "Lund": 128353, "Helsingborg": 151022, "Kristianstad": 86670,
              "Göteborg": 596841, "Uddevalla": 57542, "Borås": 115204}  # fmt: skip
NORWAY = [("3001", "Halden"), ("3002", "Moss"), ("1563", "Sunndal"), ("0301", "Oslo")]


def _book(path: Path, sheets: dict[str, list[list[object]]], merges=None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
        for ref in (merges or {}).get(title, ()):
            ws.merge_cells(ref)
    wb.save(path)
    return path


def daily_series(folder: Path) -> Path:
    """FoHM-style daily counts over the turn of a month, as date cells: 2020-02-25..03-05."""
    days = [dt.datetime(2020, 2, 25) + dt.timedelta(days=k) for k in range(10)]
    rows: list[list[object]] = [
        ["Statistikdatum", "Totalt_antal_fall", "Skåne", "Stockholm", "Uppsala"]
    ]
    rows += [[d, 10 + k, k, 2 * k, 3 * k] for k, d in enumerate(days)]
    return _book(folder / "daily_series.xlsx", {"Antal per dag region": rows})


def daily_text_csv(folder: Path) -> Path:
    lines = ["Datum;Kommun;Antal"]
    for k in range(6):
        day = dt.date(2021, 1, 29) + dt.timedelta(days=k)
        lines.append(f"{day.isoformat()};Lund;{k + 1}")
    return _text(folder / "daily_text.csv", lines)


def comment_column_csv(folder: Path) -> Path:
    """A name, a value and a comment column; the first rows hold a value and a marker."""
    lines = [
        "Kommun;Andel med e-legitimation (%);Kommentar",
        "Malmö;81,5;",
        "Lund;..;Uppgift saknas för 2023",
        "Helsingborg;79,0;",
        "Kristianstad;..;",
        "Göteborg;84,2;Ny mätmetod",
        "Uddevalla;77,7;",
        "Borås;78,3;",
    ]
    return _text(folder / "comment_column.csv", lines)


def eos_single_kpi(folder: Path, aggregate: tuple = (5.2, 5.4, 5.6), name: str = "") -> Path:
    """Kolada's EOS export of one KPI: the aggregate row right under the year header."""
    rows: list[list[object]] = [
        ["Värde", None, None, None, None],
        [None] * 5,
        [None, None, 2010.0, 2011.0, 2012.0],
        ["Alla kommuner (ovägt medel)", " Arbetslöshet, (%)", *aggregate],
    ]
    for k, (_code, kommun, _lk, _ln) in enumerate(SKANE):
        rows.append([f"         {kommun}", " Arbetslöshet, (%)", 4.0 + k, 4.1 + k, ""])
    return _book(
        folder / (name or "eos_single_kpi.xlsx"),
        {"EOS export": rows},
        {"EOS export": ["A1:E1", "A2:E2", "A3:B3"]},
    )


def eos_single_value(folder: Path) -> Path:
    """The same, with one figure in the aggregate row."""
    return eos_single_kpi(folder, (5.2, "", ""), "eos_single_value.xlsx")


def space_thousands_csv(folder: Path) -> Path:
    """Populations with a space, NBSP or NNBSP between the thousands, beside kommun names.

    Each figure's first group is a Swedish kommun code and its second a Norwegian one
    ("114 221": 0114 Upplands Väsby, 0221 Aurskog-Høland), as in a code-and-name cell.
    """
    seps = [" ", "\u00a0", "\u202f"]
    lines = ["Kommun;Invånare"]
    for k, (name, figure) in enumerate(SPACED.items()):
        lines.append(f"{name};{figure.replace(' ', seps[k % 3])}")
    return _text(folder / "space_thousands.csv", lines)


SPACED = {"Malmö": "114 221", "Lund": "180 213", "Helsingborg": "123 214",
          "Kristianstad": "127 215", "Göteborg": "136 216", "Uddevalla": "138 217",
          "Borås": "160 219", "Stockholm": "1 180 226"}  # fmt: skip


def county_columns_csv(folder: Path) -> Path:
    """A län code and a county name beside the kommun code and name, two years per kommun."""
    lines = ["Länskod;Län;Kommunkod;Kommun;År;Invånare"]
    for year in (2022, 2023):
        for code, name, lan_code, lan in SKANE:
            lines.append(f"{lan_code};{lan};{code};{name};{year};{POPULATION[name] + year - 2023}")
    return _text(folder / "county_columns.csv", lines)


def county_code_unlabelled_csv(folder: Path) -> Path:
    """The län code under a header that says nothing ("LK"), as numbers."""
    lines = ["LK,KK,Kommun,Invånare"]
    for code, name, lan_code, _lan in SKANE:
        lines.append(f"{int(lan_code)},{int(code)},{name},{POPULATION[name]}")
    return _text(folder / "county_code_unlabelled.csv", lines)


def many_sheets(folder: Path) -> Path:
    """One sheet per school form, the same table on each, the same title row."""
    sheets = {}
    for k, form in enumerate(("Grundskola", "Gymnasieskola", "Vuxenutbildning")):
        rows: list[list[object]] = [["Andel behöriga lärare 2023"], [], ["Kommun", "Andel (%)"]]
        rows += [[name, 60.0 + 10 * k + j] for j, (_c, name, _lk, _ln) in enumerate(SKANE)]
        sheets[form] = rows
    return _book(folder / "many_sheets.xlsx", sheets)


def sheets_per_year(folder: Path) -> Path:
    """One sheet per year, no period in the cells."""
    sheets = {}
    for year in (2021, 2022, 2023):
        rows: list[list[object]] = [["Kommunkod", "Kommun", "Invånare"]]
        rows += [[c, n, POPULATION[n] + year] for c, n, _lk, _ln in SKANE]
        sheets[str(year)] = rows
    return _book(folder / "sheets_per_year.xlsx", sheets)


def gender_headers(folder: Path) -> Path:
    """SSB-style gender in the column headers: with years, with ages, and as M and K."""
    with_years: list[list[object]] = [
        ["Region", "Menn 2022", "Kvinner 2022", "Begge kjønn 2022", "Menn 2023",
         "Kvinner 2023", "Begge kjønn 2023"],
    ]  # fmt: skip
    for k, (code, name) in enumerate(NORWAY):
        base = 1000 * (k + 1)
        with_years.append(
            [f"{code} {name}", base, base + 1, 2 * base + 1, base + 2, base + 3, 2 * base + 5]
        )
    with_ages: list[list[object]] = [
        ["Befolkning etter kjønn og alder 2023"],
        ["Kommune", "Menn", None, "Kvinner", None],
        [None, "0-17 år", "18-66 år", "0-17 år", "18-66 år"],
    ]
    for k, (code, name) in enumerate(NORWAY):
        with_ages.append([f"{code} {name}", 10 + k, 20 + k, 30 + k, 40 + k])
    letters: list[list[object]] = [["Sysselsatte 2023"], ["Kommunenummer", "Kommune", "M", "K"]]
    for k, (code, name) in enumerate(NORWAY):
        letters.append([code, name, 500 + k, 600 + k])
    return _book(
        folder / "gender_headers.xlsx",
        {"Kjønn og år": with_years, "Kjønn og alder": with_ages, "M og K": letters},
        {"Kjønn og alder": ["B2:C2", "D2:E2"]},
    )


def pxweb_two_level(folder: Path) -> Path:
    """SCB PX-Web: title, measure row, years as text, labels only on a block's first row,
    a ".." legend and a "Flow" annotation, a metadata block at the end."""
    kommuner = [("0114", "Upplands Väsby"), ("0115", "Vallentuna"), ("0117", "Österåker")]
    rows: list[list[object]] = [
        ["Folkmängd och födda efter region, kön, tabellinnehåll och år"],
        [None, None, "Folkmängd", "Folkmängd", "Levande födda", "Levande födda"],
        [None, None, "2022", "2023", "2022", "2023"],
    ]
    for k, (code, name) in enumerate(kommuner):
        rows.append([f"{code} {name}", "män", 25000 + k, 25100 + k, 300 + k, ".."])
        rows.append([None, "kvinnor", 24000 + k, 24100 + k, 290 + k, 295 + k])
    rows += [
        [None, None, "Flow", "Flow", "Flow", "Flow"],
        ["..", "Uppgift saknas"],
        [],
        ["Källa:", "Statistiska centralbyrån"],
        ["Senast uppdaterad:", "2024-02-21"],
        ["Folkmängd:", "Folkmängden den 31 december"],
        ["Levande födda:", "Antal levande födda under året"],
    ]
    return _book(folder / "pxweb_two_level.xlsx", {"Tabell": rows})


def kostra_nokkeltall(folder: Path) -> Path:
    """KOSTRA nøkkeltall: one kommune beside its KOSTRA group, its fylke and the country."""
    rows: list[list[object]] = [
        ["Nøkkeltall for Sunndal kommune"],
        [],
        [None, "Sunndal", "Sunndal", "Kostragruppe 11", "Møre og Romsdal", "Landet uten Oslo"],
        [None, "2022", "2023", "2023", "2023", "2023"],
        ["Prioritering"],
        ["Netto driftsutgifter til grunnskole per innbygger 6-15 år (kr)",
         130001, 135002, 128003, 126004, 121005],
        ["Andel innbyggere 80 år og over som er beboere på sykehjem (prosent)",
         11.5, 11.2, "..", 10.4, 9.8],
        ["Dekningsgrad"],
        ["Andel barn 1-5 år med barnehageplass (prosent)", 94.1, 95.0, 93.2, 93.9, 93.4],
    ]  # fmt: skip
    return _book(folder / "kostra_nokkeltall.xlsx", {"Nøkkeltall": rows})


def _text(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


MAKERS = {
    "daily_series": daily_series,
    "daily_text": daily_text_csv,
    "comment_column": comment_column_csv,
    "eos_single_kpi": eos_single_kpi,
    "eos_single_value": eos_single_value,
    "space_thousands": space_thousands_csv,
    "county_columns": county_columns_csv,
    "county_code_unlabelled": county_code_unlabelled_csv,
    "many_sheets": many_sheets,
    "sheets_per_year": sheets_per_year,
    "gender_headers": gender_headers,
    "pxweb_two_level": pxweb_two_level,
    "kostra_nokkeltall": kostra_nokkeltall,
}


def make_layout_corpus(folder: str | Path) -> dict[str, Path]:
    """Write every layout file into ``folder``; returns them by short name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return {key: make(folder) for key, make in MAKERS.items()}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_layouts.py FOLDER")
    for key, path in make_layout_corpus(sys.argv[1]).items():
        print(f"{key:24} {path.stat().st_size:>10,}  {path}")
