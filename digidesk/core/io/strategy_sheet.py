"""A strategy from a spreadsheet: one row per target, or a ragged planning sheet.

Three shapes are read:

- **one row per target** (DigiDesk's template, ``resources/templates/``, and sheets like
  it): columns such as Mål, Utvecklingsområde, Mätbar uppföljning, År, Indikator-id,
  Område, Kön, Utgångsvärde, Utgångsperiod, Målvärde, Jämförelse, Perspektiv, recognised
  by their header in Swedish, Norwegian or English wherever the header row is. A goal or
  area cell left empty repeats the one above. The template's "Perspektiv",
  "Beskrivningar" and "Om strategin" sheets are read when present.
- **goal section rows**: a header with only a target (or indicator) column, and goals as
  rows of their own, after an empty row, with their targets below
  (``rus_indikatorer_oversikt.xlsx``).
- **goals as column headers**, targets listed in the column under each goal.

Columns that are not recognised are kept in each target's ``details`` ("Källa: Kolada").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from digidesk.core.errors import InputError
from digidesk.core.io.grid import Cell, RawBook, RawSheet
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.target_text import due_year
from digidesk.core.model.strategy import FocusArea, Goal, Perspective, Strategy, Target

TARGET_SHEET = "Mätbar uppföljning"
PERSPECTIVE_SHEET = "Perspektiv"
DESCRIPTION_SHEET = "Beskrivningar"
ABOUT_SHEET = "Om strategin"

#: The template's columns, in its order, by field.
TEMPLATE_COLUMNS: dict[str, str] = {
    "id": "Id",
    "perspectives": "Perspektiv",
    "goal": "Mål",
    "area": "Utvecklingsområde",
    "text": "Mätbar uppföljning",
    "due_year": "År",
    "indicator_id": "Indikator-id",
    "area_id": "Område",
    "gender": "Kön",
    "baseline": "Utgångsvärde",
    "baseline_period": "Utgångsperiod",
    "target_value": "Målvärde",
    "comparator": "Jämförelse",
}
_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id", "target id", "target_id", "mål-id"),
    "perspectives": ("perspektiv", "perspektiver", "perspective", "perspectives"),
    "goal": ("mål", "övergripande mål", "overordnet mål", "hovedmål", "goal", "goals"),
    "area": ("utvecklingsområde", "utvecklingsområden", "utviklingsområde", "fokusområde",
             "development area", "focus area", "focus_area", "strategiskt utvecklingsområde"),
    "text": ("mätbar uppföljning", "målbar oppfølging", "uppföljning", "delmål", "målsättning",
             "target", "measurable target", "oppfølging"),
    "indicator_id": ("indikator-id", "indikator id", "indicator_id", "indicator id", "kpi",
                     "nyckeltal", "kpi-id"),
    "area_id": ("område", "områdeskod", "kommunkod", "kommunenummer", "area", "area_id"),
    "due_year": ("år", "måldatum", "målår", "due year", "due_year", "frist", "klart år"),
    "gender": ("kön", "kjønn", "gender"),
    "baseline": ("utgångsvärde", "utgangsverdi", "basvärde", "startvärde", "baseline"),
    "baseline_period": ("utgångsperiod", "utgångsår", "basår", "utgangsår", "utgangsperiode",
                        "baseline period", "baseline_period"),
    "target_value": ("målvärde", "målverdi", "target value", "target_value"),
    "comparator": ("jämförelse", "jämförelsetecken", "sammenligning", "villkor", "comparator"),
}  # fmt: skip
_LOOSE_TEXT = ("indikator", "indikatorer", "indicator", "indicators")
_COMPARATORS = {
    ">=": ">=", "≥": ">=", "minst": ">=", "at least": ">=", "=>": ">=",
    "<=": "<=", "≤": "<=", "högst": "<=", "høyst": "<=", "at most": "<=", "=<": "<=",
    "=": "==", "==": "==", "lika med": "==", "lik": "==",
}  # fmt: skip
_HEADER_ROWS = 30


def _key(cell: Cell) -> str:
    return re.sub(r"\s+", " ", str(cell)).strip().lower().rstrip(":") if cell != "" else ""


def _text(cell: Cell) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date):
        return cell.isoformat()[:10]
    return re.sub(r"\s+", " ", str(cell)).strip()


def _roles(row: list[Cell]) -> dict[int, str]:
    lookup = {name: role for role, names in _NAMES.items() for name in names}
    roles = {j: lookup[_key(c)] for j, c in enumerate(row) if _key(c) in lookup}
    if "text" not in roles.values():
        loose = [j for j, c in enumerate(row) if _key(c) in _LOOSE_TEXT]
        if loose:
            roles[loose[0]] = "text"
    return roles


@dataclass(slots=True)
class _Builder:
    goals: dict[str, dict[str, list[Target]]] = field(default_factory=dict)
    perspectives: dict[str, str] = field(default_factory=dict)  # name -> id

    def add(self, goal: str, area: str, target: Target | None) -> None:
        areas = self.goals.setdefault(goal, {})
        targets = areas.setdefault(area, [])
        if target is not None:
            targets.append(target)

    def perspective_ids(self, text: str) -> tuple[str, ...]:
        ids = []
        for name in (p.strip() for p in re.split(r"[,;]", text) if p.strip()):
            if name not in self.perspectives:
                self.perspectives[name] = f"P{len(self.perspectives) + 1}"
            ids.append(self.perspectives[name])
        return tuple(ids)


def strategy_from_book(book: RawBook) -> Strategy:
    """The strategy the workbook holds; InputError "input.no_strategy" when none."""
    sheets = {s.name: s for s in book.sheets}
    main = sheets.get(TARGET_SHEET)
    candidates = [main] if main is not None else list(book.sheets)
    builder = _Builder()
    if PERSPECTIVE_SHEET in sheets:
        for row in sheets[PERSPECTIVE_SHEET].rows[1:]:
            if len(row) >= 2 and _text(row[1]):
                builder.perspectives[_text(row[1])] = _text(row[0]) or f"P{len(row)}"
    for sheet in candidates:
        if _read_sheet(sheet, builder):
            break
    else:
        raise InputError("input.no_strategy", path=book.path)
    descriptions = _pairs(sheets.get(DESCRIPTION_SHEET), 2)
    about = {k: v for k, v, *_ in _pairs(sheets.get(ABOUT_SHEET), 1)}
    if not about.get("name"):
        about["name"] = _title_above(candidates, sheet)
    return _strategy(builder, book, sheets, descriptions, about)


def _title_above(sheets: list[RawSheet], sheet: RawSheet) -> str:
    """A title in the first row of a ragged sheet ("RUS-Indikatorer"), if it has one."""
    for row in sheet.rows[:3]:
        cells = [_text(c) for c in row if _text(c)]
        if len(cells) == 1 and not _roles(row):
            return cells[0]
        if cells:
            break
    return ""


def _pairs(sheet: RawSheet | None, width: int) -> list[list[str]]:
    if sheet is None:
        return []
    return [[_text(c) for c in row] + [""] * (width + 1 - len(row)) for row in sheet.rows[1:]]


def _strategy(builder, book, sheets, descriptions, about) -> Strategy:
    described = {row[0]: row[2] if len(row) > 2 else "" for row in descriptions}
    goals = []
    n_target = 0
    for g, (goal_name, areas) in enumerate(builder.goals.items(), start=1):
        made_areas = []
        for a, (area_name, targets) in enumerate(areas.items(), start=1):
            area_id = f"G{g}.{a}"
            fixed = []
            for target in targets:
                n_target += 1
                fixed.append(target if target.id else _with_id(target, n_target))
            made_areas.append(FocusArea(area_id, area_name, described.get(area_id, ""),
                                        tuple(fixed)))  # fmt: skip
        goals.append(Goal(f"G{g}", goal_name, described.get(f"G{g}", ""), tuple(made_areas)))
    perspective_rows = {r[0]: r for r in _pairs(sheets.get(PERSPECTIVE_SHEET), 3)}
    perspectives = tuple(
        Perspective(pid, name, (perspective_rows.get(pid) or ["", "", ""])[2])
        for name, pid in builder.perspectives.items()
    )
    return Strategy(
        name=about.get("name") or Path(book.path).stem,
        area_id=about.get("area_id") or None,
        adopted=about.get("adopted") or None,
        perspectives=perspectives,
        goals=tuple(goals),
        country=about.get("country", ""),
        as_of=about.get("as_of") or None,
        source=Path(book.path).name,
    )


def _with_id(target: Target, n: int) -> Target:
    from dataclasses import replace

    return replace(target, id=f"T{n:02d}")


def _read_sheet(sheet: RawSheet, builder: _Builder) -> bool:
    rows = sheet.rows
    best, header = {}, -1
    for r, row in enumerate(rows[:_HEADER_ROWS]):
        roles = _roles(row)
        if "text" in roles.values() and len(roles) > len(best):
            best, header = roles, r
    if header >= 0:
        return _read_rows(rows, header, best, builder, sheet.name)
    return _read_columns(rows, builder)


def _read_rows(rows, header: int, roles: dict[int, str], builder: _Builder, sheet: str) -> bool:
    column = {role: j for j, role in roles.items()}
    extra = {j: _text(c) for j, c in enumerate(rows[header]) if j not in roles and _text(c)}
    goal, area = "", ""
    sections = "goal" not in column
    previous_blank = True
    found = False
    for row in rows[header + 1 :]:
        cells = {j: _text(c) for j, c in enumerate(row) if _text(c)}
        if not cells:
            previous_blank = True
            continue

        def get(role: str, cells=cells) -> str:
            return cells.get(column[role], "") if role in column else ""

        text = get("text")
        if sections and previous_blank and list(cells) == [column["text"]]:
            goal, area = text, ""
            builder.add(goal, area, None)
            previous_blank = False
            continue
        previous_blank = False
        goal = get("goal") or goal
        area = get("area") or (area if not get("goal") else "")
        if not text:
            builder.add(goal or sheet, area, None)
            continue
        details = "; ".join(f"{extra[j]}: {v}" for j, v in cells.items() if j in extra)
        builder.add(goal or sheet, area, _target(get, text, details, builder))
        found = True
    return found


def _number(text: str) -> float | None:
    parsed = parse_number(text) if text else None
    return parsed[0] if parsed else None


def _target(get, text: str, details: str, builder: _Builder) -> Target:
    year_text = get("due_year")
    year = int(_number(year_text)) if _number(year_text) else due_year(year_text or text)[0]
    comparator = _COMPARATORS.get(get("comparator").lower(), ">=")
    period = get("baseline_period")
    if period.endswith(".0"):
        period = period[:-2]
    return Target(
        id=get("id"),
        text=text,
        due_year=year,
        perspectives=builder.perspective_ids(get("perspectives")),
        indicator_id=get("indicator_id") or None,
        area_id=get("area_id") or None,
        baseline=_number(get("baseline")),
        target_value=_number(get("target_value")),
        comparator=comparator,  # type: ignore[arg-type]
        baseline_period=period or None,
        gender=get("gender").upper()[:1] or "T",
        details=details,
    )


def _read_columns(rows, builder: _Builder) -> bool:
    """Goals as column headers (the first row with text), targets listed under each."""
    for r, row in enumerate(rows[:_HEADER_ROWS]):
        heads = {j: _text(c) for j, c in enumerate(row) if _text(c) and _number(_text(c)) is None}
        if not heads:
            continue
        found = False
        for j, goal in heads.items():
            builder.add(goal, "", None)
            for below in rows[r + 1 :]:
                text = _text(below[j]) if j < len(below) else ""
                if text:
                    builder.add(goal, "", Target("", text, due_year(text)[0]))
                    found = True
        return found
    return False
