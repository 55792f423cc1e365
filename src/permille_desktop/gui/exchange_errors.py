"""Exports and imports that could not be done at all, said in the user's language."""

from __future__ import annotations

from permille_desktop.gui.translation import TranslationContext
from permille_desktop.services.exchange import ExchangeError, ExchangeProblem


class ExchangeErrors(TranslationContext):
    """The translation context of failed exports and imports."""


def describe_exchange_error(error: ExchangeError) -> str:
    """A message-box sentence, with the file's name and, where it helps, the system's reason."""
    name = error.path.name
    match error.problem:
        case ExchangeProblem.WRITE_FAILED:
            text = ExchangeErrors.tr("“{name}” could not be written, and no file was left behind.")
        case ExchangeProblem.UNREADABLE:
            text = ExchangeErrors.tr("“{name}” could not be read.")
        case ExchangeProblem.TOO_LARGE:
            text = ExchangeErrors.tr("“{name}” is too large to import.")
        case ExchangeProblem.TOO_MANY_RECORDS:
            text = ExchangeErrors.tr("“{name}” holds more records than an import takes.")
        case ExchangeProblem.NOT_RECOGNISED:
            text = ExchangeErrors.tr(
                "“{name}” is not a CSV, BibTeX, RIS or CSL-JSON file that can be imported."
            )
        case ExchangeProblem.MALFORMED:
            text = ExchangeErrors.tr(
                "“{name}” is damaged and cannot be read. Nothing was imported."
            )
        case _:
            return str(error)
    message = text.format(name=name)
    # Sizes and counts are in the service's sentence; otherwise the system's or the parser's
    # own words are the useful detail.
    figures = error.problem in (ExchangeProblem.TOO_LARGE, ExchangeProblem.TOO_MANY_RECORDS)
    details = str(error) if figures else error.detail
    if details:
        message += "\n\n" + ExchangeErrors.tr("Details: {details}").format(details=details)
    return message
