"""Words for any error a background task reports, in the language of the user interface.

A typed core error is described by :mod:`digidesk.messages`; anything else is a
fault in DigiDesk, not in the user's file, and is said so in plain words (its
kind is named for a bug report, its text never shown).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from digidesk.qt.settings import Settings


def error_text(error: BaseException) -> str:
    from digidesk.core.errors import DigiDeskError
    from digidesk.messages import describe
    from digidesk.qt.i18n import choose_language

    if isinstance(error, DigiDeskError):
        # The language of the user interface (the system's when none is chosen).
        return describe(error, choose_language(Settings().language))
    return QCoreApplication.translate(
        "ErrorText",
        "DigiDesk ran into an internal error ({kind}) and stopped this task; nothing was "
        "changed. Please report it with a copy of the file if you can.",
    ).format(kind=type(error).__name__)
