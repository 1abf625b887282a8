"""Turn a sheet and its :class:`TablePlan` into the canonical observation table.

Every per-cell decision (number parsing, area matching, period and gender
recognition) is made once per distinct value and mapped over the column, so a
200,000-row table costs a few thousand parser calls.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from digidesk.core.io.grid import Cell, RawSheet
from digidesk.core.io.layout import (
    _CODE_NAME,
    _INDICATOR_CODE,
    AREA_ROLES,
    TablePlan,
    cell_text,
    code_text,
    gender_code,
    historical_name,
    is_blank,
)
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.markers import missing_marker
from digidesk.core.io.periods import parse_period
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import make_observations

_YEAR_IN_TEXT = re.compile(r"(?<!\d)(18|19|20)\d{2}(?!\d)")
_ENGLISH = re.compile(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$")
_DECIMAL_COMMA = re.compile(r"^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$")
_PERCENT_WORDS = ("(%)", "andel", "prosent", "procent", "percent", "%")


@dataclass(slots=True)
class Unmatched:
    text: str
    count: int
    first_row: int  # 1-based row in the sheet, as a spreadsheet program shows it


@dataclass(slots=True)
class TidyResult:
    observations: pd.DataFrame
    indicators: list[Indicator]
    area_names: dict[str, str]
    areas_matched: int
    unmatched: list[Unmatched] = field(default_factory=list)
    markers: dict[str, int] = field(default_factory=dict)
    dropped_rows: int = 0
    warnings: list[str] = field(default_factory=list)


def tidy_table(sheet: RawSheet, plan: TablePlan, register: AreaRegister) -> TidyResult:
    first, last = plan.data_first, plan.data_last
    rows = sheet.rows[first : last + 1]
    row_numbers = np.arange(first + 1, last + 2)

    def column(j: int) -> list[Cell]:
        return [r[j] if j < len(r) else "" for r in rows]

    values = plan.columns_with("value")
    if not values:
        raise ValueError("the plan has no value column")
    keys = [
        c
        for c in plan.columns
        if c.role in (*AREA_ROLES, "indicator", "dimension", "period", "gender")
    ]
    frame = pd.DataFrame({f"c{c.index}": column(c.index) for c in (*keys, *values)}, dtype=object)
    # Block labels: a key written once on the first row of its block holds for the rows below.
    for c in keys:
        name = f"c{c.index}"
        series = frame[name].map(lambda v: None if is_blank(v) else v)
        frame[name] = series.ffill().fillna("")
    value_names = [f"c{c.index}" for c in values]
    raw_keys = pd.DataFrame({f"c{c.index}": column(c.index) for c in keys}, dtype=object)
    # A row without values is a missing observation when its keys are on the row, and a
    # block or section label ("Klimatsmart", a kommun name alone) when at most one is.
    keyed = (~raw_keys.map(is_blank)).sum(axis=1) >= 2 if keys else False
    has_value = ~frame[value_names].map(is_blank).all(axis=1) | keyed
    dropped = int((~has_value).sum())
    frame = frame[has_value]
    row_numbers = row_numbers[has_value.to_numpy()]

    parts: list[pd.DataFrame] = []
    for value_column in values:
        part = pd.DataFrame(index=frame.index)
        part["row"] = row_numbers
        part["raw_value"] = frame[f"c{value_column.index}"]
        if plan.layout == "wide_period":
            part["period_raw"] = value_column.period or ""
            part["indicator_raw"] = _indicator_base(
                frame, plan, default=plan.title or _label_stem(plan)
            )
        elif plan.layout == "wide_indicator":
            part["period_raw"] = _key(frame, plan, "period")
            part["indicator_raw"] = value_column.label
        else:
            label_period = (
                None if plan.columns_with("period") else _label_period(value_column.label)
            )
            part["period_raw"] = label_period or _key(frame, plan, "period")
            default = value_column.label
            if label_period == parse_period(value_column.label) and label_period:
                default = plan.title or plan.sheet  # the header is only a year: "2020"
            part["indicator_raw"] = _indicator_base(
                frame, plan, default=_value_label(plan, default)
            )
        dims = plan.columns_with("dimension")
        if dims:
            suffix = frame[[f"c{d.index}" for d in dims]].map(cell_text).agg(", ".join, axis=1)
            part["indicator_raw"] = part["indicator_raw"].astype(str) + " (" + suffix + ")"
        part["gender_raw"] = _key(frame, plan, "gender")
        for role in AREA_ROLES:
            part[role] = _key(frame, plan, role)
        parts.append(part)
    long = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()

    number, status, is_percent, markers = _parse_values(long["raw_value"])
    periods = _map_unique(long["period_raw"], lambda v: parse_period(v) or cell_text(v))
    genders = _map_unique(
        long["gender_raw"], lambda v: gender_code(cell_text(v)) or cell_text(v) or "T"
    )
    indicator_titles = long["indicator_raw"].map(cell_text)
    area_ids, area_names, unmatched, matched = _areas(long, plan, register, periods)

    indicator_ids = _map_unique(indicator_titles, _indicator_id)
    observations = make_observations(
        {
            "indicator_id": indicator_ids,
            "area_id": area_ids,
            "period": periods,
            "gender": genders,
            "value": number,
            "status": status,
        }
    )
    percent_titles = set(indicator_titles[is_percent].unique())
    indicators = []
    for indicator_id, title in dict(zip(indicator_ids, indicator_titles, strict=True)).items():
        unit = "%" if title in percent_titles or _says_percent(title) else ""
        indicators.append(Indicator(indicator_id=indicator_id, title=title, unit=unit))
    warnings: list[str] = []
    if (periods == "").all():
        warnings.append("no_period")
    if not plan.columns_with(*AREA_ROLES):
        warnings.append("no_area")
    return TidyResult(
        observations=observations,
        indicators=indicators,
        area_names=area_names,
        areas_matched=matched,
        unmatched=unmatched,
        markers=dict(markers),
        dropped_rows=dropped,
        warnings=warnings,
    )


def _label_period(label: str) -> str | None:
    """The period a value column's header names: "2020", "pop2018", "Folkmängd 2023"."""
    found = parse_period(label)
    if found:
        return found
    match = _YEAR_IN_TEXT.search(label)
    return match.group(0) if match else None


def _label_stem(plan: TablePlan) -> str:
    values = plan.columns_with("value")
    stems = {v.label.rsplit(" / ", 1)[0] for v in values if " / " in v.label}
    return stems.pop() if len(stems) == 1 else plan.sheet


def _value_label(plan: TablePlan, label: str) -> str:
    # A value column called just "value"/"Värde" says nothing: name the indicator after the table.
    if label.casefold() in {"value", "values", "värde", "verdi", "visat värde", "visat.värde"}:
        return plan.title or plan.sheet
    return label


def _key(frame: pd.DataFrame, plan: TablePlan, role: str) -> pd.Series:
    found = plan.columns_with(role)  # type: ignore[arg-type]
    if not found:
        return pd.Series([""] * len(frame), index=frame.index, dtype=object)
    return frame[f"c{found[0].index}"]


def _indicator_base(frame: pd.DataFrame, plan: TablePlan, default: str) -> pd.Series:
    found = plan.columns_with("indicator")
    if not found:
        return pd.Series([default] * len(frame), index=frame.index, dtype=object)
    return frame[f"c{found[0].index}"].map(cell_text)


def _indicator_id(title: str) -> str:
    code = title.split(" ", 1)[0]
    return code if _INDICATOR_CODE.match(code) else title


def _says_percent(title: str) -> bool:
    lowered = title.casefold()
    return any(word in lowered for word in _PERCENT_WORDS)


def _map_unique(series: pd.Series, func: Callable[[object], object]) -> pd.Series:
    """``func`` applied once per distinct value (by text for unhashable cells)."""
    keys = series.map(lambda v: v if isinstance(v, Hashable) else str(v))
    codes, uniques = pd.factorize(keys, use_na_sentinel=False)
    mapped = np.empty(len(uniques), dtype=object)
    mapped[:] = [func(u) for u in uniques]  # slice assignment keeps tuples as single objects
    return pd.Series(mapped[codes], index=series.index, dtype=object)


def _english_grouping(raw: pd.Series) -> bool:
    """Whether the column writes thousands with commas ("673,469", "1,434.72").

    "3,25" alone is a decimal comma; one value with both separators, comma first, settles
    the whole column as English.
    """
    texts = [v for v in pd.unique(raw) if isinstance(v, str)][:5000]
    return any(_ENGLISH.match(t.strip()) for t in texts) and not any(
        _DECIMAL_COMMA.match(t.strip()) for t in texts
    )


def _parse_values(raw: pd.Series) -> tuple[np.ndarray, pd.Series, pd.Series, Counter[str]]:
    english = _english_grouping(raw)

    def parse(cell: object) -> tuple[float, str, bool]:
        if isinstance(cell, bool):
            return math.nan, str(cell), False
        if isinstance(cell, int | float):
            return float(cell), "" if not math.isnan(float(cell)) else "..", False
        text = cell_text(cell)  # type: ignore[arg-type]
        if not text:
            return math.nan, "", False
        parsed = parse_number(text.replace(",", "") if english else text)
        if parsed is not None:
            return parsed[0], "", parsed[1]
        marker = missing_marker(text)
        return math.nan, marker if marker is not None else text, False

    parsed = _map_unique(raw, parse)
    number = np.fromiter((p[0] for p in parsed), dtype="float64", count=len(parsed))
    status = parsed.map(lambda p: p[1])
    percent = parsed.map(lambda p: p[2]).astype(bool)
    markers = Counter(s for s in status if s)
    return number, status, percent, markers


def _areas(
    long: pd.DataFrame, plan: TablePlan, register: AreaRegister, periods: pd.Series
) -> tuple[pd.Series, dict[str, str], list[Unmatched], int]:
    country = plan.country or None
    names: dict[str, str] = {}
    unmatched: Counter[str] = Counter()
    first_rows: dict[str, int] = {}
    has = {role: bool(plan.columns_with(role)) for role in AREA_ROLES}  # type: ignore[arg-type]
    on = _first_year(periods)

    def resolve(code: str, name: str) -> str:
        if code:
            area = register.get(code, country, on=on) or register.get(code, country)
            area_id = code
            display = name or (area.name if area else "")
            if area is None and name:
                guess = register.match_name(name, country, on=on)
                if guess is not None:
                    area_id, display, area = guess.area_id, name, guess
            if area is None:
                unmatched[code if not name else f"{code} {name}"] += 1
        else:
            area = (
                register.match_name(name, country, on=on) or register.match_name(name, country)
                if name
                else None
            )
            if area is None and name:
                stem, valid_on = historical_name(name)
                if valid_on is not None:
                    area = register.match_name(stem, country, on=valid_on)
            if area is None:
                if name:
                    unmatched[name] += 1
                return name
            area_id, display = area.area_id, name
        names.setdefault(area_id, display or area_id)
        return area_id

    if has["area"]:
        keys = long["area"].map(cell_text)
    else:
        codes = long["area_code"].map(code_text) if has["area_code"] else None
        texts = long["area_name"].map(cell_text) if has["area_name"] else None
        if codes is not None and texts is not None:
            keys = codes + "\t" + texts
        else:
            keys = codes if codes is not None else texts  # type: ignore[assignment]
    if keys is None:
        return pd.Series([""] * len(long), dtype=object), {}, [], 0

    def resolve_key(key: object) -> str:
        text = str(key)
        if has["area"]:
            match = _CODE_NAME.match(text)
            if match:
                return resolve(code_text(match.group(1)), match.group(2).strip())
            return resolve("", text)
        if "\t" in text:
            code, name = text.split("\t", 1)
            return resolve(code, name)
        return resolve(text, "") if has["area_code"] else resolve("", text)

    ids = _map_unique(keys, resolve_key)
    rows = long["row"].to_numpy()
    for text in unmatched:
        first_rows[text] = 0
    unmatched_list = []
    if unmatched:
        key_text = keys.map(str)
        for text, count in unmatched.most_common():
            probe = text.replace(" ", "\t", 1) if "\t" in "".join(key_text.head(1)) else text
            hits = np.flatnonzero(key_text.to_numpy() == probe)
            first = int(rows[hits[0]]) if len(hits) else 0
            # The counter counts distinct texts once; report rows affected.
            unmatched_list.append(Unmatched(text, int(len(hits)) or count, first))
    matched = len(names)
    return ids, names, unmatched_list, matched


def _first_year(periods: pd.Series) -> str | None:
    for value in pd.unique(periods):
        text = str(value)
        if len(text) >= 4 and text[:4].isdigit():
            return text[:4]
    return None
