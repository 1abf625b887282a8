"""Words for the core's typed errors, in Swedish, Norwegian Bokmål and English.

The core raises errors with a code and parameters; this table is the one place
that turns them into sentences. Used by the command line and the Qt layer
(neither imports the other).
"""

from __future__ import annotations

import locale
import os

from digidesk.core.errors import DigiDeskError

LANGUAGES = ("sv", "nb", "en")

_MESSAGES: dict[str, dict[str, str]] = {
    "input.not_found": {
        "sv": "Filen finns inte.",
        "nb": "Filen finnes ikke.",
        "en": "The file does not exist.",
    },
    "input.not_a_file": {
        "sv": "Det är en mapp, inte en fil.",
        "nb": "Det er en mappe, ikke en fil.",
        "en": "This is a folder, not a file.",
    },
    "input.unsupported": {
        "sv": "Filen är inte en DigiDesk-arbetsyta eller en tabell som DigiDesk kan läsa.",
        "nb": "Filen er ikke et DigiDesk-arbeidsområde eller en tabell DigiDesk kan lese.",
        "en": "The file is not a DigiDesk workspace or a table DigiDesk can read.",
    },
    "input.not_tidy_csv": {
        "sv": "CSV-filen har inte DigiDesks kolumner.",
        "nb": "CSV-filen har ikke DigiDesks kolonner.",
        "en": "The CSV file does not have DigiDesk's columns.",
    },
    "input.bad_row": {
        "sv": "Rad {line} har fel antal fält.",
        "nb": "Linje {line} har feil antall felt.",
        "en": "Line {line} has the wrong number of fields.",
    },
    "input.bad_number": {
        "sv": "Rad {line}: ”{text}” är inget tal.",
        "nb": "Linje {line}: «{text}» er ikke et tall.",
        "en": "Line {line}: “{text}” is not a number.",
    },
    "store.not_found": {
        "sv": "Arbetsytan finns inte.",
        "nb": "Arbeidsområdet finnes ikke.",
        "en": "The workspace file does not exist.",
    },
    "store.unreadable": {
        "sv": "Filen kan inte läsas ({reason}).",
        "nb": "Filen kan ikke leses ({reason}).",
        "en": "The file cannot be read ({reason}).",
    },
    "store.not_workspace": {
        "sv": "Filen är ingen DigiDesk-arbetsyta.",
        "nb": "Filen er ikke et DigiDesk-arbeidsområde.",
        "en": "The file is not a DigiDesk workspace.",
    },
    "store.damaged": {
        "sv": "Arbetsytan är skadad och kan inte öppnas ({reason}).",
        "nb": "Arbeidsområdet er skadet og kan ikke åpnes ({reason}).",
        "en": "The workspace is damaged and cannot be opened ({reason}).",
    },
    "store.too_new": {
        "sv": "Arbetsytan är sparad av en nyare DigiDesk (format {version}); uppdatera DigiDesk.",
        "nb": "Arbeidsområdet er lagret av en nyere DigiDesk (format {version}); "
        "oppdater DigiDesk.",
        "en": "The workspace was saved by a newer DigiDesk (format {version}); update DigiDesk.",
    },
    "store.folder_missing": {
        "sv": "Mappen finns inte.",
        "nb": "Mappen finnes ikke.",
        "en": "The folder does not exist.",
    },
    "store.write_failed": {
        "sv": "Arbetsytan kunde inte sparas ({reason}). Den tidigare filen är orörd.",
        "nb": "Arbeidsområdet kunne ikke lagres ({reason}). Den tidligere filen er urørt.",
        "en": "The workspace could not be saved ({reason}). The previous file is untouched.",
    },
    "export.too_large": {
        "sv": "Bladet ”{sheet}” har {rows} rader och {columns} kolumner; Excel tillåter "
        "högst {max_rows} rader och {max_columns} kolumner.",
        "nb": "Arket «{sheet}» har {rows} rader og {columns} kolonner; Excel tillater "
        "høyst {max_rows} rader og {max_columns} kolonner.",
        "en": "Sheet “{sheet}” has {rows} rows and {columns} columns; Excel allows at most "
        "{max_rows} rows and {max_columns} columns.",
    },
    "export.cell_too_long": {
        "sv": "En text har {length} tecken; Excel tillåter högst {limit} i en cell.",
        "nb": "En tekst har {length} tegn; Excel tillater høyst {limit} i en celle.",
        "en": "A text has {length} characters; Excel allows at most {limit} in a cell.",
    },
    "export.unsupported": {
        "sv": "Okänt utdataformat; använd .csv, .xlsx eller .digidesk.",
        "nb": "Ukjent utdataformat; bruk .csv, .xlsx eller .digidesk.",
        "en": "Unknown output format; use .csv, .xlsx or .digidesk.",
    },
}

_FALLBACK = {
    "sv": "Ett fel inträffade ({code}).",
    "nb": "Det oppstod en feil ({code}).",
    "en": "An error occurred ({code}).",
}


def system_language() -> str:
    """sv, nb or en from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""
    candidates = [os.environ.get(k, "") for k in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")]
    candidates.append(locale.getlocale()[0] or "")
    for value in candidates:
        code = value.split(":")[0].split(".")[0].split("_")[0].lower()
        if code in ("sv",):
            return "sv"
        if code in ("nb", "no", "nn"):
            return "nb"
        if code == "en":
            return "en"
    return "en"


def describe(error: DigiDeskError, language: str | None = None) -> str:
    """A sentence for ``error`` in ``language`` (default: the system's)."""
    language = language if language in LANGUAGES else system_language()
    templates = _MESSAGES.get(error.code)
    if templates is None:
        return _FALLBACK[language].format(code=error.code)
    try:
        return templates[language].format(**error.params)
    except (KeyError, IndexError):
        return _FALLBACK[language].format(code=error.code)
