"""Light and dark themes whose text is readable: every text colour at least 4.5:1 against
its background (WCAG 2.1 AA), quieter texts included.

"system" keeps the platform's colours and only darkens (or lightens) the placeholder and
disabled text where they fall short.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory, QWidget

Role = QPalette.ColorRole
MIN_CONTRAST = 4.5

_LIGHT = {
    Role.Window: "#f3f3f3",
    Role.WindowText: "#1f1f1f",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f4f6f9",
    Role.Text: "#1f1f1f",
    Role.Button: "#e9e9e9",
    Role.ButtonText: "#1f1f1f",
    Role.Highlight: "#1a5fb4",
    Role.HighlightedText: "#ffffff",
    Role.PlaceholderText: "#5c5f66",
    Role.ToolTipBase: "#ffffe1",
    Role.ToolTipText: "#1f1f1f",
    Role.Link: "#1a5fb4",
    Role.Mid: "#a0a0a0",
    Role.BrightText: "#ffffff",
}
_DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8eaed",
    Role.Base: "#17181a",
    Role.AlternateBase: "#232427",
    Role.Text: "#e8eaed",
    Role.Button: "#303134",
    Role.ButtonText: "#e8eaed",
    Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#17181a",
    Role.PlaceholderText: "#a8adb3",
    Role.ToolTipBase: "#303134",
    Role.ToolTipText: "#e8eaed",
    Role.Link: "#8ab4f8",
    Role.Mid: "#5f6368",
    Role.BrightText: "#ffffff",
}
#: (text, background) pairs that must be readable
PAIRS = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
)


def luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (color.redF(), color.greenF(), color.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: QColor, background: QColor) -> float:
    """WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette_for(theme: str, base: QPalette | None = None) -> QPalette:
    """The palette of ``theme``: "light", "dark" or "system" (``base`` made readable)."""
    if theme in ("light", "dark"):
        palette = QPalette()
        for role, color in (_DARK if theme == "dark" else _LIGHT).items():
            palette.setColor(role, QColor(color))
        disabled = QColor((_DARK if theme == "dark" else _LIGHT)[Role.PlaceholderText])
        for role in (Role.WindowText, Role.Text, Role.ButtonText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
        return palette
    palette = QPalette(base) if base is not None else QPalette()
    _readable(palette, Role.PlaceholderText, Role.Base)
    for role, background in ((Role.WindowText, Role.Window), (Role.Text, Role.Base)):
        _readable(palette, role, background, QPalette.ColorGroup.Disabled)
    return palette


def _readable(
    palette: QPalette,
    role: QPalette.ColorRole,
    background: QPalette.ColorRole,
    group: QPalette.ColorGroup = QPalette.ColorGroup.All,
) -> None:
    """Move the colour of ``role`` towards black or white until it reads on ``background``."""
    probe = QPalette.ColorGroup.Active if group == QPalette.ColorGroup.All else group
    color = QColor(palette.color(probe, role))
    ground = palette.color(probe, background)
    darker = luminance(ground) > 0.5
    for _ in range(40):
        if contrast(color, ground) >= MIN_CONTRAST:
            break
        color = color.darker(110) if darker else color.lighter(110)
        if not darker and color.value() >= 255:
            color = QColor("#ffffff")
    palette.setColor(group, role, color)


class OutlinedIndicators(QProxyStyle):
    """Fusion with check boxes and radio buttons outlined in the quiet text colour: Fusion
    draws their edge a shade darker than the window, which a dark theme makes invisible
    (WCAG asks 3:1 for the edge of a control)."""

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802
        super().drawPrimitive(element, option, painter, widget)
        round_ = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if round_ or element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.color(Role.PlaceholderText), 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            box = QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
            if round_:
                painter.drawEllipse(box)
            else:
                painter.drawRoundedRect(box, 2, 2)
            painter.restore()


def apply_theme(app: QApplication, theme: str) -> None:
    """Use ``theme`` for the whole application (Fusion draws light and dark alike)."""
    if theme in ("light", "dark"):
        app.setStyle(OutlinedIndicators(QStyleFactory.create("Fusion")))
        app.setPalette(palette_for(theme))
    else:
        app.setPalette(palette_for("system", app.style().standardPalette()))


def quiet(widget: QWidget) -> None:
    """Show a remark in the quieter text colour, still readable (not greyed as disabled)."""
    widget.setForegroundRole(Role.PlaceholderText)
