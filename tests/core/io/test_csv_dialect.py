"""Encoding, delimiter and decimal detection, and reading CSV files into a RawBook."""

from __future__ import annotations

import csv
import io
import random
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digidesk.core.errors import InputError
from digidesk.core.io.csv_dialect import (
    Dialect,
    decode_text,
    detect_dialect,
    detect_encoding,
    read_csv_book,
)
from digidesk.core.io.limits import Limits

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "real"
CORPUS_CSVS = sorted(CORPUS.glob("*.csv")) if CORPUS.is_dir() else []
NORDIC = set("åäöÅÄÖæøÆØ")


def _write(tmp_path: Path, data: bytes, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _rows(tmp_path: Path, data: bytes, **limits: int) -> list[list[object]]:
    return read_csv_book(_write(tmp_path, data), Limits(**limits)).sheets[0].rows


def _mojibake(text: str) -> bool:
    """UTF-8 read as cp1252 ("Ã¥" for "å") turns back into different text."""
    try:
        return text.encode("cp1252").decode("utf-8") != text
    except (UnicodeEncodeError, UnicodeDecodeError):
        return False


# -- encoding ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kommun;Värde\r\n".encode("utf-8-sig"), "utf-8-sig"),
        (b"\xff\xfe" + "Kommun\tVärde\r\n".encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + "Kommun\tVärde\r\n".encode("utf-16-be"), "utf-16-be"),
        ("Kommun\tVärde\r\nÅre\t1\r\n".encode("utf-16-le"), "utf-16-le"),
        ("Kommun\tVärde\r\nÅre\t1\r\n".encode("utf-16-be"), "utf-16-be"),
        ("Kommun;Värde\r\n".encode(), "utf-8"),
        (b"Kommun;Varde\r\n", "utf-8"),
        ("Göteborg;Malmö;Tromsø;Bærum\r\n".encode("cp1252"), "cp1252"),
        # 0x96 (en dash) and 0x80 (euro) exist in cp1252 but are control codes in latin-1.
        ("Kostnad – € per invånare\r\n".encode("cp1252"), "cp1252"),
        (b"", "utf-8"),
    ],
)
def test_detect_encoding(data: bytes, expected: str) -> None:
    assert detect_encoding(data) == expected


def test_decoded_text_has_no_bom_and_right_letters() -> None:
    for encoding in ("utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1252"):
        raw = "Åre;Tromsø".encode(encoding)
        if encoding in ("utf-16-le", "utf-16-be"):
            raw = "\ufeff".encode(encoding) + raw
        text, _, lossy = decode_text(raw)
        assert text == "Åre;Tromsø", encoding
        assert not lossy


def test_utf8_with_one_broken_byte_stays_utf8() -> None:
    data = "Kommun;Län\nÅre;Jämtlands län\nÖrebro;Örebro län\n".encode() + b"G\xf6teborg;x\n"
    assert detect_encoding(data) == "utf-8"
    text, encoding, lossy = decode_text(data)
    assert lossy and encoding == "utf-8"
    assert "Jämtlands län" in text and "\ufffd" in text


# -- dialect -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delimiter", "decimal"),
    [
        ("Kommun;Värde\nAle;56,8\nÅre;1 234,5\n", ";", ","),
        ("Kommun,Värde\nAle,56.8\nÅre,1234.5\n", ",", "."),
        ("Kommun\tVärde\nAle\t56,8\nÅre\t12,5\n", "\t", ","),
        ("Kommun|Värde\nAle|56.8\nÅre|12.5\n", "|", "."),
        # A decimal comma in every line and a comma in the header.
        ("Kommun;Andel, %\nAle;56,8\nÅre;12,5\nBoden;1,5\n", ";", ","),
        # An SCB PX-Web file: a quoted title with commas, a blank line, then the table.
        (
            '"Folkmängd efter region, ålder och år"\n\n"region";"ålder";"2020"\n'
            '"0114 Upplands Väsby";"0 år";512\n"0180 Stockholm";"1 år";9999\n',
            ";",
            ".",
        ),
        # Quoted fields may hold the delimiter and line breaks.
        ('a,b,c\n"x, y","line\none",1\n"p,q","r",2\n', ",", "."),
        # A comma-delimited file never has a decimal comma, even with quoted "56,8".
        ('Kommun,Värde\nAle,"56,8"\nÅre,"12,5"\n', ",", "."),
        # A footer line below the data does not count.
        ("Månad;Värde\nSeptember 2024;1,54\nAugust 2024;0,11\nKälla: Socialstyrelsen\n", ";", ","),
    ],
)
def test_detect_dialect(text: str, delimiter: str, decimal: str) -> None:
    found = detect_dialect(text)
    assert (found.delimiter, found.decimal) == (delimiter, decimal)
    assert found.quotechar == '"'


def test_detect_dialect_repeated_kpi_names() -> None:
    # Every KPI name holds one comma: ',' splits evenly too, but into fewer fields.
    text = "Kommun;Nyckeltal;År;Värde\n" + "Ale;Arbetslöshet, (%);2008;3.8\n" * 50
    assert detect_dialect(text) == Dialect(delimiter=";", decimal=".")


def test_detect_dialect_one_column() -> None:
    # A column of decimal-comma numbers must not be split at its commas.
    found = detect_dialect("Värde\n56,8\n12,3\n1 234,5\n")
    assert found.delimiter != ","
    assert found.decimal == ","
    assert detect_dialect("Kommun\nAle\nÅre\n").delimiter in (";", ",", "\t", "|")


def test_detect_dialect_wide_first_line() -> None:
    # The header alone is longer than the sample the detector usually reads.
    text = ";".join(f"kolumn{i}" for i in range(20_000)) + "\n" + ";".join("1" * 20_000) + "\n"
    assert detect_dialect(text).delimiter == ";"


# -- reading generated files -------------------------------------------------------------------


def test_utf16_tab_with_bom(tmp_path: Path) -> None:
    text = "Kommun\tVärde\tKön\r\nÅre\t12,5\tKvinnor\r\nHärnösand\t3,25\tMän\r\n"
    book = read_csv_book(_write(tmp_path, b"\xff\xfe" + text.encode("utf-16-le"), "u.txt"))
    assert (book.encoding, book.delimiter, book.kind) == ("utf-16-le", "\t", "csv")
    assert book.sheets[0].name == "u"
    assert book.sheets[0].rows == [
        ["Kommun", "Värde", "Kön"],
        ["Åre", "12,5", "Kvinnor"],
        ["Härnösand", "3,25", "Män"],
    ]


def test_utf8_bom_semicolon_decimal_comma(tmp_path: Path) -> None:
    text = "Kod;Kommun;Andel\r\n0180;Stockholm;56,8\r\n0114;Upplands Väsby;1 234,5\r\n"
    data = text.encode("utf-8-sig")
    book = read_csv_book(_write(tmp_path, data))
    assert (book.encoding, book.delimiter) == ("utf-8-sig", ";")
    assert detect_dialect(decode_text(data)[0]).decimal == ","
    rows = book.sheets[0].rows
    assert rows[0][0] == "Kod"  # no BOM glued to the first header
    # Codes and numbers stay text exactly as written.
    assert rows[1] == ["0180", "Stockholm", "56,8"]
    assert rows[2] == ["0114", "Upplands Väsby", "1 234,5"]


def test_quoted_fields_with_newlines_and_delimiters(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    table = [
        ["Indikator", "Beskrivning", "Värde"],
        ["N00945", 'Andel; med "citat"', "56,8"],
        ["U00408", "Två\r\nrader; och ; tre", "12"],
        ["N00002", "", "0"],
    ]
    writer.writerows(table)
    book = read_csv_book(_write(tmp_path, buffer.getvalue().encode("utf-8")))
    assert book.delimiter == ";"
    assert book.sheets[0].rows == table


def test_title_blank_line_and_footer_are_kept(tmp_path: Path) -> None:
    text = (
        '"Folkmängd efter region, ålder och år"\r\n\r\n'
        '"region";"ålder";"2020"\r\n"0114 Upplands Väsby";"0 år";512\r\n'
        "Källa: SCB\r\n\r\n;;\r\n\r\n"
    )
    rows = _rows(tmp_path, text.encode("cp1252"))
    assert rows == [
        ["Folkmängd efter region, ålder och år"],
        [],
        ["region", "ålder", "2020"],
        ["0114 Upplands Väsby", "0 år", "512"],
        ["Källa: SCB"],
    ]


def test_ragged_rows_are_kept(tmp_path: Path) -> None:
    rows = _rows(tmp_path, b"a;b;c\n1;2\n1;2;3;4\n;;\nx;y;z\n")
    assert rows == [
        ["a", "b", "c"],
        ["1", "2"],
        ["1", "2", "3", "4"],
        ["", "", ""],
        ["x", "y", "z"],
    ]


def test_one_column_file(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "Värde\n56,8\n12,3\n1 234,5\n".encode())
    assert rows == [["Värde"], ["56,8"], ["12,3"], ["1 234,5"]]


def test_nul_bytes_are_dropped(tmp_path: Path) -> None:
    book = read_csv_book(_write(tmp_path, b"a;b\x00;c\r\n1;2;3\r\n" + b"\x00" * 50))
    assert book.sheets[0].rows == [["a", "b", "c"], ["1", "2", "3"]]
    assert "csv.nul_removed" in book.warnings


def test_doubled_carriage_returns(tmp_path: Path) -> None:
    rows = _rows(tmp_path, "x;y\r\r\nå;ø\r\r\n".encode("cp1252"))
    assert rows == [["x", "y"], ["å", "ø"]]


def test_unclosed_quote_does_not_swallow_the_file(tmp_path: Path) -> None:
    book = read_csv_book(_write(tmp_path, b'a;b\nc;"d\ne;f\ng;h\n'))
    assert book.sheets[0].rows == [["a", "b"], ["c", '"d'], ["e", "f"], ["g", "h"]]
    assert "csv.unbalanced_quote" in book.warnings


def test_undecodable_cp1252_bytes_are_replaced(tmp_path: Path) -> None:
    # 0x81 is unassigned in cp1252; the rest of the file must still read.
    book = read_csv_book(_write(tmp_path, "Kommun;Län\nÅre;x\x81y\n".encode("latin-1")))
    assert book.encoding == "cp1252"
    assert book.sheets[0].rows == [["Kommun", "Län"], ["Åre", "x\ufffdy"]]
    assert "csv.undecodable_bytes" in book.warnings


def test_too_large(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        _rows(tmp_path, b"a;b\n1;2\n", max_file_bytes=5)
    assert info.value.code == "input.too_large"
    assert info.value.params["limit"] == 5
    assert _rows(tmp_path, b"a;b\n", max_file_bytes=4) == [["a", "b"]]


def test_too_many_cells_counts_filled_cells(tmp_path: Path) -> None:
    data = b"a;b;c\n1;;\n;;2\n"
    assert len(_rows(tmp_path, data, max_cells=5)) == 3
    with pytest.raises(InputError) as info:
        _rows(tmp_path, data, max_cells=4)
    assert info.value.code == "input.too_many_cells"
    assert info.value.params == {"path": str(tmp_path / "data.csv"), "limit": 4}


def test_too_many_columns(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        _rows(tmp_path, b"a;b;c\n1;2;3\n", max_columns=2)
    assert info.value.code == "input.too_many_columns"


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + bytes(random.Random(1).randbytes(3000)),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        random.Random(2).randbytes(5000),
    ],
)
def test_binary_is_not_text(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError) as info:
        _rows(tmp_path, data)
    assert info.value.code == "input.not_text"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_csv_book(tmp_path / "nope.csv")
    assert info.value.code == "input.not_found"


def test_one_megabyte_is_fast(tmp_path: Path) -> None:
    line = '0114 Upplands Väsby;Invånare 65+, andel (%);2019;1 234,5;"a; b"\r\n'
    path = _write(tmp_path, (line * (1_000_000 // len(line))).encode("cp1252"))
    best = min(_timed(path) for _ in range(3))
    assert best < 0.2


def _timed(path: Path) -> float:
    start = time.perf_counter()
    book = read_csv_book(path)
    elapsed = time.perf_counter() - start
    assert book.sheets[0].rows[0][4] == "a; b"
    return elapsed


_CELL = st.text(alphabet="abcåäöøæ ÅÖ0123456789-.%", max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    delimiter=st.sampled_from([";", ",", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
    n_cols=st.integers(2, 6),
    data=st.data(),
)
def test_written_tables_read_back(delimiter: str, encoding: str, n_cols: int, data) -> None:
    # A cell may hold the delimiter, a quote or a line break: the writer quotes it.
    awkward = st.sampled_from([f"x{delimiter}y", 'sa "citat"', "två\nrader", ""])
    cell = st.one_of(_CELL, awkward)
    row = st.lists(cell, min_size=n_cols, max_size=n_cols)
    header = st.lists(
        st.text(alphabet="abcåäö", min_size=1, max_size=6), min_size=n_cols, max_size=n_cols
    )
    table = [data.draw(header), *data.draw(st.lists(row, min_size=2, max_size=25))]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(table)
    with tempfile.TemporaryDirectory() as folder:
        book = read_csv_book(_write(Path(folder), buffer.getvalue().encode(encoding)))
    assert book.delimiter == delimiter
    rows = book.sheets[0].rows
    while table and not any(c.strip() for c in table[-1]):
        table.pop()  # trailing empty rows are dropped
    assert rows == table


# -- the real corpus ---------------------------------------------------------------------------

# name: (encoding, delimiter, decimal, {row index: expected first cells})
KNOWN: dict[str, tuple[str, str, str, dict[int, list[str]]]] = {
    "imdi_regioninndeling_kommuner.csv": (
        "utf-8-sig",
        ",",
        ".",
        {0: ["Kommunenr", "Kommunenavn"], 1: ["0101", "Halden", "01", "Østfold", "IMDi Øst"]},
    ),
    "kolada_api_long_socialt_deltagande.csv": (
        "utf-8",
        ",",
        ".",
        {
            0: ["kpi", "year", "gender", "value", "municipality"],
            1: ["Invånare 16-84 år med lågt socialt deltagande, andel (%)", "2007", "K", "22"],
        },
    ),
    "kolada_export_aldre_r_writecsv.csv": (
        "utf-8",
        ",",
        ".",
        {0: ["", "Nyckeltal", "Kommun.Landsting", "År", "Visat.Värde"], 1: ["1"]},
    ),
    "kolada_export_bakgrund_cp1252.csv": (
        "cp1252",
        ";",
        ".",
        {
            0: ["Kommun/Landsting", "Nyckeltal", "År", "Visat Värde"],
            1: ["Alla kommuner (ovägt medel)", "Arbetslöshet, (%)", "2008", "3.83894583"],
            -1: ["Övertorneå", "Utpendlingsomfattning i kommunen, (%)", "2010", "19.054956"],
        },
    ),
    "kolada_kpi_metadata.csv": (
        "utf-8",
        ",",
        ".",
        {
            0: ["", "Kortnamn", "Beskrivning", "Kod"],
            1: ["1", "Årsarbetare  totalt, antal/1000 inv"],
        },
    ),
    "kommun_folkmangd_2018_excel_utf8bom.csv": (
        "utf-8-sig",
        ";",
        ".",
        {
            0: ["municipality_code", "municipality_name", "pop2018"],
            1: ["114", "Upplands Väsby", "45543"],
            -1: ["2584", "Kiruna", "22992"],
        },
    ),
    "kommune_lungekreft_royk_2020_cp1252.csv": (
        "cp1252",
        ",",
        ".",
        {1: ["301", "Oslo", "56", "17.27", "20.15"], -1: ["5444", "Sør-Varanger", "75"]},
    ),
    "kommuner_no_wikipedia_tusenskille.csv": (
        "utf-8",
        ",",
        ".",
        # A quoted thousands comma stays inside its cell.
        {1: ["0301", "Oslo", "Oslo", "Oslo", "673,469", "454.03", "", ""]},
    ),
    "kostra_sykehjem_rom_2019_long.csv": (
        "utf-8",
        ",",
        ".",
        {
            0: ["", "region", "contents", "year", "value"],
            1: ["0", "The whole country", "Rooms, total (number)", "2019", "39259.0"],
        },
    ),
    "scb_folkmangd_kommun_long.csv": (
        "utf-8",
        ";",
        ".",
        {
            0: ["region", "ålder", "år", "Folkmängd"],
            1: ["0114 Upplands Väsby", "totalt ålder", "2008", "38248"],
        },
    ),
    "scb_folkmangd_lan_titelrad.csv": (
        "cp1252",
        ";",
        ".",
        {
            0: ["Folkmängd efter region, civilstånd, ålder, kön och år"],
            1: [],
            2: ["region", "civilstånd", "ålder", "kön", "2020"],
            3: ["SE110 Stockholms län", "ogifta", "0 år", "män", "14577"],
            -1: ["SE332 Norrbottens län", "änkor/änklingar", "100+ år", "kvinnor", "21"],
        },
    ),
    "scb_rams_forvarvsarbetande_kommun_cp1252.csv": (
        "cp1252",
        ",",
        ".",
        {
            0: ["region", "år", "arbetsställets sektortillhörighet", "ålder"],
            1: ["0114 Upplands Väsby", "2008", "primärkommunal förvaltning", "55-59 år", "351"],
        },
    ),
    "socialstyrelsen_lakemedel_antibiotika.csv": (
        "utf-8-sig",
        ";",
        ",",
        {
            0: ["Månad", "Läkemedel", "Region", "Kön", "Ålder", "Patienter/1000 invånare"],
            1: ["September 2024", "A07AA Antibiotika", "Riket", "Båda könen", "0\u00ad4", "1,54"],
            -1: ["Socialstyrelsens statistikdatabas 2025-04-09"],
        },
    ),
    "ssb_befolkning_kommune_aldersgrupper.csv": (
        "utf-8",
        ";",
        ".",
        {0: ["Region", "Alder", "Tid", "value"], 1: ["0101", "F0-19", "2013", "7170"]},
    ),
    "ssb_kommunedata_blandede_nivaer.csv": (
        "utf-8",
        ",",
        ".",
        {0: ["tid", "region", "kjonn"], 1: ["2015", "0", "1", "530100"]},
    ),
}


def _corpus_ids() -> list[str]:
    return [p.name for p in CORPUS_CSVS]


@pytest.mark.skipif(not CORPUS_CSVS, reason="the shared corpus is not beside the checkout")
@pytest.mark.parametrize("path", CORPUS_CSVS, ids=_corpus_ids())
def test_corpus_csv(path: Path) -> None:
    book = read_csv_book(path)
    rows = book.sheets[0].rows
    assert book.kind == "csv" and book.sheets[0].name == path.stem
    if "cp1252" in path.name:
        assert book.encoding == "cp1252"
    if "utf8bom" in path.name:
        assert book.encoding == "utf-8-sig"
    text = "\n".join("\t".join(str(c) for c in row) for row in rows)
    assert not text.startswith("\ufeff")
    assert "\ufffd" not in text and "\x00" not in text
    if book.encoding == "cp1252":
        assert NORDIC & set(text), "a cp1252 file read without any Nordic letter"
    assert not any(_mojibake(word) for word in set(re.findall(r"\S*[^\x00-\x7f]\S*", text)))
    # One field count holds almost every line: the delimiter really splits the table.
    lengths = Counter(len(row) for row in rows if row)
    width, count = lengths.most_common(1)[0]
    assert width > 1 and count >= 0.95 * sum(lengths.values())
    assert rows[-1] and any(str(c).strip() for c in rows[-1])

    known = KNOWN.get(path.name)
    if known is None:
        return
    encoding, delimiter, decimal, cells = known
    assert (book.encoding, book.delimiter) == (encoding, delimiter)
    data = path.read_bytes()
    assert detect_dialect(decode_text(data)[0]).decimal == decimal
    for index, expected in cells.items():
        assert rows[index][: len(expected)] == expected, index
        if not expected:
            assert rows[index] == []


@pytest.mark.skipif(not CORPUS_CSVS, reason="the shared corpus is not beside the checkout")
def test_corpus_details() -> None:
    by_name = {p.name: p for p in CORPUS_CSVS}
    if "imdi_regioninndeling_kommuner.csv" in by_name:
        rows = read_csv_book(by_name["imdi_regioninndeling_kommuner.csv"]).sheets[0].rows
        # Three empty trailing columns on every line, and "." as the missing marker.
        assert all(len(row) == 12 and row[-3:] == ["", "", ""] for row in rows)
        assert any(row[0] == "." for row in rows)
    if "kostra_sykehjem_rom_2019_long.csv" in by_name:
        rows = read_csv_book(by_name["kostra_sykehjem_rom_2019_long.csv"]).sheets[0].rows
        assert any(str(row[1]).endswith("\u00a0") for row in rows)  # NBSP kept, not stripped
        assert sum(row[4] == "" for row in rows) > 1000  # empty values stay empty text
