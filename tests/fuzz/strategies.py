"""Hypothesis strategies for hostile input: CSV text of every kind, and broken spreadsheets.

CSV: encodings (UTF-8 with and without BOM, cp1252, UTF-16 LE with BOM), delimiters,
quoting, embedded CR/LF/NUL, ragged rows, title rows above the header, Nordic numbers and
missing-value markers. Spreadsheets: valid xlsx, xls and ods seeds mutated by byte flips,
truncation, removed or duplicated zip members, absurd attributes (``r="XFE1048577"``,
``uniqueCount="4294967295"``, ``number-rows-repeated="2147483647"``) and deep nesting.
"""

from __future__ import annotations

import functools
import io
import random
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "io"))
import make_hostile  # noqa: E402

CODES = ["0180", "0114", "1860", "0301", "5001", "0000", "EAK", "G2328", "01", "180", "9999"]
NAMES = ["Stockholm", "Lidingö stad", "Laxå", "Oslo", "Trondheim - Tråante", "Riket",
         "Alla kommuner (ovägt medel)", "Bø (Nordland)", "Åre", "Ærøy"]  # fmt: skip
NUMBERS = ["1 234,5", "56,8 %", "−3,2", "12.5", "1,234.5", "0", "-", "..", "x", ":", "–",
           "", "1e308", "NaN", "inf", "2019", "2019M03", "2020K1", "2020-03-01", "=1+1",
           "@SUM(A1)"]  # fmt: skip
HEADERS = ["kommun", "Kommun", "kpi", "municipality_id", "period", "År", "värde", "Value",
           "gender", "Kön", "region", "0180 Stockholm", "2019", "2020", "Menn",
           "Kvinner"]  # fmt: skip
NASTY = ["\x00", "\r", "\n", "\r\n", '"', '""', ";", ",", "\t", "\ufeff", "\u2028", "é"]

POOLS = (CODES, NAMES, NUMBERS, HEADERS, NASTY)


def _cell(rng: random.Random) -> str:
    """A cell's text: mostly what agencies write, sometimes odd characters or junk."""
    pick = rng.random()
    if pick < 0.85:
        return rng.choice(rng.choice(POOLS[:3]))
    if pick < 0.95:
        return "".join(rng.choice(NASTY + NAMES[:3]) for _ in range(rng.randint(1, 4)))
    return "".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(0, 8)))


@st.composite
def csv_files(draw) -> tuple[str, bytes]:
    """The shape comes from Hypothesis (so that failures shrink), the cells from a seeded
    random generator (so that thousands of files are cheap to make)."""
    delimiter = draw(st.sampled_from([",", ";", "\t", "|"]))
    quote_all = draw(st.booleans())
    width = draw(st.integers(1, 7))
    titles = draw(st.integers(0, 2))
    length = draw(st.integers(0, 40))
    ragged = draw(st.booleans())
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    rows: list[list[str]] = [[rng.choice(["Tabell 1", "Folkmängd efter region", ""])]
                             for _ in range(titles)]  # fmt: skip
    rows.append([rng.choice(HEADERS) for _ in range(width)])
    for _ in range(length):
        extra = rng.randint(-1, 1) if ragged and rng.random() < 0.1 else 0
        rows.append([_cell(rng) for _ in range(max(0, width + extra))])

    def field(cell: str) -> str:
        if quote_all or any(c in cell for c in (delimiter, '"', "\n", "\r")):
            return '"' + cell.replace('"', '""') + '"'
        return cell

    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = newline.join(delimiter.join(field(c) for c in row) for row in rows)
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.05:  # now and then: raw bytes spliced in
        at = rng.randint(0, len(data))
        data = data[:at] + rng.randbytes(rng.randint(1, 16)) + data[at:]
    return f"fuzz.{draw(st.sampled_from(['csv', 'txt', 'tsv']))}", data


_ROWS: list[list[str | float]] = [
    ["Kommun", "Kod", "2019", "2020"],
    ["Stockholm", "0180", 56.8, 57.1],
    ["Lidingö", "0186", 61.0, ".."],
    ["Laxå", "1860", "-", 40.25],
    ["Riket", "0000", 55.0, 55.5],
]


@functools.cache
def seeds() -> dict[str, bytes]:
    """Small valid xlsx, xls and ods files, written once."""
    folder = Path(tempfile.mkdtemp(prefix="digidesk-seeds-"))
    make_hostile._openpyxl_book(folder / "seed.xlsx", _ROWS)
    make_hostile.write_xls(folder / "seed.xls", _ROWS)
    table = "".join(
        "<table:table-row>" + "".join(make_hostile._ods_cell(c) for c in row) + "</table:table-row>"
        for row in _ROWS
    )
    make_hostile._ods(folder / "seed.ods", f'<table:table table:name="Blad1">{table}</table:table>')
    return {name: (folder / name).read_bytes() for name in ("seed.xlsx", "seed.xls", "seed.ods")}


_ABSURD = [
    (b' r="', b' r="XFE1048577" x="'),
    (b'uniqueCount="', b'uniqueCount="4294967295" y="'),
    (b'count="', b'count="-1" z="'),
    (b"<table:table-row", b'<table:table-row table:number-rows-repeated="2147483647"'),
    (b"<table:table-cell", b'<table:table-cell table:number-columns-repeated="2147483647"'),
    (b'<dimension ref="', b'<dimension ref="A1:XFD1048576" q="'),
    (b"<row ", b'<row r="1048577" '),
]


def _zip_members(data: bytes) -> list[tuple[str, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(i.filename, archive.read(i)) for i in archive.infolist()]
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        warnings.simplefilter("ignore")  # duplicated members are the point
        for name, body in members:
            archive.writestr(name, body)
    return out.getvalue()


@st.composite
def broken_spreadsheets(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(seeds())))
    data = seeds()[name]
    members = _zip_members(data)
    kinds = ["flip", "truncate"] + (["drop", "duplicate", "absurd", "nest"] if members else [])
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(kinds))
        if kind == "flip" and data:
            for _ in range(draw(st.integers(1, 8))):
                at = draw(st.integers(0, len(data) - 1))
                data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif kind == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif members:
            members = _mutate_members(draw, kind, members)
            data = _zip(members)
    return name.replace("seed", "fuzz"), data


def _mutate_members(draw, kind: str, members: list[tuple[str, bytes]]):
    members = list(members)
    at = draw(st.integers(0, len(members) - 1))
    if kind == "drop":
        del members[at]
    elif kind == "duplicate":
        members.insert(at, members[at])
    elif kind == "absurd":
        old, new = draw(st.sampled_from(_ABSURD))
        name, body = members[at]
        members[at] = (name, body.replace(old, new, 1))
    elif kind == "nest":
        name, body = members[at]
        depth = draw(st.sampled_from([50, 500, 5000]))
        nested = b"<a>" * depth + b"</a>" * depth
        close = body.rfind(b"</")
        members[at] = (name, body[:close] + nested + body[close:] if close > 0 else nested)
    return members


hostile_files = st.one_of(csv_files(), broken_spreadsheets())
