"""The comparison as a Qt table: one row per indicator, a block of columns per area.

An adapter over a core :class:`Comparison`: every cell's text, tooltip, colour and sort key
is worked out once when a result arrives, so that ``data()`` is a dictionary look-up.
Colour always comes with a symbol or a word: ▲ better, ▼ worse (by the indicator's
direction), ★ best and ☆ worst of the areas compared.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from digidesk import wording
from digidesk.core.analysis.compare import Comparison, ComparisonRow
from digidesk.core.analysis.references import is_count
from digidesk.core.model.areas import AreaRegister
from digidesk.core.model.indicators import Indicator
from digidesk.core.model.workspace import Workspace

Index = QModelIndex | QPersistentModelIndex
BLOCK_ROLE = Qt.ItemDataRole.UserRole + 10  # (block number, block title) for the header
SORT_ROLE = Qt.ItemDataRole.UserRole + 11
GOOD = QBrush(QColor(76, 175, 80, 70))
BAD = QBrush(QColor(229, 57, 53, 60))
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
UP, DOWN = "▲", "▼"
BEST, WORST = "★", "☆"
AREA_MEASURES = ("value", "rank", "versus", "change")


@dataclass(frozen=True, slots=True)
class Column:
    kind: str  # "indicator", "national", "median" or one of AREA_MEASURES
    area: tuple[str, str] | None = None
    block: int = -1  # the area block the column belongs to


@dataclass(slots=True)
class Cell:
    text: str = ""
    tooltip: str = ""
    sort: Any = None
    background: QBrush | None = None
    align: int = RIGHT


class CompareModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.locale = QLocale()
        self.language = "en"
        self.comparison: Comparison | None = None
        self.peers_mode = False
        self.columns: list[Column] = []
        self.indicators: list[Indicator] = []
        self.block_titles: list[str] = []
        self._cells: list[list[Cell]] = []
        self._rows: dict[tuple[str, str, str], ComparisonRow] = {}
        self._decimals: dict[str, int] = {}

    # -- filling --------------------------------------------------------------------------
    def set_comparison(
        self,
        comparison: Comparison | None,
        workspace: Workspace,
        register: AreaRegister,
        peers_mode: bool,
    ) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self.peers_mode = peers_mode and comparison is not None and comparison.peers is not None
        self._rows = {}
        self.columns, self.indicators, self.block_titles, self._cells = [], [], [], []
        if comparison is not None:
            self._rows = {(r.country, r.area_id, r.indicator_id): r for r in comparison.rows}
            self._build(comparison, workspace, register)
        self.endResetModel()

    def _build(self, comparison: Comparison, workspace: Workspace, register: AreaRegister) -> None:
        single_country = len({c for c, _ in comparison.areas}) == 1
        self.columns = [Column("indicator")]
        if single_country:
            self.columns += [Column("national"), Column("median")]
        for block, area in enumerate(comparison.areas):
            self.block_titles.append(self._block_title(area, register))
            self.columns += [Column(kind, area, block) for kind in AREA_MEASURES]
        self.indicators = [
            workspace.indicators.get(i) or Indicator(i, i) for i in comparison.indicators
        ]
        for indicator in self.indicators:
            rows = [self.row(area, indicator.indicator_id) for area in comparison.areas]
            first = next((r for r in rows if r is not None), None)
            figures = [r.value for r in rows if r is not None]
            if first is not None:
                figures += [first.national, first.median]
            self._decimals[indicator.indicator_id] = display_decimals(figures)
            self._cells.append([self._cell(c, indicator, first) for c in self.columns])

    def _block_title(self, area: tuple[str, str], register: AreaRegister) -> str:
        country, area_id = area
        found = register.get(area_id, country) or next(
            iter(reversed(register.history(area_id, country))), None
        )
        title = found.short_name if found else area_id
        if self.peers_mode:
            group = next(
                (
                    r.peer_group
                    for r in self.comparison.rows
                    if (r.country, r.area_id) == area and r.peer_group
                ),
                None,
            )
            title += "\n" + (group or self.tr("no peer group"))
        return title

    def row(self, area: tuple[str, str], indicator_id: str) -> ComparisonRow | None:
        return self._rows.get((area[0], area[1], indicator_id))

    # -- cells ----------------------------------------------------------------------------
    def _cell(self, column: Column, indicator: Indicator, first: ComparisonRow | None) -> Cell:
        if column.kind == "indicator":
            return self._indicator_cell(indicator, first)
        if column.kind in ("national", "median"):
            return self._reference_cell(column.kind, indicator, first)
        row = self.row(column.area, indicator.indicator_id) if column.area else None
        if row is None or "no_data" in row.notes:
            return Cell("–", self.tr("No data for this area and indicator"))
        return {
            "value": self._value_cell,
            "rank": self._rank_cell,
            "versus": self._versus_cell,
            "change": self._change_cell,
        }[column.kind](row, indicator)

    def _indicator_cell(self, indicator: Indicator, first: ComparisonRow | None) -> Cell:
        if first is None or first.direction_assumed:
            how = self.tr("no direction: ranked from high to low")
        elif first.ranked_by == "lower":
            how = self.tr("lower is better")
        else:
            how = self.tr("higher is better")
        unit = f"{indicator.unit} · " if indicator.unit else ""
        tooltip = f"{indicator.heading}\n{indicator.indicator_id}"
        if indicator.description:
            tooltip += f"\n\n{indicator.description}"
        return Cell(
            f"{indicator.title}\n{unit}{how}", tooltip, indicator.title.casefold(), None, LEFT
        )

    def _reference_cell(self, kind: str, indicator: Indicator, row: ComparisonRow | None) -> Cell:
        if row is None:
            return Cell()
        value = row.national if kind == "national" else row.median
        text = self.number(value, indicator)
        if kind == "national":
            note = {
                "published": self.tr("published"),
                "population_weighted": self.tr("computed, population-weighted"),
                "unweighted": self.tr("computed, unweighted mean"),
                "sum": self.tr("computed, sum of kommuner"),
                "too_few": self.tr("too few kommuner with a value"),
            }.get(row.national_method, "")
            return Cell(f"{text}\n{note}", self.tr("National value, {note}").format(note=note),
                        value)  # fmt: skip
        tip = self.tr("Median of the {count} kommuner with a value").format(count=row.ranked)
        return Cell(f"{text}\n{row.period or ''}", tip, value)

    def _value_cell(self, row: ComparisonRow, indicator: Indicator) -> Cell:
        if row.value is None:
            marker = row.status or "–"
            tip = self.tr("No value for {period} (marked “{marker}” in the source)").format(
                period=row.period or "", marker=marker
            )
            return Cell(f"{marker}\n{row.period or ''}", tip, None)
        text = self.number(row.value, indicator)
        second = row.period or ""
        background = None
        tip = self.tr("{value} in {period}").format(value=text, period=row.period)
        if row.code_in_period:
            tip += "\n" + self.tr(
                "Found under the code {code}, which the kommune had then (register's crosswalk)"
            ).format(code=row.code_in_period)
        if row.best:
            second += f" · {BEST} " + self.tr("best")
            background = GOOD
            tip += "\n" + self.tr("Best of the areas compared")
        elif row.worst:
            second += f" · {WORST} " + self.tr("worst")
            background = BAD
            tip += "\n" + self.tr("Worst of the areas compared")
        return Cell(f"{text}\n{second}", tip, row.value, background)

    def _rank_cell(self, row: ComparisonRow, indicator: Indicator) -> Cell:
        national = wording.rank_text(row.rank, row.ranked, row.shared, self.language)
        if row.rank is None:
            text = self.tr("not ranked")
            if "not_kommun" in row.notes:
                tip = self.tr("Only kommuner are ranked")
            else:
                tip = self.tr("No value to rank")
            return Cell(text, tip, None)
        percentile = row.percentile if row.percentile is not None else math.nan
        symbol, background = self._tercile(percentile, row.direction_assumed)
        percent = self.tr("percentile {p}").format(p=self.locale.toString(round(percentile)))
        tip = self.tr(
            "Rank {rank} of {ranked} kommuner with a value; better than or equal to {p} % of "
            "the others"
        ).format(rank=row.rank, ranked=row.ranked, p=self.locale.toString(round(percentile)))
        if row.shared:
            tip += "\n" + self.tr("Other kommuner have the same value and share the rank.")
        if row.previous_rank is not None and row.previous_period:
            tip += "\n" + self.tr("Rank in {period}: {rank}").format(
                period=row.previous_period, rank=row.previous_rank
            )
        if self.peers_mode:
            within = row.peer_percentile if row.peer_percentile is not None else math.nan
            symbol, background = self._tercile(within, row.direction_assumed)
            group = wording.rank_text(row.peer_rank, row.peer_ranked, row.peer_shared,
                                      self.language)  # fmt: skip
            first = group or "–"
            tip = self.tr("In {group}: {rank}").format(group=row.peer_group or "", rank=group)
            tip += "\n" + self.tr("Among all kommuner: {rank}").format(rank=national)
            sort = row.peer_percentile
            overall = self.tr("{rank} nationally").format(rank=national)
            return Cell(f"{symbol}{first}\n{overall}", tip, sort, background)
        return Cell(f"{symbol}{national}\n{percent}", tip, percentile, background)

    def _versus_cell(self, row: ComparisonRow, indicator: Indicator) -> Cell:
        """Two lines in a fixed order, named by the column's header: against the national
        value and the median (the group's median and the national value against peers)."""
        if row.value is None:
            return Cell("", "", None)
        national = None if is_count(indicator.unit) else row.national  # a sum: no yardstick
        if self.peers_mode:
            lines = [(row.peer_median, self.tr("vs group median")),
                     (national, self.tr("vs national"))]  # fmt: skip
        else:
            lines = [(national, self.tr("vs national")), (row.median, self.tr("vs median"))]
        texts, tips = [], []
        for reference, label in lines:
            if reference is None:
                texts.append("–")
                continue
            difference = row.value - reference
            text = f"{self._better(difference, row)}{self.signed(difference, indicator, True)}"
            texts.append(text)
            tips.append(f"{text} {label} ({self.number(reference, indicator)})")
        first = lines[0][0]
        sort = row.value - first if first is not None else None
        return Cell("\n".join(texts), "\n".join(tips), sort)

    def _change_cell(self, row: ComparisonRow, indicator: Indicator) -> Cell:
        if row.change is None:
            if "merged" in row.notes:
                tip = self.tr("The kommune was merged or split since {period}").format(
                    period=row.previous_period or ""
                )
                return Cell("–", tip, None)
            return Cell("–", self.tr("No value for an earlier period"), None)
        symbol = self._better(row.change, row)
        since = self.tr("since {period}").format(period=row.previous_period)
        tip = self.tr("{period}: {value}").format(
            period=row.previous_period, value=self.number(row.previous_value, indicator)
        )
        if row.trend_per_year is not None and row.trend_periods > 2:
            tip += "\n" + self.tr("Trend over {count} periods: {slope} per year").format(
                count=row.trend_periods, slope=self.signed(row.trend_per_year, indicator, True)
            )
        if row.previous_code:
            tip += "\n" + self.tr(
                "Compared with code {code} through the register's crosswalk"
            ).format(code=row.previous_code)
        return Cell(f"{symbol}{self.signed(row.change, indicator, True)}\n{since}", tip, row.change)

    def _tercile(self, percentile: float, assumed: bool) -> tuple[str, QBrush | None]:
        if assumed or math.isnan(percentile):
            return "", None
        if percentile >= 200 / 3:
            return f"{UP} ", GOOD
        if percentile <= 100 / 3:
            return f"{DOWN} ", BAD
        return "", None

    @staticmethod
    def _better(difference: float, row: ComparisonRow) -> str:
        if row.direction_assumed or difference == 0:
            return ""
        good = difference > 0 if row.ranked_by == "higher" else difference < 0
        return f"{UP} " if good else f"{DOWN} "

    # -- numbers --------------------------------------------------------------------------
    def number(self, value: float | None, indicator: Indicator) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            return "–"
        decimals = self._decimals.get(indicator.indicator_id, 2)
        text = self.locale.toString(float(value), "f", decimals)
        unit = indicator.unit.strip()
        if not unit:
            return text
        return f"{text} %" if indicator.is_percent else f"{text} {unit}"

    def signed(self, value: float, indicator: Indicator, difference: bool = False) -> str:
        """+1,2 or −1,2 with the unit; a difference of percentages in percentage points."""
        if difference and indicator.is_percent:
            decimals = self._decimals.get(indicator.indicator_id, 2)
            text = self.locale.toString(abs(float(value)), "f", decimals)
            text = self.tr("{value} pp").format(value=text)
        else:
            text = self.number(abs(value), indicator)
        return f"+{text}" if value > 0 else f"\u2212{text}" if value < 0 else text

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tooltip or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return cell.background
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return cell.align
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return cell.text.replace("\n", ", ")
        if role == SORT_ROLE:
            return cell.sort
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == BLOCK_ROLE:
            return (column.block, self.block_titles[column.block]) if column.block >= 0 else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.column_title(column)
        return None

    def column_title(self, column: Column) -> str:
        return {
            "indicator": self.tr("Indicator"),
            "national": self.tr("National"),
            "median": self.tr("Median"),
            "value": self.tr("Value"),
            "rank": self.tr("Rank in group") if self.peers_mode else self.tr("Rank"),
            "versus": self.tr("vs group / national")
            if self.peers_mode
            else self.tr("vs national / median"),
            "change": self.tr("Change"),
        }[column.kind]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._cells or not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        keyed = list(zip(self._cells, self.indicators, strict=True))
        present = [k for k in keyed if k[0][column].sort is not None]
        missing = [k for k in keyed if k[0][column].sort is None]
        present.sort(key=lambda k: k[0][column].sort, reverse=order == Qt.SortOrder.DescendingOrder)
        ordered = present + missing  # missing values last, whichever the order
        self._cells = [c for c, _ in ordered]
        self.indicators = [i for _, i in ordered]
        self.layoutChanged.emit()


def display_decimals(values) -> int:
    """Decimals a person reads an indicator's figures with: 240 608, 56,8, 2,83, and none
    for counts such as kilometres of road."""
    present = [abs(float(v)) for v in values if v is not None and not math.isnan(float(v))]
    if not present:
        return 1
    if all(v.is_integer() for v in present):
        return 0
    size = max(present)
    return 0 if size >= 100 else 1 if size >= 10 else 2
