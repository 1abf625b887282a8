"""The detail pane of the strategy view: the selected target's text, status and reason,
its linked data as the goal-progress chart (baseline, even path, target value and due year,
from ``digidesk.core.charts``; see :mod:`digidesk.qt.views.progress_chart`) and its
comments per follow-up year."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digidesk import strategy_words
from digidesk.core.analysis.goals import linked_series
from digidesk.core.model.strategy import Target
from digidesk.qt.views.progress_chart import ProgressChartPane


class StrategyDetail(QWidget):
    note_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.setPlaceholderText(self.tr("Select a goal, development area or target."))
        self.chart = ProgressChartPane(self)
        font = self.font()
        font.setBold(True)
        self.notes_label = QLabel(self.tr("Comments per follow-up year"), self)
        self.notes_label.setFont(font)
        self.notes = QListWidget(self)
        self.notes.setAccessibleName(self.tr("Comments per follow-up year"))
        self.notes.setWordWrap(True)
        self.add_note = QPushButton(self.tr("Comment for a year…"), self)
        self.add_note.clicked.connect(self.note_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.notes_label, 1)
        buttons.addWidget(self.add_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        layout.addWidget(self.chart, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.notes, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.text.clear()
        self._target_parts(False)

    def _target_parts(self, visible: bool) -> None:
        for widget in (self.chart, self.notes_label, self.notes, self.add_note):
            widget.setVisible(visible)
        if not visible:
            self.chart.show_nothing()

    def show_node(self, kind: str, item, counts, language: str) -> None:
        """A goal or development area: its name, text and counts per status."""
        self._target_parts(False)
        heading = self.tr("Goal") if kind == "goal" else self.tr("Development area")
        rows = "".join(
            f"<tr><td>{escape(strategy_words.STATUS_SYMBOLS[s])} "
            f"{escape(strategy_words.status_name(s, language))}</td>"
            f"<td align='right'>&nbsp;{n}</td></tr>"
            for s, n in ((s, counts.get(s, 0)) for s in strategy_words.STATUS_SYMBOLS)
            if n
        )
        self.text.setHtml(
            f"<p style='color:gray'>{escape(heading)}</p><h3>{escape(item.name)}</h3>"
            f"<p>{escape(item.description)}</p><table>{rows}</table>"
        )

    def show_target(self, workspace, strategy, target: Target, result, register, language) -> None:
        self._target_parts(True)
        words = strategy_words
        names = {p.id: p.name for p in strategy.perspectives}
        kind = self.tr("Measurable target")
        due = self.tr("due {year}").format(year=target.due_year or "–")
        parts = [
            f"<p style='color:gray'>{escape(kind)} {escape(target.id)} · {escape(due)}</p>",
            f"<p style='font-size:large'>{escape(target.text)}</p>",
        ]
        if result is not None:
            colour = words.STATUS_COLOURS.get(result.status, "#ffffff")
            parts.append(
                f"<p><span style='background-color:{colour}'>&nbsp;"
                f"{escape(words.badge_text(result, language))}&nbsp;</span> "
                f"{escape(words.trend_text(result.trend, language))}</p>"
                f"<p>{escape(words.reason_text(result, language))}</p>"
            )
        if target.perspectives:
            perspectives = ", ".join(names.get(p, p) for p in target.perspectives)
            label = self.tr("Perspectives:")
            parts.append(f"<p><b>{escape(label)}</b> {escape(perspectives)}</p>")
        if target.details:
            parts.append(f"<p style='color:gray'>{escape(target.details)}</p>")
        country, series = linked_series(workspace, strategy, target, register)
        parts.append(self._linked(workspace, strategy, target, series, register, language))
        if target.manual_log:
            lines = "".join(
                f"<li>{escape(e.date)}: "
                f"{escape(self._status_name(e.status, language))}"
                f" — {escape(e.comment)}</li>"
                for e in target.manual_log
            )
            label = self.tr("Set by hand")
            parts.append(f"<p><b>{escape(label)}</b></p><ul>{lines}</ul>")
        self.text.setHtml("".join(parts))
        self.notes.clear()
        for note in sorted(target.notes, key=lambda n: n.year, reverse=True):
            self.notes.addItem(f"{note.year}: {note.text}")
        self.chart.show_target(workspace, strategy, target, country, series, register, language)

    def _status_name(self, status: str | None, language: str) -> str:
        return strategy_words.status_name(status, language) if status else self.tr("computed")

    def _linked(self, workspace, strategy, target, series, register, language) -> str:
        if not target.indicator_id:
            note = self.tr("Not linked to data. Use Link to data… to choose an indicator.")
            return f"<p><i>{escape(note)}</i></p>"
        indicator = workspace.indicators.get(target.indicator_id)
        unit = indicator.unit if indicator else ""
        title = indicator.title if indicator else target.indicator_id
        area = target.area_id or strategy.area_id or ""
        known = register.get(area, strategy.country or None) if area else None
        where = f"{area} {known.name}" if known else area
        # The figures on one wrapped line: the chart below draws them.
        figures = " · ".join(
            f"{escape(str(p))}:&nbsp;"
            + escape(strategy_words.format_value(float(v), unit, language)).replace(" ", "&nbsp;")
            for p, v in series.dropna().items()
        )
        label = self.tr("Linked data:")
        return (
            f"<p><b>{escape(label)}</b> {escape(title)} "
            f"({escape(target.indicator_id)}), {escape(where)}</p>"
            f"<p>{figures}</p>"
        )
