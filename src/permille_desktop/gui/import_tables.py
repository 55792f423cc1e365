"""The import dialog's three tables as Qt item models: new records, matches and rejections.

Everything from the file is shown as plain text: item texts are never read as markup, and
tooltips, which Qt would read as rich text, are escaped first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from permille_desktop.domain.exchange import ImportMatch, IncomingRecord, Rejection
from permille_desktop.gui.import_messages import match_reason, reject_reason
from permille_desktop.gui.plain_text import plain_tooltip
from permille_desktop.gui.resource_table import type_label
from permille_desktop.gui.translation import TranslationContext

# What a column sorts by: numbers as numbers, text without regard to case.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# On a match row's check item: the index of the match in ImportPreview.matches.
MATCH_INDEX_ROLE = Qt.ItemDataRole.UserRole + 2

NEW_TITLE_COLUMN = 0
NEW_AUTHORS_COLUMN = 1
NEW_CATEGORIES_COLUMN = 4
NEW_LINE_COLUMN = 5
MATCH_CHECK_COLUMN = 0
MATCH_EXISTING_COLUMN = 1
MATCH_INCOMING_COLUMN = 2
MATCH_LINE_COLUMN = 4
REJECTED_LINE_COLUMN = 0
REJECTED_DETAIL_COLUMN = 2

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ImportTables(TranslationContext):
    """The translation context of the import preview's column headers."""


def _text(text: str, tooltip: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.casefold(), SORT_ROLE)
    if tooltip:
        item.setToolTip(plain_tooltip(text))
    return item


def _number(value: int | None) -> QStandardItem:
    # Years and line numbers without a thousands separator, as they are written.
    item = QStandardItem("" if value is None else str(value))
    item.setEditable(False)
    item.setData(-1 if value is None else value, SORT_ROLE)
    item.setTextAlignment(_RIGHT)
    return item


def _model(parent: QObject, headers: Sequence[str]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(list(headers))
    model.setSortRole(SORT_ROLE)
    return model


def new_records_model(
    parent: QObject,
    records: Sequence[IncomingRecord],
    category_paths: Callable[[Sequence[int]], list[str]],
) -> QStandardItemModel:
    model = _model(
        parent,
        [
            ImportTables.tr("Title"),
            ImportTables.tr("Authors"),
            ImportTables.tr("Year"),
            ImportTables.tr("Type"),
            ImportTables.tr("Categories"),
            ImportTables.tr("Line"),
        ],
    )
    for record in records:
        draft = record.draft
        model.appendRow(
            [
                _text(draft.title, tooltip=True),
                _text(", ".join(draft.authors), tooltip=True),
                _number(draft.year),
                _text(type_label(draft.type)),
                _text("; ".join(category_paths(draft.category_ids)), tooltip=True),
                _number(record.line),
            ]
        )
    return model


def matches_model(parent: QObject, matches: Sequence[ImportMatch]) -> QStandardItemModel:
    model = _model(
        parent,
        [
            ImportTables.tr("Update"),
            ImportTables.tr("In the library"),
            ImportTables.tr("In the file"),
            ImportTables.tr("Matched by"),
            ImportTables.tr("Line"),
        ],
    )
    for index, match in enumerate(matches):
        check = QStandardItem()
        check.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        check.setCheckState(Qt.CheckState.Unchecked)  # skipped unless the curator says so
        check.setData(index, MATCH_INDEX_ROLE)
        check.setData(ImportTables.tr("Update"), Qt.ItemDataRole.AccessibleTextRole)
        model.appendRow(
            [
                check,
                _text(match.existing.title, tooltip=True),
                _text(match.record.draft.title, tooltip=True),
                _text(match_reason(match.reason)),
                _number(match.record.line),
            ]
        )
    return model


def rejected_model(parent: QObject, rejected: Sequence[Rejection]) -> QStandardItemModel:
    model = _model(
        parent, [ImportTables.tr("Line"), ImportTables.tr("Problem"), ImportTables.tr("Details")]
    )
    for rejection in rejected:
        model.appendRow(
            [
                _number(rejection.line),
                _text(reject_reason(rejection.reason)),
                _text(rejection.detail, tooltip=bool(rejection.detail)),
            ]
        )
    return model
