"""Read back the tidy observation CSV that DigiDesk writes (``digidesk convert``).

The file has exactly the columns of :data:`TIDY_COLUMNS`, after a ``dataset``
column when it holds several datasets, in the standard (``,``, decimal point)
or the Nordic (``;``, decimal comma) dialect. Each dataset comes back as one.
Reading it and writing it again gives the same bytes.
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
        columns = tuple(line.split(delimiter))
        if columns in (TIDY_COLUMNS, (DATASET_COLUMN, *TIDY_COLUMNS)):
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
    try:
        with open(source, encoding="utf-8-sig", newline="") as handle:
            delimiter = sniff_tidy_header(handle.readline())
            if delimiter is None:
                raise InputError("input.not_tidy_csv", path=str(source))
            handle.seek(0)
            if handle.read(1) != "\ufeff":
                handle.seek(0)
            reader = csv.reader(handle, delimiter=delimiter)
            header = next(reader)
            rows = list(reader)
    except UnicodeDecodeError:
        raise InputError("input.not_text", path=str(source)) from None
    except csv.Error as exc:  # a NUL byte, a field over the size limit
        raise InputError("input.unreadable", path=str(source), reason=str(exc)[:200]) from None
    except OSError as exc:
        raise InputError("input.unreadable", path=str(source), reason=exc.strerror) from None
    width = len(header)
    decimal = "," if delimiter == ";" else "."
    register = register or default_register()
    titles: dict[str, str] = {}
    datasets: dict[str, _Columns] = {}
    for line_number, raw in enumerate(rows, start=2):
        if len(raw) != width:
            raise InputError("input.bad_row", path=str(source), line=line_number)
        row = [unescape_csv_text(cell) for cell in raw]
        name = row.pop(0) if width > len(TIDY_COLUMNS) else source.stem
        indicator_id, title, area_id, area, period, gender, value, status = row
        titles.setdefault(indicator_id, title)
        try:
            number = float(value.replace(decimal, ".")) if value else math.nan
        except ValueError as exc:
            raise InputError(
                "input.bad_number", path=str(source), line=line_number, text=value
            ) from exc
        columns = datasets.setdefault(name, _Columns())
        columns.area_names.setdefault(area_id, area)
        for key, cell in zip(
            _OBSERVATION_KEYS, (indicator_id, area_id, period, gender, number, status), strict=True
        ):
            columns.values[key].append(cell)
    if not datasets:
        datasets[source.stem] = _Columns()
    workspace = Workspace(title=source.stem)
    for indicator_id, title in titles.items():
        workspace.indicators[indicator_id] = Indicator(indicator_id, title)
    for n, (name, columns) in enumerate(datasets.items()):
        workspace.datasets.append(
            Dataset(
                dataset_id="ds" if len(datasets) == 1 else f"ds{n + 1}",
                name=name,
                observations=make_observations(columns.values),
                country=_guess_country(columns.area_names, register),
                area_names=columns.area_names,
                provenance=Provenance(file_name=source.name),
            )
        )
    return workspace


_OBSERVATION_KEYS = ("indicator_id", "area_id", "period", "gender", "value", "status")


class _Columns:
    """One dataset's columns as read."""

    def __init__(self) -> None:
        self.values: dict[str, list] = {key: [] for key in _OBSERVATION_KEYS}
        self.area_names: dict[str, str] = {}


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
