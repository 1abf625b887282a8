"""The chart pane: the chart of what the table, the comparison or the navigator selects.

The figures are built by :mod:`digidesk.core.charts`; this pane only hosts them on a
matplotlib Qt canvas with matplotlib's navigation toolbar. matplotlib is imported when the
first chart is drawn. A new chart (another kind or indicator) is built in the background on
a figure of its own and then shown; a new selection or period updates the chart in place.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from digidesk.qt.document import WorkspaceDocument
from digidesk.qt.i18n import current_language, current_number_format
from digidesk.qt.settings import Settings
from digidesk.qt.theme import quiet
from digidesk.qt.views.flow_layout import FlowLayout
from digidesk.qt.workers import TaskRunner

AreaKey = tuple[str, str]
#: A chart taller than this (inches) is shown at its own height and scrolls.
TALL_INCHES = 11.0


@dataclass(frozen=True)
class ChartFocus:
    """What a view has selected, for the chart pane to draw."""

    indicators: tuple[str, ...]  # the current one first
    areas: tuple[AreaKey, ...] = ()
    period: str | None = None
    country: str | None = None


class ChartPane(QWidget):
    message = Signal(str)

    def __init__(self, document: WorkspaceDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._focus: ChartFocus | None = None
        self._chart = None  # the Chart shown
        self._canvas = None
        self._toolbar = None
        self._generation = 0
        self._runner = TaskRunner(self)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(300)
        self._resized.timeout.connect(self.redraw)
        self.kind = QComboBox(self)
        for kind, text in (
            ("ranking", self.tr("Ranking of all kommuner")),
            ("timeseries", self.tr("Over time")),
            ("scatter", self.tr("Two indicators")),
            ("profile", self.tr("Profile")),
            ("multiples", self.tr("Small multiples")),
        ):
            self.kind.addItem(text, kind)
        self.kind.setToolTip(self.tr("What kind of chart to draw"))
        self.kind.setAccessibleName(self.tr("Chart kind"))
        self.kind.currentIndexChanged.connect(self.redraw)
        self.second = QComboBox(self)
        self.second.setToolTip(self.tr("The indicator on the vertical axis"))
        self.second.setAccessibleName(self.tr("Second indicator"))
        self.second.currentIndexChanged.connect(self.redraw)
        self.whole = QCheckBox(self.tr("All kommuner"), self)
        self.whole.setToolTip(
            self.tr("Show every kommun instead of the best and worst ten and your selection")
        )
        self.whole.toggled.connect(self.redraw)
        self.genders = QCheckBox(self.tr("Women and men"), self)
        self.genders.toggled.connect(self.redraw)
        self.sized = QCheckBox(self.tr("Size by population"), self)
        self.sized.toggled.connect(self.redraw)
        self.bars = QCheckBox(self.tr("As bars"), self)
        self.bars.setToolTip(self.tr("Parallel bars instead of a radar"))
        self.bars.toggled.connect(self.redraw)
        self.export = QToolButton(self)
        self.export.setText(self.tr("Export"))
        self.export.setToolTip(self.tr("Save the chart as a picture or document, or copy it"))
        self.export.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export)
        menu.addAction(self.tr("Save as &PNG…"), lambda: self.ask_save(".png"))
        menu.addAction(self.tr("Save as &SVG…"), lambda: self.ask_save(".svg"))
        menu.addAction(self.tr("Save as P&DF…"), lambda: self.ask_save(".pdf"))
        menu.addAction(self.tr("Save in an &Excel workbook…"), self.ask_save_excel)
        menu.addSeparator()
        menu.addAction(self.tr("&Copy as a picture"), self.copy_picture)
        self.export.setMenu(menu)
        self._start_hint = self.tr(
            "Select areas in a table or the comparison to see them in a chart."
        )
        self.hint = QLabel(self._start_hint, self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        quiet(self.hint)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.hint)
        # Indicator titles are long: the combo shows their start, its list the whole.
        self.second.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.second.setMinimumContentsLength(20)
        options = FlowLayout()  # wraps in a narrow pane instead of widening the window
        options.addWidget(self.kind)
        options.addWidget(self.second)
        for box in (self.whole, self.genders, self.sized, self.bars):
            options.addWidget(box)
        options.add_right(self.export)
        # A chart is laid out at four inches at least (narrower, a ranking's names and
        # labels would leave its bars no room): a narrower pane scrolls sideways.
        self.setMinimumWidth(240)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(options)
        self._layout.addWidget(self.scroll, 1)
        self._show_options()

    # -- what to draw ---------------------------------------------------------------------
    def follow(self, focus: ChartFocus | None) -> None:
        """Draw ``focus`` (a view's selection); None (nothing selected) says how to start.
        A focus of areas alone (an area group) keeps the indicator drawn, or takes the first
        of the areas' country."""
        if focus is not None and not focus.indicators and focus.areas:
            indicators = self._indicators_for(focus.areas[0][0])
            focus = dataclasses.replace(focus, indicators=indicators) if indicators else None
        if focus is None or not focus.indicators:
            self._focus = None
            self._chart = None
            self._generation += 1  # a chart still being built is not shown
            self.hint.setText(self._start_hint)
            self._show_hint()
            return
        if self._focus is None or focus.indicators[0] != self._focus.indicators[0]:
            self._fill_second(focus)
        self._focus = focus
        self.redraw()

    def _indicators_for(self, country: str) -> tuple[str, ...]:
        last = self._focus
        if last is not None and _country_of(last) == country:
            return last.indicators
        workspace = self._document.workspace
        if workspace is None:
            return ()
        from digidesk.core.analysis.values import dataset_country
        from digidesk.core.model.areas import default_register

        register = default_register()
        for dataset in workspace.datasets:
            if dataset_country(dataset, register) == country and len(dataset.observations):
                codes = dataset.observations["indicator_id"].astype(str)
                return tuple(dict.fromkeys(codes))[:8]
        return ()

    def _fill_second(self, focus: ChartFocus) -> None:
        workspace = self._document.workspace
        self.second.blockSignals(True)
        self.second.clear()
        for indicator_id in workspace.indicators if workspace else {}:
            if indicator_id != focus.indicators[0]:
                self.second.addItem(workspace.indicator_title(indicator_id), indicator_id)
        if len(focus.indicators) > 1:
            self.second.setCurrentIndex(max(0, self.second.findData(focus.indicators[1])))
        self.second.blockSignals(False)

    def request(self):
        """The ChartRequest for the focus and the choices above the chart."""
        from digidesk.core.charts import ChartRequest

        focus = self._focus
        if focus is None:
            return None
        kind = self.kind.currentData()
        indicators = focus.indicators[:1]
        options: dict = {}
        if kind == "scatter":
            second = self.second.currentData()
            if not second:
                return None
            indicators = (focus.indicators[0], second)
            options["size_by_population"] = self.sized.isChecked()
        elif kind in ("profile", "multiples"):
            indicators = focus.indicators[:8] if kind == "profile" else focus.indicators[:6]
            if kind == "profile":
                options["style"] = "bars" if self.bars.isChecked() else "radar"
            else:
                options["chart"] = "ranking"
        elif kind == "ranking":
            options["top_n"] = 0 if self.whole.isChecked() else 10
        elif kind == "timeseries":
            options["genders"] = self.genders.isChecked()
        if focus.country and not focus.areas:
            options["country"] = focus.country
        options["width"] = self._width_inches()  # titles wrap for the pane's width
        if kind == "multiples":
            options["columns"] = 1 if options["width"] < 7 else 2
        return ChartRequest(
            kind=kind,
            indicators=tuple(indicators),
            areas=focus.areas,
            period=focus.period if kind != "timeseries" else None,
            language=current_language(),
            theme=_theme(self),
            options=options,
        )

    def _width_inches(self) -> float:
        """The room for the chart in inches (figures are laid out at 100 dpi), in
        quarter inches so that a small drag of the splitter keeps the chart."""
        # The room beside a scroll bar whether one shows or not: its coming and going
        # (a tall chart) must not change the width and so the chart.
        scroll = self.scroll
        room = (
            scroll.width() - 2 * scroll.frameWidth() - scroll.verticalScrollBar().sizeHint().width()
        )
        return min(12.0, max(4.0, round(room / 100 * 4) / 4))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._chart is not None and self._chart.request.option("width") != self._width_inches():
            self._resized.start()  # a new width: the texts wrap anew once the drag settles

    def _show_options(self) -> None:
        kind = self.kind.currentData()
        self.second.setVisible(kind == "scatter")
        self.whole.setVisible(kind == "ranking")
        self.genders.setVisible(kind == "timeseries")
        self.sized.setVisible(kind == "scatter")
        self.bars.setVisible(kind == "profile")

    # -- drawing --------------------------------------------------------------------------
    def redraw(self) -> None:
        self._show_options()
        request = self.request()
        workspace = self._document.workspace
        if request is None or workspace is None or not self.isVisible():
            return
        if self._chart is not None and self._chart.update(request):
            self._canvas.draw_idle()  # the same chart, a new selection: in place
            return
        self._build(request, workspace.snapshot())

    def rebuild(self) -> None:
        """Draw afresh (the figures changed: an edit, an undo)."""
        self._chart = None
        self.redraw()

    def _build(self, request, workspace) -> None:
        from digidesk.core.model.areas import default_register

        self._generation += 1
        generation = self._generation
        register = default_register()
        numbers = current_number_format()

        def work():
            from digidesk.chart_words import chart_words
            from digidesk.core.charts import make_chart

            words = chart_words(request.language, numbers)
            return make_chart(workspace, register, request, words=words)

        def done(chart) -> None:
            if generation == self._generation:
                self._show(chart)

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            from digidesk.qt.error_text import error_text

            self._chart = None
            self.hint.setText(error_text(error))
            self._show_hint()

        self._runner.start(work, done, failed)

    def _show(self, chart) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg, NavigationToolbar2QT

        self._chart = chart
        canvas = FigureCanvasQTAgg(chart.figure)
        canvas.setAccessibleName(self.tr("Chart"))
        canvas.setAccessibleDescription(_summary(chart))
        # Never squeezed below the size the chart reads at: the pane scrolls instead.
        width, height = chart.preferred_size
        dpi = chart.figure.dpi
        canvas.setMinimumWidth(int(min(width, 4.0) * dpi))
        canvas.setMinimumHeight(int((height if height > TALL_INCHES else min(height, 5.0)) * dpi))
        if self._toolbar is not None:
            self._layout.removeWidget(self._toolbar)
            self._toolbar.deleteLater()
        self._toolbar = NavigationToolbar2QT(canvas, self)
        self._layout.insertWidget(1, self._toolbar)
        old = self.scroll.takeWidget()
        if old is not None and old is not self.hint:
            old.deleteLater()
        self.scroll.setWidget(canvas)
        self._canvas = canvas
        canvas.draw_idle()

    def _show_hint(self) -> None:
        old = self.scroll.takeWidget()
        if old is not None and old is not self.hint:
            old.deleteLater()
        self.scroll.setWidget(self.hint)
        self._canvas = None

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        chart = self._chart
        repainted = event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        )
        if repainted and chart is not None and chart.request.theme != _theme(self):
            self.rebuild()  # the application went light or dark: so does the chart

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._chart is None:
            self.redraw()

    def wait(self) -> bool:
        return self._runner.wait()

    @property
    def chart(self):
        return self._chart

    # -- export ---------------------------------------------------------------------------
    def ask_save(self, suffix: str) -> None:
        if self._chart is None:
            self.message.emit(self.tr("There is no chart to save yet."))
            return
        dpi = 150
        if suffix == ".png":
            dpi, ok = QInputDialog.getInt(
                self, self.tr("Save as PNG"), self.tr("Resolution (dots per inch):"), 150, 72, 600
            )
            if not ok:
                return
        name = _default_name(self._chart) + suffix
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the chart"), str(Path(Settings().last_folder) / name)
        )
        if path:
            self.save(Path(path).with_suffix(suffix), dpi)

    def save(self, path: Path, dpi: int = 150) -> None:
        from digidesk.core.charts import save_chart

        try:
            save_chart(self._chart, path, dpi)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            from digidesk.qt.error_text import error_text

            self.message.emit(error_text(error))
            return
        self.message.emit(self.tr("Saved {name}").format(name=path.name))

    def ask_save_excel(self) -> None:
        if self._chart is None:
            self.message.emit(self.tr("There is no chart to save yet."))
            return
        name = _default_name(self._chart) + ".xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the chart in a workbook"),
            str(Path(Settings().last_folder) / name),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save_excel(Path(path).with_suffix(".xlsx"))

    def save_excel(self, path: Path) -> None:
        from digidesk.core.export.chart_sheets import export_chart

        try:
            export_chart(self._chart, path)
        except Exception as error:  # noqa: BLE001 - shown to the user, never a traceback
            from digidesk.qt.error_text import error_text

            self.message.emit(error_text(error))
            return
        self.message.emit(self.tr("Saved {name}").format(name=path.name))

    def copy_picture(self) -> None:
        if self._canvas is None:
            return
        QGuiApplication.clipboard().setImage(self._canvas.grab().toImage())
        self.message.emit(self.tr("Copied the chart."))


def _country_of(focus: ChartFocus) -> str | None:
    return focus.country or (focus.areas[0][0] if focus.areas else None)


def _theme(widget: QWidget) -> str:
    """The application's theme: its palette's window is dark or light."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightnessF() < 0.5 else "light"


def _summary(chart) -> str:
    """What the chart shows, in words, for a screen reader."""
    texts = [t.get_text() for t in chart.figure.texts if t.get_text()]
    for axes in chart.figure.axes:
        if axes.get_title():
            texts.append(axes.get_title())
    return " — ".join(dict.fromkeys(texts))[:500]


def _default_name(chart) -> str:
    request = chart.request
    name = f"{request.kind} {'_'.join(request.indicators)} {request.period or ''}".strip()
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in name)[:80]
