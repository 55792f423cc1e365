"""What the exchange formats are called on screen, and what each is for, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from permille_desktop.domain.exchange import ExchangeFormat


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExchangeFormat", text)


def format_name(fmt: ExchangeFormat) -> str:
    names = {
        ExchangeFormat.CSV: _tr("CSV (spreadsheet)"),
        ExchangeFormat.BIBTEX: _tr("BibTeX"),
        ExchangeFormat.RIS: _tr("RIS"),
        ExchangeFormat.CSL_JSON: _tr("CSL-JSON"),
    }
    return names[fmt]


def format_description(fmt: ExchangeFormat) -> str:
    """One line saying which programs read the format."""
    descriptions = {
        ExchangeFormat.CSV: _tr("Opens in Excel, LibreOffice Calc and other spreadsheets."),
        ExchangeFormat.BIBTEX: _tr("For LaTeX, JabRef, Zotero and other reference managers."),
        ExchangeFormat.RIS: _tr("For Zotero, EndNote, Mendeley and other reference managers."),
        ExchangeFormat.CSL_JSON: _tr("For Zotero and other reference managers, and Pandoc."),
    }
    return descriptions[fmt]
