"""What one cell is: blank, a figure, a missing-value marker, a code, a gender, a name.

The lowest layer of the import: every later step (finding tables, guessing
roles, tidying) asks these questions of cells and never the other way round.
Nothing here knows the area register.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from digidesk.core.io.grid import Cell
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.markers import missing_marker
from digidesk.core.model.areas import normalise_code

_GENDERS = {
    "t": "T", "totalt": "T", "total": "T", "tot": "T", "alla": "T", "båda könen": "T",
    "begge kjønn": "T", "begge kjonn": "T", "both sexes": "T", "k": "K", "kvinnor": "K",
    "kvinna": "K", "kvinner": "K", "kvinne": "K", "female": "K", "females": "K",
    "women": "K", "f": "K", "m": "M", "män": "M", "man": "M", "menn": "M", "mann": "M",
    "male": "M", "males": "M", "men": "M", "0": "T", "1": "M", "2": "K",  # SSB's kjønn codes
}  # fmt: skip
#: Gender words that say so in any header; the one-letter and numeric codes only say it in a
#: column whose header is about gender.
_HEADER_GENDERS = {k: v for k, v in _GENDERS.items() if len(k) > 1 and not k.isdigit()}
_HEADER_GENDERS.update({"m": "M", "k": "K"})  # SSB's "M" and "K" column headers
CODE = re.compile(r"^\d{1,4}$|^[A-Z]{2,3}\d{0,5}$")
_CODE_NAME = re.compile(r"^\s*(\d{2,5}|[A-Z]{2}\d{1,3})\s+(\S.*)$")
_INDICATOR_CODE = re.compile(r"^[A-Z]\d{5}$")  # Kolada KPI ids: N00945, U00408
_VALIDITY = re.compile(r"^(.*?)\s*\((\d{4})?\s*-\s*(\d{4})?\)\s*$")
_FOOTNOTE = re.compile(r"\s*[*¹²³⁴⁵]+$")
_LETTER = re.compile(r"[^\W\d_]")


def is_blank(cell: Cell) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_numeric(cell: Cell) -> bool:
    """A number, number text ("1 234,5", "56,8 %") or a missing marker ("..")."""
    if isinstance(cell, bool):
        return False
    if isinstance(cell, int | float):
        return True
    if isinstance(cell, str):
        return parse_number(cell) is not None or missing_marker(cell) is not None
    return False


def is_marker(cell: Cell) -> bool:
    return isinstance(cell, str) and missing_marker(cell) is not None


def is_year_number(cell: Cell) -> bool:
    return (
        isinstance(cell, int | float)
        and not isinstance(cell, bool)
        and float(cell).is_integer()
        and 1800 <= cell <= 2100
    )


def cell_text(cell: Cell) -> str:
    """A cell as text: integral floats without ".0" (codes and years read as numbers)."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime) and cell.time() == dt.time(0):
        return cell.date().isoformat()
    if cell is None:
        return ""
    # Socialstyrelsen writes age bands with a soft hyphen ("0\u00ad4"), invisible on screen.
    return str(cell).replace("\u00ad", "-").strip()


def row_cells(row: Sequence[Cell]) -> list[tuple[int, Cell]]:
    """The non-blank cells of a row with their column numbers."""
    return [
        (j, c)
        for j, c in enumerate(row)
        if c != "" and c is not None and not (c.__class__ is str and c.isspace())
    ]


def column_letter(j: int) -> str:
    name = ""
    j += 1
    while j:
        j, rest = divmod(j - 1, 26)
        name = chr(65 + rest) + name
    return name


def code_text(cell: Cell) -> str:
    """An area code as text with its leading zeros restored (114 -> "0114", 301 -> "0301")."""
    text = cell_text(cell)
    return normalise_code(text) if text.isdigit() else text.upper()


def gender_code(text: str) -> str | None:
    """T, K or M for a gender as a column of genders writes it ("Kvinnor", "K", "2")."""
    return _GENDERS.get(text.strip().casefold())


def header_gender(text: str) -> str | None:
    """T, K or M for a header part that names a gender ("Menn", "Kvinner", "Begge kjønn")."""
    return _HEADER_GENDERS.get(" ".join(text.split()).casefold())


def is_code(text: str) -> bool:
    """Looks like an area code: up to four digits, or letters and digits ("EAK", "G2328")."""
    return bool(CODE.match(text))


def split_code_name(text: str) -> tuple[str, str] | None:
    """("0114", "Upplands Väsby") for SSB/SCB's "0114 Upplands Väsby"; None otherwise.

    The rest must be a name, with letters: "123 456" is a number with a space between
    its thousands, not area 0123 called "456".
    """
    match = _CODE_NAME.match(text)
    if match is None or not _LETTER.search(match.group(2)):
        return None
    return match.group(1), match.group(2).strip()


def has_letters(text: str) -> bool:
    return bool(_LETTER.search(text))


def is_indicator_code(text: str) -> bool:
    """A Kolada KPI id ("N00945", "U00408")."""
    return bool(_INDICATOR_CODE.match(text))


def without_footnote(text: str) -> str:
    """ "Gotlands län*" → "Gotlands län", "Gotland ¹" → "Gotland"."""
    return _FOOTNOTE.sub("", text)


def historical_name(text: str) -> tuple[str, str | None]:
    """SSB's "Halden (-2019)" and "Moss (2020-2023)": the name and a date it was valid."""
    match = _VALIDITY.match(text)
    if not match:
        return text, None
    start, end = match.group(2), match.group(3)
    if start:
        return match.group(1), f"{start}-06-30"
    return match.group(1), f"{end}-06-30" if end else None


def name_ended(text: str) -> tuple[str, int] | None:
    """("Halden", 2019) for SSB's "Halden (-2019)": a name that stopped being used."""
    match = _VALIDITY.match(text)
    if not match or not match.group(3):
        return None
    return match.group(1).strip(), int(match.group(3))
