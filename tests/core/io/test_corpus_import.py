"""Every real file in the shared corpus imports with the right codes, periods and values.

Each case names one observation checked against the raw file (area code, period,
value) and the counts of areas matched; unmatched names are listed by the import.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from digidesk.core.errors import InputError
from digidesk.core.io.pipeline import import_book, import_file, inspect_book, read_book
from digidesk.core.io.plan import TablePlan

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "real"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not present")

# file, country, format, (indicator, area, period, gender, value), areas matched (at least)
CASES = [
    ("kolada_hypergene_inv65_1998_2011.xls", "SE", "Kolada (webbexport)",
     ("Invånare 65+, antal", "0114", "1998", "T", 3619.0), 290),
    ("kolada_export_bakgrund_cp1252.csv", "SE", "Kolada (webbexport)",
     ("Arbetslöshet, (%)", "0180", "2010", "T", 5.329066), 291),
    ("kolada_eos_export_multi_kpi.xls", "SE", "Kolada (EOS-export)",
     ("Arbetslöshet, (%)", "0180", "2005", "T", 4.7), 291),
    ("kolada_api_long_socialt_deltagande.csv", "SE", "Kolada (API)",
     ("Invånare 16-84 år med lågt socialt deltagande, andel (%)", "20", "2007", "K", 22.0), 1),
    ("kolada_export_aldre_r_writecsv.csv", "SE", "Kolada (webbexport)",
     ("Invånare 65+ i särskilda boendeformer, andel (%)", "0180", "2008", "T", 7.800367), 291),
    ("kommun_folkmangd_2018_excel_utf8bom.csv", "SE", "",
     ("pop2018", "0180", "2018", "T", 962154.0), 290),
    ("scb_folkmangd_kommun_long.csv", "SE", "SCB (PX-Web)",
     ("Folkmängd (totalt ålder)", "2584", "2018", "T", 22992.0), 290),
    ("scb_rams_forvarvsarbetande_kommun_cp1252.csv", "SE", "SCB (PX-Web)",
     ("Förvärvsarbetande 16+ år med bostad i regionen (nattbefolkning) (RAMS) "
      "(primärkommunal förvaltning, 55-59 år)", "0114", "2017", "T", 272.0), 290),
    ("scb_folkmangd_lan_titelrad.csv", "SE", "SCB (PX-Web)",
     ("Folkmängd efter region, civilstånd, ålder, kön och år (ogifta, 0 år)", "01", "2020",
      "M", 14577.0), 21),
    ("socialstyrelsen_lakemedel_antibiotika.csv", "SE", "",
     ("Patienter/1000 invånare (A07AA Antibiotika, 0-4)", "0000", "2024M09", "T", 1.54), 1),
    ("fohm_halsa_dalarna_kommun_openxlsx.xlsx", "SE", "",
     ("Hälsa efter region, kön och år. Andel", "2021", "2021-2024", "T", 62.3), 16),
    ("kommune_lungekreft_royk_2020_cp1252.csv", "NO", "",
     ("lungekreft", "0301", "", "T", 56.0), 356),
    ("kommuner_no_wikipedia_tusenskille.csv", "NO", "",
     ("Population", "0301", "", "T", 673469.0), 356),
    ("ssb_befolkning_kommune_aldersgrupper.csv", "NO", "SSB/KOSTRA",
     ("ssb_befolkning_kommune_aldersgrupper (F0-19)", "0101", "2013", "T", 7170.0), 420),
    ("ssb_kommunedata_blandede_nivaer.csv", "NO", "SSB/KOSTRA",
     ("bruttoinnt", "0301", "2015", "M", 602000.0), 132),  # 17 pre-2019 codes unmatched
    ("kostra_sykehjem_rom_2019_long.csv", "NO", "SSB/KOSTRA",
     ("Rooms, total (number)", "0301", "2019", "T", 4033.0), 440),
    ("skr_anstallda_kommun_2017.xlsx", "SE", "",
     ("Medelålder", "0127", "2017M11", "T", 44.3), 310),
    ("skr_anstallda_region_2017.xlsx", "SE", "",
     ("Antal", "01", "2017M11", "T", 44005.0), 21),
    ("ssb_sivilstand_kommune_2019.xlsx", "NO", "",
     ("Divorced", "0619", "", "T", 394.0), 422),
]  # fmt: skip


@pytest.mark.parametrize(("name", "country", "format_name", "expected", "matched"), CASES)
def test_corpus_file_imports(name, country, format_name, expected, matched):
    result = import_file(CORPUS / name, in_worker=False)
    table = result.tables[0]
    assert table.dataset.country == country
    assert table.plan.format_name == format_name
    assert table.result.areas_matched >= matched
    frame = table.result.observations
    indicator, area, period, gender, value = expected
    rows = frame[
        (frame["indicator_id"] == indicator)
        & (frame["area_id"] == area)
        & (frame["period"] == period)
        & (frame["gender"] == gender)
    ]
    # SSB lists Oslo both as kommune and as fylke with the same figures: both rows match.
    assert len(rows) >= 1, rows
    assert all(math.isclose(v, value, rel_tol=1e-9) for v in rows["value"])
    # Codes keep their leading zeros and stay text.
    assert all(isinstance(a, str) for a in frame["area_id"].cat.categories)


def test_markers_are_kept_in_status():
    result = import_file(CORPUS / "kolada_eos_export_multi_kpi.xls", in_worker=False)
    frame = result.tables[0].result.observations
    dashes = frame[frame["status"] == "-"]
    assert len(dashes) > 50 and dashes["value"].isna().all()
    assert result.tables[0].result.markers["-"] == len(dashes)


def test_unmatched_names_are_listed_not_lost():
    result = import_file(CORPUS / "kostra_sykehjem_rom_2019_long.csv", in_worker=False)
    tidy = result.tables[0].result
    unmatched = {u.text: u for u in tidy.unmatched}
    assert "Sandefjord (2017-2019)" in unmatched
    assert unmatched["Sandefjord (2017-2019)"].first_row > 1
    # Historical SSB names are matched to the code valid in their years, and the plain
    # name beside one ("Halden" next to "Halden (-2019)") to the kommune after the change.
    assert tidy.area_names["0101"] == "Halden (-2019)"
    assert tidy.area_names["3001"] == "Halden"
    assert tidy.area_names["3024"] == "Bærum" and tidy.area_names["0219"] == "Bærum (-2019)"
    # A plain name the register knows only under another name after the change goes to the
    # kommune the old code was carried forward to; spacing around a dash does not matter.
    assert tidy.area_names["3018"] == "Våler (Østfold)"
    assert tidy.area_names["0137"] == "Våler (Østfold) (-2019)"
    assert tidy.area_names["5430"] == "Guovdageaidnu-Kautokeino"
    assert len(tidy.observations) == 4608


def test_every_sheet_becomes_a_dataset():
    result = import_file(CORPUS / "kostra_vegnett_kommune_2024.xlsx", in_worker=False)
    sheets = [t.plan.sheet for t in result.tables]
    assert "Tabell kommuner" in sheets and "radvis per kommune og vegkat" in sheets
    kommuner = next(t for t in result.tables if t.plan.sheet == "Tabell kommuner")
    assert kommuner.result.areas_matched == 357
    workspace = result.to_workspace()
    assert len(workspace.datasets) == len(result.tables)


def test_a_list_without_figures_needs_the_user_to_choose_a_value_column():
    book = read_book(CORPUS / "imdi_regioninndeling_kommuner.csv", in_worker=False)
    plans = inspect_book(book).plans
    with pytest.raises(InputError) as caught:
        import_book(book, plans)
    assert caught.value.code == "input.no_values"
    # As in the wizard: the user marks "Sentralitet_nr_2008" as the value column.
    plan: TablePlan = plans[0]
    column = next(c for c in plan.columns if c.label == "Sentralitet_nr_2008")
    result = import_book(book, [plan.with_role(column.index, "value")])
    frame = result.tables[0].result.observations
    assert len(frame) == 518 and result.tables[0].result.areas_matched >= 370
    # Codes from before 2019 (the register's start for Norway) are listed, not guessed.
    unmatched = {u.text for u in result.tables[0].result.unmatched}
    assert "0706 Sandefjord (t.o.m. 2016)" in unmatched and ". ." not in unmatched


def test_import_through_the_worker_process():
    result = import_file(CORPUS / "kommun_folkmangd_2018_excel_utf8bom.csv")
    frame = result.tables[0].result.observations
    assert frame.loc[frame["area_id"] == "0114", "value"].iloc[0] == 45543.0


def test_three_row_merged_header_under_title_rows():
    """SKR's Tabell 10: two title rows, a three-row header with merged cells, an age band
    written as the number -29, a spacer column and a footnote below the data."""
    result = import_file(CORPUS / "skr_anstallda_kommun_2017.xlsx", in_worker=False)
    table = result.tables[0]
    assert table.plan.title.startswith("Tabell 10 Antal anställda efter ålder och kommun")
    assert (table.plan.header_first, table.plan.header_last, table.plan.data_first) == (3, 6, 7)
    assert table.plan.notes and table.plan.notes[0].startswith("* Från och med 2017")
    labels = {c.label for c in table.plan.columns_with("value")}
    assert "därav i olika åldersgrupper, % / -29" in labels
    assert "Medelålder / Kvinnor" in labels


def test_county_tables_match_counties_not_their_seat_kommun():
    result = import_file(CORPUS / "skr_anstallda_region_2017.xlsx", in_worker=False)
    areas = set(result.tables[0].result.observations["area_id"])
    assert "01" in areas and "0180" not in areas  # "Stockholm" in a landsting table
    assert "04" in areas  # "Sörmland"


def test_daily_and_weekly_sheets_get_their_periods():
    """FoHM's COVID-19 workbook: dates as periods, year + week number joined to 2020V07,
    suppressed counts ("<15") kept as markers, stadsdelar under their kommun code."""
    result = import_file(CORPUS / "fohm_covid19_kommun_2021.xlsx", in_worker=False)
    by_sheet = {t.plan.sheet: t for t in result.tables}
    assert len(by_sheet) == 9
    per_region = by_sheet["Antal per dag region"]
    assert per_region.plan.layout == "wide_area"  # one column per region
    regions = per_region.result.observations
    blekinge = regions[(regions["area_id"] == "10") & (regions["period"] == "2020-02-16")]
    assert len(blekinge) == 1 and per_region.result.unmatched == []
    deaths = by_sheet["Antal avlidna per dag"].result.observations
    assert deaths["period"].iloc[0] == "2020-03-11" and deaths["value"].iloc[0] == 1.0
    weekly = by_sheet["Veckodata Kommun_stadsdel"].result
    frame = weekly.observations
    assert "2020V07" in set(frame["period"])
    assert weekly.markers["<15"] > 1000
    assert frame.loc[frame["status"] == "<15", "value"].isna().all()
    assert weekly.areas_matched >= 290
    assert not any(i.endswith("()") for i in frame["indicator_id"].cat.categories)


def test_survey_answers_by_kommun_year_and_gender():
    result = import_file(CORPUS / "folkhalsoenkat_hlv_dalarna_kommun.xlsx", in_worker=False)
    assert [t.plan.sheet for t in result.tables] == [
        "Kommunjämförelse",
        "Ålder",
        "Födelseland",
        "Utbildning",
    ]
    frame = result.tables[0].result.observations
    falun = frame[(frame["area_id"] == "2080") & (frame["period"] == "2014")]
    assert (falun["gender"] == "K").any() and (falun["value"] == 75.0).any()
    assert result.tables[0].result.unmatched == []


@pytest.mark.parametrize(
    "name", ["kommun_styre_2018.xlsx", "rus_indikatorer_oversikt.xlsx", "kolada_kpi_metadata.csv"]
)
def test_lists_without_figures_say_so(name):
    """A party list, an indicator plan and a KPI catalogue hold no observations: the import
    says so in words (the wizard then lets the user pick a value column)."""
    with pytest.raises(InputError) as caught:
        import_file(CORPUS / name, in_worker=False)
    assert caught.value.code == "input.no_values"


def test_covid_workbook_exports_with_its_deaths_of_unknown_date(tmp_path):
    """FoHM's "Antal avlidna per dag" ends with "uppgift saknas" where the date should be:
    the row is kept under that text, and the workspace exports to xlsx and CSV."""
    from digidesk.core.export.csv import write_csv
    from digidesk.core.export.excel import export_workspace
    from digidesk.core.export.tidy import tidy_table

    result = import_file(CORPUS / "fohm_covid19_kommun_2021.xlsx", in_worker=False)
    deaths = next(t for t in result.tables if t.plan.sheet == "Antal avlidna per dag")
    frame = deaths.result.observations
    unknown = frame[frame["period"].astype(str).str.casefold() == "uppgift saknas"]
    assert len(unknown) == 1 and unknown["value"].iloc[0] > 0
    workspace = result.to_workspace()
    export_workspace(workspace, tmp_path / "fohm.xlsx")
    write_csv(tidy_table(workspace), tmp_path / "fohm.csv")
    assert (tmp_path / "fohm.xlsx").stat().st_size > 0
