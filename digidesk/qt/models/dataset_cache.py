"""What the table models of one dataset draw from: arrays and texts cached at reset.

Both the long table and the pivot show the same observations; they share one
cache so that the texts of a million rows are built once. Everything here is
indexed by the observation's *position* in the frame, the cheapest look-up in
``data()``; marks of changed cells are kept by *label*, which survives rows
being added or removed.
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from PySide6.QtCore import QLocale

from digidesk.core.model.areas import default_register
from digidesk.core.model.workspace import Workspace


def value_decimals(values: np.ndarray) -> int:
    """Decimals enough for the values of one indicator (0–3), judged from a sample."""
    finite = values[np.isfinite(values)][:500]
    for decimals in range(4):
        if np.allclose(finite, np.round(finite, decimals), rtol=0, atol=1e-9):
            return decimals
    return 3


def _decimals_per_code(values: np.ndarray, codes: np.ndarray, count: int) -> list[int]:
    # One stable argsort groups the rows by indicator; a mask per indicator would
    # pass over all rows once per indicator.
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(count + 1))
    return [
        value_decimals(values[order[bounds[n] : min(bounds[n + 1], bounds[n] + 5000)]])
        for n in range(count)
    ]


def _texts(series: pd.Series) -> tuple[np.ndarray, list[str]]:
    """A categorical's codes and its category texts, padded so that code -1 gives ""."""
    return series.cat.codes.to_numpy(), [str(c) for c in series.cat.categories] + [""]


class DatasetCache:
    def __init__(self, workspace: Workspace, dataset_id: str) -> None:
        self.workspace = workspace
        self.dataset_id = dataset_id
        self.locale = QLocale()
        self._plain_locale = QLocale(self.locale)
        self._plain_locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self.changed: set[int] = set()
        self.reload()
        self.take_saved_snapshot()

    @property
    def frame(self) -> pd.DataFrame:
        return self.workspace.dataset(self.dataset_id).observations

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Everything, after rows were added or removed (positions have moved)."""
        dataset = self.workspace.dataset(self.dataset_id)
        frame = dataset.observations
        self.total = len(frame)
        self.labels = frame.index.to_numpy()
        self.values = frame["value"].to_numpy(dtype="float64")
        self.status_codes, self.status_texts = _texts(frame["status"])
        self.indicator_codes, ids = _texts(frame["indicator_id"])
        self.indicator_ids = ids[:-1]
        self.indicator_texts = [self.workspace.indicator_title(i) for i in self.indicator_ids]
        self.indicator_titles = dict(zip(self.indicator_ids, self.indicator_texts, strict=True))
        indicators = self.workspace.indicators
        self.units = {i: indicators[i].unit if i in indicators else "" for i in self.indicator_ids}
        self.percent = np.array([self.units[i].strip() == "%" for i in self.indicator_ids] or [0])
        self.decimals = _decimals_per_code(self.values, self.indicator_codes, len(ids) - 1)
        self.area_codes, _ = _texts(frame["area_id"])
        self.area_names = dataset.area_display_names(default_register())
        self.area_texts = [f"{c} {n}".strip() for c, n in self.area_names.items()] + [""]
        self.period_codes, self.period_texts = _texts(frame["period"])
        self.gender_codes, self.gender_texts = _texts(frame["gender"])

    def reload_values(self, labels) -> None:
        """After values changed (no rows added or removed): values, statuses and marks."""
        frame = self.frame
        self.values = frame["value"].to_numpy(dtype="float64")
        self.status_codes, self.status_texts = _texts(frame["status"])
        if labels is not None:
            # A typed 12 345,5 in an indicator of whole numbers must show its decimal.
            positions = frame.index.get_indexer(list(labels))
            positions = positions[positions >= 0]
            codes = self.indicator_codes[positions]
            for code in set(codes.tolist()):
                typed = value_decimals(self.values[positions[codes == code]])
                self.decimals[code] = max(self.decimals[code], typed)
        self.update_marks(labels)

    # -- texts ---------------------------------------------------------------------------------
    def status(self, position: int) -> str:
        return self.status_texts[self.status_codes[position]]

    def format_value(self, position: int, editing: bool = False) -> str:
        value = self.values[position]
        if math.isnan(value):
            return "" if editing else (self.status(position) or "..")
        code = self.indicator_codes[position]
        text = self.locale.toString(float(value), "f", self.decimals[code])
        return f"{text} %" if self.percent[code] and not editing else text

    def copy_value(self, position: int) -> str:
        """A value for the clipboard: the locale's decimal sign, no thousands separators, so
        that a spreadsheet in the same locale reads it as a number."""
        value = self.values[position]
        if math.isnan(value):
            return self.status(position)
        decimals = self.decimals[self.indicator_codes[position]]
        return self._plain_locale.toString(float(value), "f", decimals)

    def indicator_header(self, indicator_id: str) -> str:
        """An indicator's title wrapped over at most three lines, its unit in brackets."""
        indicator = self.workspace.indicators.get(indicator_id)
        title = indicator.title if indicator else indicator_id
        # Whole words only: "aldersgrupper" is not split into "ald" and "ersgrupper".
        lines = textwrap.wrap(title, 26, max_lines=3, placeholder=" …", break_long_words=False) or [
            indicator_id
        ]
        if indicator is not None and indicator.heading != title:  # "andel (%)" has its unit
            lines.append(f"({indicator.unit.strip()})")
        return "\n".join(lines)

    # -- changed cells -------------------------------------------------------------------------
    def take_saved_snapshot(self) -> None:
        self._saved_index = pd.Index(self.labels)
        self._saved_values = self.values.copy()
        self._saved_status = self.status_codes.copy()
        self._saved_status_texts = list(self.status_texts)
        # The keys too: a deleted observation's label may be given to a new one.
        self._saved_key_arrays = (
            self.indicator_codes.copy(),
            self.area_codes.copy(),
            self.period_codes.copy(),
            self.gender_codes.copy(),
        )
        self._saved_key_texts = (
            list(self.indicator_ids),
            list(self.area_texts),
            list(self.period_texts),
            list(self.gender_texts),
        )
        self.changed.clear()

    def update_marks(self, labels) -> None:
        """Mark ``labels`` changed unless value and status are back to the saved ones."""
        if labels is None:
            return
        labels = list(labels)
        now = self.frame.index.get_indexer(labels)
        saved = self._saved_index.get_indexer(labels)
        for label, position, old in zip(labels, now.tolist(), saved.tolist(), strict=True):
            if position < 0:
                self.changed.discard(int(label))
                continue
            same = old >= 0 and self._same_as_saved(position, old)
            (self.changed.discard if same else self.changed.add)(int(label))

    def _same_as_saved(self, position: int, saved: int) -> bool:
        old, new = self._saved_values[saved], self.values[position]
        same_value = old == new or (math.isnan(old) and math.isnan(new))
        old_status = self._saved_status_texts[self._saved_status[saved]]
        old_keys = tuple(
            texts[codes[saved]]
            for codes, texts in zip(self._saved_key_arrays, self._saved_key_texts, strict=True)
        )
        return (
            same_value and old_status == self.status(position) and old_keys == self._keys(position)
        )

    def _keys(self, position: int) -> tuple[str, str, str, str]:
        return (
            self.indicator_ids[self.indicator_codes[position]],
            self.area_texts[self.area_codes[position]],
            self.period_texts[self.period_codes[position]],
            self.gender_texts[self.gender_codes[position]],
        )

    def is_changed(self, position: int) -> bool:
        return bool(self.changed) and int(self.labels[position]) in self.changed
