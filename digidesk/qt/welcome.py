"""The first page a user sees when no workspace is open: where to begin, and what DigiDesk is for.

A dumb page: it says what the user asked for through its signals; the main window opens the
demo, the import, a workspace or the user guide.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

#: at most this many recent workspaces are listed
MAX_RECENT = 8


def scaled_font(font: QFont, factor: float, bold: bool = False) -> QFont:
    """``font`` made ``factor`` times larger, so that it follows the system's text size."""
    font = QFont(font)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


class RecentList(QListWidget):
    """The recent workspaces: a click, Enter or Return asks for one."""

    chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        # Long names are shortened in the middle rather than scrolled sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(2)
        self.itemClicked.connect(self._choose)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._choose(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, item: QListWidgetItem) -> None:
        self.chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))


class WelcomePage(QWidget):
    """Open the demo, import a file, open a workspace or a recent one; read what DigiDesk does."""

    demo_requested = Signal()
    import_requested = Signal()
    open_requested = Signal()
    recent_requested = Signal(Path)
    guide_requested = Signal()

    def __init__(self, recent: Iterable[str | Path] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recent: list[Path] = []
        #: labels drawn larger than the text, as (label, factor, bold)
        self._scaled: list[tuple[QLabel, float, bool]] = []
        self.title = self._heading(1.8)
        self.title.setWordWrap(True)
        self.lead = self._heading(1.15, bold=False)
        self.lead.setWordWrap(True)
        self.guide_button = QPushButton(self)
        self.guide_button.clicked.connect(self.guide_requested)

        # Where to begin: three ways in, each with a line on what it gives.
        self.start_heading = self._heading(1.3)
        self.demo_button = QPushButton(self)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_requested)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_text, self.import_text, self.open_text = (QLabel(self) for _ in range(3))
        start = QGridLayout()
        start.setColumnStretch(1, 1)
        start.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
        start.setVerticalSpacing(self.fontMetrics().height())
        for row, (button, text) in enumerate(
            (
                (self.demo_button, self.demo_text),
                (self.import_button, self.import_text),
                (self.open_button, self.open_text),
            )
        ):
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(round(self.fontMetrics().height() * 2.2))
            text.setWordWrap(True)
            text.setBuddy(button)
            start.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            start.addWidget(text, row, 1, Qt.AlignmentFlag.AlignTop)
        start_column = QVBoxLayout()
        start_column.setSpacing(self.fontMetrics().height() // 2)
        start_column.addWidget(self.start_heading)
        start_column.addLayout(start)
        start_column.addStretch(1)

        # The recent workspaces, or a line saying there are none yet.
        self.recent_heading = self._heading(1.3)
        self.recent_list = RecentList(self)
        self.recent_list.chosen.connect(self.recent_requested)
        self.recent_heading.setBuddy(self.recent_list)  # its mnemonic moves the focus there
        self.no_recent = QLabel(self)
        self.no_recent.setWordWrap(True)
        recent_column = QVBoxLayout()
        recent_column.setSpacing(self.fontMetrics().height() // 2)
        recent_column.addWidget(self.recent_heading)
        recent_column.addWidget(self.recent_list, 1)
        recent_column.addWidget(self.no_recent)
        recent_column.addStretch(0)

        # What DigiDesk does, for the three kinds of user.
        self.roles_heading = self._heading(1.3)
        self.role_titles: list[QLabel] = []
        self.role_texts: list[QLabel] = []
        roles = QHBoxLayout()
        roles.setSpacing(self.fontMetrics().height())
        for _ in range(3):
            card = QFrame(self)
            card.setFrameShape(QFrame.Shape.StyledPanel)
            title = self._heading(1.1, parent=card)
            title.setWordWrap(True)
            text = QLabel(card)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            card_layout = QVBoxLayout(card)
            card_layout.addWidget(title)
            card_layout.addWidget(text, 1)
            self.role_titles.append(title)
            self.role_texts.append(text)
            roles.addWidget(card, 1)
        self.offline_note = QLabel(self)
        self.offline_note.setWordWrap(True)

        # Last in reading and tab order: after what DigiDesk does, how to use it.
        foot = QHBoxLayout()
        foot.addWidget(self.offline_note, 1)
        foot.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignTop)

        middle = QHBoxLayout()
        middle.setSpacing(self.fontMetrics().averageCharWidth() * 4)
        middle.addLayout(start_column, 3)
        middle.addLayout(recent_column, 2)

        column = QWidget(self)
        column.setObjectName("WelcomeColumn")
        # Wide enough for the three roles side by side, narrow enough to read in one sweep.
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 160)
        inner = QVBoxLayout(column)
        spacing = self.fontMetrics().height()
        inner.setSpacing(spacing)
        inner.addStretch(1)  # in a tall window the page sits a little above the middle
        inner.addWidget(self.title)
        inner.addWidget(self.lead)
        inner.addLayout(middle)
        inner.addSpacing(spacing // 2)
        inner.addWidget(self.roles_heading)
        inner.addLayout(roles)
        inner.addLayout(foot)
        inner.addStretch(2)
        centred = QWidget(self)
        centring = QHBoxLayout(centred)
        centring.setContentsMargins(spacing * 2, spacing * 2, spacing * 2, spacing)
        centring.addStretch(0)
        centring.addWidget(column, 1)
        centring.addStretch(0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Not a tab stop of its own: it scrolls to whichever button or list has the focus.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        for first, second in (
            (self.demo_button, self.import_button),
            (self.import_button, self.open_button),
            (self.open_button, self.recent_list),
            (self.recent_list, self.guide_button),
        ):
            self.setTabOrder(first, second)
        self.setFocusProxy(self.demo_button)
        self._retranslate()
        self.set_recent(recent)

    def _heading(self, factor: float, bold: bool = True, parent: QWidget | None = None) -> QLabel:
        """A label ``factor`` times the size of the text, following it when it changes."""
        label = QLabel(parent or self)
        label.setFont(scaled_font(self.font(), factor, bold))
        self._scaled.append((label, factor, bold))
        return label

    # -- public ------------------------------------------------------------------------------
    def set_recent(self, paths: Iterable[str | Path]) -> None:
        """List these workspaces, the most recent first (at most ``MAX_RECENT``)."""
        self._recent = [Path(p) for p in paths][:MAX_RECENT]
        self._fill_recent()

    def recent(self) -> list[Path]:
        return list(self._recent)

    def interactive_widgets(self) -> list[QWidget]:
        """The widgets a user can act on, in tab order (for tests and accessibility checks)."""
        return [
            self.demo_button,
            self.import_button,
            self.open_button,
            self.recent_list,
            self.guide_button,
        ]

    # -- texts -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._fill_recent()
        elif event.type() == QEvent.Type.FontChange:  # the system's text size changed
            for label, factor, bold in self._scaled:
                label.setFont(scaled_font(self.font(), factor, bold))
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to DigiDesk"))
        self.lead.setText(
            self.tr(
                "Follow up municipal digitalisation on real figures, see where a kommun "
                "stands and score award nominees as a jury."
            )
        )
        self.guide_button.setText(self.tr("Read the user &guide"))
        self.guide_button.setAccessibleName(self.tr("Read the user guide"))
        self.guide_button.setToolTip(self.tr("How each view works, with pictures"))

        self.start_heading.setText(self.tr("Get started"))
        for button, text, name, tip, description in (
            (
                self.demo_button,
                self.demo_text,
                self.tr("Open the &demo workspace"),
                self.tr("Open the demo workspace"),
                self.tr(
                    "Public figures from Kolada, SCB, SSB and Digdir, Örnsköldsvik's "
                    "digitalisation strategy and the award Sveriges Digitaliseringskommun: "
                    "try everything on them without touching a file of your own."
                ),
            ),
            (
                self.import_button,
                self.import_text,
                self.tr("&Import a file…"),
                self.tr("Import a file"),
                self.tr(
                    "An Excel, LibreOffice or CSV file, such as an export from Kolada, SCB, "
                    "SSB/KOSTRA or Digdir. You see what DigiDesk read before anything is "
                    "imported."
                ),
            ),
            (
                self.open_button,
                self.open_text,
                self.tr("&Open a workspace…"),
                self.tr("Open a workspace"),
                self.tr("A .digidesk file that you or a colleague saved earlier."),
            ),
        ):
            button.setText(name)
            button.setAccessibleName(tip)
            button.setAccessibleDescription(description)
            text.setText(description)

        self.recent_heading.setText(self.tr("&Recent workspaces"))
        self.recent_list.setAccessibleName(self.tr("Recent workspaces"))
        self.recent_list.setAccessibleDescription(
            self.tr("Click a workspace, or press Enter, to open it")
        )
        self.no_recent.setText(
            self.tr("No recent workspaces yet. The ones you open or save are listed here.")
        )

        self.roles_heading.setText(self.tr("What DigiDesk does for you"))
        for heading, text, (title, body) in zip(
            self.role_titles,
            self.role_texts,
            (
                (
                    self.tr("For the strategist"),
                    self.tr(
                        "Follow up your digitalisation strategy: its goals, development "
                        "areas and measurable targets, year by year on the real figures of "
                        "the indicators they are measured by, ready to report to the council."
                    ),
                ),
                (
                    self.tr("For the analyst"),
                    self.tr(
                        "See where a kommun stands: its rank among all kommuner, the national "
                        "value and the median, its peer group and similar kommuner, with "
                        "charts of the ranking and of the change over time."
                    ),
                ),
                (
                    self.tr("For the jury"),
                    self.tr(
                        "Score the nominees offline, in DigiDesk or in plain Excel sheets, "
                        "compare the aggregation methods side by side and hand over a "
                        "protocol whose fingerprint anyone can verify."
                    ),
                ),
            ),
            strict=True,
        ):
            heading.setText(title)
            text.setText(body)
        self.offline_note.setText(
            self.tr(
                "DigiDesk works without a network: your files stay on this computer, and "
                "unsaved work is kept in a recovery copy."
            )
        )

    def _fill_recent(self) -> None:
        self.recent_list.clear()
        for path in self._recent:
            missing = not path.exists()
            name = path.name
            if missing:
                name = self.tr("{name} (not found)").format(name=path.name)
            folder = _folder_text(path.parent)
            item = QListWidgetItem(f"{name}\n{folder}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{name}, in {folder}").format(name=name, folder=folder),
            )
            self.recent_list.addItem(item)
        self.recent_list.setVisible(bool(self._recent))
        self.no_recent.setVisible(not self._recent)


def _folder_text(folder: Path) -> str:
    """The folder as the user knows it: under the home folder as ``~/…`` (not on Windows,
    whose users do not know the tilde)."""
    if sys.platform == "win32":
        return str(folder)
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)
