"""Edit ▸ Preferences…: language, number format, default country, autosave, CSV dialect
and theme.

A dumb dialog: it shows the settings and returns the chosen ones; the main window applies
them (a new language retranslates the open window at once).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from digidesk.qt.settings import Settings
from digidesk.qt.theme import quiet


@dataclass(frozen=True)
class Preferences:
    language: str  # "" (the system's), "sv", "nb" or "en"
    number_format: str  # "" (the language's), "sv", "nb" or "en"
    default_country: str  # "" (none: the import asks), "SE" or "NO"
    autosave_seconds: int
    csv_dialect: str  # "nordic" or "standard"
    theme: str  # "system", "light" or "dark"

    @classmethod
    def from_settings(cls, settings: Settings) -> Preferences:
        return cls(
            settings.language,
            settings.number_format,
            settings.default_country,
            settings.autosave_seconds,
            settings.csv_dialect,
            settings.theme,
        )

    def save(self, settings: Settings) -> None:
        settings.language = self.language
        settings.number_format = self.number_format
        settings.default_country = self.default_country
        settings.autosave_seconds = self.autosave_seconds
        settings.csv_dialect = self.csv_dialect
        settings.theme = self.theme


class PreferencesDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        # Language names in their own language: a user who cannot read the current one
        # still finds theirs.
        self.language = self._combo(
            [("", self.tr("As the system")), ("sv", "Svenska"), ("nb", "Norsk bokmål"),
             ("en", "English")],
            current.language,
        )  # fmt: skip
        self.number_format = self._combo(
            [("", self.tr("As the language")), ("sv", "1 234,5 (svenska)"),
             ("nb", "1 234,5 (norsk)"), ("en", "1,234.5 (English)")],
            current.number_format,
        )  # fmt: skip
        self.country = self._combo(
            [("", self.tr("None: ask when a file does not say")), ("SE", self.tr("Sweden")),
             ("NO", self.tr("Norway"))],
            current.default_country,
        )  # fmt: skip
        self.autosave = QSpinBox(self)
        self.autosave.setRange(5, 60)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(current.autosave_seconds)
        self.autosave.setAccessibleName(self.tr("Autosave after a pause of"))
        self.dialect = self._combo(
            [("nordic", self.tr("Semicolon and decimal comma (Swedish and Norwegian Excel)")),
             ("standard", self.tr("Comma and decimal point"))],
            current.csv_dialect,
        )  # fmt: skip
        self.theme = self._combo(
            [("system", self.tr("As the system")), ("light", self.tr("Light")),
             ("dark", self.tr("Dark"))],
            current.theme,
        )  # fmt: skip
        note = QLabel(
            self.tr(
                "Numbers in tables, charts and dialogs follow the number format above; a "
                "spreadsheet program shows exported numbers in its own settings. The default "
                "country is taken for an imported table whose area codes could be Swedish or "
                "Norwegian. Unsaved work is written to a recovery copy after a pause of the "
                "time above, and within a minute in any case."
            ),
            self,
        )
        note.setWordWrap(True)
        quiet(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Language"), self.language),
            (self.tr("&Numbers"), self.number_format),
            (self.tr("Default &country"), self.country),
            (self.tr("&Autosave after a pause of"), self.autosave),
            (self.tr("CSV &export"), self.dialect),
            (self.tr("&Theme"), self.theme),
        ):
            form.addRow(label, widget)
        form.addRow(note)
        form.addRow(buttons)
        self.resize(560, self.sizeHint().height())

    def _combo(self, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def preferences(self) -> Preferences:
        return Preferences(
            str(self.language.currentData()),
            str(self.number_format.currentData()),
            str(self.country.currentData()),
            int(self.autosave.value()),
            str(self.dialect.currentData()),
            str(self.theme.currentData()),
        )
