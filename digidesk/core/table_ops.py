"""Sort permutations and filter masks for observation tables, computed with numpy.

Views never sort or filter row by row: they ask for an index array here and
show the frame through it. Text columns are categoricals, so every text test
runs once per category (a few thousand at most) and is then spread to the
rows through the integer codes; a keystroke on a million rows costs a few
vectorised passes, not a million Python calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd


@dataclass(frozen=True, slots=True)
class RowFilter:
    """Everything a table view filters by; ``None`` means "no condition".

    The pickers give sets of codes (an empty set shows nothing); the value range
    is inclusive and drops missing values.
    """

    text: str = ""
    area_ids: frozenset[str] | None = None
    indicator_ids: frozenset[str] | None = None
    periods: frozenset[str] | None = None
    genders: frozenset[str] | None = None
    value_min: float | None = None
    value_max: float | None = None
    only_missing: bool = False

    @property
    def active(self) -> bool:
        return self != RowFilter(text=self.text) or bool(self.text.strip())

    def describe(self) -> dict[str, str]:
        """The conditions as key/value texts (codes, not words) for an export's About sheet."""
        described: dict[str, str] = {}
        if self.text.strip():
            described["text"] = self.text.strip()
        for key, codes in (
            ("areas", self.area_ids),
            ("indicators", self.indicator_ids),
            ("periods", self.periods),
            ("genders", self.genders),
        ):
            if codes is not None:
                shown = sorted(codes)
                more = f" (+{len(shown) - 20})" if len(shown) > 20 else ""
                described[key] = ", ".join(shown[:20]) + more
        if self.value_min is not None:
            described["value_min"] = repr(self.value_min)
        if self.value_max is not None:
            described["value_max"] = repr(self.value_max)
        if self.only_missing:
            described["only_missing"] = "yes"
        return described

    def mask(
        self,
        frame: pd.DataFrame,
        area_names: Mapping[str, str] | None = None,
        indicator_titles: Mapping[str, str] | None = None,
    ) -> np.ndarray:
        return filter_rows(
            frame,
            text=self.text,
            area_ids=self.area_ids,
            indicator_ids=self.indicator_ids,
            periods=self.periods,
            genders=self.genders,
            value_min=self.value_min,
            value_max=self.value_max,
            only_missing=self.only_missing,
            area_names=area_names,
            indicator_titles=indicator_titles,
        )


def _category_rank(categories: Sequence[str]) -> np.ndarray:
    """Rank of each category by its text (case-insensitive, ties by exact text)."""
    texts = [str(c) for c in categories]
    ordered = sorted(range(len(texts)), key=lambda i: (texts[i].casefold(), texts[i]))
    rank = np.empty(len(texts), dtype=np.int64)
    rank[ordered] = np.arange(len(texts))
    return rank


def sort_order(
    frame: pd.DataFrame,
    column: str,
    ascending: bool = True,
    category_texts: Sequence[str] | None = None,
) -> np.ndarray:
    """Positions of ``frame``'s rows sorted by ``column``: stable, missing values last.

    Text columns are ordered by their category text, or by ``category_texts``
    (one text per category, e.g. indicator titles) when the view shows other
    words than the codes. Empty text and NaN count as missing.
    """
    series = frame[column]
    if isinstance(series.dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        categories = category_texts if category_texts is not None else series.cat.categories
        # Padded by one so that code -1 (a missing category) indexes the pad.
        rank = np.append(_category_rank(categories), 0)
        empty = np.array([str(c) == "" for c in categories] + [True])
        keys = rank[codes]
        missing = empty[codes]
    elif pd.api.types.is_numeric_dtype(series.dtype):
        keys = series.to_numpy(dtype="float64", na_value=np.nan)
        missing = np.isnan(keys)
    else:
        values = series.astype(str).to_numpy()
        _, keys = np.unique(values, return_inverse=True)
        missing = series.isna().to_numpy() | (values == "")
    present = np.flatnonzero(~missing)
    # Descending but stable: argsort of the negated keys keeps equal keys in frame order.
    present_keys = keys[present]
    if not ascending:
        present_keys = -present_keys
    order = present[np.argsort(present_keys, kind="stable")]
    return np.concatenate([order, np.flatnonzero(missing)]).astype(np.int64)


def _category_mask(series: pd.Series, wanted: Iterable[str]) -> np.ndarray:
    """Rows whose category is one of ``wanted``."""
    categories = series.cat.categories
    hit = np.asarray(categories.isin([str(w) for w in wanted]), dtype=bool)
    return _spread(hit, series.cat.codes.to_numpy())


def _spread(per_category: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """A per-category mask as a per-row mask (code -1, a missing category, never matches)."""
    padded = np.append(per_category, False)
    return padded[codes]


def _text_hits(categories: pd.Index, needle: str, extra: Mapping[str, str] | None) -> np.ndarray:
    """Categories whose code, or the text ``extra`` gives for it, contains ``needle``."""
    texts = [str(c) for c in categories]
    if extra:
        texts = [f"{t} {extra.get(t, '')}" for t in texts]
    return np.array([needle in t.casefold() for t in texts], dtype=bool)


def filter_rows(
    frame: pd.DataFrame,
    text: str | None = None,
    area_ids: Iterable[str] | None = None,
    indicator_ids: Iterable[str] | None = None,
    periods: Iterable[str] | None = None,
    genders: Iterable[str] | None = None,
    value_min: float | None = None,
    value_max: float | None = None,
    only_missing: bool = False,
    area_names: Mapping[str, str] | None = None,
    indicator_titles: Mapping[str, str] | None = None,
) -> np.ndarray:
    """A boolean mask of the rows that pass every given condition.

    ``text`` matches, case-insensitively, the area code or name or the
    indicator id or title (any word of several: all must match, each in either
    column). ``None`` means "no condition"; an empty collection matches nothing.
    """
    n = len(frame)
    mask = np.ones(n, dtype=bool)
    if text is not None and text.strip():
        area = frame["area_id"]
        indicator = frame["indicator_id"]
        area_codes = area.cat.codes.to_numpy()
        indicator_codes = indicator.cat.codes.to_numpy()
        for word in text.casefold().split():
            in_area = _text_hits(area.cat.categories, word, area_names)
            in_indicator = _text_hits(indicator.cat.categories, word, indicator_titles)
            if in_area.any():
                hits = _spread(in_area, area_codes)
                if in_indicator.any():
                    hits |= _spread(in_indicator, indicator_codes)
            elif in_indicator.any():
                hits = _spread(in_indicator, indicator_codes)
            else:
                return np.zeros(n, dtype=bool)
            mask &= hits
    for column, wanted in (
        ("area_id", area_ids),
        ("indicator_id", indicator_ids),
        ("period", periods),
        ("gender", genders),
    ):
        if wanted is not None:
            mask &= _category_mask(frame[column], wanted)
    if value_min is not None or value_max is not None or only_missing:
        values = frame["value"].to_numpy(dtype="float64", na_value=np.nan)
        if only_missing:
            mask &= np.isnan(values)
        # NaN compares False, so a range also drops missing values.
        if value_min is not None:
            mask &= values >= value_min
        if value_max is not None:
            mask &= values <= value_max
    return mask


def view_order(
    frame: pd.DataFrame,
    row_filter: RowFilter,
    sorted_positions: np.ndarray | None = None,
    area_names: Mapping[str, str] | None = None,
    indicator_titles: Mapping[str, str] | None = None,
) -> np.ndarray:
    """Positions of the rows a view shows, in the order it shows them.

    ``sorted_positions`` is the view's sort permutation (from :func:`sort_order`,
    kept by the view so that a filter keystroke does not sort again). Pure numpy
    on arrays it only reads: safe to run off the GUI thread.
    """
    order = (
        sorted_positions if sorted_positions is not None else np.arange(len(frame), dtype=np.int64)
    )
    if not row_filter.active:
        return order
    mask = row_filter.mask(frame, area_names, indicator_titles)
    return order[mask[order]]
