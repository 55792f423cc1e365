"""Resource languages: stored as codes ("en", "fr"), shown and typed as names ("French")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale

from permille_desktop.gui.translation import TranslationContext


class LanguageNames(TranslationContext):
    """The translation context of the languages' names."""


# The languages a curator picks from, most used first: the library's own three, then the
# other languages of the Initiative's partners. Any other can be typed.
OFFERED: tuple[tuple[str, Callable[[], str]], ...] = (
    ("en", lambda: LanguageNames.tr("English")),
    ("fr", lambda: LanguageNames.tr("French")),
    ("es", lambda: LanguageNames.tr("Spanish")),
    ("pt", lambda: LanguageNames.tr("Portuguese")),
    ("de", lambda: LanguageNames.tr("German")),
    ("it", lambda: LanguageNames.tr("Italian")),
    ("ar", lambda: LanguageNames.tr("Arabic")),
    ("zh", lambda: LanguageNames.tr("Chinese")),
    ("ru", lambda: LanguageNames.tr("Russian")),
)

# Qt's placeholders in its list of languages.
_NOT_LANGUAGES = (QLocale.Language.AnyLanguage, QLocale.Language.C)


def language_name(code: str) -> str:
    """The name to show for ``code``: the offered list's, Qt's, or the code itself.

    A code with more than the language ("pt-BR") keeps it in view, so that it is not taken
    for the plain language of the list.
    """
    for offered, name in OFFERED:
        if offered == code:
            return name()
    base = code.replace("_", "-").split("-")[0]
    language = QLocale.codeToLanguage(base)
    if language in _NOT_LANGUAGES:
        return code
    name = QLocale.languageToString(language)
    return name if code == base else f"{name} ({code})"


def language_code(text: str) -> str:
    """The code to store for what was typed: a name (any case) becomes its code, a code is
    kept, and anything else is kept as typed rather than lost."""
    text = text.strip()
    if not text:
        return ""
    wanted = text.casefold()
    for code, name in OFFERED:
        if wanted in (name().casefold(), code):
            return code
    for language in QLocale.Language:
        if language in _NOT_LANGUAGES:
            continue
        if QLocale.languageToString(language).casefold() == wanted:
            return QLocale.languageToCode(language) or text
    return text
