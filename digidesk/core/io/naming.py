"""Names and periods a table gives its figures when no column says them.

An indicator is named by its indicator column, else by what the value column's
header names besides period, gender and area (its measure), else by the table's
title or sheet. A table without a period column takes the one period its title
names ("… kommun nov 2017"), else its sheet's name when that is a period.
"""

from __future__ import annotations

import re

from digidesk.core.io.cells import is_indicator_code
from digidesk.core.io.periods import parse_period
from digidesk.core.io.plan import ColumnPlan, TablePlan

_YEAR_IN_TEXT = re.compile(r"(?<!\d)(18|19|20)\d{2}(?!\d)")
_MONTH_YEAR = re.compile(r"[A-Za-zåäöÅÄÖøØæÆ]+\.?\s+(18|19|20)\d{2}(?!\d)")
_PERCENT_WORDS = ("(%)", "andel", "prosent", "procent", "percent", "%")
# A value column called just "value"/"Värde" says nothing: the table names the indicator.
_GENERIC = {"value", "values", "värde", "verdi", "visat värde", "visat.värde"}


def title_period(title: str) -> str | None:
    """The one period a table title names ("nov 2017" → "2017M11"), or None (none or several)."""
    years = _YEAR_IN_TEXT.findall(title)
    if len(years) != 1:
        return None
    match = _MONTH_YEAR.search(title)
    found = parse_period(match.group(0)) if match else None
    return found or _YEAR_IN_TEXT.search(title).group(0)  # type: ignore[union-attr]


def table_period(plan: TablePlan) -> str | None:
    """The period of a table that has none in its cells: from its title, else its sheet's
    name ("2023" in a workbook of one sheet per year)."""
    return title_period(plan.title) or parse_period(plan.sheet.strip())


def label_period(label: str) -> str | None:
    """The period a single value column's header names: "2020", "pop2018", "Folkmängd 2023"."""
    found = parse_period(label)
    if found:
        return found
    match = _YEAR_IN_TEXT.search(label)
    return match.group(0) if match else None


def is_generic(label: str) -> bool:
    return label.casefold().strip() in _GENERIC


def measure_of(column: ColumnPlan) -> str:
    """What the header names besides period, gender and area ("" when nothing)."""
    measure = column.measure if column.measure is not None else column.label
    return "" if is_generic(measure) else measure


def column_indicator(plan: TablePlan, column: ColumnPlan, measures_differ: bool) -> str:
    """The indicator of a wide table's value column that no indicator column names."""
    measure = measure_of(column)
    if not measure:
        return plan.title or plan.sheet
    if plan.layout == "wide_period" and not measures_differ:
        return plan.title or measure
    return measure


def long_indicator(plan: TablePlan, column: ColumnPlan, period: str | None) -> str:
    """The indicator of a table's single value column; ``period`` its header names."""
    label = column.label
    if period and period == parse_period(label):
        return plan.title or plan.sheet  # the header is only a year: "2020"
    return plan.title or plan.sheet if is_generic(label) else label


def indicator_id(title: str) -> str:
    code = title.split(" ", 1)[0]
    return code if is_indicator_code(code) else title


def says_percent(title: str) -> bool:
    lowered = title.casefold()
    return any(word in lowered for word in _PERCENT_WORDS)
