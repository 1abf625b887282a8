"""The goal-progress chart of the selected target in the strategy's detail pane.

The chart comes from :mod:`digidesk.core.charts` (kind "progress": the linked values, the
baseline, the even path to the target value and the due year) and is drawn on one
matplotlib canvas that stays for the life of the pane: another target is drawn into the
same figure. matplotlib is imported when the first chart is drawn, not before, so that
opening the window does not wait for it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from digidesk.core.model.strategy import Strategy, Target

#: Figure pixels per inch on screen: a pane about 560 pixels wide holds a 7-inch chart, whose
#: texts the chart builders size for.
SCREEN_DPI = 80
MIN_HEIGHT = 330
#: A width change of more than this many pixels lays the chart out again (its texts wrap).
REWRAP_PIXELS = 40


class ProgressChartPane(QWidget):
    """A canvas with the goal-progress chart of one linked target, or a line saying why
    there is none (no target value or due year, no figures for the area); nothing for a
    target not linked to data."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.canvas = None  # made when the first chart is drawn
        self.figure = None
        self.chart = None
        self._key: tuple | None = None
        self._args: tuple | None = None
        self._drawn_width = 0
        self.note = QLabel(self)
        self.note.setObjectName("progressChartNote")
        self.note.setWordWrap(True)
        muted = self.note.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.note.setPalette(muted)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.note)
        self._rewrap = QTimer(self)
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(150)
        self._rewrap.timeout.connect(self._redraw_for_width)

    # -- what is shown -----------------------------------------------------------------------
    def show_nothing(self) -> None:
        self._args = None
        self._key = None
        if self.canvas is not None:
            self.canvas.hide()
        self.note.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def show_target(
        self,
        workspace,
        strategy: Strategy,
        target: Target,
        country: str,
        series,
        register,
        language: str,
    ) -> None:
        """Draw ``target``'s chart in ``country`` from ``series`` (the linked values, to
        know when the figures changed), or say why it cannot be drawn."""
        from digidesk.core.charts import progress_request_for_target
        from digidesk.core.errors import ChartError, DigiDeskError

        area = target.area_id or strategy.area_id or ""
        if not target.indicator_id:
            # The text above says how to link it; there is nothing to draw.
            self.show_nothing()
            return None
        if target.target_value is None or target.due_year is None:
            return self._say(self.tr("The chart needs a target value and a due year."))
        if not area or series.dropna().empty:
            return self._say(self.tr("The linked indicator has no figures for this area."))
        try:
            request = progress_request_for_target(target, (country, area), language)
        except ChartError as error:
            return self._say(self._error(error))
        request = request.changed(theme=self._theme())
        key = (request, tuple(series.dropna().items()), id(workspace))
        self._args = (workspace, register, request)
        if key == self._key and self.canvas is not None:
            self._show_canvas()
            return None
        try:
            self._draw(workspace, register, request)
        except DigiDeskError as error:
            self._key = None
            return self._say(self._error(error))
        self._key = key
        return None

    def _say(self, text: str) -> None:
        self._key = None
        if self.canvas is not None:
            self.canvas.hide()
        self.note.setText(text)
        self.note.show()
        # A line of text takes its height, not the chart's share of the pane.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    @staticmethod
    def _error(error: BaseException) -> str:
        from digidesk.qt.error_text import error_text

        return error_text(error)

    def _theme(self) -> str:
        window = self.palette().color(QPalette.ColorRole.Window)
        return "dark" if window.lightness() < 128 else "light"

    # -- drawing -----------------------------------------------------------------------------
    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(7.0, 4.4), dpi=SCREEN_DPI)
        self.canvas = _canvas_class()(self.figure, self._resized)
        self.canvas.setObjectName("progressChartCanvas")
        self.canvas.setParent(self)
        self.canvas.setMinimumHeight(MIN_HEIGHT)
        self._layout.insertWidget(0, self.canvas, 1)

    def _resized(self, width: int) -> None:
        if self.chart is not None and abs(width - self._drawn_width) > REWRAP_PIXELS:
            self._rewrap.start()

    def _show_canvas(self) -> None:
        self.note.hide()
        self.canvas.show()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def _draw(self, workspace, register, request) -> None:
        from digidesk.chart_words import chart_words
        from digidesk.core.charts import make_chart
        from digidesk.qt.i18n import current_number_format

        self._ensure_canvas()
        self._show_canvas()
        self._fit_figure()
        words = chart_words(request.language, current_number_format())
        self.chart = make_chart(workspace, register, request, self.figure, words=words)
        self._drawn_width = self.canvas.width()
        self.canvas.draw_idle()

    def _fit_figure(self) -> None:
        """The figure at the canvas's size, so that its texts wrap at the width shown."""
        width, height = self.canvas.width(), self.canvas.height()
        if width > 50 and height > 50:
            per_inch = self.figure.dpi / self.canvas.device_pixel_ratio
            self.figure.set_size_inches(width / per_inch, height / per_inch, forward=False)

    def _redraw_for_width(self) -> None:
        if self._args is None or self.canvas is None or not self.canvas.isVisible():
            return
        try:
            self._draw(*self._args)
        except Exception:  # noqa: BLE001 - the chart stays as it was drawn
            return


_CANVAS = None


def _canvas_class():
    """A matplotlib canvas that reports its new width, made on first use (it imports
    matplotlib's Qt backend)."""
    global _CANVAS
    if _CANVAS is None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        class ProgressCanvas(FigureCanvasQTAgg):
            def __init__(self, figure, on_resize) -> None:
                super().__init__(figure)
                self._on_resize = on_resize

            def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
                super().resizeEvent(event)
                self._on_resize(event.size().width())

        _CANVAS = ProgressCanvas
    return _CANVAS
