"""Export ▸ what, in which format and where: a dumb dialog that returns an ExportChoice.

The choices of format, CSV dialect and scope are remembered between exports;
the file name follows the format ("Budget.xlsx" becomes "Budget.csv"). The file
goes to the folder of the last export, else to Documents; its name is the
dataset's or workspace's, with what Windows forbids in a file name made
readable ("budget: Blad1" becomes "budget – Blad1").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from digidesk.qt.settings import Settings


@dataclass(frozen=True)
class ExportChoice:
    scope: str  # "view" or "workspace"
    format: str  # "xlsx" or "csv"
    dialect: str  # "nordic" or "standard" (CSV only)
    path: Path


_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\.|$)", re.IGNORECASE)


def file_stem(name: str) -> str:
    """``name`` as a file name on every system: a colon becomes a dash between words
    ("budget: Blad1" → "budget – Blad1"), slashes hyphens, other forbidden marks go."""
    text = re.sub(r"\s*:\s*", " – ", name)
    text = re.sub(r"\s*[/\\|]\s*", " - ", text)
    text = re.sub(r'[<>"?*\x00-\x1f]+', "", text)
    text = " ".join(text.split()).strip(" .-–")
    if _WINDOWS_RESERVED.match(text):
        text = f"{text} export"
    return text or "export"


def default_folder(settings: Settings) -> str:
    """The folder of the last export if it is still there, else Documents, else home."""
    last = settings.last_export_folder
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return documents
    return str(Path.home())


class ExportDialog(QDialog):
    def __init__(
        self,
        folder: str | None,
        stem: str,
        view_name: str | None,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``view_name`` names the table shown (None when no table is shown); ``folder``
        None offers :func:`default_folder`, ``stem`` is made a file name."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._settings = settings or Settings()
        folder = folder if folder is not None else default_folder(self._settings)
        self._folder = folder
        self.view_scope = QRadioButton(
            self.tr("The table as shown: “{name}” (filtered, sorted, long or pivoted)").format(
                name=view_name or ""
            ),
            self,
        )
        self.workspace_scope = QRadioButton(
            self.tr("The whole workspace: every dataset, indicators, areas, strategy and awards"),
            self,
        )
        self.view_scope.setEnabled(view_name is not None)
        scope = self._settings.export_scope if view_name is not None else "workspace"
        (self.view_scope if scope == "view" else self.workspace_scope).setChecked(True)
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"), self)
        self.csv = QRadioButton(self.tr("CSV text file (.csv)"), self)
        group = QButtonGroup(self)
        group.addButton(self.xlsx)
        group.addButton(self.csv)
        (self.csv if self._settings.export_format == "csv" else self.xlsx).setChecked(True)
        self.dialect = QComboBox(self)
        self.dialect.addItem(
            self.tr("For Swedish and Norwegian Excel (semicolon, decimal comma)"), "nordic"
        )
        self.dialect.addItem(self.tr("Standard (comma, decimal point)"), "standard")
        self.dialect.setCurrentIndex(max(self.dialect.findData(self._settings.csv_dialect), 0))
        # CSV carries no types: a spreadsheet program reads "0180" as the number 180.
        self.csv_note = QLabel(
            self.tr(
                "Excel and LibreOffice read codes such as 0180 in a CSV file as numbers and "
                "drop the leading zero; an Excel workbook keeps them as text."
            ),
            self,
        )
        self.csv_note.setWordWrap(True)
        self.csv_note.setEnabled(False)  # greyed: a remark, not a control
        self.path = QLineEdit(str(Path(folder) / file_stem(stem)), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        scopes = QVBoxLayout()
        scopes.addWidget(self.view_scope)
        scopes.addWidget(self.workspace_scope)
        formats = QVBoxLayout()
        formats.addWidget(self.xlsx)
        formats.addWidget(self.csv)
        formats.addWidget(self.dialect)
        formats.addWidget(self.csv_note)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("What"), scopes)
        form.addRow(self.tr("Format"), formats)
        form.addRow(self.tr("File"), where)
        form.addRow(self.buttons)
        self.xlsx.toggled.connect(self._on_format)
        self.path.textChanged.connect(self._check)
        self._on_format()
        self.resize(640, self.sizeHint().height())

    def _format(self) -> str:
        return "csv" if self.csv.isChecked() else "xlsx"

    def _on_format(self) -> None:
        self.dialect.setEnabled(self.csv.isChecked())
        self.csv_note.setVisible(self.csv.isChecked())
        text = self.path.text().strip()
        if text:
            path = Path(text)
            # Only the export suffixes are replaced: "Folkemengde 1. januar" has no suffix.
            if path.suffix.lower() in (".xlsx", ".csv"):
                path = path.with_suffix("")
            self.path.setText(f"{path}.{self._format()}")
        self._check()

    def _check(self) -> None:
        text = self.path.text().strip()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(text) and Path(text).parent.is_dir()
        )

    def _browse(self) -> None:
        kind = (
            self.tr("CSV text file (*.csv)")
            if self.csv.isChecked()
            else self.tr("Excel workbook (*.xlsx)")
        )
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), self.path.text(), kind)
        if name:
            self.path.setText(name)
            self._on_format()

    def choice(self) -> ExportChoice:
        """What to export; the format, dialect and scope are remembered for next time."""
        choice = ExportChoice(
            "view" if self.view_scope.isChecked() else "workspace",
            self._format(),
            str(self.dialect.currentData()),
            Path(self.path.text().strip()),
        )
        self._settings.export_format = choice.format
        self._settings.csv_dialect = choice.dialect
        self._settings.last_export_folder = str(choice.path.parent)
        if self.view_scope.isEnabled():
            self._settings.export_scope = choice.scope
        return choice
