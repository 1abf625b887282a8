"""Import a spreadsheet: read it safely, find its tables, tidy them into datasets.

``inspect_book`` plans without importing (the wizard and ``digidesk inspect``
show the plan); ``import_book`` applies plans, possibly corrected by the user.
Reading happens in a worker process (see :mod:`worker`); planning and tidying
are pure functions of the grid.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from digidesk.core.errors import InputError
from digidesk.core.io import own_export
from digidesk.core.io.formats import recognise
from digidesk.core.io.grid import RawBook
from digidesk.core.io.limits import DEFAULT_LIMITS, Limits
from digidesk.core.io.plan import TablePlan
from digidesk.core.io.sheets_apart import keep_tables_apart
from digidesk.core.io.tables import find_tables
from digidesk.core.io.tidy import TidyResult, tidy_table
from digidesk.core.model.areas import AreaRegister, default_register
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.observations import Dataset, Provenance
from digidesk.core.model.workspace import Workspace
from digidesk.core.progress import NullProgress, Progress


@dataclass(slots=True)
class Inspection:
    book: RawBook
    plans: list[TablePlan]


@dataclass(slots=True)
class ImportedTable:
    plan: TablePlan
    dataset: Dataset
    result: TidyResult


@dataclass(slots=True)
class ImportResult:
    path: str
    tables: list[ImportedTable] = field(default_factory=list)
    skipped: list[TablePlan] = field(default_factory=list)  # tables without values

    def to_workspace(self, title: str | None = None) -> Workspace:
        workspace = Workspace(title=title or Path(self.path).stem)
        for table in self.tables:
            for indicator in table.result.indicators:
                workspace.indicators.setdefault(indicator.indicator_id, indicator)
            workspace.datasets.append(table.dataset)
        return workspace


def read_book(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    include_hidden: bool = False,
    in_worker: bool = True,
    cancelled=None,
) -> RawBook:
    """Read the file; in a worker process unless ``in_worker`` is False (tests, tools)."""
    if in_worker:
        from digidesk.core.io.worker import read_in_worker

        return read_in_worker(path, limits, include_hidden=include_hidden, cancelled=cancelled)
    from digidesk.core.io import readers

    return readers.read_book(path, limits, include_hidden=include_hidden)


def inspect_book(
    book: RawBook, register: AreaRegister | None = None, *, default_country: str = ""
) -> Inspection:
    """Plan every table of the book. ``default_country`` ("SE" or "NO") is the country of
    a table whose areas do not tell (codes both registers know, no names, no "kommun" or
    "kommune" in the header): the user's choice in the preferences."""
    register = register or default_register()
    plans: list[TablePlan] = []
    for sheet in book.sheets:
        for plan in find_tables(sheet, register):
            plans.append(recognise(book, plan))
    if own_export.is_own_export(book):
        plans = own_export.recognise_own(book, plans)
    if default_country in ("SE", "NO"):
        plans = [p if p.country else replace(p, country=default_country) for p in plans]
    return Inspection(book=book, plans=plans)


def import_book(
    book: RawBook,
    plans: list[TablePlan],
    register: AreaRegister | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    register = register or default_register()
    progress = progress or NullProgress()
    sheets = {s.name: s for s in book.sheets}
    result = ImportResult(path=book.path)
    own: dict[str, Indicator] | None = None  # a DigiDesk workbook's own indicators
    done: list[tuple[TablePlan, TidyResult]] = []
    for n, plan in enumerate(plans):
        if progress.cancelled:
            raise InputError("input.cancelled", path=book.path)
        progress.report(n / max(1, len(plans)), plan.sheet)
        if not plan.columns_with("value"):
            result.skipped.append(plan)
            continue
        if own is None:
            own = own_export.indicators_of(book) if own_export.is_own_export(book) else {}
        if plan.format_name == own_export.FORMAT_NAME:
            tidy = own_export.tidy_own(sheets[plan.sheet], own, register)
        else:
            tidy = tidy_table(sheets[plan.sheet], plan, register, decimal=book.decimal)
            if own:
                tidy = own_export.restore_indicators(tidy, own)
        done.append((plan, tidy))
    kept = [p for p, _ in done]
    tidied = keep_tables_apart(kept, [t for _, t in done])
    names = dataset_names(book, kept)
    for n, (plan, tidy, name) in enumerate(zip(kept, tidied, names, strict=True)):
        dataset = Dataset(
            dataset_id=f"{Path(book.path).stem}-{n + 1}",
            name=name,
            observations=tidy.observations,
            country=plan.country,
            area_names=tidy.area_names,
            provenance=Provenance(
                file_name=Path(book.path).name,
                publisher=plan.format_name,
                sheet=plan.sheet,
            ),
        )
        result.tables.append(ImportedTable(plan=plan, dataset=dataset, result=tidy))
    progress.report(1.0)
    if not result.tables:
        raise InputError("input.no_values", path=book.path)
    return result


def dataset_names(book: RawBook, plans: Sequence[TablePlan]) -> list[str]:
    """A name for each table's dataset, different from the others of the file: the file's
    name, then the sheet's when the file has several sheets (a stacked table's title, or
    its number, after it), else the table's title."""
    stem = Path(book.path).stem
    several = len(book.sheets) > 1
    per_sheet = Counter(p.sheet for p in plans)
    names: list[str] = []
    for plan in plans:
        if several:
            label = plan.sheet
            if per_sheet[plan.sheet] > 1:
                label += f" – {plan.title}" if plan.title else ""
        else:
            label = plan.title or (plan.sheet if book.kind != "csv" else "")
        name = f"{stem}: {label}" if label and label != stem else stem
        names.append(name)
    seen: Counter[str] = Counter()
    unique: list[str] = []
    for name in names:
        seen[name] += 1
        unique.append(name if names.count(name) == 1 else f"{name} ({seen[name]})")
    return unique


def import_file(
    path: str | os.PathLike[str],
    limits: Limits = DEFAULT_LIMITS,
    *,
    include_hidden: bool = False,
    in_worker: bool = True,
    register: AreaRegister | None = None,
) -> ImportResult:
    """Read, plan and tidy a file with the detected plans.

    In the worker the whole import runs in the child process: the compact observation
    tables cross the process boundary instead of the raw grid of cells.
    """
    if in_worker:
        from digidesk.core.io.worker import read_in_worker

        return read_in_worker(  # type: ignore[return-value]
            path, limits, reader=_import_in_child, read_ahead=True, include_hidden=include_hidden
        )
    book = read_book(path, limits, include_hidden=include_hidden, in_worker=False)
    inspection = inspect_book(book, register)
    return import_book(book, inspection.plans, register)


def _import_in_child(
    path: str | os.PathLike[str], limits: Limits, include_hidden: bool = False
) -> ImportResult:
    return import_file(path, limits, include_hidden=include_hidden, in_worker=False)
