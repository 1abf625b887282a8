"""Install Qt translators for DigiDesk and Qt's own dialogs, in Swedish, Norwegian or English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from digidesk.resources import resource_path

LANGUAGES = {
    "sv": QLocale.Language.Swedish,
    "nb": QLocale.Language.NorwegianBokmal,
    "en": QLocale.Language.English,
}


def choose_language(preferred: str = "") -> str:
    """The UI language: the user's choice, else the system's if we have it, else English."""
    if preferred in LANGUAGES:
        return preferred
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in ("nb", "no", "nn"):
            return "nb"
        if code in LANGUAGES:
            return code
    return "en"


TERRITORIES = {
    "sv": QLocale.Country.Sweden,
    "nb": QLocale.Country.Norway,
    "en": QLocale.Country.UnitedKingdom,
}
_running: str | None = None  # the language set by use_language()
_numbers: str = ""  # the number format set by use_language(), "" for the language's


def current_language() -> str:
    """The language the interface runs in (sv, nb or en): the one set by
    :func:`use_language`, else the default locale's."""
    if _running is not None:
        return _running
    language = QLocale().language()
    return next((code for code, value in LANGUAGES.items() if value == language), "en")


def current_number_format() -> str:
    """The language whose way of writing numbers the interface uses (sv, nb, en), for
    texts Qt's locale does not write, such as the charts' axes."""
    return _numbers or current_language()


def system_writes(language: str, system: QLocale) -> bool:
    """True when the system's locale writes numbers as ``language`` does (sv_FI for
    Swedish); False for another language or for "C", which writes 717710 without grouping.
    """
    return system.language() == LANGUAGES[language]


def locale_for(language: str) -> QLocale:
    return QLocale(LANGUAGES[language], TERRITORIES[language])


def use_language(app: QCoreApplication, language: str, number_format: str = "") -> None:
    """Run the interface in ``language`` from now on: its translators replace the ones
    installed, and numbers follow ``number_format`` (a language code; "" for the language's
    own). Widgets get a LanguageChange event; the main window rebuilds its texts."""
    global _running, _numbers
    for translator in getattr(app, "_translators", []):
        app.removeTranslator(translator)
    number_locale = locale_for(number_format if number_format in LANGUAGES else language)
    QLocale.setDefault(number_locale)
    _running = language
    _numbers = number_format if number_format in LANGUAGES else ""
    app._translators = install_translators(app, language)  # type: ignore[attr-defined]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load DigiDesk's and Qt's translations for ``language``; returns them to keep them alive."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    own = QTranslator(app)
    if own.load(str(resource_path("translations", f"digidesk_{language}.qm"))):
        app.installTranslator(own)
        translators.append(own)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships no Bokmål for its own buttons ("Cancel", "Save"); Nynorsk is the closest.
    fallbacks = ("no", "nn") if language == "nb" else ()
    for name in (f"qtbase_{language}", *(f"qtbase_{f}" for f in fallbacks)):
        qt = QTranslator(app)
        if qt.load(name, qt_folder):
            app.installTranslator(qt)
            translators.append(qt)
            break
    return translators
