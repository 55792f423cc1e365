"""What an import preview found, as sentences in the user's language: why a record was
rejected, why it matched a resource, and what to know about the file as a whole."""

from __future__ import annotations

from permille_desktop.domain.exchange import ImportNotice, MatchReason, NoticeKind, RejectReason
from permille_desktop.gui.translation import TranslationContext


class ImportMessages(TranslationContext):
    """The translation context of what an import preview found."""


def reject_reason(reason: RejectReason) -> str:
    sentences = {
        RejectReason.NO_TITLE: ImportMessages.tr("The record has no title."),
        RejectReason.BAD_YEAR: ImportMessages.tr("The year is not a valid year."),
        RejectReason.BAD_URL: ImportMessages.tr("The web address is not valid."),
        RejectReason.FIELD_TOO_LONG: ImportMessages.tr("A field is too long."),
        RejectReason.MALFORMED: ImportMessages.tr("The record could not be read."),
        RejectReason.DUPLICATE_IN_FILE: ImportMessages.tr(
            "The same record is already earlier in the file."
        ),
    }
    return sentences[reason]


def match_reason(reason: MatchReason) -> str:
    phrases = {
        MatchReason.UUID: ImportMessages.tr("same identifier"),
        MatchReason.DOI: ImportMessages.tr("same DOI"),
        MatchReason.TITLE_AND_YEAR: ImportMessages.tr("same title and year"),
    }
    return phrases[reason]


def notice_message(notice: ImportNotice) -> str:
    if notice.kind is NoticeKind.LEGACY_ENCODING:
        return ImportMessages.tr(
            "The file is not UTF-8; it was read as Windows-1252 — check the accents."
        )
    # The detail names the columns or categories; without it the sentence still says what
    # matters.
    if notice.kind is NoticeKind.UNKNOWN_COLUMNS:
        if not notice.detail:
            return ImportMessages.tr("Some columns were not recognised and are left out.")
        return ImportMessages.tr(
            "Columns that were not recognised and are left out: {names}."
        ).format(names=notice.detail)
    if notice.kind is NoticeKind.UNREADABLE_DATES:
        return ImportMessages.tr(
            "Dates that could not be read (a spreadsheet may have rewritten them) are left out"
            "{where}: those resources are imported as if added today."
        ).format(where=f" ({notice.detail})" if notice.detail else "")
    if not notice.detail:
        return ImportMessages.tr(
            "Some categories of the file are not in the library and are left out."
        )
    return ImportMessages.tr(
        "Categories that the library does not have, left out: {names}."
    ).format(names=notice.detail)
