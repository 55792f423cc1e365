"""The interface's language: which one to show, and the translations that show it.

English is the source language. The app's translations are compiled from translations/*.ts (by
scripts/update_translations.py) into the package's translations/ folder; Qt's own, for its
standard buttons and dialogs, come with PySide6. Both are installed before any window is built,
and the default locale set to match, so that dates and numbers follow the language too.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# The interface's languages; the first is the source language of the code and the forms.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
SOURCE_LANGUAGE = LANGUAGES[0]
# The saved choice that follows the system's languages.
SYSTEM_DEFAULT = ""

APP_CATALOG = "permille_desktop"
# Qt's own catalogs the app uses: only Qt Base's widgets and dialogs.
QT_CATALOGS = ("qtbase",)

# Where the running app records the language it shows (a dynamic property of the application).
_PROPERTY = "permilleInterfaceLanguage"


class TranslationContext:
    """A class whose name is a translation context, for texts outside any Qt class.

    ``Texts.tr("Save")`` looks "Save" up in the context "Texts", which is where pyside6-lupdate
    files it: it takes the name written before ``.tr`` as the context. (A helper that takes the
    text as a variable, ``_tr(text)``, would hide every text from lupdate, so each text is
    written at its call, as a literal.) A plural passes its count as the third argument.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


@dataclass
class InstalledLanguage:
    language: str  # one of LANGUAGES
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)
    # What was there before, for remove_language().
    previous_locale: QLocale = field(default_factory=QLocale)
    previous_language: object = None


def app_translations_dir() -> Path:
    """The compiled translations: in the package, where a bundle keeps them too."""
    return Path(__file__).parent.parent / "translations"


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own translations may be: where Qt says, else in PySide6's folder (a
    PyInstaller bundle keeps them there, and its Qt may not be told where it is)."""
    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).parent / "Qt" / "translations",
    ]


def resolve_language(choice: str, system: QLocale) -> str:
    """The language to show for a saved choice: itself, or for the system default the first of
    the system's languages the app speaks, else English."""
    if choice in LANGUAGES:
        return choice
    for name in system.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def interface_locale(choice: str, system: QLocale) -> QLocale:
    """How dates and numbers are written: as the system writes them, unless another language
    was chosen; a chosen language keeps the system's region when it is that language's
    (French chosen on a fr-CA system stays fr-CA)."""
    if choice not in LANGUAGES or system.language() == QLocale(choice).language():
        return system
    return QLocale(choice)


def install_language(
    app: QCoreApplication, choice: str, system: QLocale | None = None
) -> InstalledLanguage:
    """Install the translations for ``choice`` (a code of LANGUAGES, or SYSTEM_DEFAULT) and
    make its locale the default one. Call before any window is built: widgets take their
    texts and locale as they are made."""
    system = system or QLocale.system()
    language = resolve_language(choice, system)
    installed = InstalledLanguage(
        language, interface_locale(choice, system), previous_language=app.property(_PROPERTY)
    )
    QLocale.setDefault(installed.locale)
    catalogs = [(f"{APP_CATALOG}_{language}", [app_translations_dir()])]
    catalogs += [(f"{name}_{language}", qt_translations_dirs()) for name in QT_CATALOGS]
    for name, folders in catalogs:
        translator = _load(app, name, folders)
        if translator is not None:
            app.installTranslator(translator)
            installed.translators.append(translator)
        elif language != SOURCE_LANGUAGE:
            # The window still opens, in English; a checkout whose translations were never
            # compiled is the likely cause.
            print(f"permille-desktop: no translation {name}.qm found", file=sys.stderr)
    app.setProperty(_PROPERTY, language)
    return installed


def remove_language(app: QCoreApplication, installed: InstalledLanguage) -> None:
    """Undo :func:`install_language` (for tests and scripts that change language)."""
    for translator in installed.translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(installed.previous_locale)
    app.setProperty(_PROPERTY, installed.previous_language)


def current_language() -> str:
    """The language the interface shows: English unless another one was installed."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE


def translate_into(language: str, context: str, text: str) -> str:
    """``text`` in ``language`` whatever the interface shows (the text itself if it has no
    translation there)."""
    translator = _load(None, f"{APP_CATALOG}_{language}", [app_translations_dir()])
    translated = translator.translate(context, text) if translator is not None else None
    return translated or text


def _load(app: QCoreApplication | None, name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if translator.load(name, str(folder)):
            if app is not None:
                translator.setParent(app)  # lives as long as the app, kept or not
            return translator
    return None
