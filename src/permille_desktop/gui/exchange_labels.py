"""What the exchange formats are called on screen, and what each is for, in the user's language."""

from __future__ import annotations

from permille_desktop.domain.exchange import ExchangeFormat
from permille_desktop.gui.translation import TranslationContext


class ExchangeFormats(TranslationContext):
    """The translation context of the exchange formats' names and descriptions."""


def format_name(fmt: ExchangeFormat) -> str:
    names = {
        ExchangeFormat.CSV: ExchangeFormats.tr("CSV (spreadsheet)"),
        ExchangeFormat.BIBTEX: ExchangeFormats.tr("BibTeX"),
        ExchangeFormat.RIS: ExchangeFormats.tr("RIS"),
        ExchangeFormat.CSL_JSON: ExchangeFormats.tr("CSL-JSON"),
    }
    return names[fmt]


def format_description(fmt: ExchangeFormat) -> str:
    """One line saying which programs read the format."""
    descriptions = {
        ExchangeFormat.CSV: ExchangeFormats.tr(
            "Opens in Excel, LibreOffice Calc and other spreadsheets."
        ),
        ExchangeFormat.BIBTEX: ExchangeFormats.tr(
            "For LaTeX, JabRef, Zotero and other reference managers."
        ),
        ExchangeFormat.RIS: ExchangeFormats.tr(
            "For Zotero, EndNote, Mendeley and other reference managers."
        ),
        ExchangeFormat.CSL_JSON: ExchangeFormats.tr(
            "For Zotero and other reference managers, and Pandoc."
        ),
    }
    return descriptions[fmt]
