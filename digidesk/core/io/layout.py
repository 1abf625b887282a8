"""Find the tables on a sheet and guess what each column holds.

The result is a :class:`TablePlan`: where the header and the data are, each
column's role, and whether the table is long or wide. The plan is a guess the
user can correct (the import wizard edits it); :mod:`digidesk.core.io.tidy`
turns a sheet and its plan into observations.

Everything works on a sample of distinct values, so a 200,000-row sheet costs
no more to plan than a 2,000-row one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, get_args

from digidesk.core.io.grid import Cell, RawSheet
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.markers import missing_marker
from digidesk.core.io.periods import parse_period
from digidesk.core.model.areas import AreaRegister, normalise_code

Role = Literal[
    "area",  # code and name in one cell: "0114 Upplands Väsby"
    "area_code",
    "area_name",
    "indicator",
    "period",
    "gender",
    "value",
    "dimension",  # another breakdown (age group, sector): folded into the indicator
    "ignore",
]
ROLES: tuple[Role, ...] = get_args(Role)
Layout = Literal["long", "wide_period", "wide_indicator", "wide_area"]
AREA_ROLES = ("area", "area_code", "area_name")

# Header words that tell a column's role, in Swedish, Norwegian and English.
_HINTS: tuple[tuple[Role, tuple[str, ...]], ...] = (
    ("gender", ("kön", "kjønn", "kjonn", "gender", "sex")),
    (
        "period",
        (
            "år", "year", "tid", "period", "månad", "måned", "month", "kvartal", "quarter",
            "time", "datum", "dato", "date", "statistikdatum",
        ),
    ),
    (
        "area_code",
        (
            "kommunkod", "kommunenummer", "kommunenr", "kommunnummer", "regionkod", "regionkode",
            "municipality_id", "municipality_code", "kod", "kode", "code", "number", "nr",
            "knr", "länskod", "fylkesnummer",
        ),
    ),
    (
        "area_name",
        (
            "kommun", "kommune", "region", "område", "municipality", "kommunnamn",
            "kommunenavn", "komunenavn", "landsting", "län", "fylke", "namn", "navn", "name",
            "kommun/landsting", "kommun.landsting", "regionnamn", "area",
        ),
    ),
    (
        "indicator",
        (
            "nyckeltal", "kpi", "indikator", "indicator", "contents", "statistikvariabel",
            "variabel", "mått", "fråga", "innhold", "statistikkvariabel", "measure",
        ),
    ),
    ("value", ("värde", "verdi", "value", "visat värde", "visat.värde", "values")),
)  # fmt: skip
_GENDERS = {
    "t": "T", "totalt": "T", "total": "T", "tot": "T", "alla": "T", "båda könen": "T",
    "begge kjønn": "T", "both sexes": "T", "k": "K", "kvinnor": "K", "kvinna": "K",
    "kvinner": "K", "kvinne": "K", "female": "K", "females": "K", "women": "K", "f": "K",
    "m": "M", "män": "M", "man": "M", "menn": "M", "mann": "M", "male": "M", "males": "M",
    "men": "M", "0": "T", "1": "M", "2": "K",  # SSB's kjønn codes
}  # fmt: skip
_CODE = re.compile(r"^\d{1,4}$|^[A-Z]{2,3}\d{0,5}$")
_CODE_NAME = re.compile(r"^\s*(\d{2,5}|[A-Z]{2}\d{1,3})\s+(\S.*)$")
_INDICATOR_CODE = re.compile(r"^[A-Z]\d{5}$")  # Kolada KPI ids: N00945, U00408
_SAMPLE = 400
_VALIDITY = re.compile(r"^(.*?)\s*\((\d{4})?\s*-\s*(\d{4})?\)\s*$")


def gender_code(text: str) -> str | None:
    return _GENDERS.get(text.strip().casefold())


@dataclass(frozen=True, slots=True)
class ColumnPlan:
    index: int
    label: str
    role: Role
    # For value columns of a wide table: the period the header names.
    period: str | None = None
    # For value columns of a table wide over areas ("Blekinge", "Dalarna" as columns).
    area: str | None = None
    distinct: int = 0  # distinct values seen in a sample (at most _SAMPLE)


@dataclass(frozen=True, slots=True)
class TablePlan:
    sheet: str
    title: str
    header_first: int | None  # 0-based row numbers; None when the table has no header
    header_last: int | None
    data_first: int
    data_last: int  # inclusive
    columns: tuple[ColumnPlan, ...]
    layout: Layout
    country: str = ""  # "SE", "NO" or "" when unclear
    format_name: str = ""
    notes: tuple[str, ...] = ()  # footnotes and source lines found around the table
    warnings: tuple[str, ...] = field(default=())

    def with_role(self, column: int, role: Role) -> TablePlan:
        """The plan with one column's role changed (and the layout re-derived)."""
        columns = tuple(replace(c, role=role) if c.index == column else c for c in self.columns)
        return replace(self, columns=columns, layout=_layout(columns))

    def columns_with(self, *roles: Role) -> list[ColumnPlan]:
        return [c for c in self.columns if c.role in roles]


# -- cells -----------------------------------------------------------------------------------


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


def _is_marker(cell: Cell) -> bool:
    return isinstance(cell, str) and missing_marker(cell) is not None


def _is_year_number(cell: Cell) -> bool:
    return (
        isinstance(cell, int | float)
        and not isinstance(cell, bool)
        and float(cell).is_integer()
        and 1800 <= cell <= 2100
    )


def _row_cells(row: Sequence[Cell]) -> list[tuple[int, Cell]]:
    return [(j, c) for j, c in enumerate(row) if not is_blank(c)]


def _headerish(row: Sequence[Cell]) -> bool:
    """Mostly labels: text that is not a number, or a run of years (a wide header)."""
    cells = _row_cells(row)
    if not cells:
        return False
    numbers = [c for _, c in cells if is_numeric(c)]
    if not numbers:
        return True
    if all(_is_year_number(c) or (isinstance(c, str) and parse_period(c)) for c in numbers):
        return len(numbers) >= 2 or len(cells) > len(numbers)
    return False


# -- finding tables --------------------------------------------------------------------------


def find_tables(sheet: RawSheet, register: AreaRegister, start: int = 0) -> list[TablePlan]:
    """Every table on the sheet, top to bottom (several when tables are stacked)."""
    plans: list[TablePlan] = []
    row = start
    while row < sheet.n_rows:
        plan = _table_from(sheet, register, row)
        if plan is None:
            break
        plans.append(plan)
        row = plan.data_last + 1
    return plans


def _table_from(sheet: RawSheet, register: AreaRegister, start: int) -> TablePlan | None:
    rows = sheet.rows
    n = len(rows)
    widths = [len(_row_cells(r)) for r in rows[start : start + 300]]
    wide_rows = [w for w in widths if w >= 2]
    if not wide_rows:
        return None
    width = Counter(wide_rows).most_common(1)[0][0]
    located = _locate_by_data(rows, start, n)
    if located is not None:
        titles, header_first, header_last, r = located
    else:
        titles, header_first, header_last, r = _locate_by_labels(rows, start, n, width)
        if r < 0:
            return None
    data_first = r
    # Data: up to two blank rows in a row, or a new header after a blank row.
    data_last = data_first - 1
    blank_run = 0
    notes: list[str] = []
    for i in range(data_first, n):
        cells = _row_cells(rows[i])
        if not cells:
            blank_run += 1
            if blank_run >= 2 and _next_is_new_table(rows, i + 1, width):
                break
            continue
        if (
            blank_run
            and len(cells) >= 2
            and _headerish(rows[i])
            and not _headerish(rows[data_last] if data_last >= data_first else [])
        ):
            break  # a stacked table starts here
        if len(cells) == 1 and _is_note(cells[0][1]) and blank_run:
            notes.append(cell_text(cells[0][1]))
            continue
        blank_run = 0
        data_last = i
    # Footnotes further down, before anything that looks like another table.
    for row in rows[data_last + 1 : data_last + 30]:
        cells = _row_cells(row)
        if len(cells) > 1:
            break
        if cells and _is_note(cells[0][1]):
            text = cell_text(cells[0][1])
            if text not in notes:
                notes.append(text)
    if data_last < data_first:
        return None
    # Notes right below the data, without a blank line (footnotes, "Källa: SCB").
    while data_last > data_first:
        cells = _row_cells(rows[data_last])
        if len(cells) == 1 and _is_note(cells[0][1]) and width > 2:
            notes.insert(0, cell_text(cells[0][1]))
            data_last -= 1
        else:
            break
    labels = _column_labels(sheet, header_first, header_last)
    columns = _guess_roles(sheet, labels, data_first, data_last, register)
    country = guess_country(sheet, columns, data_first, data_last, register)
    plan = TablePlan(
        sheet=sheet.name,
        title=" ".join(titles).strip() or "",
        header_first=header_first,
        header_last=header_last,
        data_first=data_first,
        data_last=data_last,
        columns=tuple(columns),
        layout=_layout(columns),
        country=country,
        notes=tuple(notes),
    )
    return plan


def _datalike(row: Sequence[Cell]) -> bool:
    """A row of figures: at least half its cells numbers or markers, and not a header of years."""
    cells = _row_cells(row)
    if len(cells) < 2 or _headerish(row):
        return False
    numbers = sum(is_numeric(c) for _, c in cells)
    return numbers >= max(1, len(cells) / 2)


def _locate_by_data(
    rows: list[list[Cell]], start: int, n: int
) -> tuple[list[str], int | None, int | None, int] | None:
    """Titles, header rows and first data row, found from the first run of figures upwards.

    Works for headers that hold numbers ("-29" as an age band) and for several header rows
    under merged cells, where scanning down for label rows stops too early.
    """
    nonblank = [i for i in range(start, min(n, start + 200)) if _row_cells(rows[i])]
    data_first = None
    for k, i in enumerate(nonblank[:80]):
        following = nonblank[k + 1] if k + 1 < len(nonblank) else None
        if _datalike(rows[i]) and (following is None or _datalike(rows[following])):
            data_first = i
            break
    if data_first is None:
        return None
    # Header: the non-blank rows right above the data (one blank row allowed in between).
    h = data_first - 1
    if h >= start and not _row_cells(rows[h]):
        h -= 1
    if h < start or not _row_cells(rows[h]) or _datalike(rows[h]):
        header_first = header_last = None
        top = data_first
    else:
        header_last = header_first = h
        below = len(_row_cells(rows[h]))
        while header_first - 1 >= start and header_last - header_first < 5:
            above = _row_cells(rows[header_first - 1])
            if not above or _datalike(rows[header_first - 1]):
                break
            if len(above) == 1 and below >= 3 and len(cell_text(above[0][1])) > 30:
                break  # a long lone sentence is the table's title, not a column label
            header_first -= 1
        top = header_first
    titles = [
        " ".join(cell_text(c) for _, c in _row_cells(rows[i]))
        for i in range(start, top)
        if _row_cells(rows[i])
    ]
    return titles, header_first, header_last, data_first


def _locate_by_labels(
    rows: list[list[Cell]], start: int, n: int, width: int
) -> tuple[list[str], int | None, int | None, int]:
    """For tables without figures: lone cells on top are titles, the next row the header."""
    r = start
    titles: list[str] = []
    while r < n and len(_row_cells(rows[r])) <= 1 and (width > 1 or r - start < 1):
        cells = _row_cells(rows[r])
        if cells:
            titles.append(cell_text(cells[0][1]))
        r += 1
        if r - start > 30:
            return titles, None, None, -1
    header_first: int | None = r
    while r < n and _headerish(rows[r]) and len(_row_cells(rows[r])) >= 1:
        r += 1
        if r - header_first > 6:  # type: ignore[operator]
            break
    header_last: int | None = r - 1
    if header_last < header_first:  # type: ignore[operator]
        header_first = header_last = None
    elif r >= n:
        # Labels and nothing else: a text-only table, its first row the header.
        header_last = header_first
        r = header_first + 1  # type: ignore[operator]
    return titles, header_first, header_last, r


def _next_is_new_table(rows: list[list[Cell]], i: int, width: int) -> bool:
    for row in rows[i : i + 5]:
        if _row_cells(row):
            return True
    return True


def _is_note(cell: Cell) -> bool:
    if not isinstance(cell, str):
        return False
    text = cell.strip()
    return len(text) > 12 or text.lower().startswith(
        ("källa", "kilde", "source", "anm", "not", "*")
    )


def _column_labels(sheet: RawSheet, first: int | None, last: int | None) -> list[str]:
    width = sheet.n_cols
    if first is None or last is None:
        return [f"{column_letter(j)}" for j in range(width)]
    header = [
        list(sheet.rows[r]) + [""] * (width - len(sheet.rows[r])) for r in range(first, last + 1)
    ]
    # Spread merged labels over the columns they span (explicit merges, then the
    # convention that an upper header label covers the empty cells to its right).
    for merged in sheet.merged:
        if merged.first_row < first or merged.first_row > last:
            continue
        value = (
            sheet.rows[merged.first_row][merged.first_col]
            if merged.first_col < len(sheet.rows[merged.first_row])
            else ""
        )
        for r in range(merged.first_row, min(merged.last_row, last) + 1):
            for j in range(merged.first_col, min(merged.last_col + 1, width)):
                if is_blank(header[r - first][j]):
                    header[r - first][j] = value
    # Without merge information (CSV, ods), an upper label covers the empty cells to its
    # right; with it, the merges say exactly which columns a label spans.
    for row in header[:-1] if not sheet.merged else ():
        carry: Cell = ""
        for j in range(width):
            if is_blank(row[j]):
                if not is_blank(header[-1][j]) or j == 0:
                    row[j] = carry
            else:
                carry = row[j]
    labels = []
    for j in range(width):
        parts: list[str] = []
        for row in header:
            text = cell_text(row[j])
            if text and text not in parts:
                parts.append(text)
        labels.append(" / ".join(parts) if parts else "")
    return labels


def column_letter(j: int) -> str:
    name = ""
    j += 1
    while j:
        j, rest = divmod(j - 1, 26)
        name = chr(65 + rest) + name
    return name


# -- column roles ----------------------------------------------------------------------------


def _sample(sheet: RawSheet, j: int, first: int, last: int) -> list[Cell]:
    """Up to _SAMPLE distinct non-blank values of column j, in order of appearance."""
    seen: dict[object, None] = {}
    rows = sheet.rows
    step = max(1, (last - first + 1) // 20_000)
    for i in range(first, last + 1, step):
        row = rows[i]
        if j < len(row) and not is_blank(row[j]):
            cell = row[j]
            key = cell if isinstance(cell, str | int | float) else str(cell)
            seen.setdefault(key, None)
            if len(seen) >= _SAMPLE:
                break
    return list(seen)  # type: ignore[arg-type]


def _hint(label: str) -> Role | None:
    text = label.casefold().strip()
    last = text.split(" / ")[-1].strip()
    for candidate in (last, text):
        words = re.split(r"[\s_./()-]+", candidate)
        for role, hints in _HINTS:
            if candidate in hints or (words and words[0] in hints and len(words) <= 2):
                return role
    return None


def _guess_roles(
    sheet: RawSheet, labels: list[str], first: int, last: int, register: AreaRegister
) -> list[ColumnPlan]:
    columns: list[ColumnPlan] = []
    for j, label in enumerate(labels):
        values = _sample(sheet, j, first, last)
        role = _role_of(label, values, register)
        if not label and role == "value" and _is_row_numbers(values):
            role = "ignore"  # row numbers written by R's write.csv or pandas' to_csv
        columns.append(ColumnPlan(j, label or column_letter(j), role, distinct=len(values)))
    columns = _settle(columns, labels)
    columns = _areas_as_columns(columns, register)
    return _attributes_ignored(sheet, columns, first, last)


def header_area_text(label: str) -> str:
    """An area named by a column header: "Jämtland_Härjedalen" → "Jämtland Härjedalen"."""
    return label.split(" / ")[-1].replace("_", " ").strip()


def _areas_as_columns(columns: list[ColumnPlan], register: AreaRegister) -> list[ColumnPlan]:
    """Value columns named after areas, with no area column: a table wide over areas."""
    if any(c.role in AREA_ROLES for c in columns):
        return columns
    values = [c for c in columns if c.role == "value" and not c.period]
    named = {c.index for c in values if area_candidates(header_area_text(c.label), register)}
    if len(named) < 3 or len(named) < 0.6 * len(values):
        return columns
    return [replace(c, area=header_area_text(c.label)) if c.index in named else c for c in columns]


def _attributes_ignored(
    sheet: RawSheet, columns: list[ColumnPlan], first: int, last: int
) -> list[ColumnPlan]:
    """A text column with one value per area (mayor, county, language form) describes the
    area; it is not a breakdown of the figures, so it does not split the indicators."""
    area = next((c for c in columns if c.role in AREA_ROLES), None)
    dims = [c for c in columns if c.role == "dimension"]
    if area is None or not dims:
        return columns
    rows = sheet.rows[first : min(last, first + 5000) + 1]
    keys = [cell_text(r[area.index]) if area.index < len(r) else "" for r in rows]
    if len(set(keys)) < 5 or len(set(keys)) < 0.9 * len(keys):
        return columns  # several rows per area: the other columns break the figures down
    ignored = {d.index for d in dims}
    return [replace(c, role="ignore") if c.index in ignored else c for c in columns]


def _is_row_numbers(values: list[Cell]) -> bool:
    numbers = [float(cell_text(v)) for v in values[:50] if cell_text(v).isdigit()]
    return len(numbers) >= 2 and all(b - a == 1 for a, b in zip(numbers, numbers[1:], strict=False))


def _role_of(label: str, values: list[Cell], register: AreaRegister) -> Role:
    if not values:
        return "ignore"
    texts = [cell_text(v) for v in values]
    hint = _hint(label)
    numeric = sum(is_numeric(v) for v in values) / len(values)
    if hint == "gender" or (
        len(texts) <= 4 and all(gender_code(t) for t in texts) and numeric < 0.5
    ):
        return "gender"
    period_share = sum(parse_period(v) is not None for v in values) / len(values)
    if hint == "period" and period_share >= 0.8:
        return "period"
    if _is_week_column(label, texts):
        return "period"  # joined with the year column: 2020 and 7 make 2020V07
    if period_share >= 0.95 and all(len(parse_period(v) or "") > 4 for v in values[:50]):
        return "period"  # dates and months, however many distinct ones
    area_role = _area_role(texts, register)
    if area_role == "area_code" and hint not in ("area_code", "area_name"):
        # Counts and codes look alike ("18" is a län, "301" Oslo): without a header that
        # says so, only a column of 3–4 digit codes, nearly all known, is taken for codes.
        known = sum(len(t) >= 3 and bool(register.candidates(t)) for t in texts)
        if known < 0.9 * len(texts):
            area_role = None
    if area_role is not None and (hint in (None, "area_code", "area_name") or numeric < 0.5):
        return area_role
    if period_share >= 0.95 and len(values) <= 200 and hint not in ("value",):
        return "period"
    if hint == "indicator":
        return "indicator"
    if numeric >= 0.8 and any(is_numeric(v) and not _is_marker(v) for v in values):
        return "value"  # markers alone ("x", "-") are not figures
    if label and _INDICATOR_CODE.match(texts[0]) and all(_INDICATOR_CODE.match(t) for t in texts):
        return "indicator"
    if len(values) < _SAMPLE and max(len(t) for t in texts) <= 80:
        return "dimension"
    return "ignore"


def area_candidates(text: str, register: AreaRegister, country: str | None = None) -> list:
    """Areas a cell may mean; "SE110 Stockholms län" (a code the register lacks) by its name."""
    found = register.candidates(text, country=country)
    if not found:
        match = _CODE_NAME.match(text)
        if match:
            found = register.candidates(match.group(2), country=country)
    if not found:
        name, on = historical_name(text)
        if on is not None:
            found = register.candidates(name, country=country, on=on)
    return found


def historical_name(text: str) -> tuple[str, str | None]:
    """SSB's "Halden (-2019)" and "Moss (2020-2023)": the name and a date it was valid."""
    match = _VALIDITY.match(text)
    if not match:
        return text, None
    start, end = match.group(2), match.group(3)
    if start:
        return match.group(1), f"{start}-06-30"
    return match.group(1), f"{end}-06-30" if end else None


_WEEK_WORDS = ("vecka", "veckonummer", "vecknr", "uke", "ukenummer", "week", "week_number")


def _is_week_column(label: str, texts: list[str]) -> bool:
    first = re.split(r"[\s_./()-]+", label.casefold().strip())[0] if label.strip() else ""
    if first not in _WEEK_WORDS:
        return False
    return all(t.isdigit() and 1 <= int(t) <= 53 for t in texts)


def _area_role(texts: list[str], register: AreaRegister) -> Role | None:
    sample = texts[:120]
    hits = sum(bool(area_candidates(t, register)) for t in sample)
    if hits < max(1, 0.5 * len(sample)):
        return None
    if all(_CODE.match(t) for t in sample):
        return "area_code"
    if sum(bool(_CODE_NAME.match(t)) for t in sample) >= 0.8 * len(sample):
        return "area"
    return "area_name"


def _settle(columns: list[ColumnPlan], labels: list[str]) -> list[ColumnPlan]:
    """Resolve conflicts: one area code and one area name, years as headers make a wide table."""
    result = list(columns)
    # Two code-like area columns: the one whose header says so wins, the other is ignored.
    for role in AREA_ROLES:
        found = [c for c in result if c.role == role]
        if len(found) > 1:
            # The most local level has the most distinct codes: kommune over fylke.
            keep = max(found, key=lambda c: (c.distinct, _hint(c.label) is not None))
            result = [
                replace(c, role="dimension" if c.distinct <= 50 else "ignore")
                if c.role == role and c is not keep
                else c
                for c in result
            ]
    # Value columns whose headers are periods: a table wide over time.
    values = [c for c in result if c.role == "value"]
    periods = {c.index: parse_period(c.label.split(" / ")[-1]) for c in values}
    if len(values) >= 2 and sum(p is not None for p in periods.values()) >= 0.8 * len(values):
        result = [
            replace(c, period=periods.get(c.index)) if c.role == "value" else c for c in result
        ]
    # Wide over time with one text breakdown and no indicator column: the breakdown names
    # the indicators (Kolada's EOS export lists its KPIs in the second column).
    if _layout(result) == "wide_period" and not any(c.role == "indicator" for c in result):
        dims = [c for c in result if c.role == "dimension"]
        if len(dims) == 1:
            result = [replace(c, role="indicator") if c is dims[0] else c for c in result]
    return result


def _layout(columns: Sequence[ColumnPlan]) -> Layout:
    values = [c for c in columns if c.role == "value"]
    if len(values) <= 1:
        return "long"
    if all(c.period for c in values):
        return "wide_period"
    if any(c.area for c in values):
        return "wide_area"
    return "wide_indicator"


def guess_country(
    sheet: RawSheet,
    columns: Sequence[ColumnPlan],
    first: int,
    last: int,
    register: AreaRegister,
) -> str:
    """SE or NO by which register knows more of the table's areas; "" when it can't tell."""
    area = next((c for c in columns if c.role in AREA_ROLES), None)
    if area is None:
        headers = [c.area for c in columns if c.area]
        votes = Counter(
            country
            for text in headers
            for country in ("SE", "NO")
            if area_candidates(text, register, country)
        )
        return votes.most_common(1)[0][0] if votes else ""
    texts = [cell_text(v) for v in _sample(sheet, area.index, first, last)][:200]
    votes: Counter[str] = Counter()
    for text in texts:
        for country in ("SE", "NO"):
            if area_candidates(text, register, country):
                votes[country] += 1
    names = [c for c in columns if c.role == "area_name"]
    if area.role == "area_code" and names:
        # Codes collide between the countries: let the names decide.
        named = [cell_text(v) for v in _sample(sheet, names[0].index, first, last)][:200]
        votes = Counter()
        for text in named:
            for country in ("SE", "NO"):
                if register.candidates(text, country=country):
                    votes[country] += 1
    if not votes:
        label = area.label.casefold()
        if "kommune" in label or "fylke" in label:
            return "NO"
        return "SE" if "kommun" in label or "län" in label else ""
    (best, count), *rest = votes.most_common()
    if rest and rest[0][1] * 1.5 > count:
        label = area.label.casefold()
        if "kommune" in label or "fylke" in label:
            return "NO"
        if "kommun" in label or "län" in label:
            return "SE"
        return ""
    return best


def code_text(cell: Cell) -> str:
    """An area code as text with its leading zeros restored (114 -> "0114", 301 -> "0301")."""
    text = cell_text(cell)
    return normalise_code(text) if text.isdigit() else text.upper()
