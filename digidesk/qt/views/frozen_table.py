"""A table view whose first columns stay in sight while it scrolls sideways.

A second QTableView, laid over the left edge of the first, shows the same
model and selection but only the frozen columns; scrolling, row heights and
column widths are kept in step. (The approach of Qt's "Frozen Column"
example: the overlay never scrolls sideways.)
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

FROZEN_STYLE = "QTableView#FrozenColumns { border: none; border-right: 2px solid palette(mid); }"


class FrozenColumnsTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frozen_count = 0
        self.frozen = QTableView(self)
        self.frozen.setObjectName("FrozenColumns")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.frozen.verticalHeader().hide()
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A line on the right edge shows where the frozen part ends.
        self.frozen.setStyleSheet(FROZEN_STYLE)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Per pixel sideways too: by whole columns, one would jump under the frozen part.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.frozen)
        self.frozen.hide()
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._on_column_resized)
        self.verticalHeader().sectionResized.connect(
            lambda row, _old, size: self.frozen.setRowHeight(row, size)
        )
        self.horizontalHeader().geometriesChanged.connect(self._update_geometry)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            # A style sheet takes the palette's colours once: take the new theme's, once
            # the new palette has reached the widgets (not at all if this view is gone by
            # then: the view as context drops the call).
            QTimer.singleShot(0, self, self._restyle)

    def _restyle(self) -> None:
        self.frozen.setStyleSheet("")
        self.frozen.setStyleSheet(FROZEN_STYLE)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            model.modelReset.connect(self._apply_frozen)
        self._apply_frozen()

    def set_frozen_columns(self, count: int) -> None:
        self._frozen_count = count
        self._apply_frozen()

    @property
    def frozen_columns(self) -> int:
        return self._frozen_count

    def _apply_frozen(self) -> None:
        model = self.model()
        count = min(self._frozen_count, model.columnCount() if model else 0)
        if model is not None:
            for column in range(model.columnCount()):
                self.frozen.setColumnHidden(column, column >= count)
                if column < count:
                    self.frozen.setColumnWidth(column, self.columnWidth(column))
        self.frozen.verticalHeader().setDefaultSectionSize(
            self.verticalHeader().defaultSectionSize()
        )
        self.frozen.setVisible(count > 0)
        self._update_geometry()

    def _on_column_resized(self, column: int, _old: int, size: int) -> None:
        if column < self._frozen_count:
            self.frozen.setColumnWidth(column, size)
            self._update_geometry()

    def _frozen_width(self) -> int:
        # The overlay's own widths: while the header resizes several sections at once
        # (resizeColumnsToContents), the main view still answers the old ones.
        return sum(self.frozen.columnWidth(c) for c in range(self._frozen_count))

    def _update_geometry(self) -> None:
        if not self.frozen.isVisible() and self._frozen_count == 0:
            return
        # Same header height as the main view, so that the rows line up.
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self._frozen_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_geometry()

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        current = super().moveCursor(action, modifiers)
        # Moving left onto a column hidden under the frozen part: scroll it into sight.
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= self._frozen_count
            and self.visualRect(current).left() < self._frozen_width()
        ):
            delta = self._frozen_width() - self.visualRect(current).left()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
        return current

    def scrollTo(  # noqa: N802
        self,
        index: QModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        # Frozen cells are always in sight: scrolling sideways for them would only jump.
        if index.column() >= self._frozen_count:
            super().scrollTo(index, hint)
