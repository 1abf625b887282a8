"""PDF basics shared by DigiDesk's reports: fonts, page template, tables. reportlab.

Text is set in DejaVu Sans, embedded from matplotlib's own copy of the font (so å ä ö and
the status symbols ✔ ▲ ▼ print everywhere, and no font ships twice). Every page gets a
header (the municipality left, a title right) and a footer (a note left, "page n of m"
right); the words come from the caller, as everywhere in the core. A report is written to
a temporary file and moved into place when complete
(:func:`digidesk.core.atomic.atomic_target`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from digidesk.core.atomic import atomic_target

FONT = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
MARGIN = 14 * mm
_registered = False


def font_folder() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans and its bold face once; returns their names."""
    global _registered
    if not _registered:
        folder = font_folder()
        pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
        # Drawings start from Helvetica, which is not embedded: start them from ours.
        from reportlab.graphics.shapes import STATE_DEFAULTS

        STATE_DEFAULTS["fontName"] = FONT
        _registered = True
    return FONT, BOLD


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What every page says: ``page_text`` is formatted with {page} and {pages}."""

    header_left: str
    header_right: str
    footer_left: str = ""
    page_text: str = "{page} / {pages}"


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=7.5, leading=9.2),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=base, fontName=BOLD, fontSize=7.5, leading=9.2
        ),  # fmt: skip
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=17, leading=21, spaceAfter=4 * mm
        ),  # fmt: skip
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
        ),  # fmt: skip
    }


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (never markup from the data), line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    backgrounds: Mapping[tuple[int, int], str] | None = None,
    bold_rows: Sequence[int] = (),
    row_backgrounds: Mapping[int, str] | None = None,
) -> Table:
    """A table whose header rows repeat on every page; text cells become wrapped
    paragraphs. ``backgrounds`` colour single cells by (row, column), ``row_backgrounds``
    whole rows, by hex colour."""
    sheet = styles()
    cells = []
    for r, row in enumerate(rows):
        style = sheet["cell_bold"] if r < header_rows or r in bold_rows else sheet["cell"]
        cells.append([c if not isinstance(c, str) else para(c, style) for c in row])
    made = Table(cells, colWidths=list(widths), repeatRows=header_rows)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#b0b4ba")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e8eaed")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r, colour in (row_backgrounds or {}).items():
        commands.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor(colour)))
    for (r, c), colour in (backgrounds or {}).items():
        commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(colour)))
    made.setStyle(TableStyle(commands))
    return made


def _numbered_canvas(frame: PageFrame):
    class NumberedCanvas(canvas.Canvas):
        """Keeps the pages until the end, so that each can say how many there are."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # no unembedded Helvetica in the file
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, height = self._pagesize
            self.saveState()
            self.setFont(BOLD, 8.5)
            self.drawString(MARGIN, height - 9 * mm, frame.header_left)
            self.setFont(FONT, 8.5)
            self.drawRightString(width - MARGIN, height - 9 * mm, frame.header_right)
            self.setStrokeColor(colors.HexColor("#b0b4ba"))
            self.setLineWidth(0.4)
            self.line(MARGIN, height - 10.5 * mm, width - MARGIN, height - 10.5 * mm)
            self.setFont(FONT, 7.5)
            self.drawString(MARGIN, 7 * mm, frame.footer_left)
            page = frame.page_text.format(page=number, pages=total)
            self.drawRightString(width - MARGIN, 7 * mm, page)
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    path: str | os.PathLike[str],
    story: list[Any],
    frame: PageFrame,
    *,
    wide: bool = True,
    title: str = "",
    author: str = "DigiDesk",
) -> None:
    """Lay out ``story`` on A4 (landscape when ``wide``) with ``frame`` on every page."""
    register_fonts()
    size = landscape(A4) if wide else A4
    with atomic_target(path) as temp:
        document = SimpleDocTemplate(
            str(temp),
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 2 * mm,
            bottomMargin=MARGIN,
            title=title,
            author=author,
            initialFontName=FONT,
        )
        document.build(story, canvasmaker=_numbered_canvas(frame))


def content_width(wide: bool = True) -> float:
    size = landscape(A4) if wide else A4
    return size[0] - 2 * MARGIN
