"""The nominee profile beside the jury's results: the core's profile chart of the award's
nominees (:mod:`digidesk.core.jury.profile`) on a matplotlib canvas.

The chart is made off the GUI thread from a snapshot, at the size the canvas has, and laid
out there once; the GUI thread only hosts and paints it. matplotlib is imported when the
profile is first shown, not when the award is opened. A change of the nominees or criteria,
of the style or (after a pause) of the size makes the chart again; the newest one wins.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from digidesk.qt.i18n import current_number_format
from digidesk.qt.workers import TaskRunner

SCREEN_DPI = 100  # the figure's dots per inch at a device pixel ratio of 1
MIN_INCHES = (3.0, 3.0)
RESIZE_PAUSE_MS = 300
RESIZE_SLACK = 0.06  # a size this much off the drawn one makes the chart again


class NomineeProfile(QWidget):
    """The award's nominees across its criteria's indicators, each its own series."""

    drawn = Signal()

    def __init__(self, document, position: int, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("nomineeProfileArea")
        self.document = document
        self.position = position
        self.runner = runner
        self.chart = None  # the core's Chart on screen
        self.plan = None
        self.canvas = None
        self._generation = 0
        self._stale = True
        self._drawn_size: tuple[int, int] | None = None
        self.style_box = QComboBox(self)
        self.style_box.addItem(self.tr("Radar"), "radar")
        self.style_box.addItem(self.tr("Bars"), "bars")
        self.style_box.setToolTip(self.tr("Draw the profile as a radar or as bars"))
        self.style_box.activated.connect(lambda _row: self.refresh(style_changed=True))
        self._style_chosen = False
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Drawn as:"), self))
        top.addWidget(self.style_box)
        top.addStretch(1)
        self.stage = QWidget(self)  # the canvas fills it; its size is the figure's
        self.stage.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.stage.setMinimumSize(280, 260)
        QVBoxLayout(self.stage).setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(self.stage)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setText(self.tr("Drawing the profile…"))
        self.stage.layout().addWidget(self.placeholder)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.caption)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_PAUSE_MS)
        self._resize_timer.timeout.connect(self._size_settled)

    @property
    def award(self):
        return self.document.workspace.awards[self.position]

    # -- when to draw ---------------------------------------------------------------------
    def refresh(self, style_changed: bool = False) -> None:
        """The nominees or criteria changed (or the style): draw again when shown."""
        if style_changed:
            self._style_chosen = True
        self._stale = True
        if self.isVisible():
            self._start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            # Once the layout has given the stage its size.
            QTimer.singleShot(0, self, self._start_if_stale)

    def _start_if_stale(self) -> None:
        if isValid(self) and self._stale and self.isVisible():
            self._start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._drawn_size is not None:
            self._resize_timer.start()

    def _size_settled(self) -> None:
        if self._drawn_size is None or not self.isVisible():
            return
        (w0, h0), (w1, h1) = self._drawn_size, self._stage_size()
        if abs(w1 - w0) > RESIZE_SLACK * w0 or abs(h1 - h0) > RESIZE_SLACK * h0:
            self._start()

    def _stage_size(self) -> tuple[int, int]:
        size = self.stage.size()
        return max(size.width(), 1), max(size.height(), 1)

    # -- drawing --------------------------------------------------------------------------
    def _start(self) -> None:
        from digidesk.core.jury.profile import profile_plan
        from digidesk.core.model.areas import default_register
        from digidesk.qt.i18n import current_language

        self._stale = False
        self._generation += 1
        generation = self._generation
        workspace = self.document.workspace.snapshot()
        award = workspace.awards[self.position]
        register = default_register()
        window = self.palette().color(QPalette.ColorRole.Window)
        theme = "dark" if window.lightness() < 128 else "light"
        style = self.style_box.currentData() if self._style_chosen else None
        try:  # which indicators and nominees: quick, so that the caption is known first
            plan = profile_plan(workspace, register, award, current_language(), theme, style)
        except Exception as error:  # noqa: BLE001 - shown in place of the chart
            self._failed(error)
            return
        self.plan = plan
        if plan is None:
            self._drawn_size = None
            self.caption.clear()
            self._show_message(self.tr(
                "No profile to draw: link a criterion to an indicator in Set-up, or "
                "import figures for the nominees’ kommuner."
            ))  # fmt: skip
            return
        self.caption.setText(self._caption(plan))
        self.layout().activate()  # the stage's size with the caption as it now is
        pixels = self._stage_size()
        ratio = self.devicePixelRatioF() or 1.0
        inches = (
            max(pixels[0] / SCREEN_DPI, MIN_INCHES[0]),
            max(pixels[1] / SCREEN_DPI, MIN_INCHES[1]),
        )
        request = plan.request.changed(options={**plan.request.options, "size": inches})

        numbers = current_number_format()

        def work():
            from matplotlib.backends.backend_agg import FigureCanvasAgg

            from digidesk.chart_words import chart_words
            from digidesk.core.charts import make_chart

            words = chart_words(request.language, numbers)
            chart = make_chart(workspace, register, request, words=words)
            # Laid out here at the screen's resolution, so that the GUI thread only paints.
            FigureCanvasAgg(chart.figure)
            chart.figure.set_dpi(SCREEN_DPI * ratio)
            chart.figure.canvas.draw()
            return generation, pixels, chart

        self.runner.start(work, self._arrived, self._failed)

    def _arrived(self, outcome) -> None:
        if not isValid(self):  # closed while the work ran
            return
        generation, pixels, chart = outcome
        if generation != self._generation:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self._drawn_size = pixels
        canvas = FigureCanvasQTAgg(chart.figure)
        canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        canvas.setObjectName("nomineeProfileCanvas")
        self._remove_canvas()
        self.stage.layout().addWidget(canvas)
        self.placeholder.hide()
        self.canvas, self.chart = canvas, chart
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(chart.style)))
        self.drawn.emit()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        from digidesk.qt.error_text import error_text

        self._drawn_size = None
        self.caption.clear()
        self._show_message(error_text(error))

    def _show_message(self, text: str) -> None:
        self._remove_canvas()
        self.placeholder.setText(text)
        self.placeholder.show()

    def _remove_canvas(self) -> None:
        if self.canvas is not None:
            self.canvas.hide()
            self.stage.layout().removeWidget(self.canvas)
            self.canvas.deleteLater()
            self.canvas, self.chart = None, None

    def _caption(self, plan) -> str:
        workspace = self.document.workspace

        def titles(ids) -> str:
            return "; ".join(workspace.indicator_title(i) for i in ids)

        if not plan.from_criteria:
            text = self.tr(
                "No criterion is linked to an indicator: the profile shows the comparison’s "
                "indicators that have a direction: {added}."
            ).format(added=titles(plan.added))
        elif plan.added:
            text = self.tr(
                "From the criteria: {linked}. Added from the comparison, as fewer than three "
                "criteria have an indicator: {added}."
            ).format(linked=titles(plan.from_criteria), added=titles(plan.added))
        else:
            text = self.tr("The indicators of the criteria: {linked}.").format(
                linked=titles(plan.from_criteria)
            )
        note = self.tr(
            "Each indicator in its latest period, from 0 (the weakest kommun) to 1 (the "
            "strongest); the dashed line is the median kommun."
        )
        return f"{text} {note}"
