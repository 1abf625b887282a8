"""The chart pane as a dock beside the views: it follows the current view's selection."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QWidget

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.views.chart_pane import ChartPane


class ChartDock(QDockWidget):
    #: a sentence for the status bar ("Saved chart.png")
    message = Signal(str)

    def __init__(
        self, window: QMainWindow, document: WorkspaceDocument, views: QStackedWidget
    ) -> None:
        super().__init__(self.tr("Chart"), window)
        self.setObjectName("ChartDock")
        self._document = document
        self.pane = self._new_pane()
        self._views = views
        self._followed: QWidget | None = None
        # Beside the views, where a ranking of 290 kommuner has the window's height.
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+G"))
        # Shown beside views that select something to draw (tables, the comparison, area
        # groups); out of the way of those that draw their own (strategy, award, welcome).
        # The user's choice to close or open it is kept.
        self._wanted = True
        self.toggleViewAction().triggered.connect(self._choose)
        views.currentChanged.connect(lambda _index: self._view_changed())
        document.command_applied.connect(lambda _command: self._data_changed())
        document.workspace_replaced.connect(self._data_changed)
        self.visibilityChanged.connect(lambda shown: shown and self._follow_current())

    def _new_pane(self) -> ChartPane:
        pane = ChartPane(self._document, self)
        pane.message.connect(self.message)
        self.setWidget(pane)
        return pane

    def retranslate(self) -> None:
        """A pane in the language now installed, drawing what the current view selects."""
        self.setWindowTitle(self.tr("Chart"))
        old = self.pane
        self.pane = self._new_pane()
        old.deleteLater()
        self._follow_current()

    def _choose(self, shown: bool) -> None:
        self._wanted = shown

    def closeEvent(self, event) -> None:  # noqa: N802 - the dock's own close button
        self._wanted = False
        super().closeEvent(event)

    def _view_changed(self) -> None:
        charted = hasattr(self._views.currentWidget(), "chart_focus")
        if self.isHidden() == (charted and self._wanted):
            self.setVisible(charted and self._wanted)
        self._follow_current()

    def _follow_current(self) -> None:
        view = self._views.currentWidget()
        if view is not self._followed:
            if self._followed is not None and hasattr(self._followed, "focus_changed"):
                # The view may have been deleted meanwhile (another workspace opened).
                with contextlib.suppress(RuntimeError, TypeError):
                    self._followed.focus_changed.disconnect(self._focus_changed)
            self._followed = view
            if hasattr(view, "focus_changed"):
                view.focus_changed.connect(self._focus_changed)
        self._focus_changed()

    def _focus_changed(self) -> None:
        view = self._followed
        if view is not None and self.isVisible() and hasattr(view, "chart_focus"):
            self.pane.follow(view.chart_focus())

    def _data_changed(self) -> None:
        if self.isVisible():
            self.pane.rebuild()
