"""Words for the core's typed errors, in Swedish, Norwegian Bokmål and English.

The core raises errors with a code and parameters; this table is the one place
that turns them into sentences. Used by the command line and the Qt layer
(neither imports the other).
"""

from __future__ import annotations

import locale
import os

from digidesk.core.errors import DigiDeskError
from digidesk.messages_analysis import ANALYSIS_MESSAGES
from digidesk.messages_jury import JURY_MESSAGES

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
    "input.empty": {
        "sv": "Filen är tom.",
        "nb": "Filen er tom.",
        "en": "The file is empty.",
    },
    "input.too_large": {
        "sv": "Filen är för stor att öppna (gränsen är {limit} byte).",
        "nb": "Filen er for stor til å åpnes (grensen er {limit} byte).",
        "en": "The file is too large to open (the limit is {limit} bytes).",
    },
    "input.not_spreadsheet": {
        "sv": (
            "Filen är inget kalkylark eller någon tabell (DigiDesk läser xlsx, xls, ods och csv)."
        ),
        "nb": "Filen er ikke et regneark eller en tabell (DigiDesk leser xlsx, xls, ods og csv).",
        "en": "The file is not a spreadsheet or a table (DigiDesk reads xlsx, xls, ods and csv).",
    },
    "input.encrypted": {
        "sv": "Filen är lösenordsskyddad. Öppna den i Excel och spara en kopia utan lösenord.",
        "nb": "Filen er passordbeskyttet. Åpne den i Excel og lagre en kopi uten passord.",
        "en": (
            "The file is password-protected. Open it in Excel and save a copy without a password."
        ),
    },
    "input.truncated": {
        "sv": "Filen är skadad eller ofullständig (den kan ha avbrutits vid nedladdningen).",
        "nb": "Filen er skadet eller ufullstendig (nedlastingen kan ha blitt avbrutt).",
        "en": "The file is damaged or incomplete (the download may have been cut off).",
    },
    "input.zip_bomb": {
        "sv": "Filen packas upp till orimligt mycket data och öppnas inte.",
        "nb": "Filen pakkes ut til urimelig mye data og åpnes ikke.",
        "en": "The file unpacks to an unreasonable amount of data and is not opened.",
    },
    "input.unsafe_xml": {
        "sv": (
            "Filen innehåller XML-konstruktioner (DOCTYPE/ENTITY) som kan vara skadliga och "
            "öppnas inte."
        ),
        "nb": (
            "Filen inneholder XML-konstruksjoner (DOCTYPE/ENTITY) som kan være skadelige, og "
            "åpnes ikke."
        ),
        "en": (
            "The file contains XML constructs (DOCTYPE/ENTITY) that can be harmful and is "
            "not opened."
        ),
    },
    "input.too_many_cells": {
        "sv": "Filen har fler än {limit} ifyllda celler.",
        "nb": "Filen har flere enn {limit} utfylte celler.",
        "en": "The file has more than {limit} filled cells.",
    },
    "input.sheet_too_spread": {
        "sv": (
            "Bladet {sheet} har celler utspridda över mer än {limit} celler "
            "(från A1 till den sista ifyllda) och öppnas inte."
        ),
        "nb": (
            "Arket {sheet} har celler spredt over mer enn {limit} celler "
            "(fra A1 til den siste utfylte) og åpnes ikke."
        ),
        "en": (
            "The sheet {sheet} has cells spread over more than {limit} cells "
            "(from A1 to the last filled one) and is not opened."
        ),
    },
    "input.too_many_columns": {
        "sv": "Filen har fler än {limit} kolumner.",
        "nb": "Filen har flere enn {limit} kolonner.",
        "en": "The file has more than {limit} columns.",
    },
    "input.not_text": {
        "sv": "Filen kan inte läsas som text.",
        "nb": "Filen kan ikke leses som tekst.",
        "en": "The file cannot be read as text.",
    },
    "input.unreadable": {
        "sv": "Filen kan inte läsas ({reason}).",
        "nb": "Filen kan ikke leses ({reason}).",
        "en": "The file cannot be read ({reason}).",
    },
    "input.reader_crashed": {
        "sv": "Läsningen av filen avbröts oväntat; filen är troligen skadad.",
        "nb": "Lesingen av filen stoppet uventet; filen er trolig skadet.",
        "en": "Reading the file stopped unexpectedly; the file is probably damaged.",
    },
    "input.reader_memory": {
        "sv": "Filen kräver för mycket minne för att läsas.",
        "nb": "Filen krever for mye minne til å leses.",
        "en": "The file needs too much memory to read.",
    },
    "input.reader_timeout": {
        "sv": "Det tog för lång tid att läsa filen; läsningen avbröts.",
        "nb": "Det tok for lang tid å lese filen; lesingen ble avbrutt.",
        "en": "Reading the file took too long and was stopped.",
    },
    "input.cancelled": {
        "sv": "Importen avbröts.",
        "nb": "Importen ble avbrutt.",
        "en": "The import was cancelled.",
    },
    "input.sheet_not_found": {
        "sv": "Bladet ”{sheet}” finns inte i filen.",
        "nb": "Arket «{sheet}» finnes ikke i filen.",
        "en": "The file has no sheet “{sheet}”.",
    },
    "input.no_values": {
        "sv": (
            "Ingen tabell med siffror hittades i filen. Välj vilken kolumn som innehåller "
            "värdena i importguiden."
        ),
        "nb": (
            "Fant ingen tabell med tall i filen. Velg hvilken kolonne som har verdiene i "
            "importveiviseren."
        ),
        "en": (
            "No table with figures was found in the file. Choose the column that holds the "
            "values in the import wizard."
        ),
    },
    "input.not_document": {
        "sv": "Filen är inget strategidokument som DigiDesk kan läsa (Word, PDF, text eller "
        "kalkylark).",
        "nb": "Filen er ikke et strategidokument DigiDesk kan lese (Word, PDF, tekst eller "
        "regneark).",
        "en": "The file is not a strategy document DigiDesk can read (Word, PDF, text or "
        "spreadsheet).",
    },
    "input.no_strategy": {
        "sv": "Ingen strategi hittades: inga mål och ingen mätbar uppföljning.",
        "nb": "Fant ingen strategi: ingen mål og ingen målbar oppfølging.",
        "en": "No strategy was found: no goals and no measurable targets.",
    },
    "input.too_many_pages": {
        "sv": "Dokumentet har fler än {limit} sidor.",
        "nb": "Dokumentet har flere enn {limit} sider.",
        "en": "The document has more than {limit} pages.",
    },
    "input.too_much_text": {
        "sv": "Dokumentet har mer än {limit} tecken text.",
        "nb": "Dokumentet har mer enn {limit} tegn tekst.",
        "en": "The document has more than {limit} characters of text.",
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
    "store.disk_full": {
        "sv": "Disken är full. Arbetsytan sparades inte; den tidigare filen är orörd och "
        "ändringarna finns kvar i DigiDesk. Frigör utrymme eller spara någon annanstans.",
        "nb": "Disken er full. Arbeidsområdet ble ikke lagret; den tidligere filen er urørt og "
        "endringene er fortsatt i DigiDesk. Frigjør plass eller lagre et annet sted.",
        "en": "The disk is full. The workspace was not saved; the previous file is untouched "
        "and the changes are still in DigiDesk. Free some space or save elsewhere.",
    },
    "store.read_only": {
        "sv": "DigiDesk får inte skriva i mappen eller filen. Spara på ett annat ställe; "
        "ändringarna finns kvar.",
        "nb": "DigiDesk har ikke lov til å skrive i mappen eller filen. Lagre et annet sted; "
        "endringene er fortsatt der.",
        "en": "DigiDesk may not write to this folder or file. Save elsewhere; the changes are "
        "still there.",
    },
    "store.path_too_long": {
        "sv": "Sökvägen är för lång. Välj en kortare mapp eller ett kortare namn.",
        "nb": "Banen er for lang. Velg en kortere mappe eller et kortere navn.",
        "en": "The path is too long. Choose a shorter folder or name.",
    },
    "store.in_use": {
        "sv": "Filen är öppen i ett annat program. Stäng den där, eller spara med ett annat "
        "namn; ändringarna finns kvar.",
        "nb": "Filen er åpen i et annet program. Lukk den der, eller lagre med et annet navn; "
        "endringene er fortsatt der.",
        "en": "The file is open in another program. Close it there, or save under another "
        "name; the changes are still there.",
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
    "export.cancelled": {
        "sv": "Exporten avbröts; ingen fil skrevs.",
        "nb": "Eksporten ble avbrutt; ingen fil ble skrevet.",
        "en": "The export was cancelled; no file was written.",
    },
    "export.unknown_column": {
        "sv": "Bladet ”{sheet}” har ingen kolumn ”{column}” att formatera.",
        "nb": "Arket «{sheet}» har ingen kolonne «{column}» å formatere.",
        "en": "Sheet “{sheet}” has no column “{column}” to format.",
    },
    "export.bad_option": {
        "sv": "Exporten fick ett ogiltigt val: {option} = {value}.",
        "nb": "Eksporten fikk et ugyldig valg: {option} = {value}.",
        "en": "The export was given an invalid choice: {option} = {value}.",
    },
    "export.not_workspace": {
        "sv": "Strategin sparas i en arbetsyta: ange en fil som slutar på .digidesk.",
        "nb": "Strategien lagres i et arbeidsområde: oppgi en fil som slutter på .digidesk.",
        "en": "The strategy is saved in a workspace: give a file ending in .digidesk.",
    },
    "export.not_xlsx": {
        "sv": "Rapporten skrivs som Excel-arbetsbok: ange en fil som slutar på .xlsx.",
        "nb": "Rapporten skrives som Excel-arbeidsbok: oppgi en fil som slutter på .xlsx.",
        "en": "The report is written as an Excel workbook: give a file ending in .xlsx.",
    },
    "export.not_pdf": {
        "sv": "Ange en fil som slutar på .pdf för PDF-rapporten.",
        "nb": "Oppgi en fil som slutter på .pdf for PDF-rapporten.",
        "en": "Give a file ending in .pdf for the PDF report.",
    },
    "model.pivot_too_large": {
        "sv": "Pivottabellen skulle få {rows} rader och {columns} kolumner, mer än minnet "
        "räcker till. Filtrera först, till exempel på några indikatorer eller år.",
        "nb": "Pivottabellen ville fått {rows} rader og {columns} kolonner, mer enn minnet "
        "rekker til. Filtrer først, for eksempel på noen indikatorer eller år.",
        "en": "The pivot would have {rows} rows and {columns} columns, more than memory "
        "allows. Filter first, for example to a few indicators or years.",
    },
    "model.unknown_observation": {
        "sv": "Observationen finns inte längre i datamängden ”{dataset_id}”.",
        "nb": "Observasjonen finnes ikke lenger i datasettet «{dataset_id}».",
        "en": "The observation no longer exists in dataset “{dataset_id}”.",
    },
    "model.duplicate_observation": {
        "sv": "Observationen finns redan i datamängden ”{dataset_id}”.",
        "nb": "Observasjonen finnes allerede i datasettet «{dataset_id}».",
        "en": "The observation already exists in dataset “{dataset_id}”.",
    },
    "model.duplicate_group": {
        "sv": "Det finns redan en områdesgrupp med id ”{group_id}”.",
        "nb": "Det finnes allerede en områdegruppe med id «{group_id}».",
        "en": "An area group with id “{group_id}” already exists.",
    },
    "model.unknown_group": {
        "sv": "Områdesgruppen ”{group_id}” finns inte längre.",
        "nb": "Områdegruppen «{group_id}» finnes ikke lenger.",
        "en": "The area group “{group_id}” no longer exists.",
    },
    "model.unknown_strategy": {
        "sv": "Strategin finns inte längre i arbetsytan.",
        "nb": "Strategien finnes ikke lenger i arbeidsområdet.",
        "en": "The strategy no longer exists in the workspace.",
    },
    "model.unknown_node": {
        "sv": "”{node_id}” finns inte längre i strategin.",
        "nb": "«{node_id}» finnes ikke lenger i strategien.",
        "en": "“{node_id}” no longer exists in the strategy.",
    },
    "model.duplicate_node": {
        "sv": "Strategin har redan en del med id ”{node_id}”.",
        "nb": "Strategien har allerede en del med id «{node_id}».",
        "en": "The strategy already has a part with id “{node_id}”.",
    },
    "model.comment_required": {
        "sv": "En status som sätts för hand behöver en kommentar.",
        "nb": "En status som settes manuelt, trenger en kommentar.",
        "en": "A status set by hand needs a comment.",
    },
    "model.bad_status": {
        "sv": "”{status}” är ingen status.",
        "nb": "«{status}» er ingen status.",
        "en": "“{status}” is not a status.",
    },
    "model.bad_comparator": {
        "sv": "”{comparator}” är ingen jämförelse; använd ≥, ≤ eller =.",
        "nb": "«{comparator}» er ingen sammenligning; bruk ≥, ≤ eller =.",
        "en": "“{comparator}” is not a comparison; use ≥, ≤ or =.",
    },
    "recovery.unknown": {
        "sv": "Det finns ingen återställningskopia med id ”{entry_id}”.",
        "nb": "Det finnes ingen gjenopprettingskopi med id «{entry_id}».",
        "en": "There is no recovery copy with id “{entry_id}”.",
    },
    "recovery.in_use": {
        "sv": "Återställningskopian ”{entry_id}” används av ett DigiDesk som är igång.",
        "nb": "Gjenopprettingskopien «{entry_id}» brukes av en DigiDesk som kjører.",
        "en": "The recovery copy “{entry_id}” is in use by a running DigiDesk.",
    },
    **ANALYSIS_MESSAGES,
    **JURY_MESSAGES,
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
