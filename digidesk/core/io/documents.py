"""Read a strategy document (.docx, .pdf or plain text) as lines of text, safely.

The same limits as for spreadsheets apply (:class:`~digidesk.core.io.limits.Limits`): the
file's size; for a .docx, the zip container is checked member by member with the
spreadsheet sniffer's running byte counts and its DOCTYPE/ENTITY scan before python-docx
parses a byte of it; and files from outside are read in a worker process with a memory
cap and a time limit (:func:`read_document`). A document also has at most
``MAX_PAGES`` pages and ``MAX_CHARS`` characters of text.

The kind is told from the bytes, never from the extension. Errors are
:class:`~digidesk.core.errors.InputError` with ``path``: ``input.not_document`` for
anything that is not one of the three kinds, ``input.too_many_pages``,
``input.too_much_text``, and the codes of :func:`digidesk.core.io.sniff.sniff`.
"""

from __future__ import annotations

import os
import stat
import struct
import zipfile
from dataclasses import dataclass
from typing import BinaryIO, Literal

from digidesk.core.errors import InputError
from digidesk.core.io import sniff as _sniff
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits

DocumentKind = Literal["docx", "pdf", "txt"]
MAX_PAGES = 2_000
MAX_CHARS = 5_000_000
_PDF_MAGIC = b"%PDF-"
_MAX_MEMBERS = 10_000


@dataclass(frozen=True, slots=True)
class DocumentText:
    """A document's text as lines, in reading order; list items start with "• "."""

    path: str
    kind: DocumentKind
    lines: tuple[str, ...]


def sniff_document(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS) -> DocumentKind:
    """ "docx", "pdf" or "txt" for the file at ``path``, or a typed error."""
    where = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("input.not_found", path=where) from None
    except OSError as exc:
        raise InputError("input.unreadable", path=where, reason=str(exc)[:200]) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError("input.not_a_file", path=where)
    size = info.st_size
    if size == 0:
        raise InputError("input.empty", path=where)
    if size > limits.max_file_bytes:
        raise InputError("input.too_large", path=where, size=size, limit=limits.max_file_bytes,
                         limit_mb=limits.max_file_bytes // (1024 * 1024))  # fmt: skip
    try:
        with open(path, "rb") as handle:
            head = handle.read(64 * 1024)
            if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):
                _check_docx(handle, size, where, limits)
                return "docx"
    except OSError as exc:
        raise InputError("input.unreadable", path=where, reason=str(exc)[:200]) from None
    if head.lstrip(b" \t\r\n\x00\xef\xbb\xbf")[:5] == _PDF_MAGIC or _PDF_MAGIC in head[:1024]:
        return "pdf"
    if _sniff._looks_like_text(head) or head.startswith(b"<"):
        if head.lstrip().lower().startswith((b"<html", b"<!doctype", b"<?xml")):
            raise InputError("input.not_document", path=where)
        return "txt"
    raise InputError("input.not_document", path=where)


def _check_docx(handle: BinaryIO, size: int, where: str, limits: Limits) -> None:
    """Refuse a zip that is not a Word document, is encrypted, or inflates too far."""
    try:
        archive = zipfile.ZipFile(handle)
        infos = archive.infolist()
    except (zipfile.BadZipFile, EOFError, ValueError, struct.error, OSError, NotImplementedError):
        raise InputError("input.truncated", path=where) from None
    if len(infos) > _MAX_MEMBERS:
        raise InputError("input.zip_bomb", path=where, member="")
    names = {info.filename.lower() for info in infos}
    if "word/document.xml" not in names:
        raise InputError("input.not_document", path=where)
    _sniff.check_members(infos, limits, where)
    budget = _sniff._Budget(limits, where)
    for info in infos:
        if info.is_dir():
            continue
        found = _sniff._scan_member(handle, info, size, budget, _sniff._UNSAFE_XML)
        if found:
            raise InputError("input.unsafe_xml", path=where, member=info.filename)


def read_document_here(
    path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS
) -> DocumentText:
    """Read the document in this process (bundled files, tests); see :func:`read_document`."""
    where = str(path)
    kind = sniff_document(path, limits)
    if kind == "docx":
        lines = _docx_lines(path, where)
    elif kind == "pdf":
        lines = _pdf_lines(path, where)
    else:
        lines = _text_lines(path, where)
    if sum(len(line) + 1 for line in lines) > MAX_CHARS:
        raise InputError("input.too_much_text", path=where, limit=MAX_CHARS)
    return DocumentText(where, kind, tuple(lines))


def read_document(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    in_worker: bool = True,
    cancelled=None,
) -> DocumentText:
    """The document's lines, read in a worker process unless ``in_worker`` is False."""
    if not in_worker:
        return read_document_here(path, limits)
    from digidesk.core.io.worker import read_in_worker

    return read_in_worker(path, limits, reader=read_document_here, cancelled=cancelled)  # type: ignore[return-value]


def _text_lines(path: str | os.PathLike[str], where: str) -> list[str]:
    from digidesk.core.io.csv_dialect import decode_text

    with open(path, "rb") as handle:
        data = handle.read(MAX_CHARS * 4 + 1)
    if len(data) > MAX_CHARS * 4:
        raise InputError("input.too_much_text", path=where, limit=MAX_CHARS)
    text, _encoding, _lossy = decode_text(data)
    if "\x00" in text:
        raise InputError("input.not_document", path=where)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")


def _pdf_lines(path: str | os.PathLike[str], where: str) -> list[str]:
    import logging

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged files warn at length
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            raise InputError("input.encrypted", path=where)
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise InputError("input.too_many_pages", path=where, limit=MAX_PAGES)
        lines: list[str] = []
        total = 0
        for page in pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_CHARS:
                raise InputError("input.too_much_text", path=where, limit=MAX_CHARS)
            lines.extend(text.replace("\r\n", "\n").split("\n"))
    except InputError:
        raise
    except FileNotDecryptedError:
        raise InputError("input.encrypted", path=where) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            struct.error, OSError, RecursionError) as exc:  # fmt: skip
        raise InputError("input.unreadable", path=where, reason=str(exc)[:200]) from None
    return lines


def _docx_lines(path: str | os.PathLike[str], where: str) -> list[str]:
    try:
        import docx
        from docx.oxml.ns import qn
    except ImportError as exc:  # pragma: no cover - a broken installation
        raise InputError("input.unreadable", path=where, reason=str(exc)) from None
    try:
        document = docx.Document(str(path))
        body = document.element.body
        lines: list[str] = []
        for block in body.iterchildren():
            if block.tag == qn("w:p"):
                lines.extend(_paragraph_lines(block, qn))
            elif block.tag == qn("w:tbl"):
                for cell_paragraph in block.iter(qn("w:p")):
                    lines.extend(_paragraph_lines(cell_paragraph, qn))
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds on damaged files
        raise InputError("input.unreadable", path=where, reason=str(exc)[:200]) from None
    return lines


def _paragraph_lines(paragraph, qn) -> list[str]:
    parts: list[str] = []
    for node in paragraph.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    text = "".join(parts)
    properties = paragraph.find(qn("w:pPr"))
    listed = properties is not None and properties.find(qn("w:numPr")) is not None
    if not listed and properties is not None:
        style = properties.find(qn("w:pStyle"))
        name = (style.get(qn("w:val")) or "") if style is not None else ""
        listed = "list" in name.lower() or "lista" in name.lower()
    lines = text.split("\n")
    if listed and text.strip() and not text.lstrip().startswith(("•", "-", "–", "*")):
        lines[0] = "• " + lines[0].lstrip()
    return lines
