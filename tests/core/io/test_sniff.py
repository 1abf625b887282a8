"""Sniffing by content: the real corpus, text encodings and the refusals that need no reader."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from make_hostile import sheet_xml, write_xls, write_zip, xlsx_parts

from digidesk.core.errors import InputError
from digidesk.core.io.grid import MergedRange
from digidesk.core.io.readers import read_book
from digidesk.core.io.sniff import sniff

REAL = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "real"
_KIND_BY_SUFFIX = {
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xls",
    ".ods": "ods",
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".md": "csv",
}


def _real_files(*suffixes: str) -> list[Path]:
    if not REAL.is_dir():
        return []
    return sorted(p for p in REAL.iterdir() if p.is_file() and p.suffix.lower() in suffixes)


def _ids(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


needs_corpus = pytest.mark.skipif(not REAL.is_dir(), reason="shared corpus not beside checkout")


@needs_corpus
def test_corpus_is_not_empty() -> None:
    assert len(_real_files(*_KIND_BY_SUFFIX)) >= 10


ALL_REAL = _real_files(*_KIND_BY_SUFFIX)
WORKBOOKS = _real_files(".xlsx", ".xlsm", ".xls", ".ods")


@needs_corpus
@pytest.mark.parametrize("path", ALL_REAL, ids=_ids(ALL_REAL))
def test_real_file_sniffs_to_its_kind(path: Path) -> None:
    assert sniff(path) == _KIND_BY_SUFFIX[path.suffix.lower()]


@needs_corpus
@pytest.mark.parametrize("path", WORKBOOKS, ids=_ids(WORKBOOKS))
def test_real_workbook_reads(path: Path) -> None:
    book = read_book(path)
    assert book.kind == _KIND_BY_SUFFIX[path.suffix.lower()]
    assert book.sheets
    for sheet in book.sheets:
        assert sheet.n_rows > 0
        width = sheet.n_cols
        assert all(len(row) == width for row in sheet.rows)
        # Trailing empty rows and columns are trimmed.
        assert any(cell != "" for cell in sheet.rows[-1])
        assert any(row[-1] != "" for row in sheet.rows)


@needs_corpus
def test_real_values_and_merges() -> None:
    region = REAL / "skr_anstallda_region_2017.xlsx"
    if not region.exists():
        pytest.skip("file not in corpus")
    sheet = read_book(region).sheets[0]
    assert MergedRange(1, 1, 1, 8) in sheet.merged  # B2:I2
    assert MergedRange(3, 2, 4, 2) in sheet.merged  # C4:C5
    # "used range claims A1:X558 although data ends at row 31"
    assert sheet.n_rows == 31

    covid = REAL / "fohm_covid19_kommun_2021.xlsx"
    if covid.exists():
        first = read_book(covid).sheets[0]
        assert first.rows[2][0] == dt.date(2020, 2, 5)

    hypergene = REAL / "kolada_hypergene_inv65_1998_2011.xls"
    if hypergene.exists():
        rows = read_book(hypergene).sheets[0].rows
        assert rows[0] == ["Nyckeltal", "Kommun/Landsting", "År", "Visat Värde"]
        assert rows[2][2] == "1999"  # year stored as text stays text
        assert rows[2][3] == 3232


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"Kommun;V\xe4rde\r\n\xc5re;12,5\r\n", "csv"),  # cp1252
        ("Kommun;Värde\nÅre;12,5\n".encode("utf-8-sig"), "csv"),
        ("Kommun\tVärde\r\nÅre\t12,5\r\n".encode("utf-16"), "csv"),  # with BOM
        ("Kommun\tVärde\r\nÅre\t12,5\r\n".encode("utf-16-le"), "csv"),  # no BOM
        ("Kommun\tVärde\r\nÅre\t12,5\r\n".encode("utf-16-be"), "csv"),
        (b"a,b\n1,2\n\x0c\n", "csv"),  # a stray form feed
    ],
)
def test_text_is_csv(tmp_path: Path, content: bytes, kind: str) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(content)
    assert sniff(path) == kind


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x01\x02\x03" * 100,
        b"<html><body><table><tr><td>1</td></tr></table></body></html>",
        b'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>',
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        bytes(range(1, 32)) * 50,  # control bytes but no NUL
    ],
)
def test_not_a_table(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "data.csv"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        sniff(path)
    assert caught.value.code == "input.not_spreadsheet"
    assert caught.value.params == {"path": str(path)}


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        sniff(tmp_path / "saknas.xlsx")
    assert caught.value.code == "input.not_found"
    assert caught.value.params["path"] == str(tmp_path / "saknas.xlsx")
    with pytest.raises(InputError) as caught:
        sniff(tmp_path)
    assert caught.value.code == "input.not_a_file"


@pytest.mark.parametrize("mini_stream", [False, True])
def test_xls_by_content(tmp_path: Path, mini_stream: bool) -> None:
    # Excel keeps a workbook stream under 4096 bytes in the compound file's mini stream.
    path = tmp_path / "tabell.csv"
    write_xls(path, [["Kommun"], ["Ale"]], mini_stream=mini_stream)
    assert sniff(path) == "xls"
    assert read_book(path).sheets[0].rows == [["Kommun"], ["Ale"]]


@pytest.mark.parametrize("mini_stream", [False, True])
def test_encrypted_xls(tmp_path: Path, mini_stream: bool) -> None:
    path = tmp_path / "hemlig.xls"
    write_xls(path, [["Kommun"], ["Ale"]], encrypted=True, mini_stream=mini_stream)
    with pytest.raises(InputError) as caught:
        sniff(path)
    assert caught.value.code == "input.encrypted"


def test_truncated_xls(tmp_path: Path) -> None:
    whole = tmp_path / "hel.xls"
    write_xls(whole, [["Kommun"], ["Ale"]] * 200)
    cut = tmp_path / "halv.xls"
    cut.write_bytes(whole.read_bytes()[:1500])
    with pytest.raises(InputError) as caught:
        sniff(cut)
    assert caught.value.code == "input.truncated"


@pytest.mark.parametrize(
    "content",
    [
        "\ufeff<html><table><tr><td>1</td></tr></table></html>".encode(),
        "<?xml version='1.0'?><Workbook/>".encode("utf-16"),  # BOM added by the codec
    ],
    ids=["html-utf8-bom", "xml-utf16-bom"],
)
def test_markup_behind_a_bom_is_not_a_table(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "export.xls"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        sniff(path)
    assert caught.value.code == "input.not_spreadsheet"


def _zip_code(path: Path, members: dict[str, bytes]) -> str:
    write_zip(path, members)
    with pytest.raises(InputError) as caught:
        sniff(path)
    return caught.value.code


_DOCTYPE_SHEET = (
    '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY e "x">]>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'
)


def test_unsafe_xml_in_utf16_and_in_renamed_parts(tmp_path: Path) -> None:
    parts = xlsx_parts(sheet_xml(""))
    assert sniff(_write(tmp_path / "ok.xlsx", parts)) == "xlsx"
    utf16 = dict(parts, **{"xl/worksheets/sheet1.xml": _DOCTYPE_SHEET.encode("utf-16")})
    assert _zip_code(tmp_path / "utf16.xlsx", utf16) == "input.unsafe_xml"
    renamed = dict(parts, **{"xl/worksheets/sheet1.bin": _DOCTYPE_SHEET.encode()})
    assert _zip_code(tmp_path / "renamed.xlsx", renamed) == "input.unsafe_xml"


def test_damaged_member_is_unreadable(tmp_path: Path) -> None:
    path = _write(tmp_path / "ok.xlsx", xlsx_parts(sheet_xml("")))
    data = bytearray(path.read_bytes())
    at = data.index(b"PK\x03\x04", 1)  # the second member's local header
    name_len = int.from_bytes(data[at + 26 : at + 28], "little")
    payload = at + 30 + name_len
    data[payload + 1 : payload + 4] = bytes(b ^ 0xFF for b in data[payload + 1 : payload + 4])
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as caught:
        sniff(path)
    assert caught.value.code in ("input.unreadable", "input.truncated")


_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>{doctype}'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
    "{encryption}</manifest:file-entry></manifest:manifest>"
)
_OOO2_DOCTYPE = (
    '<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN" "Manifest.dtd">'
)


def _ods_parts(doctype: str = "", encryption: str = "", mime: bytes | None = None) -> dict:
    parts = {
        "mimetype": mime or b"application/vnd.oasis.opendocument.spreadsheet",
        "META-INF/manifest.xml": _MANIFEST.format(doctype=doctype, encryption=encryption).encode(),
        "content.xml": b'<?xml version="1.0"?><office:document-content/>',
    }
    return parts


def _write(path: Path, members: dict[str, bytes]) -> Path:
    write_zip(path, members)
    return path


def test_ods_manifest(tmp_path: Path) -> None:
    assert sniff(_write(tmp_path / "a.ods", _ods_parts())) == "ods"
    # OpenOffice 2 put a public DOCTYPE (no entities) in the manifest: still readable.
    assert sniff(_write(tmp_path / "b.ods", _ods_parts(doctype=_OOO2_DOCTYPE))) == "ods"
    entity = '<!DOCTYPE m [<!ENTITY e "x">]>'
    assert _zip_code(tmp_path / "c.ods", _ods_parts(doctype=entity)) == "input.unsafe_xml"
    encrypted = '<manifest:encryption-data manifest:checksum="abc"/>'
    assert _zip_code(tmp_path / "d.ods", _ods_parts(encryption=encrypted)) == "input.encrypted"
    text_doc = _ods_parts(mime=b"application/vnd.oasis.opendocument.text")
    assert _zip_code(tmp_path / "e.ods", text_doc) == "input.not_spreadsheet"
