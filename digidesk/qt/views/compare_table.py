"""The comparison table: the indicator column frozen, a two-level header (the area's name over
its block of columns), blocks separated by a line, second lines of a cell in a quieter grey."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

from digidesk.qt.models.compare_model import BLOCK_ROLE
from digidesk.qt.views.frozen_table import FrozenColumnsTableView

_PAD = 6


class BlockHeader(QHeaderView):
    """A horizontal header that draws each area's name across its block of columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        #: pixels at the left that another widget covers (the frozen columns): a block's
        #: title is centred in the part of the block that can be seen
        self.covered_left = 0
        self.setSectionsClickable(True)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _title_lines(self) -> int:
        model = self.model()
        if model is None:
            return 0
        lines = 0
        for section in range(model.columnCount()):
            block = model.headerData(section, Qt.Orientation.Horizontal, BLOCK_ROLE)
            if block is not None:
                lines = max(lines, block[1].count("\n") + 1)
        return lines

    def _title_height(self) -> int:
        lines = self._title_lines()
        return lines * self.fontMetrics().height() + 2 * _PAD if lines else 0

    def sizeHint(self) -> QSize:  # noqa: N802
        size = super().sizeHint()
        return QSize(size.width(), self.fontMetrics().height() + 2 * _PAD + self._title_height())

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802
        model = self.model()
        block = model.headerData(section, Qt.Orientation.Horizontal, BLOCK_ROLE) if model else None
        top = self._title_height()
        if block is None or not top:
            super().paintSection(painter, rect, section)
            return
        painter.save()
        super().paintSection(painter, rect.adjusted(0, top, 0, 0), section)
        painter.restore()
        first, last = section, section
        while first > 0 and self._block(first - 1) == block[0]:
            first -= 1
        while last < model.columnCount() - 1 and self._block(last + 1) == block[0]:
            last += 1
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = QRect(left, rect.top(), right - left, top)
        option.section = section
        option.position = QStyleOptionHeader.SectionPosition.Middle
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, 0, top - rect.height()))
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        seen_left = max(left, self.covered_left)
        seen_right = min(right, self.viewport().width())
        text_rect = QRect(seen_left, rect.top(), max(0, seen_right - seen_left), top)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignCenter), block[1])
        painter.restore()

    def _block(self, section: int) -> int:
        block = self.model().headerData(section, Qt.Orientation.Horizontal, BLOCK_ROLE)
        return block[0] if block is not None else -1


class ComparisonDelegate(QStyledItemDelegate):
    """First line as usual, further lines smaller and grey; a line before each area block."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        lines = text.split("\n")
        area = option.rect.adjusted(_PAD, _PAD // 2, -_PAD, -_PAD // 2)
        align = index.data(Qt.ItemDataRole.TextAlignmentRole) or int(Qt.AlignmentFlag.AlignLeft)
        horizontal = Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignHorizontal_Mask
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        painter.save()
        font = QFont(option.font)
        metrics = painter.fontMetrics()
        y = area.top()
        for n, line in enumerate(lines):
            if n == 1:
                font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(main if n == 0 else quiet)
            metrics = painter.fontMetrics()
            height = metrics.height()
            if n == 0 and index.column() == 0 and len(lines) > 1:
                # The indicator's title may take two lines; its unit line follows.
                rect = QRect(area.left(), y, area.width(), 2 * height)
                flags = Qt.TextFlag.TextWordWrap | int(horizontal) | Qt.AlignmentFlag.AlignTop
                bound = metrics.boundingRect(rect, int(flags), line)
                painter.drawText(rect, int(flags), line)
                y += min(bound.height(), 2 * height)
                continue
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            painter.drawText(QRect(area.left(), y, area.width(), height), int(horizontal), elided)
            y += height
        painter.restore()
        model = index.model()
        block = model.headerData(index.column(), Qt.Orientation.Horizontal, BLOCK_ROLE)
        before = (
            model.headerData(index.column() - 1, Qt.Orientation.Horizontal, BLOCK_ROLE)
            if index.column() > 0
            else None
        )
        if block is not None and (before is None or before[0] != block[0]):
            painter.save()
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(option.rect.topLeft(), option.rect.bottomLeft())
            painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = option.fontMetrics
        width = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        return QSize(width + 2 * _PAD + 4, 3 * metrics.height() + _PAD)


class ComparisonTable(FrozenColumnsTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(BlockHeader(self))
        # The new header needs the frozen part's connections the old one had.
        self.horizontalHeader().sectionResized.connect(self._on_column_resized)
        self.horizontalHeader().geometriesChanged.connect(self._update_geometry)
        self.frozen.setHorizontalHeader(BlockHeader(self.frozen))
        self.frozen.raise_()  # above the new header, which was made after it
        # A block's title follows the scrolling, so that it stays over the part one sees.
        self.horizontalScrollBar().valueChanged.connect(
            lambda _v: self.horizontalHeader().viewport().update()
        )
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        delegate = ComparisonDelegate(self)
        self.setItemDelegate(delegate)
        self.frozen.setItemDelegate(delegate)
        self.setSortingEnabled(False)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        height = 3 * self.fontMetrics().height() + 2 * _PAD
        self.verticalHeader().setDefaultSectionSize(height)
        self.frozen.verticalHeader().setDefaultSectionSize(height)

    def fit_columns(self) -> None:
        """Widths from the contents, the indicator column wide enough for most titles."""
        model = self.model()
        if model is None:
            return
        self.resizeColumnsToContents()
        for column in range(model.columnCount()):
            width = self.columnWidth(column)
            limit = 340 if column == 0 else 260
            self.setColumnWidth(column, max(90, min(width, limit)))
        self.horizontalHeader().updateGeometry()
        self.set_frozen_columns(1)
        self.horizontalHeader().covered_left = self.columnWidth(0)
