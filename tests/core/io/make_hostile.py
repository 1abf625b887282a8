"""Generate hostile and awkward spreadsheet files for the reader tests.

Every file is built from scratch (zip containers by hand where the hostile part
is the container itself, openpyxl for ordinary workbooks, a small compound-file
writer for the binary formats), so the corpus is reproducible and licence-free.

    python tests/core/io/make_hostile.py FOLDER
"""

from __future__ import annotations

import datetime as dt
import random
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from make_layouts import make_layout_corpus

# ---------------------------------------------------------------- zip containers


@dataclass
class _Member:
    name: str
    data: bytes = b""
    # Pre-deflated payload; then crc and size describe it (size may lie on purpose).
    raw: bytes | None = None
    crc: int = 0
    size: int = 0
    stored: bool = False


def _write_zip(path: Path, members: list[_Member]) -> None:
    """A plain zip written by hand, so sizes and payloads can be whatever a test needs."""
    out = bytearray()
    central = bytearray()
    for m in members:
        name = m.name.encode()
        if m.raw is not None:
            method, payload, crc, size = 8, m.raw, m.crc, m.size
        elif m.stored:
            method, payload, crc, size = 0, m.data, zlib.crc32(m.data), len(m.data)
        else:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            payload = c.compress(m.data) + c.flush()
            method, crc, size = 8, zlib.crc32(m.data), len(m.data)
        offset = len(out)
        out += struct.pack(
            "<IHHHHHIIIHH",
            0x04034B50,
            20,
            0,
            method,
            0,
            0x21,
            crc,
            len(payload),
            size,
            len(name),
            0,
        )
        out += name + payload
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0,
            method,
            0,
            0x21,
            crc,
            len(payload),
            size,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    eocd = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0
    )
    path.write_bytes(bytes(out + central + eocd))


def write_zip(path: str | Path, members: dict[str, bytes]) -> None:
    """A zip of ``members`` (name -> uncompressed bytes), deflated."""
    _write_zip(Path(path), [_Member(name, data) for name, data in members.items()])


def xlsx_parts(sheet: bytes) -> dict[str, bytes]:
    """The parts of a one-sheet xlsx around the worksheet part ``sheet``, by name."""
    return {m.name: m.data for m in _xlsx_members(sheet)}


_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _xlsx_members(sheet_xml: bytes, shared_xml: bytes | None = None) -> list[_Member]:
    """The parts of a one-sheet xlsx ("Blad1") around a given sheet (and shared strings)."""
    ct = (
        _HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>"
    )
    rels = (
        _HEAD + f'<Relationships xmlns="{_PKG}"><Relationship Id="rId1" '
        f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    )
    workbook = (
        _HEAD + f'<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets>'
        '<sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wb_rels = (
        _HEAD + f'<Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>"
    )
    if shared_xml is None:
        shared_xml = (_HEAD + f'<sst xmlns="{_NS}" count="0" uniqueCount="0"/>').encode()
    return [
        _Member("[Content_Types].xml", ct.encode()),
        _Member("_rels/.rels", rels.encode()),
        _Member("xl/workbook.xml", workbook.encode()),
        _Member("xl/_rels/workbook.xml.rels", wb_rels.encode()),
        _Member("xl/worksheets/sheet1.xml", sheet_xml),
        _Member("xl/sharedStrings.xml", shared_xml),
    ]


def _sheet(body: str, dimension: str = "A1") -> bytes:
    return (
        f'{_HEAD}<worksheet xmlns="{_NS}"><dimension ref="{dimension}"/>'
        f"<sheetData>{body}</sheetData></worksheet>"
    ).encode()


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _num(ref: str, value: float) -> str:
    return f'<c r="{ref}"><v>{value}</v></c>'


def sheet_xml(body: str, dimension: str = "A1") -> bytes:
    """A worksheet part whose <sheetData> is ``body``."""
    return _sheet(body, dimension)


def write_minimal_xlsx(path: str | Path, sheet: bytes, *, declared_size: int | None = None) -> None:
    """A one-sheet xlsx around the worksheet part ``sheet``.

    ``declared_size`` replaces the sheet's uncompressed size in the zip headers, to
    check that a reader counts what it inflates rather than what the file claims.
    """
    members = _xlsx_members(sheet)
    if declared_size is not None:
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        raw = c.compress(sheet) + c.flush()
        members[4] = _Member(members[4].name, raw=raw, crc=zlib.crc32(sheet), size=declared_size)
    _write_zip(Path(path), members)


def _bomb_payload(target_bytes: int) -> tuple[bytes, int]:
    """A raw deflate stream that inflates to about ``target_bytes`` of XML whitespace.

    The compressor's output for one more MiB of spaces is the same every time once its
    window is full, so the stream is that block repeated: cheap to build at any size.
    """
    block = b" " * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_text = (_HEAD + f'<worksheet xmlns="{_NS}"><sheetData>').encode()
    head = c.compress(head_text + block) + c.flush(zlib.Z_SYNC_FLUSH)
    step = c.compress(block) + c.flush(zlib.Z_SYNC_FLUSH)
    assert step == c.compress(block) + c.flush(zlib.Z_SYNC_FLUSH)
    tail = c.compress(b"</sheetData></worksheet>") + c.flush()
    repeats = max(1, target_bytes // len(block) - 3)
    size = len(head_text) + len(block) * (repeats + 2) + len(b"</sheetData></worksheet>")
    return head + step * (repeats + 1) + tail, size


# ---------------------------------------------------------------- compound files (OLE2)

_FREE, _END, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF


def _cfb(streams: dict[str, bytes], mini: bool = False) -> bytes:
    """A minimal version-3 compound file holding ``streams`` in the root storage.

    With ``mini`` every stream (each under 4096 bytes) goes into the mini stream, as
    Excel stores a small workbook; otherwise streams are padded to 4096 bytes so they
    are ordinary streams.
    """
    sector, small = 512, 64
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    if mini:
        assert all(len(streams[n]) < 4096 for n in names)
        data = dict(streams)
    else:
        data = {n: streams[n].ljust(4096, b"\0") for n in names}

    def count(length: int, unit: int) -> int:
        return max(1, (length + unit - 1) // unit)

    # The mini stream: each stream in whole 64-byte mini sectors, chained in the mini FAT.
    container, minifat, mini_starts = b"", [], {}
    if mini:
        for n in names:
            k = count(len(data[n]), small)
            mini_starts[n] = len(minifat)
            minifat += [len(minifat) + i + 1 for i in range(k - 1)] + [_END]
            container += data[n].ljust(k * small, b"\0")
        minifat += [_FREE] * (-len(minifat) % (sector // 4))

    n_dir = count(len(names) + 1, 4)
    n_minifat = len(minifat) * 4 // sector
    n_container = count(len(container), sector) if container else 0
    n_data = 0 if mini else sum(count(len(d), sector) for d in data.values())
    n_fat = 1
    while n_fat * 128 < n_fat + n_dir + n_minifat + n_container + n_data:
        n_fat += 1
    fat = [_FATSECT] * n_fat

    def chain(k: int) -> int:
        first = len(fat)
        fat.extend([first + i + 1 for i in range(k - 1)] + [_END])
        return first

    first_dir = chain(n_dir)
    first_minifat = chain(n_minifat) if n_minifat else _END
    first_container = chain(n_container) if n_container else _END
    starts = dict(mini_starts) if mini else {n: chain(count(len(data[n]), sector)) for n in names}
    fat += [_FREE] * (n_fat * 128 - len(fat))

    def entry(name: str, kind: int, child: int, right: int, start: int, size: int) -> bytes:
        encoded = (name.encode("utf-16-le") + b"\0\0") if name else b""
        return (
            encoded.ljust(64, b"\0")
            + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _NOSTREAM, right, child)
            + b"\0" * 36
            + struct.pack("<IQ", start, size)
        )

    entries = [
        entry(
            "Root Entry", 5, 1 if names else _NOSTREAM, _NOSTREAM, first_container, len(container)
        )
    ]
    for i, n in enumerate(names):
        right = i + 2 if i + 1 < len(names) else _NOSTREAM
        entries.append(entry(n, 2, _NOSTREAM, right, starts[n], len(data[n])))
    while len(entries) < n_dir * 4:
        entries.append(entry("", 0, _NOSTREAM, _NOSTREAM, 0, 0))

    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into(
        "<IIIIIIIII",
        header,
        0x28,
        0,
        n_fat,
        first_dir,
        0,
        4096,
        first_minifat,
        n_minifat,
        _END,
        0,
    )
    difat = list(range(n_fat)) + [_FREE] * (109 - n_fat)
    struct.pack_into("<109I", header, 0x4C, *difat)
    body = struct.pack(f"<{len(fat)}I", *fat) + b"".join(entries)
    body += struct.pack(f"<{len(minifat)}I", *minifat)
    if container:
        body += container.ljust(n_container * sector, b"\0")
    if not mini:
        for n in names:
            body += data[n].ljust(count(len(data[n]), sector) * sector, b"\0")
    return bytes(header) + body


def _rec(kind: int, payload: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(payload)) + payload


def _biff8(rows: list[list[str | float]], encrypted: bool = False) -> bytes:
    """A BIFF8 workbook stream with one sheet "Blad1" of text and number cells."""
    strings: list[str] = []
    for row in rows:
        for v in row:
            if isinstance(v, str) and v not in strings:
                strings.append(v)

    def bof(kind: int) -> bytes:
        return _rec(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0, 6))

    sst = struct.pack("<II", len(strings), len(strings))
    for s in strings:
        sst += struct.pack("<HB", len(s), 1) + s.encode("utf-16-le")
    sheet_name = "Blad1"
    globals_parts = [bof(0x0005)]
    if encrypted:
        # RC4 FILEPASS header: type, version, salt, verifier, verifier hash.
        globals_parts.append(_rec(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\x11" * 48))
    globals_parts.append(_rec(0x0042, struct.pack("<H", 1200)))
    boundsheet_at = sum(len(p) for p in globals_parts)
    boundsheet_len = 4 + 6 + 2 + len(sheet_name) * 2
    globals_tail = _rec(0x00FC, sst) + _rec(0x000A)
    sheet_offset = boundsheet_at + boundsheet_len + len(globals_tail)
    globals_parts.append(
        _rec(
            0x0085,
            struct.pack("<IBBBB", sheet_offset, 0, 0, len(sheet_name), 1)
            + sheet_name.encode("utf-16-le"),
        )
    )
    globals_parts.append(globals_tail)
    width = max(len(r) for r in rows)
    sheet = [bof(0x0010), _rec(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, width, 0))]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if isinstance(v, str):
                sheet.append(_rec(0x00FD, struct.pack("<HHHI", r, c, 0, strings.index(v))))
            else:
                sheet.append(_rec(0x0203, struct.pack("<HHHd", r, c, 0, float(v))))
    sheet.append(_rec(0x000A))
    stream = b"".join(globals_parts) + b"".join(sheet)
    assert stream[sheet_offset : sheet_offset + 4] == b"\x09\x08\x10\x00"
    return stream


def write_xls(
    path: str | Path,
    rows: list[list[str | float]],
    *,
    encrypted: bool = False,
    mini_stream: bool = False,
) -> None:
    """A BIFF8 .xls with one sheet "Blad1" holding ``rows`` (text and numbers).

    ``mini_stream`` stores the (small) workbook stream in the mini stream, as Excel does.
    """
    Path(path).write_bytes(_cfb({"Workbook": _biff8(rows, encrypted)}, mini=mini_stream))


# ---------------------------------------------------------------- ODS


_ODS_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)


def _ods(path: Path, table_xml: str) -> None:
    content = (
        f'{_HEAD}<office:document-content {_ODS_NS} office:version="1.2"><office:body>'
        f"<office:spreadsheet>{table_xml}</office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    manifest = (
        f"{_HEAD}<manifest:manifest "
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>'
    )
    _write_zip(
        path,
        [
            _Member("mimetype", b"application/vnd.oasis.opendocument.spreadsheet", stored=True),
            _Member("META-INF/manifest.xml", manifest.encode()),
            _Member("content.xml", content.encode()),
        ],
    )


def _ods_cell(value: str | float) -> str:
    if isinstance(value, str):
        return (
            '<table:table-cell office:value-type="string">'
            f"<text:p>{value}</text:p></table:table-cell>"
        )
    return (
        f'<table:table-cell office:value-type="float" office:value="{value}">'
        f"<text:p>{value}</text:p></table:table-cell>"
    )


# ---------------------------------------------------------------- the corpus


def _openpyxl_book(path: Path, rows: list[list[object]], title: str = "Blad1") -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)


#: Kommuner of the extent files, with their codes; rows cycle through them.
EXTENT_AREAS = (
    ("Ale", "1440"),
    ("Alingsås", "1489"),
    ("Alvesta", "0764"),
    ("Aneby", "0604"),
    ("Arboga", "1984"),
)
EXTENT_ROWS = 150  # data rows: 450 filled cells with the header


def extent_value(i: int) -> float:
    """The value of data row ``i`` (0-based) of the extent files."""
    return round(10 + i * 1.25, 2)


def _extent_table() -> str:
    """Kommun, År, Värde: 150 rows, 5 kommuner over 30 years."""
    rows = [
        f'<row r="1">{_inline("A1", "Kommun")}{_inline("B1", "År")}{_inline("C1", "Värde")}</row>'
    ]
    for i in range(EXTENT_ROWS):
        r = i + 2
        area = EXTENT_AREAS[i % len(EXTENT_AREAS)][0]
        year = 1994 + i // len(EXTENT_AREAS)
        rows.append(
            f'<row r="{r}">{_inline(f"A{r}", area)}{_num(f"B{r}", year)}'
            f"{_num(f'C{r}', extent_value(i))}</row>"
        )
    return "".join(rows)


def make_hostile_corpus(folder: str | Path) -> dict[str, Path]:
    """Write every hostile file into ``folder``; returns them by short name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}

    def name(key: str, filename: str) -> Path:
        files[key] = folder / filename
        return files[key]

    name("empty", "empty.xlsx").write_bytes(b"")
    name("random", "random.xlsx").write_bytes(random.Random(7).randbytes(50_000))
    name("pdf", "report.xlsx").write_bytes(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"\0" * 64
    )

    plain = name("plain", "plain.xlsx")
    _openpyxl_book(plain, [["Kommun", "Värde"], *[[f"K{i}", i * 1.5] for i in range(2000)]])
    whole = plain.read_bytes()
    name("truncated", "truncated.xlsx").write_bytes(whole[: len(whole) // 2])

    # Sheet XML that inflates to ~300 MiB from ~300 KiB, honestly declared...
    raw, size = _bomb_payload(300 << 20)
    members = _xlsx_members(b"")
    members[4] = _Member("xl/worksheets/sheet1.xml", raw=raw, crc=0, size=size)
    _write_zip(name("zip_bomb", "zip_bomb.xlsx"), members)
    # ...and the same payload claiming to inflate to 2 KiB.
    members[4] = _Member("xl/worksheets/sheet1.xml", raw=raw, crc=0, size=2048)
    _write_zip(name("zip_bomb_lying", "zip_bomb_lying.xlsx"), members)

    laughs = "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    shared = (
        f'{_HEAD}<!DOCTYPE sst [<!ENTITY lol0 "lol">{laughs}]>'
        f'<sst xmlns="{_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>'
    ).encode()
    sheet = _sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    _write_zip(name("billion_laughs", "billion_laughs.xlsx"), _xlsx_members(sheet, shared))

    xxe = (
        f'{_HEAD}<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        f'<worksheet xmlns="{_NS}"><sheetData><row r="1">'
        '<c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'
    ).encode()
    _write_zip(name("xxe", "xxe.xlsx"), _xlsx_members(xxe))

    body = f'<row r="1">{_inline("A1", "Kommun")}</row><row r="2">{_num("B2", 42.5)}</row>'
    _write_zip(
        name("huge_dimension", "huge_dimension.xlsx"),
        _xlsx_members(_sheet(body, dimension="A1:XFD1048576")),
    )

    # Five real rows, then formatting (a row style and a styled empty cell) to row 1,000,000.
    parts = [f'<row r="1">{_inline("A1", "Kommun")}{_inline("B1", "Värde")}</row>']
    parts += [
        f'<row r="{r}">{_inline(f"A{r}", f"K{r}")}{_num(f"B{r}", r)}</row>' for r in range(2, 6)
    ]
    styled = '<row r="%d" s="1" customFormat="1"><c r="A%d" s="1"/></row>'
    parts += [styled % (r, r) for r in range(6, 1_000_001)]
    _write_zip(
        name("formatted_rows", "formatted_rows.xlsx"),
        _xlsx_members(_sheet("".join(parts), dimension="A1:B1000000")),
    )

    # A table of a few hundred filled cells whose declared or formatted extent is huge.
    table = _extent_table()
    _write_zip(
        name("declared_extent", "declared_extent.xlsx"),
        _xlsx_members(_sheet(table, dimension="A1:XFD1048576")),
    )
    # Formatted empty cells to row 1,000,000: an empty shared string every 1,000 rows, a
    # styled empty row between, and a formatted "" in the very last cell of the sheet.
    empty_sst = (
        f'{_HEAD}<sst xmlns="{_NS}" count="1" uniqueCount="1"><si><t></t></si></sst>'
    ).encode()
    parts = [table]
    for r in range(EXTENT_ROWS + 2, 1_000_001):
        if r % 1000 == 0:
            parts.append(f'<row r="{r}"><c r="C{r}" s="1" t="s"><v>0</v></c></row>')
        elif r % 50 == 0:
            parts.append(f'<row r="{r}" s="1" customFormat="1"><c r="A{r}" s="1"/></row>')
    parts.append('<row r="1048576"><c r="XFD1048576" s="1" t="inlineStr"><is><t/></is></c></row>')
    _write_zip(
        name("formatted_extent", "formatted_extent.xlsx"),
        _xlsx_members(_sheet("".join(parts), dimension="A1:XFD1048576"), empty_sst),
    )
    # Styled rows without references, as some writers save them: 300 to 1 compressed.
    styled = '<row s="1" customFormat="1" ht="15"><c s="1"/><c s="1"/><c s="1"/></row>'
    _write_zip(
        name("formatted_unnumbered", "formatted_unnumbered.xlsx"),
        _xlsx_members(_sheet(table + styled * 400_000, dimension="A1:C400101")),
    )

    _write_zip(
        name("far_cells", "far_cells.xlsx"),
        _xlsx_members(
            _sheet(
                f'<row r="1">{_num("A1", 1)}</row><row r="1048576">{_num("XFD1048576", 2)}</row>',
                dimension="A1:XFD1048576",
            )
        ),
    )

    shared_one = (
        f'{_HEAD}<sst xmlns="{_NS}" count="1" uniqueCount="1"><si><t>Ale</t></si></sst>'
    ).encode()
    body = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row>'
        f'<row r="2">{_num("A2", 3.5)}</row>'
    )
    _write_zip(name("broken_sst", "broken_sst.xlsx"), _xlsx_members(_sheet(body), shared_one))

    encrypted = _cfb(
        {
            "EncryptionInfo": struct.pack("<HHI", 4, 4, 0x40) + b"<encryption/>",
            "EncryptedPackage": struct.pack("<Q", 10_000) + random.Random(1).randbytes(10_000),
            "\x06DataSpaces": b"",
        }
    )
    name("encrypted", "encrypted.xlsx").write_bytes(encrypted)

    xls_rows: list[list[str | float]] = [["Kommun", "Värde"], ["Ale", 3232.0], ["Åre", 12.5]]
    name("xls", "real.xls").write_bytes(_cfb({"Workbook": _biff8(xls_rows)}))
    name("xls_as_xlsx", "xls_renamed.xlsx").write_bytes(_cfb({"Workbook": _biff8(xls_rows)}))
    name("xls_encrypted", "encrypted.xls").write_bytes(
        _cfb({"Workbook": _biff8(xls_rows, encrypted=True)})
    )
    name("doc", "letter.xls").write_bytes(_cfb({"WordDocument": b"\xec\xa5" + b"\0" * 600}))

    name("xlsx_as_csv", "xlsx_renamed.csv").write_bytes(whole)
    docx = name("docx", "document.xlsx")
    _write_zip(
        docx,
        [
            _Member("[Content_Types].xml", b"<Types/>"),
            _Member("word/document.xml", b"<w:document/>"),
        ],
    )

    real_row = (
        "<table:table-row>"
        + _ods_cell("Kommun")
        + _ods_cell(3232.0)
        + '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
    )
    _ods(
        name("ods_repeated", "repeated.ods"),
        '<table:table table:name="Blad1">'
        '<table:table-column table:number-columns-repeated="16384"/>'
        + real_row
        + '<table:table-row table:number-rows-repeated="1048575">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
        "</table:table>",
    )
    _ods(
        name("ods_bomb", "repeated_values.ods"),
        '<table:table table:name="Blad1">'
        '<table:table-row table:number-rows-repeated="1048576">'
        '<table:table-cell office:value-type="float" office:value="1" '
        'table:number-columns-repeated="16384"><text:p>1</text:p></table:table-cell>'
        "</table:table-row></table:table>",
    )

    text = "Kommun;Värde;Kön\r\nÅre;12,5;Kvinnor\r\nHärnösand;3,25;Män\r\n"
    name("csv_cp1252", "cp1252.csv").write_bytes(text.encode("cp1252"))
    name("csv_utf8_bom", "utf8_bom.csv").write_bytes(text.encode("utf-8-sig"))
    name("tsv_utf16", "utf16.txt").write_bytes(
        b"\xff\xfe" + text.replace(";", "\t").encode("utf-16-le")
    )
    name("csv_wide", "wide.csv").write_text(
        ",".join(f"c{i}" for i in range(16_385)) + "\n" + ",".join("1" * 16_385) + "\n",
        encoding="utf-8",
    )
    name("csv_duplicate_headers", "duplicate_headers.csv").write_text(
        "Kommun,Kommun,,Värde\nAle,Ale,x,1\n", encoding="utf-8"
    )

    _openpyxl_book(
        name("duplicate_headers", "duplicate_headers.xlsx"),
        [["Kommun", "Kommun", None, "Värde", ""], ["Ale", "Ale", "x", 1, None]],
    )
    rng = random.Random(3)
    long_text = "".join(rng.choices("abcdefghijklmnopqrstuvwxyzåäö ", k=1_000_000))
    # openpyxl cuts text at Excel's 32,767 characters; a file may hold more.
    body = f'<row r="1">{_inline("A1", "Text")}</row><row r="2">{_inline("A2", long_text)}</row>'
    _write_zip(name("long_string", "long_string.xlsx"), _xlsx_members(_sheet(body, "A1:A2")))

    for key, epoch in (
        ("dates_1900", openpyxl.utils.datetime.CALENDAR_WINDOWS_1900),
        ("dates_1904", openpyxl.utils.datetime.CALENDAR_MAC_1904),
    ):
        wb = openpyxl.Workbook()
        wb.epoch = epoch
        ws = wb.active
        ws.title = "Datum"
        for row, serial in enumerate((59, 60, 61), start=1):
            ws.cell(row=row, column=1, value=serial).number_format = "yyyy-mm-dd"
        wb.save(name(key, f"{key}.xlsx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Andel"
    ws["A1"] = 0.568
    ws["A1"].number_format = "0.0%"
    ws["A2"] = "56,8 %"
    wb.save(name("percent", "percent.xlsx"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Rubrik"
    ws["A1"] = "Titel över tre kolumner"
    ws.merge_cells("A1:C1")
    ws.append(["Kommun", "År", "Värde"])
    ws.append(["Ale", "2020", 1.5])
    wb.save(name("merged", "merged.xlsx"))

    wb = openpyxl.Workbook()
    wb.active.title = "Synlig"
    wb.active["A1"] = "synlig"
    wb.create_sheet("Dold")["A1"] = "dold"
    wb["Dold"].sheet_state = "hidden"
    wb.create_sheet("Mycket dold")["A1"] = "mycket dold"
    wb["Mycket dold"].sheet_state = "veryHidden"
    wb.save(name("hidden_sheets", "hidden_sheets.xlsx"))

    # Cells no figure should be: an error cell, infinities and NaN as numbers, a boolean,
    # a date where a figure should be.
    body = "".join(
        f'<row r="{r}">{_inline(f"A{r}", name)}{cell.format(ref=f"B{r}")}</row>'
        for r, (name, cell) in enumerate(
            [
                ("Kommun", '<c r="{ref}" t="inlineStr"><is><t>Värde</t></is></c>'),
                ("Ale", '<c r="{ref}" t="e"><v>#DIV/0!</v></c>'),
                ("Alingsås", '<c r="{ref}"><v>1e999</v></c>'),
                ("Alvesta", '<c r="{ref}"><v>NaN</v></c>'),
                ("Aneby", '<c r="{ref}"><v>-INF</v></c>'),
                ("Arboga", '<c r="{ref}" t="b"><v>1</v></c>'),
                ("Arjeplog", '<c r="{ref}" t="d"><v>2020-03-01T00:00:00</v></c>'),
                ("Arvika", '<c r="{ref}"><v>12.5</v></c>'),
                ("Askersund", '<c r="{ref}"><v>7</v></c>'),
            ],
            start=1,
        )
    )
    _write_zip(name("odd_cells", "odd_cells.xlsx"), _xlsx_members(_sheet(body, "A1:B9")))

    # FoHM's daily deaths: real date cells, and "uppgift saknas" where the last date should be.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Antal avlidna per dag"
    ws.append(["Datum_avliden", "Antal_avlidna"])
    for day in range(1, 6):
        ws.append([dt.datetime(2020, 3, day), day])
    ws.append(["uppgift saknas", 11])
    wb.save(name("date_text", "date_text.xlsx"))

    # DigiDesk's own tidy CSV header over a body that is not UTF-8, and one with a NUL byte.
    header = "indicator_id,indicator,area_id,area,period,gender,value,status\n"
    name("tidy_cp1252", "tidy_cp1252.csv").write_bytes(
        (header + "N1,Förvärvsarbetande,0180,Stockholm,2020,T,1.5,\n").encode("cp1252")
    )
    name("tidy_nul", "tidy_nul.csv").write_bytes(
        (header + "N1,x\0y,0180,Stockholm,2020,T,1.5,\n").encode("utf-8")
    )

    # The layouts in which figures were once lost or misplaced (see make_layouts.py).
    for key, path in make_layout_corpus(folder / "layouts").items():
        files[f"layout_{key}"] = path
    return files


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_hostile.py FOLDER")
    for key, path in make_hostile_corpus(sys.argv[1]).items():
        print(f"{key:24} {path.stat().st_size:>12,}  {path}")
