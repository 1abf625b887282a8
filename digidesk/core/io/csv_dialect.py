"""Read a delimited text file into a :class:`RawBook`, guessing how it was written.

Municipal exports come as UTF-8 (with or without BOM), UTF-16 from Excel's
"Unicode text", or Windows-1252 from older Kolada/SCB/SSB front ends; with ``;``
(Nordic Excel), ``,``, tab or ``|`` between fields; sometimes with a title line
and a blank line above the header (SCB PX-Web) or a footer line below the data.
Every cell is kept as text: "0180" must stay "0180", and the tidy step decides
what is a number.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice, repeat
from pathlib import Path
from typing import Literal, cast

from digidesk.core.errors import InputError
from digidesk.core.io.grid import Cell, RawBook, RawSheet
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits

Delimiter = Literal[";", ",", "\t", "|"]
# On a tie the earlier one wins: a tab or ';' that splits every line evenly is far more
# likely the delimiter than a ',' that may be a decimal comma.
_CANDIDATES: tuple[Delimiter, ...] = ("\t", ";", "|", ",")
_ONE_COLUMN_ORDER: tuple[Delimiter, ...] = (";", ",", "\t", "|")
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_ROWS = 200
_MAX_SAMPLE_CHARS = 4 * 1024 * 1024
# How much less consistent than the best a delimiter may be and still win by giving more fields.
_CONSISTENCY_SLACK = 0.1
# Stray opening quotes repaired one by one before quotes are ignored for the rest of the file.
_MAX_QUOTE_REPAIRS = 3
_BLOCK_ROWS = 10_000  # rows parsed between two checks of the limits
_LONE_CR = re.compile(r"\r(?!\n)")

_BINARY_MAGIC = (
    b"PK\x03\x04",  # zip: xlsx, ods
    b"\xd0\xcf\x11\xe0",  # OLE2: xls
    b"%PDF",
    b"\x1f\x8b",  # gzip
    b"\x89PNG",
)
# Share of control characters above which decoded "text" is really binary; random bytes
# give about 12 %, real text essentially none.
_MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f\x7f\ufffd]")
# Stray NULs are dropped; a file that is mostly NULs is not text.
_MAX_NUL_SHARE = 0.3

_SPACE = "[ \u00a0\u202f\u2009]"
_SIGN = "[-+\u2212]?"
_COMMA_DECIMAL = re.compile(
    rf"^{_SIGN}(\d{{1,3}}({_SPACE}\d{{3}})+|\d{{1,3}}(\.\d{{3}})+|\d+),\d+{_SPACE}*%?$"
)
_POINT_DECIMAL = re.compile(rf"^{_SIGN}(\d{{1,3}}(,\d{{3}})+|\d+)\.\d+{_SPACE}*%?$")
# "1.234" may be a Norwegian thousands group as well as a decimal point: no vote.
_DOTTED_THOUSAND = re.compile(rf"^{_SIGN}\d{{1,3}}\.\d{{3}}$")


@dataclass(frozen=True, slots=True)
class Dialect:
    delimiter: Delimiter = ","
    quotechar: str = '"'
    decimal: Literal[",", "."] = "."


# -- encoding ----------------------------------------------------------------------------------


def detect_encoding(data: bytes) -> str:
    """The codec to decode ``data`` with: a BOM, else UTF-16 by its NULs, UTF-8, or cp1252.

    Windows exports from Kolada/SCB/SSB are cp1252 (å ä ö æ ø as single bytes); cp1252 is
    used rather than latin-1 because it also has the typographic quotes, dashes and €
    those exports contain. A UTF-8 file with a few broken bytes stays UTF-8.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32-le" if data[0] == 0xFF else "utf-32-be"
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if data.startswith(b"\xfe\xff"):
        return "utf-16-be"
    # Before UTF-8: ASCII text in UTF-16 is also valid (NUL-riddled) UTF-8.
    utf16 = _utf16_by_nuls(data[: _SAMPLE_CHARS * 2])
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    return "utf-8" if _mostly_utf8(data) else "cp1252"


def _utf16_by_nuls(sample: bytes) -> str | None:
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0 : 2 * half : 2].count(0) / half
    odd = sample[1 : 2 * half : 2].count(0) / half
    # Latin-script text in UTF-16 has a NUL in (nearly) every other byte and none between.
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> bool:
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", errors="ignore")) - bad
    # cp1252 text almost never forms valid multi-byte UTF-8 sequences by chance.
    return good >= 4 * bad


def decode_text(data: bytes, encoding: str | None = None) -> tuple[str, str, bool]:
    """(text, encoding, lossy): ``data`` decoded without BOM; ``lossy`` if bytes were replaced."""
    encoding = encoding or detect_encoding(data)
    try:
        text = data.decode(encoding)
        lossy = False
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        lossy = True
    # The utf-16/32 codecs named by endianness keep the BOM as a character.
    return text.removeprefix("\ufeff"), encoding, lossy


def _looks_binary(data: bytes, text: str) -> bool:
    if data.startswith(_BINARY_MAGIC):
        return True
    sample = text[:_SAMPLE_CHARS]
    # A short text with one broken byte is still text.
    size = max(len(sample), 200)
    controls = len(_CONTROL.findall(sample))
    return controls > _MAX_CONTROL_SHARE * size or sample.count("\x00") > _MAX_NUL_SHARE * size


# -- dialect -----------------------------------------------------------------------------------


def detect_dialect(text: str) -> Dialect:
    """Guess delimiter and decimal mark from the first ~200 non-blank lines of ``text``.

    The delimiter is the one that splits the most lines into the same number (> 1) of
    fields; title and footer lines of a single field do not count against it. Among
    delimiters nearly as consistent as the best, the one giving more fields wins (a
    decimal comma in every line of a ';' file splits it evenly, but into fewer fields).
    """
    sample, truncated = _sample(text)
    _allow_fields_of(len(sample))
    rows_by_delimiter = {d: _sample_rows(sample, d, truncated) for d in _CANDIDATES}
    n_rows = max(len(rows) for rows in rows_by_delimiter.values())
    scored: list[tuple[Delimiter, int, float]] = []
    for delimiter, rows in rows_by_delimiter.items():
        if delimiter == "," and _only_decimal_commas(rows):
            continue
        counts = Counter(len(row) for row in rows if len(row) > 1)
        if not counts:
            continue
        fields, hits = max(counts.items(), key=lambda item: (item[1], item[0]))
        scored.append((delimiter, fields, hits / n_rows))
    if not scored:
        # One column: pick a delimiter that never splits it.
        delimiter = min(
            _ONE_COLUMN_ORDER, key=lambda d: sum(len(row) > 1 for row in rows_by_delimiter[d])
        )
        return Dialect(delimiter=delimiter, decimal=_decimal(rows_by_delimiter[delimiter], None))
    best = max(share for _, _, share in scored)
    close = [s for s in scored if s[2] >= best - _CONSISTENCY_SLACK]
    delimiter = max(close, key=lambda s: (s[1], s[2], -_CANDIDATES.index(s[0])))[0]
    return Dialect(delimiter=delimiter, decimal=_decimal(rows_by_delimiter[delimiter], delimiter))


def _sample(text: str) -> tuple[str, bool]:
    """The first ~64 KB of ``text`` ending at a line break; more if the first line is longer."""
    if len(text) <= _SAMPLE_CHARS:
        return text, False
    cut = max(text.rfind("\n", 0, _SAMPLE_CHARS), text.rfind("\r", 0, _SAMPLE_CHARS))
    if cut < 0:
        # A very wide file: its header line alone tells the delimiter.
        ends = [
            i for i in (text.find("\n", _SAMPLE_CHARS), text.find("\r", _SAMPLE_CHARS)) if i >= 0
        ]
        cut = min(ends, default=len(text) - 1)
        cut = min(cut, _MAX_SAMPLE_CHARS - 1)
    return text[: cut + 1], cut + 1 < len(text)


def _sample_rows(sample: str, delimiter: str, truncated: bool) -> list[list[str]]:
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, quotechar='"')
    exhausted = True
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        if len(rows) == _SAMPLE_ROWS:
            exhausted = False
            break
        rows.append(row)
    if truncated and exhausted and len(rows) > 1:
        rows.pop()  # may have been cut short inside a quoted field
    return rows


def _only_decimal_commas(rows: list[list[str]]) -> bool:
    """A single column of decimal-comma numbers under a text header ("Värde", "56,8", ...)."""
    split = [row for row in rows if len(row) > 1]
    if not split or len(split) == len(rows):
        return False
    return all(len(row) == 2 and _COMMA_DECIMAL.match(",".join(row).strip()) for row in split)


def _decimal(rows: list[list[str]], delimiter: str | None) -> Literal[",", "."]:
    if delimiter == ",":
        return "."
    commas = points = 0
    for row in rows:
        for cell in row:
            value = cell.strip()
            if not value or not value[-1].isdigit() and not value.endswith("%"):
                continue
            if _COMMA_DECIMAL.match(value):
                commas += 1
            elif _POINT_DECIMAL.match(value) and not _DOTTED_THOUSAND.match(value):
                points += 1
    return "," if commas > points else "."


# -- reading -----------------------------------------------------------------------------------


def read_csv_book(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> RawBook:
    """Read a delimited text file as one sheet of text cells, named after the file."""
    source = Path(path)
    data = _read_bytes(source, limits)
    text, encoding, lossy = decode_text(data)
    text = text.rstrip("\x00")  # some exporters pad files with NULs
    if _looks_binary(data, text):
        raise InputError("input.not_text", path=str(source))
    warnings: list[str] = []
    if lossy:
        warnings.append("csv.undecodable_bytes")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("csv.nul_removed")
    if "\r\r\n" in text:
        # A CRLF file passed once more through a CR→CRLF conversion.
        text = text.replace("\r\r\n", "\r\n")
    dialect = detect_dialect(text)
    rows, unbalanced = _parse(text, dialect, source, limits)
    if unbalanced:
        warnings.append("csv.unbalanced_quote")
    while rows and not any(str(cell).strip() for cell in rows[-1]):
        rows.pop()
    sheet = RawSheet(name=source.stem, rows=rows)
    return RawBook(
        path=str(path),
        kind="csv",
        sheets=[sheet],
        encoding=encoding,
        delimiter=dialect.delimiter,
        decimal=dialect.decimal,
        warnings=warnings,
    )


def _read_bytes(source: Path, limits: Limits) -> bytes:
    try:
        with source.open("rb") as handle:
            if os.fstat(handle.fileno()).st_size > limits.max_file_bytes:
                raise InputError("input.too_large", path=str(source), limit=limits.max_file_bytes)
            # Read one byte past the limit: the size on disk may change while reading.
            data = handle.read(limits.max_file_bytes + 1)
    except FileNotFoundError as exc:
        raise InputError("input.not_found", path=str(source)) from exc
    except IsADirectoryError as exc:
        raise InputError("input.not_a_file", path=str(source)) from exc
    except OSError as exc:
        raise InputError("input.unreadable", path=str(source), reason=str(exc)) from exc
    if len(data) > limits.max_file_bytes:
        raise InputError("input.too_large", path=str(source), limit=limits.max_file_bytes)
    return data


def _parse(
    text: str, dialect: Dialect, source: Path, limits: Limits
) -> tuple[list[list[Cell]], bool]:
    """Rows of ``text``; a quote that never closes is taken literally on its own line."""
    _allow_fields_of(len(text))
    rows: list[list[str]] = []
    cells = 0
    unbalanced = False
    rest = text
    quoting = csv.QUOTE_MINIMAL
    for attempt in range(_MAX_QUOTE_REPAIRS + 1):
        if attempt == _MAX_QUOTE_REPAIRS:
            quoting = csv.QUOTE_NONE  # too many stray quotes: stop honouring quotes at all
        reader = csv.reader(
            io.StringIO(rest, newline=""),
            delimiter=dialect.delimiter,
            quotechar=dialect.quotechar,
            quoting=quoting,
        )
        first = len(rows)
        while block := list(islice(reader, _BLOCK_ROWS)):
            # The limits a block at a time, in C: a too big file stops within a block.
            if max(map(len, block)) > limits.max_columns:
                raise InputError(
                    "input.too_many_columns", path=str(source), limit=limits.max_columns
                )
            cells += sum(map(len, block)) - sum(map(list.count, block, repeat("")))
            if cells > limits.max_cells:
                raise InputError("input.too_many_cells", path=str(source), limit=limits.max_cells)
            rows.extend(block)
        if _LONE_CR.search(rest):  # a CR not in a CRLF may stay at the end of a row
            for row in rows[first:]:
                if row and row[-1].endswith("\r"):
                    row[-1] = row[-1][:-1]
        last = rows[-1] if rows else None
        if last is None or quoting == csv.QUOTE_NONE or not _runaway(last, rest, dialect):
            break
        row_start = _last_row_start(rest, dialect, quoting)
        # The last row ran from an opening quote that never closed to the end of the file:
        # read its first line with quotes as plain characters, then go on after it.
        unbalanced = True
        rows.pop()
        cells -= len(last) - last.count("")
        lines = io.StringIO(rest, newline="").readlines()
        literal = next(
            csv.reader(
                [lines[row_start].rstrip("\r\n")],
                delimiter=dialect.delimiter,
                quoting=csv.QUOTE_NONE,
            ),
            [],
        )
        cells += len(literal) - literal.count("")
        rows.append(literal)
        rest = "".join(lines[row_start + 1 :])
    return cast(list[list[Cell]], rows), unbalanced


def _last_row_start(text: str, dialect: Dialect, quoting: int) -> int:
    """The line the last row of ``text`` starts on (a broken file's slow path only)."""
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=dialect.delimiter,
        quotechar=dialect.quotechar,
        quoting=quoting,
    )
    start = end = 0
    for _row in reader:
        start, end = end, reader.line_num
    return start


def _allow_fields_of(size: int) -> None:
    # csv refuses fields over 128 KiB by default, but a quoted field (or a one-column line
    # read with another delimiter) may legally be as long as the text; the limit is global.
    if csv.field_size_limit() <= size:
        csv.field_size_limit(min(size + 1, 2**31 - 1))


def _runaway(row: list[str], text: str, dialect: Dialect) -> bool:
    """True if ``row`` (the last one read) ran to the end of ``text`` inside a quoted field."""
    last = row[-1] if row else ""
    if "\n" not in last and "\r" not in last:
        return False
    return not text.rstrip().endswith(dialect.quotechar)
