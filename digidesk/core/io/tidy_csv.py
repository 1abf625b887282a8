"""Read back the tidy observation CSV that DigiDesk writes (``digidesk convert``).

The file has exactly the columns of :data:`TIDY_COLUMNS` (and a last ``dataset``
column when it holds several datasets), in the standard (``,``, decimal point) or
the Nordic (``;``, decimal comma) dialect. Reading it and writing it again gives the
same bytes.
"""

from __future__ import annotations

import csv
import math
import os
from collections import Counter
from pathlib import Path

from digidesk.core.errors import InputError
from digidesk.core.export.safety import unescape_csv_text
from digidesk.core.export.tidy import DATASET_COLUMN, TIDY_COLUMNS
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, Provenance, make_observations
from digidesk.core.model.workspace import Workspace


def sniff_tidy_header(first_line: str) -> str | None:
    """The delimiter if ``first_line`` is a tidy-table header, else None."""
    line = first_line.lstrip("\ufeff").rstrip("\r\n")
    for delimiter in (",", ";"):
        if tuple(line.split(delimiter)) in (TIDY_COLUMNS, (*TIDY_COLUMNS, DATASET_COLUMN)):
            return delimiter
    return None


def is_tidy_csv(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, encoding="utf-8-sig", errors="replace") as handle:
            return sniff_tidy_header(handle.readline()) is not None
    except OSError:
        return False


def read_tidy_csv(path: str | os.PathLike[str], register: AreaRegister | None = None) -> Workspace:
    source = Path(path)
    with open(source, encoding="utf-8-sig", newline="") as handle:
        delimiter = sniff_tidy_header(handle.readline())
        if delimiter is None:
            raise InputError("input.not_tidy_csv", path=str(source))
        handle.seek(0)
        if handle.read(1) != "\ufeff":
            handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter)
        width = len(next(reader))
        rows = list(reader)
    decimal = "," if delimiter == ";" else "."
    indicators: dict[str, str] = {}
    parts: dict[str, tuple[dict[str, list], dict[str, str]]] = {}
    for line_number, raw in enumerate(rows, start=2):
        if len(raw) != width:
            raise InputError("input.bad_row", path=str(source), line=line_number)
        row = [unescape_csv_text(cell) for cell in raw]
        indicator_id, title, area_id, area, period, gender, value, status = row[:8]
        dataset_id = row[8] if width > len(TIDY_COLUMNS) else "ds"
        if dataset_id not in parts:
            parts[dataset_id] = ({c: [] for c in _OBSERVATION_FIELDS}, {})
        columns, area_names = parts[dataset_id]
        indicators.setdefault(indicator_id, title)
        area_names.setdefault(area_id, area)
        try:
            number = float(value.replace(decimal, ".")) if value else math.nan
        except ValueError as exc:
            raise InputError(
                "input.bad_number", path=str(source), line=line_number, text=value
            ) from exc
        for name, cell in (
            ("indicator_id", indicator_id),
            ("area_id", area_id),
            ("period", period),
            ("gender", gender),
            ("value", number),
            ("status", status),
        ):
            columns[name].append(cell)
    workspace = Workspace(title=source.stem)
    for indicator_id, title in indicators.items():
        workspace.indicators[indicator_id] = Indicator(indicator_id, title)
    for dataset_id, (columns, area_names) in parts.items() or [("ds", _empty())]:
        workspace.datasets.append(
            Dataset(
                dataset_id=dataset_id,
                name=source.stem if len(parts) <= 1 else f"{source.stem}: {dataset_id}",
                observations=make_observations(columns),
                country=_guess_country(area_names, register or default_register()),
                area_names=area_names,
                provenance=Provenance(file_name=source.name),
            )
        )
    return workspace


_OBSERVATION_FIELDS = ("indicator_id", "area_id", "period", "gender", "value", "status")


def _empty() -> tuple[dict[str, list], dict[str, str]]:
    return {c: [] for c in _OBSERVATION_FIELDS}, {}


def _guess_country(area_names: dict[str, str], register: AreaRegister) -> str:
    """The country whose register knows these codes by these names, or "" if unclear."""
    votes: Counter[str] = Counter()
    for area_id, name in area_names.items():
        for country in ("SE", "NO"):
            match = register.match_name(name, country=country) if name else None
            if match is not None and match.area_id == area_id:
                votes[country] += 1
    if not votes:
        return ""
    (best, count), *rest = votes.most_common()
    return best if not rest or rest[0][1] * 4 < count else ""
