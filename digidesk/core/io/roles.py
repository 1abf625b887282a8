"""Guess what each column of a table holds, and which country the table is about.

Works on a sample of distinct values, so a 200,000-row sheet costs no more to
plan than a 2,000-row one. The guess is the user's to correct: the import
wizard edits the :class:`~digidesk.core.io.plan.TablePlan` it goes into.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from operator import itemgetter

from digidesk.core.io.area_text import area_candidates
from digidesk.core.io.cells import (
    cell_text,
    column_letter,
    gender_code,
    has_letters,
    is_blank,
    is_code,
    is_indicator_code,
    is_marker,
    is_numeric,
    split_code_name,
)
from digidesk.core.io.grid import Cell, RawSheet
from digidesk.core.io.header_keys import header_keys, names_period_or_gender
from digidesk.core.io.periods import parse_period
from digidesk.core.io.plan import AREA_ROLES, ColumnPlan, Role, plan_layout
from digidesk.core.model.areas import AreaRegister

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
_SAMPLE = 400


def _sample(sheet: RawSheet, j: int, first: int, last: int) -> list[Cell]:
    """Up to _SAMPLE distinct non-blank values of column j, in order of appearance."""
    step = max(1, (last - first + 1) // 20_000)
    rows = sheet.rows[first : last + 1 : step]
    if all(len(row) > j for row in rows):
        column = list(map(itemgetter(j), rows))
    else:
        column = [row[j] for row in rows if j < len(row)]
    # The distinct cells in order of appearance in one pass in C; then each decided once.
    seen: dict[object, None] = {}
    for cell in dict.fromkeys(column):
        if not is_blank(cell):
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


def guess_roles(
    sheet: RawSheet, labels: list[str], first: int, last: int, register: AreaRegister
) -> list[ColumnPlan]:
    columns: list[ColumnPlan] = []
    for j, label in enumerate(labels):
        values = _sample(sheet, j, first, last)
        role = _role_of(label, values, register)
        if not label and role == "value" and _is_row_numbers(values):
            role = "ignore"  # row numbers written by R's write.csv or pandas' to_csv
        columns.append(ColumnPlan(j, label or column_letter(j), role, distinct=len(values)))
    columns = _one_area_column_each(columns)
    columns = header_keys(columns, register)
    columns = _breakdown_names_indicators(columns)
    return _attributes_ignored(sheet, columns, first, last)


def _attributes_ignored(
    sheet: RawSheet, columns: list[ColumnPlan], first: int, last: int
) -> list[ColumnPlan]:
    """A column that holds one value per area describes the area (its county, mayor,
    language form, the län code beside the kommun code); it is neither a breakdown of the
    figures nor a figure itself, so it neither splits the indicators nor becomes one.

    A column with the same text on every row (the KPI of a one-KPI export) is about the
    whole table and stays."""
    # The column that decides each row's area: the code where there is one.
    area = next(
        (c for role in ("area_code", "area", "area_name") for c in columns if c.role == role),
        None,
    )
    if area is None:
        return columns
    rows = sheet.rows[first : min(last, first + 5000) + 1]

    def cells(j: int) -> list[str]:
        return [cell_text(r[j]) if j < len(r) else "" for r in rows]

    keys, carry = [], ""
    for text in cells(area.index):  # a block's label holds for the rows below it
        carry = text or carry
        keys.append("" if is_marker(carry) else carry)  # "." where a row has no area
    known = [k for k in keys if k]
    single = len(set(known)) >= 5 and len(set(known)) >= 0.9 * len(known)
    ignored: set[int] = set()
    for c in columns:
        if c.role not in ("dimension", "value"):
            continue
        if c.role == "value" and (area.role not in ("area_code", "area") or c.distinct > 100):
            continue  # figures, not the few codes of the counties
        texts = cells(c.index)
        if not single and len({t for t in texts if t}) < 2:
            continue  # the same on every row of a long table: about the table ("totalt ålder")
        if c.role == "value" and not _county_codes(keys, texts, area):
            continue
        if single or _one_per_key(keys, texts):
            ignored.add(c.index)
    return [replace(c, role="ignore") if c.index in ignored else c for c in columns]


def _one_per_key(keys: list[str], texts: list[str]) -> bool:
    seen: dict[str, str] = {}
    for key, text in zip(keys, texts, strict=True):
        if key and text and seen.setdefault(key, text) != text:
            return False
    return True


def _county_codes(keys: list[str], texts: list[str], area: ColumnPlan) -> bool:
    """A column of small whole numbers that are the county part of the rows' area codes
    (12 beside 1280 Malmö): a code, never a figure."""
    if area.role not in ("area_code", "area"):
        return False
    pairs = [(k, t) for k, t in zip(keys, texts, strict=True) if k and t]
    if not pairs or not all(t.isdigit() and len(t) <= 2 for _, t in pairs):
        return False
    fits = sum(k.split(" ", 1)[0].zfill(4)[:2] == t.zfill(2) for k, t in pairs)
    return fits >= 0.9 * len(pairs)


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
        if known < 0.9 * len(texts) or names_period_or_gender(label):
            area_role = None
    if area_role is not None and (hint in (None, "area_code", "area_name") or numeric < 0.5):
        return area_role
    if period_share >= 0.95 and len(values) <= 200 and hint not in ("value",):
        return "period"
    if hint == "indicator":
        return "indicator"
    if numeric >= 0.8 and any(is_numeric(v) and not is_marker(v) for v in values):
        if _says_code(label) and all(t.isdigit() for t in texts if not is_marker(t)):
            return "dimension"  # "Fylkenr", "Næringsregionnr": numbers that are codes
        return "value"  # markers alone ("x", "-") are not figures
    if label and is_indicator_code(texts[0]) and all(is_indicator_code(t) for t in texts):
        return "indicator"
    if len(values) < _SAMPLE and max(len(t) for t in texts) <= 80:
        return "dimension"
    return "ignore"


_CODE_WORDS = ("nr", "nummer", "kod", "kode", "code", "id", "no")
_CODE_ENDINGS = ("nr", "nummer", "kod", "kode", "koder")


def _says_code(label: str) -> bool:
    """A header that calls its column a number or code: "Fylkenr", "Sentralitet_nr_2008"."""
    words = [w for w in re.split(r"[\s_./()-]+", label.split(" / ")[-1].casefold()) if w]
    return any(w in _CODE_WORDS or w.endswith(_CODE_ENDINGS) for w in words)


_WEEK_WORDS = ("vecka", "veckonummer", "vecknr", "uke", "ukenummer", "week", "week_number")


def _is_week_column(label: str, texts: list[str]) -> bool:
    first = re.split(r"[\s_./()-]+", label.casefold().strip())[0] if label.strip() else ""
    if first not in _WEEK_WORDS:
        return False
    return all(t.isdigit() and 1 <= int(t) <= 53 for t in texts)


def _area_role(texts: list[str], register: AreaRegister) -> Role | None:
    sample = [t for t in texts[:120] if not is_marker(t)]  # "." where a region has no code
    if not sample:
        return None
    hits = sum(bool(area_candidates(t, register)) for t in sample)
    if hits < max(1, 0.5 * len(sample)):
        return None
    if all(is_code(t) for t in sample):
        return "area_code"
    if sum(split_code_name(t) is not None for t in sample) >= 0.8 * len(sample):
        return "area"
    if sum(has_letters(t) for t in sample) < 0.5 * len(sample):
        return None  # figures ("4", "5.2") that happen to be codes are not names
    return "area_name"


def _one_area_column_each(columns: list[ColumnPlan]) -> list[ColumnPlan]:
    """One area code and one area name column: the most local level wins."""
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
    return result


def _breakdown_names_indicators(columns: list[ColumnPlan]) -> list[ColumnPlan]:
    """Wide over time or areas with one text breakdown and no indicator column: the breakdown
    names the indicators (Kolada's EOS export lists its KPIs in the second column, KOSTRA's
    nøkkeltall in the first)."""
    if plan_layout(columns) not in ("wide_period", "wide_area"):
        return columns
    if any(c.role == "indicator" for c in columns):
        return columns
    dims = [c for c in columns if c.role == "dimension"]
    if len(dims) != 1:
        return columns
    return [replace(c, role="indicator") if c is dims[0] else c for c in columns]


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
