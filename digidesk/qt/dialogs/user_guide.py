"""Help ▸ User guide: the short guide shipped with DigiDesk, shown locally with its pictures.

The guide is Markdown under ``docs/`` (``user-guide.sv.md``, ``.nb.md``, ``.en.md``); its
pictures lie beside it and are fitted to the width of the window.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from digidesk.resources import docs_path

#: the guide to show for each interface language, best first
FALLBACKS = {"sv": ("sv", "en"), "nb": ("nb", "sv", "en"), "en": ("en", "sv")}
_PICTURE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?")


def guide_path(language: str) -> Path:
    """The user guide for ``language`` (Norwegian falls back on Swedish, then English)."""
    candidates = FALLBACKS.get(language, ("en", "sv"))
    for code in candidates:
        path = docs_path(f"user-guide.{code}.md")
        if path.is_file():
            return path
    return docs_path(f"user-guide.{candidates[0]}.md")


def guide_pictures(path: Path) -> list[str]:
    """The pictures a guide shows, as written in it (relative to its folder)."""
    return _PICTURE.findall(path.read_text("utf-8"))


class UserGuideDialog(QDialog):
    """The guide in a browser, with its headings as a contents list to jump by."""

    def __init__(self, language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if not language:
            from digidesk.qt.i18n import current_language

            language = current_language()
        self.path = guide_path(language)
        self.setWindowTitle(self.tr("User guide"))
        self._sizes: dict[str, tuple[int, int]] = {}
        self._scaled: set[str] = set()

        self.contents_label = QLabel(self.tr("&Contents"), self)
        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Contents of the user guide"))
        self.contents.setAccessibleDescription(self.tr("Choose a section to read it"))
        self.contents_label.setBuddy(self.contents)
        self.contents.currentItemChanged.connect(self._jump)
        self.contents.setWordWrap(True)  # a long heading wraps rather than scrolls sideways
        self.contents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # DigiDesk works offline
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.document().setUndoRedoEnabled(False)
        self.browser.viewport().installEventFilter(self)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._fit_pictures)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.contents_label)
        side_layout.addWidget(self.contents, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.browser)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        em = self.fontMetrics().averageCharWidth()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the user guide")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(buttons)
        self.setTabOrder(self.contents, self.browser)
        self.setTabOrder(self.browser, buttons)

        self._load()
        # The contents as wide as its longest heading, within reason.
        widest = max(
            (self.contents.fontMetrics().horizontalAdvance(h) for h in self.headings(2)),
            default=0,
        )
        side_width = min(max(widest + em * 6, em * 24), em * 44)
        self.splitter.setSizes([side_width, em * 110])
        height = self.fontMetrics().height()
        self.resize(em * 150, height * 48)
        if parent is not None:
            available = parent.window().size()
            self.resize(
                min(self.width(), round(available.width() * 0.9)),
                min(self.height(), round(available.height() * 0.9)),
            )

    # -- public ------------------------------------------------------------------------------
    def headings(self, level: int = 0) -> list[str]:
        """The guide's headings (of ``level``, or all), in order."""
        found = []
        block = self.browser.document().begin()
        while block.isValid():
            heading = block.blockFormat().headingLevel()
            if heading and (not level or heading == level):
                found.append(block.text())
            block = block.next()
        return found

    def picture_names(self) -> list[str]:
        """The pictures the shown guide refers to."""
        return [name for name, _ in self._pictures()]

    # -- loading -----------------------------------------------------------------------------
    def _load(self) -> None:
        if not self.path.is_file():
            self.browser.setPlainText(
                self.tr("The user guide is missing from this installation: {path}").format(
                    path=self.path
                )
            )
            return
        self.browser.setSource(
            QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource
        )
        self.contents.clear()
        block = self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2:
                item = QListWidgetItem(block.text(), self.contents)
                item.setData(Qt.ItemDataRole.UserRole, block.position())
            block = block.next()

    def _jump(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        document = self.browser.document()
        block = document.findBlock(item.data(Qt.ItemDataRole.UserRole))
        cursor = QTextCursor(block)
        self.browser.setTextCursor(cursor)
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(round(top))

    # -- pictures fitted to the width --------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_pictures()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._refit.start()
        return super().eventFilter(watched, event)

    def _pictures(self):
        """(name, (position, length)) of every picture in the document."""
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    name = fragment.charFormat().toImageFormat().name()
                    yield name, (fragment.position(), fragment.length())
                iterator += 1
            block = block.next()

    def _file(self, name: str) -> Path:
        url = QUrl(name)
        local = url.toLocalFile() if url.isLocalFile() else name
        return Path(local) if Path(local).is_absolute() else self.path.parent / local

    def _natural_size(self, name: str) -> tuple[int, int]:
        if name not in self._sizes:
            size = QImageReader(str(self._file(name))).size()
            self._sizes[name] = (size.width(), size.height()) if size.isValid() else (0, 0)
        return self._sizes[name]

    def _fit_pictures(self) -> None:
        """Show each picture at most as wide as the text, scaled smoothly (the browser's own
        scaling of a 1600-pixel screenshot is jagged and unreadable)."""
        document = self.browser.document()
        margin = 2 * round(document.documentMargin()) + 8
        room = max(self.browser.viewport().width() - margin, 100)
        ratio = self.browser.devicePixelRatioF()
        # The reader keeps their place: the paragraph at the top stays there.
        layout = document.documentLayout()
        bar = self.browser.verticalScrollBar()
        anchor = self.browser.cursorForPosition(QPoint(0, 0)).block()
        offset = layout.blockBoundingRect(anchor).top() - bar.value()
        changed = False
        cursor = QTextCursor(document)
        for name, (position, length) in list(self._pictures()):
            width, height = self._natural_size(name)
            if not width:
                continue
            shown = min(width, room)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            image_format = cursor.charFormat().toImageFormat()
            if round(image_format.width()) == shown and name in self._scaled:
                continue
            reader = QImageReader(str(self._file(name)))
            pixels = min(width, round(shown * ratio))
            if pixels < width:
                reader.setScaledSize(QSize(pixels, round(height * pixels / width)))
            image = reader.read()
            if image.isNull():
                continue
            image.setDevicePixelRatio(pixels / shown)
            url = document.baseUrl().resolved(QUrl(name))  # the key the document looks up
            document.addResource(QTextDocument.ResourceType.ImageResource, url, image)
            self._scaled.add(name)
            image_format.setWidth(shown)
            image_format.setHeight(height * shown / width)
            cursor.setCharFormat(image_format)
            changed = True
        if changed:
            # Without this the layout stops at the last picture changed, and the text after
            # it is neither drawn nor counted in the scroll range.
            document.markContentsDirty(0, document.characterCount())
            bar.setValue(round(layout.blockBoundingRect(anchor).top() - offset))
