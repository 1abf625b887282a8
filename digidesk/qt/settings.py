"""Typed access to QSettings with defaults, so that keys and types live in one place."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
MAX_IMPORT_MAPPINGS = 100


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def recent_files(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def add_recent_file(self, path: Path) -> None:
        text = str(path.resolve())
        files = [text] + [f for f in self.recent_files if f != text]
        self._s.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent_file(self, path: str) -> None:
        self._s.setValue("files/recent", [f for f in self.recent_files if f != path])

    @property
    def language(self) -> str:
        """ "" follows the system; otherwise "sv", "nb" or "en"."""
        return str(self._s.value("ui/language", ""))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("ui/language", value)

    @property
    def last_folder(self) -> str:
        return str(self._s.value("files/last_folder", str(Path.home())))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._s.setValue("files/last_folder", value)

    @property
    def last_export_folder(self) -> str:
        """The folder of the last export ("" before the first)."""
        return str(self._s.value("export/last_folder", ""))

    @last_export_folder.setter
    def last_export_folder(self, value: str) -> None:
        self._s.setValue("export/last_folder", value)

    @property
    def import_mappings(self) -> dict[str, dict[str, str]]:
        """Column roles the user chose in the import wizard, per table layout.

        Key: the table's lower-cased column labels as a JSON list; value: column index (as
        text) → role, and "country" → "SE"/"NO"/"". Oldest first.
        """
        try:
            data = json.loads(str(self._s.value("import/mappings", "") or "{}"))
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            str(key): {str(k): str(v) for k, v in value.items()}
            for key, value in data.items()
            if isinstance(value, dict)
        }

    @import_mappings.setter
    def import_mappings(self, value: dict[str, dict[str, str]]) -> None:
        kept = dict(list(value.items())[-MAX_IMPORT_MAPPINGS:])
        self._s.setValue("import/mappings", json.dumps(kept, ensure_ascii=False))

    def _choice(self, key: str, allowed: tuple[str, ...]) -> str:
        value = str(self._s.value(key, allowed[0]))
        return value if value in allowed else allowed[0]

    @property
    def export_format(self) -> str:
        """ "xlsx" or "csv": what the export dialog offers first."""
        return self._choice("export/format", ("xlsx", "csv"))

    @export_format.setter
    def export_format(self, value: str) -> None:
        self._s.setValue("export/format", value)

    @property
    def csv_dialect(self) -> str:
        """ "nordic" (; and decimal comma, for Swedish/Norwegian Excel) or "standard"."""
        return self._choice("export/csv_dialect", ("nordic", "standard"))

    @csv_dialect.setter
    def csv_dialect(self, value: str) -> None:
        self._s.setValue("export/csv_dialect", value)

    @property
    def export_scope(self) -> str:
        """ "view" (the table as shown) or "workspace"."""
        return self._choice("export/scope", ("view", "workspace"))

    @export_scope.setter
    def export_scope(self, value: str) -> None:
        self._s.setValue("export/scope", value)

    # -- preferences ----------------------------------------------------------------------
    @property
    def number_format(self) -> str:
        """ "" follows the interface language; else "sv", "nb" or "en" (1 234,5 or 1,234.5)."""
        value = str(self._s.value("ui/number_format", ""))
        return value if value in ("", "sv", "nb", "en") else ""

    @number_format.setter
    def number_format(self, value: str) -> None:
        self._s.setValue("ui/number_format", value)

    @property
    def default_country(self) -> str:
        """ "SE" or "NO": the country of an imported table whose areas do not say; "" for
        none (the import wizard then asks)."""
        value = str(self._s.value("import/default_country", ""))
        return value if value in ("", "SE", "NO") else ""

    @default_country.setter
    def default_country(self, value: str) -> None:
        self._s.setValue("import/default_country", value)

    @property
    def autosave_seconds(self) -> int:
        """Seconds of pause before unsaved work is written to its recovery copy (5–60)."""
        try:
            value = int(self._s.value("files/autosave_seconds", 5))
        except (TypeError, ValueError):
            value = 5
        return min(60, max(5, value))

    @autosave_seconds.setter
    def autosave_seconds(self, value: int) -> None:
        self._s.setValue("files/autosave_seconds", int(value))

    @property
    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        return self._choice("ui/theme", ("system", "light", "dark"))

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("ui/theme", value)

    @property
    def welcomed(self) -> bool:
        """True once the first-run welcome has been shown."""
        return str(self._s.value("ui/welcomed", "")) == "1"

    @welcomed.setter
    def welcomed(self, value: bool) -> None:
        self._s.setValue("ui/welcomed", "1" if value else "")
