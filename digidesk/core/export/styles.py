"""Cell formats of a workbook, made once per combination, and exact numbers."""

from __future__ import annotations

from typing import Any

import xlsxwriter
from xlsxwriter.format import Format

DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


class Exact(float):
    """A float that xlsxwriter writes with all the digits it needs.

    xlsxwriter formats numbers with 16 significant digits; some doubles need 17, and a
    value must read back exactly as it was. ``repr`` is the shortest exact text.
    """

    __slots__ = ()

    def __format__(self, spec: str) -> str:
        return float.__repr__(self)


class Styles:
    """Formats are workbook-wide objects: make each combination once."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook = workbook
        self._cache: dict[tuple[Any, ...], Format | None] = {}
        self.header = self.get(bold=True)
        self.key = self.get(bold=True, top=True)

    def get(
        self,
        num_format: str | None = None,
        *,
        bold: bool = False,
        wrap: bool = False,
        quote: bool = False,
        top: bool = False,
    ) -> Format | None:
        key = (num_format, bold, wrap, quote, top)
        if key not in self._cache:
            props: dict[str, Any] = {}
            if num_format:
                props["num_format"] = num_format
            if bold:
                props["bold"] = True
            if wrap:
                props.update(text_wrap=True, valign="top")
            elif top:
                props["valign"] = "top"
            if quote:
                props["quote_prefix"] = True
            self._cache[key] = self._workbook.add_format(props) if props else None
        return self._cache[key]
