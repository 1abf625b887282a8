"""Turning typed, pasted or filled cell texts into one undoable command.

A table view knows which cells the user aimed at; each is either an existing
observation (its index label) or, in a pivot, an empty cell that names the
keys a new observation would have. :func:`cell_edit` makes of them one
command — a value change, new observations, or both in a :class:`Batch` —
so that a whole paste is one undo step.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from digidesk.core.commands import AddObservations, Batch, Command, SetObservations
from digidesk.core.io.locale_numbers import parse_number
from digidesk.core.io.markers import missing_marker
from digidesk.core.model.observations import make_observations, next_labels

#: The marker an emptied cell gets.
CLEARED = ".."


def parse_cell(text: str) -> tuple[float, str] | None:
    """(value, status) for a cell's text, or None when it is neither a number nor a marker.

    Empty text and a marker are a missing value (NaN) with that marker as status.
    """
    text = text.strip()
    if text == "":
        return math.nan, CLEARED
    parsed = parse_number(text)
    if parsed is not None:
        return parsed[0], ""
    marker = missing_marker(text)
    return (math.nan, marker) if marker else None


def parse_clipboard(text: str) -> list[list[str]]:
    """Tab-separated lines as a spreadsheet program copies them (one trailing newline)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.split("\t") for line in text.split("\n")]


@dataclass(frozen=True, slots=True)
class CellTarget:
    """One cell an edit aims at: an observation's label, or the keys of a new one."""

    label: int | None = None
    keys: Mapping[str, str] | None = None


_KEYS = ("indicator_id", "area_id", "period", "gender")


def find_labels(frame: pd.DataFrame, keys: Sequence[Mapping[str, str]]) -> list[int | None]:
    """The label of the observation with each set of keys, None where there is none
    (the first in the table's order where several share the keys).

    A pivot cell looks empty when a filter hides its observation; typing into it must
    change that observation, not add a second one with the same keys.
    """
    if not keys or not len(frame):
        return [None] * len(keys)
    wanted = np.zeros(len(keys), dtype=np.int64)
    stored = np.zeros(len(frame), dtype=np.int64)
    unknown = np.zeros(len(keys), dtype=bool)
    for name in _KEYS:
        column = frame[name].cat
        radix = len(column.categories) + 1
        default = "T" if name == "gender" else ""
        codes = column.categories.get_indexer([k.get(name, default) for k in keys])
        unknown |= codes < 0
        wanted = wanted * radix + codes + 1
        stored *= radix
        stored += column.codes.to_numpy()
        stored += 1
    # One pass over the table: which of the (few) wanted keys each row has, then the
    # first row of each key.
    targets = np.unique(wanted)
    hit = pd.Index(targets).get_indexer(stored)
    rows = np.flatnonzero(hit >= 0)
    first_target, first_row = np.unique(hit[rows], return_index=True)
    position = np.full(len(targets), -1, dtype=np.int64)
    position[first_target] = rows[first_row]
    found = position[np.searchsorted(targets, wanted)]
    labels = frame.index.to_numpy()
    return [
        None if missing or at < 0 else int(labels[at])
        for missing, at in zip(unknown.tolist(), found.tolist(), strict=True)
    ]


def cell_edit(
    dataset_id: str,
    frame: pd.DataFrame,
    edits: Sequence[tuple[CellTarget, float, str]],
    action: str = "edit",
) -> Command | None:
    """One command for ``edits`` (target, value, status); None when nothing changes.

    A target given by keys changes the observation with those keys where there
    is one (hidden by a filter), else adds one; a missing value aimed at an
    empty cell adds nothing: there is no observation to clear.
    """
    # Only values look for a hidden observation: clearing or pasting nothing into an
    # empty-looking cell must not wipe a value a filter hides.
    keyed = [
        t.keys
        for t, value, _ in edits
        if t.label is None and t.keys is not None and not math.isnan(value)
    ]
    existing = iter(find_labels(frame, keyed))
    labels: list[int] = []
    values: list[float] = []
    statuses: list[str] = []
    new_rows: list[dict[str, object]] = []
    for target, value, status in edits:
        if target.label is None and target.keys is not None and not math.isnan(value):
            label = next(existing)
            if label is not None:
                target = CellTarget(label=label)
        if target.label is not None:
            labels.append(target.label)
            values.append(value)
            statuses.append(status)
        elif target.keys is not None and not math.isnan(value):
            new_rows.append({**target.keys, "value": value, "status": status})
    commands: list[Command] = []
    if labels:
        commands.append(
            SetObservations(dataset_id, tuple(labels), tuple(values), tuple(statuses), action)
        )
    if new_rows:
        rows = make_observations(pd.DataFrame(new_rows))
        rows.index = pd.Index(next_labels(frame, len(rows)))
        commands.append(AddObservations(dataset_id, rows))
    if not commands:
        return None
    if len(commands) == 1 and isinstance(commands[0], SetObservations):
        return commands[0]
    return Batch(tuple(commands), action, len(labels) + len(new_rows))


def add_observation(
    dataset_id: str, frame: pd.DataFrame, keys: Mapping[str, str], text: str
) -> Command | None:
    """The command that adds one observation with ``keys`` and the value ``text`` (a
    missing value too) — or, when one with those keys exists, changes its value. None
    when ``text`` is neither a number nor a marker."""
    parsed = parse_cell(text)
    if parsed is None:
        return None
    (existing,) = find_labels(frame, [keys])
    if existing is not None:
        return SetObservations(dataset_id, (existing,), (parsed[0],), (parsed[1],))
    rows = make_observations(pd.DataFrame([{**keys, "value": parsed[0], "status": parsed[1]}]))
    rows.index = pd.Index(next_labels(frame, 1))
    return AddObservations(dataset_id, rows)
