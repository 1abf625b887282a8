"""DigiDesk's own data folder: recovery copies, earlier versions, logs.

The same folder as Qt's ``QStandardPaths.AppDataLocation`` for organisation and application
"DigiDesk", so that the command line (no Qt) and the app agree: ``$XDG_DATA_HOME`` (or
``~/.local/share``) on Linux, ``~/Library/Application Support`` on macOS, ``%APPDATA%`` on
Windows, each followed by ``DigiDesk/DigiDesk``. ``DIGIDESK_DATA_DIR`` overrides it (tests,
portable installs).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = APPLICATION = "DigiDesk"
OVERRIDE = "DIGIDESK_DATA_DIR"


def data_folder() -> Path:
    """The folder (not created here)."""
    override = os.environ.get(OVERRIDE)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANISATION / APPLICATION


def subfolder(name: str) -> Path:
    """A folder inside the data folder, created when missing."""
    folder = data_folder() / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder
