"""Tell what kind of table file a file is from its bytes, and refuse unsafe files early.

The extension is never trusted: an .xls saved as .xlsx or an .xlsx saved as .csv
is sniffed as what it is. A zip container (xlsx, ods) is inflated once here,
member by member, with running byte counts, so a zip bomb is refused before it
costs memory or time in the native reader, and every XML part is scanned for
DOCTYPE/ENTITY declarations (entity expansion and external entities).
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from digidesk.core.errors import InputError
from digidesk.core.io.grid import FileKind
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits

_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
_CHUNK = 1 << 20
_TEXT_PROBE = 64 * 1024
# Far more members than any workbook has; each costs memory before a byte is inflated.
_MAX_MEMBERS = 100_000

_XML_SUFFIXES = (".xml", ".rels", ".vml")
_UNSAFE_XML = (b"<!DOCTYPE", b"<!ENTITY")
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"

# Bytes that may appear in text: printable ASCII, tab, line breaks, form feed, ctrl-Z
# (an old end-of-file marker) and everything >= 0x80 (UTF-8 or a Windows code page).
_TEXT_BYTES = bytes([9, 10, 11, 12, 13, 26, *range(32, 127), *range(128, 256)])
_NOT_TABLE_PREFIXES = (b"%pdf-", b"{\\rtf", b"<?xml", b"<html", b"<!doctype", b"<table")


def sniff(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> FileKind:
    """The kind of table file at ``path``: "xlsx", "xls", "ods" or "csv".

    Raises InputError (always with ``path``): input.not_found, input.not_a_file,
    input.empty, input.too_large, input.encrypted, input.not_spreadsheet,
    input.truncated, input.zip_bomb, input.unsafe_xml, or input.unreadable when
    the file cannot be opened or a zip member is damaged.
    """
    where = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("input.not_found", path=where) from None
    except OSError as exc:
        raise InputError("input.unreadable", path=where, reason=_reason(exc)) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError("input.not_a_file", path=where)
    size = info.st_size
    if size == 0:
        raise InputError("input.empty", path=where)
    if size > limits.max_file_bytes:
        raise InputError(
            "input.too_large",
            path=where,
            size=size,
            limit=limits.max_file_bytes,
            limit_mb=limits.max_file_bytes // (1024 * 1024),
        )
    try:
        with open(path, "rb") as handle:
            head = handle.read(_TEXT_PROBE)
            if head.startswith(_OLE_MAGIC):
                return _sniff_ole(handle, size, where)
            if head[:4] in _ZIP_MAGICS:
                return _sniff_zip(handle, size, where, limits)
    except OSError as exc:
        raise InputError("input.unreadable", path=where, reason=_reason(exc)) from None
    if _looks_like_text(head):
        return "csv"
    raise InputError("input.not_spreadsheet", path=where)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]


# ---------------------------------------------------------------- text


def _looks_like_text(head: bytes) -> bool:
    if head.startswith(b"\xef\xbb\xbf"):
        return not _is_markup(head[3:])
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
        body = head[2 : 2 + (len(head) - 2) // 2 * 2]
        return not _is_markup(body.decode(codec, "replace").encode("utf-8"))
    if b"\0" in head:
        return _looks_like_utf16(head)
    if _is_markup(head):
        return False
    # Allow a few stray control bytes (a pasted form feed), not binary data.
    bad = len(head.translate(None, _TEXT_BYTES))
    return bad * 100 <= len(head)


def _is_markup(head: bytes) -> bool:
    """HTML or XML saved with a spreadsheet's name (old "Excel" web exports): not a table."""
    return head.lstrip(b" \t\r\n").lower().startswith(_NOT_TABLE_PREFIXES)


def _looks_like_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: ASCII-range text puts a NUL in every other byte."""
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    for codec, text_bytes, zero_bytes in (("utf-16-le", even, odd), ("utf-16-be", odd, even)):
        if zero_bytes.count(0) * 10 >= half * 9 and text_bytes.count(0) * 100 <= half:
            # "replace": the 64 KiB sample may end inside a surrogate pair.
            return _looks_like_text(sample.decode(codec, "replace").encode("utf-8"))
    return False


# ---------------------------------------------------------------- zip (xlsx, ods)


class _Budget:
    """Running inflated-byte counts for one container, checked as every chunk arrives."""

    def __init__(self, limits: Limits, where: str) -> None:
        self.limits = limits
        self.where = where
        self.total = 0

    def bomb(self, member: str) -> InputError:
        return InputError("input.zip_bomb", path=self.where, member=member)

    def add(self, info: zipfile.ZipInfo, member_total: int, chunk: int) -> None:
        # Only what is really inflated counts, and what the member said it would be. A high
        # compression ratio alone is no reason to refuse: a sheet formatted down to row
        # 1,000,000 compresses several hundred to one and holds a few hundred cells.
        limits = self.limits
        self.total += chunk
        if (
            member_total > limits.max_member_bytes
            or self.total > limits.max_total_inflated_bytes
            or member_total > info.file_size  # inflating past its declared size: lying
        ):
            raise self.bomb(info.filename)


def _inflate(
    handle: BinaryIO, info: zipfile.ZipInfo, size: int, budget: _Budget
) -> Iterator[bytes]:
    """The member's bytes, inflated in bounded chunks; the declared size is not trusted."""
    where = budget.where
    handle.seek(info.header_offset)
    local = handle.read(30)
    if len(local) < 30 or local[:4] != b"PK\x03\x04":
        raise InputError("input.truncated", path=where)
    name_len, extra_len = struct.unpack("<HH", local[26:30])
    start = info.header_offset + 30 + name_len + extra_len
    remaining = min(info.compress_size, size - start)
    if remaining < 0:
        raise InputError("input.truncated", path=where)
    handle.seek(start)
    crc = 0
    produced = 0
    if info.compress_type == zipfile.ZIP_STORED:
        while remaining > 0:
            data = handle.read(min(_CHUNK, remaining))
            if not data:
                break
            remaining -= len(data)
            produced += len(data)
            budget.add(info, produced, len(data))
            crc = zlib.crc32(data, crc)
            yield data
        if produced != info.compress_size:
            raise InputError("input.truncated", path=where)
    elif info.compress_type == zipfile.ZIP_DEFLATED:
        inflater = zlib.decompressobj(-15)
        pending = b""
        while not inflater.eof:
            if not pending:
                if remaining <= 0:
                    break
                pending = handle.read(min(_CHUNK, remaining))
                if not pending:
                    break
                remaining -= len(pending)
            try:
                # max_length bounds each step, so a bomb never sits in memory at once.
                data = inflater.decompress(pending, _CHUNK)
            except zlib.error as exc:
                raise InputError("input.unreadable", path=where, reason=_reason(exc)) from None
            pending = inflater.unconsumed_tail
            produced += len(data)
            budget.add(info, produced, len(data))
            crc = zlib.crc32(data, crc)
            yield data
        if not inflater.eof:
            raise InputError("input.truncated", path=where)
    else:
        raise InputError("input.unreadable", path=where, reason=f"zip method {info.compress_type}")
    if crc != info.CRC:
        raise InputError("input.unreadable", path=where, reason=f"bad checksum: {info.filename}")


def _scan_member(
    handle: BinaryIO, info: zipfile.ZipInfo, size: int, budget: _Budget, find: tuple[bytes, ...]
) -> set[bytes]:
    """Inflate one member completely; which of ``find`` occur in it (if it is XML)."""
    found: set[bytes] = set()
    patterns: dict[bytes, bytes] | None = None
    tail = b""
    for chunk in _inflate(handle, info, size, budget):
        if patterns is None:
            if not chunk:
                continue
            patterns = _patterns_for(info.filename, chunk, find)
        if not patterns:
            continue  # not XML, but still inflated to the end: counted and checksummed
        window = tail + chunk
        found.update(plain for encoded, plain in patterns.items() if encoded in window)
        # Keep enough of the end to catch a pattern split across two chunks.
        tail = window[-64:]
    return found


def _patterns_for(name: str, first: bytes, find: tuple[bytes, ...]) -> dict[bytes, bytes]:
    """``find`` as it would be encoded in this member (encoded -> ASCII), or {} if not XML."""
    start = first.lstrip(b" \t\r\n")
    if start.startswith((b"\xff\xfe", b"<\0")):
        return {p.decode("ascii").encode("utf-16-le"): p for p in find}
    if start.startswith((b"\xfe\xff", b"\0<")):
        return {p.decode("ascii").encode("utf-16-be"): p for p in find}
    # A part is XML by name or by content: a renamed part must not slip past the scan.
    if name.lower().endswith(_XML_SUFFIXES) or start.startswith((b"<", b"\xef\xbb\xbf")):
        return {p: p for p in find}
    return {}


def _sniff_zip(handle: BinaryIO, size: int, where: str, limits: Limits) -> FileKind:
    try:
        archive = zipfile.ZipFile(handle)
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, struct.error, OSError, NotImplementedError):
        # NotImplementedError: a damaged header asks for a zip version Python has not.
        raise InputError("input.truncated", path=where) from None
    if len(infos) > _MAX_MEMBERS:
        raise InputError("input.zip_bomb", path=where, member="")
    names = {info.filename.lower(): info for info in infos}
    kind: FileKind
    if "xl/workbook.xml" in names:
        kind = "xlsx"
    elif "content.xml" in names and ("mimetype" in names or "meta-inf/manifest.xml" in names):
        kind = "ods"
    else:
        raise InputError("input.not_spreadsheet", path=where)

    check_members(infos, limits, where)

    budget = _Budget(limits, where)
    if kind == "ods":
        mimetype = names.get("mimetype")
        if mimetype is not None:
            text = b"".join(_inflate(handle, mimetype, size, budget))
            if not text.strip().startswith(_ODS_MIME):
                raise InputError("input.not_spreadsheet", path=where)
    for info in infos:
        if info.is_dir():
            continue
        lower = info.filename.lower()
        if kind == "ods" and lower == "meta-inf/manifest.xml":
            # OpenOffice 2 wrote a DOCTYPE (no entities) into the manifest, which no
            # reader of ours parses; an encrypted document is marked here.
            found = _scan_member(
                handle, info, size, budget, (b"<!ENTITY", b"manifest:encryption-data")
            )
            if b"manifest:encryption-data" in found:
                raise InputError("input.encrypted", path=where)
        else:
            found = _scan_member(handle, info, size, budget, _UNSAFE_XML)
        if found & set(_UNSAFE_XML):
            raise InputError("input.unsafe_xml", path=where, member=info.filename)
    if kind == "ods" and "mimetype" not in names:
        manifest = names["meta-inf/manifest.xml"]
        if b"opendocument.spreadsheet" not in b"".join(_inflate(handle, manifest, size, budget)):
            raise InputError("input.not_spreadsheet", path=where)
    return kind


# ---------------------------------------------------------------- OLE2 compound files (xls)

_FREESECT, _ENDOFCHAIN = 0xFFFFFFFF, 0xFFFFFFFE
_MAX_DIR_ENTRIES = 100_000
# How much of the workbook stream to walk looking for FILEPASS before the first sheet.
_GLOBALS_PROBE = 256 * 1024


class _Damaged(Exception):
    """A compound file whose structure points outside itself or loops."""


class _Cfb:
    """Just enough of the compound file format to list streams and read one."""

    def __init__(self, handle: BinaryIO, size: int) -> None:
        self.handle = handle
        self.size = size
        header = self._read_at(0, 512)
        if len(header) < 512:
            raise _Damaged
        shift, mini_shift = struct.unpack_from("<HH", header, 0x1E)
        if not (7 <= shift <= 16) or not (1 <= mini_shift < shift):
            raise _Damaged
        self.sector_size = 1 << shift
        self.mini_size = 1 << mini_shift
        (n_fat, self.first_dir, _, self.cutoff, self.first_minifat, _, first_difat, n_difat) = (
            struct.unpack_from("<IIIIIIII", header, 0x2C)
        )
        self.max_sector = (size + self.sector_size - 1) // self.sector_size
        fat_sectors = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < _ENDOFCHAIN]
        per_sector = self.sector_size // 4
        sector = first_difat
        for _ in range(min(n_difat, self.max_sector)):
            if sector >= _ENDOFCHAIN:
                break
            entries = struct.unpack(f"<{per_sector}I", self._sector(sector))
            fat_sectors += [s for s in entries[:-1] if s < _ENDOFCHAIN]
            sector = entries[-1]
        if len(fat_sectors) > self.max_sector or n_fat > self.max_sector:
            raise _Damaged
        fat: list[int] = []
        for s in fat_sectors:
            fat.extend(struct.unpack(f"<{per_sector}I", self._sector(s)))
        self.fat = fat
        self.entries = self._directory()

    def _read_at(self, offset: int, length: int) -> bytes:
        self.handle.seek(offset)
        return self.handle.read(length)

    def _sector(self, index: int) -> bytes:
        data = self._read_at((index + 1) * self.sector_size, self.sector_size)
        if len(data) < self.sector_size:
            raise _Damaged
        return data

    def _chain(self, start: int, table: list[int]) -> Iterator[int]:
        sector = start
        for _ in range(len(table) + 1):
            if sector >= _ENDOFCHAIN:
                return
            if sector >= len(table):
                raise _Damaged
            yield sector
            sector = table[sector]
        raise _Damaged

    def _directory(self) -> list[tuple[str, int, int, int]]:
        entries = []
        for sector in self._chain(self.first_dir, self.fat):
            data = self._sector(sector)
            for at in range(0, self.sector_size, 128):
                raw = data[at : at + 128]
                name_len = struct.unpack_from("<H", raw, 0x40)[0]
                kind = raw[0x42]
                start, length = struct.unpack_from("<IQ", raw, 0x74)
                if kind == 0 or not 2 <= name_len <= 64:
                    continue
                name = raw[: name_len - 2].decode("utf-16-le", "replace")
                entries.append((name, kind, start, length))
                if len(entries) > _MAX_DIR_ENTRIES:
                    raise _Damaged
        return entries

    def names(self) -> set[str]:
        return {name for name, kind, _, _ in self.entries if kind == 2}

    def read_stream(self, wanted: str, limit: int) -> bytes:
        """Up to ``limit`` bytes from the start of the stream named ``wanted``."""
        root = next((e for e in self.entries if e[1] == 5), None)
        entry = next(e for e in self.entries if e[1] == 2 and e[0].lower() == wanted.lower())
        _, _, start, length = entry
        length = min(length, limit)
        out = bytearray()
        if entry[3] >= self.cutoff:
            for sector in self._chain(start, self.fat):
                if len(out) >= length:
                    break
                out += self._sector(sector)
            return bytes(out[:length])
        # Small streams live in the mini stream, itself a chain of ordinary sectors.
        if root is None:
            raise _Damaged
        minifat: list[int] = []
        for sector in self._chain(self.first_minifat, self.fat):
            minifat.extend(struct.unpack(f"<{self.sector_size // 4}I", self._sector(sector)))
        container = list(self._chain(root[2], self.fat))
        per = self.sector_size // self.mini_size
        for mini in self._chain(start, minifat):
            if len(out) >= length:
                break
            big, offset = divmod(mini, per)
            if big >= len(container):
                raise _Damaged
            data = self._sector(container[big])
            out += data[offset * self.mini_size : (offset + 1) * self.mini_size]
        return bytes(out[:length])


def _sniff_ole(handle: BinaryIO, size: int, where: str) -> FileKind:
    try:
        cfb = _Cfb(handle, size)
        names = {n.lower(): n for n in cfb.names()}
        if "encryptioninfo" in names or "encryptedpackage" in names:
            # An OOXML file encrypted with a password is stored this way.
            raise InputError("input.encrypted", path=where)
        stream = names.get("workbook") or names.get("book")
        if stream is None:
            raise InputError("input.not_spreadsheet", path=where)
        globals_ = cfb.read_stream(stream, _GLOBALS_PROBE)
    except (_Damaged, struct.error):
        # Sectors that point past the end are what a cut-off download looks like.
        raise InputError("input.truncated", path=where) from None
    if len(globals_) < 4 or struct.unpack_from("<H", globals_, 0)[0] != 0x0809:
        raise InputError("input.not_spreadsheet", path=where)
    if _has_filepass(globals_):
        raise InputError("input.encrypted", path=where)
    return "xls"


def _has_filepass(stream: bytes) -> bool:
    """Whether the workbook globals hold a FILEPASS record (an encrypted workbook)."""
    at = 0
    while at + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, at)
        if kind == 0x002F:
            return True
        if kind in (0x000A, 0x0085):  # EOF of the globals, or the first sheet entry
            return False
        at += 4 + length
    return False


def check_members(infos: list[zipfile.ZipInfo], limits: Limits, where: str) -> None:
    """Refuse an encrypted archive, and one whose members declare more than the limits
    allow (one member, or all together), before anything is inflated."""
    if any(info.flag_bits & 0x1 for info in infos):
        raise InputError("input.encrypted", path=where)
    declared = 0
    for info in infos:
        declared += info.file_size
        if info.file_size > limits.max_member_bytes:
            raise InputError("input.zip_bomb", path=where, member=info.filename)
    if declared > limits.max_total_inflated_bytes:
        raise InputError("input.zip_bomb", path=where, member="")
