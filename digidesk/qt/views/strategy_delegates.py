"""Painting the strategy tree: wrapped names in rows that fit their font, status badges
(symbol, text and colour, never colour alone) and roll-ups as stacked bars of counts.

Row heights come from the font's own metrics (ascent, descent and leading, plus padding),
so capitals with marks (Ö, Å) are never clipped, in any language or font size.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from digidesk import strategy_words
from digidesk.core.analysis.goals import TargetStatus
from digidesk.qt.models.strategy_model import NAME, STATUS_ROLE

PADDING = 4


def line_height(metrics: QFontMetrics) -> int:
    """A text line's full height, marks on capitals included, with room above and below."""
    return max(metrics.height(), metrics.ascent() + metrics.descent()) + metrics.leading()


class WrapDelegate(QStyledItemDelegate):
    """Column 0: the text wrapped to the column's width, the row as tall as it needs."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view

    def _width(self, index: QModelIndex) -> int:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.view.indentation() * (depth + 1)
        checkable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        return max(80, self.view.columnWidth(NAME) - indent - 2 * PADDING - 8 - 24 * checkable)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        metrics = QFontMetrics(options.font)
        width = self._width(index)
        rect = metrics.boundingRect(0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap),
                                    options.text)  # fmt: skip
        height = max(rect.height(), line_height(metrics)) + 2 * PADDING + 2
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        text = options.text
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        painter.save()
        painter.setFont(options.font)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = (
            options.palette.ColorRole.HighlightedText
            if selected
            else options.palette.ColorRole.Text
        )
        painter.setPen(options.palette.color(role))
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, options.widget)
        area = area.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap), text)  # fmt: skip
        painter.restore()


class StatusDelegate(QStyledItemDelegate):
    """A target's badge; a goal's or area's counts per status as a stacked bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        value = index.data(STATUS_ROLE)
        text = index.data() or ""
        width = metrics.horizontalAdvance(text) + 4 * PADDING
        if isinstance(value, Counter):
            width = max(140, sum(metrics.horizontalAdvance(str(n)) + 12 for n in value.values()))
        return QSize(width, line_height(metrics) + 2 * PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""
        style = options.widget.style() if options.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, options.widget)
        value = index.data(STATUS_ROLE)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(options.font)
        height = line_height(metrics) + 2
        rect = options.rect.adjusted(PADDING, 0, -PADDING, 0)
        top = rect.top() + max(0, (rect.height() - height) // 2)
        if isinstance(value, TargetStatus):
            text = index.data() or ""
            width = min(rect.width(), metrics.horizontalAdvance(text) + 2 * PADDING + 2)
            badge = QRect(rect.left(), top, width, height)
            painter.setPen(QPen(QColor("#6b7280"), 0.8))
            painter.setBrush(QColor(strategy_words.STATUS_COLOURS.get(value.status, "#ffffff")))
            painter.drawRoundedRect(badge, 4, 4)
            painter.setPen(QColor("#111111"))
            painter.drawText(badge.adjusted(PADDING, 0, -PADDING, 0),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                badge.width() - 2 * PADDING))  # fmt: skip
        elif isinstance(value, Counter) and sum(value.values()):
            self._bar(painter, value, QRect(rect.left(), top, rect.width(), height), metrics)
        painter.restore()

    @staticmethod
    def _bar(painter: QPainter, counts: Counter, rect: QRect, metrics: QFontMetrics) -> None:
        total = sum(counts.values())
        x = rect.left()
        order = list(strategy_words.STATUS_SYMBOLS)
        for status in sorted(counts, key=lambda s: order.index(s) if s in order else 99):
            n = counts[status]
            width = round(rect.width() * n / total)
            segment = QRect(x, rect.top(), max(width, 1), rect.height())
            painter.setPen(QPen(QColor("#6b7280"), 0.6))
            painter.setBrush(QColor(strategy_words.STATUS_COLOURS.get(status, "#ffffff")))
            painter.drawRect(segment)
            label = f"{strategy_words.STATUS_SYMBOLS.get(status, '')}{n}"
            if metrics.horizontalAdvance(label) + 4 <= segment.width():
                painter.setPen(QColor("#111111"))
                painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter), label)
            elif metrics.horizontalAdvance(str(n)) + 2 <= segment.width():
                painter.setPen(QColor("#111111"))
                painter.drawText(segment, int(Qt.AlignmentFlag.AlignCenter), str(n))
            x += width
