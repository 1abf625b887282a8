"""A layout that lays its widgets out in a row and wraps them onto the next line when the
row is too narrow, so a bar of options never forces its view wider than the window; and
the pieces such a bar is made of (a labelled field, a separator)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch_before: set[int] = set()  # items pushed to the right end of their line
        self.setContentsMargins(0, 0, 0, 0)

    # -- building -----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def add_right(self, widget: QWidget) -> None:
        """Add ``widget`` and push it (and what follows) to the right end of its line."""
        self._stretch_before.add(len(self._items))
        self.addWidget(widget)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if 0 <= index < len(self._items):
            self._stretch_before = {i - (i > index) for i in self._stretch_before if i != index}
            return self._items.pop(index)
        return None

    # -- sizes --------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(
            0, len(visible) - 1
        )
        height = max((i.sizeHint().height() for i in visible), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    # -- placing ------------------------------------------------------------------------
    def _lines(self, width: int) -> list[list[int]]:
        """Indexes of the visible items on each line at ``width``."""
        lines: list[list[int]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            need = item.sizeHint().width()
            if lines[-1] and used + self._spacing + need > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + need
            lines[-1].append(index)
        return lines

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            if not line:
                continue
            height = max(self._items[i].sizeHint().height() for i in line)
            widths = [min(self._items[i].sizeHint().width(), area.width()) for i in line]
            used = sum(widths) + self._spacing * (len(widths) - 1)
            slack = max(0, area.width() - used)
            x = area.x()
            pushed = False
            for index, width in zip(line, widths, strict=True):
                if index in self._stretch_before and not pushed and index != line[0]:
                    x += slack
                    pushed = True
                if move:
                    item = self._items[index]
                    item_height = item.sizeHint().height()
                    top = y + (height - item_height) // 2  # centred on the line
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom()


def labelled(text: str, widget: QWidget, parent: QWidget) -> QWidget:
    """A label and its field kept together on one line of a flowing bar."""
    pair = QWidget(parent)
    label = QLabel(text, pair)
    label.setBuddy(widget)
    layout = QHBoxLayout(pair)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget)
    return pair


def separator(parent: QWidget) -> QFrame:
    """A thin upright line between groups of options."""
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
