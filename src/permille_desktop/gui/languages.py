"""Resource languages: stored as codes ("en", "fr"), shown and typed as names ("French")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale


def _name(text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate("Language", text)


# The languages a curator picks from, most used first: the library's own three, then the
# other languages of the Initiative's partners. Any other can be typed.
OFFERED: tuple[tuple[str, Callable[[], str]], ...] = (
    ("en", _name("English")),
    ("fr", _name("French")),
    ("es", _name("Spanish")),
    ("pt", _name("Portuguese")),
    ("de", _name("German")),
    ("it", _name("Italian")),
    ("ar", _name("Arabic")),
    ("zh", _name("Chinese")),
    ("ru", _name("Russian")),
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
