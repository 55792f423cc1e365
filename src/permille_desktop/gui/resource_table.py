"""The resource table's models: a flat list of index rows, and the proxy the view talks to.

The proxy is where the view's sort requests and the search bar's filter requests arrive, but
it hands the work to the services' :class:`SearchIndex`, which answers with the rows to show in
order; the source model then holds that list, so ``data()`` is a list lookup and a call.
Qt's own sorting and filtering would call back into Python for every row or comparison.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from permille_desktop.domain.model import ResourceType
from permille_desktop.gui.category_tree import RESOURCE_MIME_TYPE, resource_mime_data
from permille_desktop.gui.plain_text import plain_tooltip, visible_controls
from permille_desktop.gui.translation import TranslationContext
from permille_desktop.services.search_index import (
    BrowseQuery,
    BrowseResult,
    SearchIndex,
    SortField,
)

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

# A cell shows this much of a text at most: no column is wider, and eliding a title of hundreds
# of kilobytes at every repaint would make typing a search lag while its row is in view.
CELL_CHARS = 1000

_Index = QModelIndex | QPersistentModelIndex


class ResourceTypes(TranslationContext):
    """The translation context of the resource types' names."""


class ResourceTable(TranslationContext):
    """The translation context of the table's column headers."""


def type_label(kind: ResourceType) -> str:
    labels = {
        ResourceType.ARTICLE: ResourceTypes.tr("Article"),
        ResourceType.REPORT: ResourceTypes.tr("Report"),
        ResourceType.BOOK: ResourceTypes.tr("Book"),
        ResourceType.VIDEO: ResourceTypes.tr("Video"),
        ResourceType.WEB_PAGE: ResourceTypes.tr("Web page"),
        ResourceType.DOCUMENT: ResourceTypes.tr("Document"),
        ResourceType.NEWSLETTER: ResourceTypes.tr("Newsletter"),
        ResourceType.OTHER: ResourceTypes.tr("Other"),
    }
    return labels[kind]


@dataclass(frozen=True, slots=True)
class Column:
    """One table column, declared once: what it shows and how it sorts."""

    key: SortField
    header: Callable[[], str]
    display: Callable[[SearchIndex, int], str]
    sort_value: Callable[[SearchIndex, int], Any]
    alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    width: int = 120


def _added(index: SearchIndex, row: int) -> str:
    # Day, month name, full year: unambiguous in every language, where a short numeric
    # format reads 11/24/26 in one country and 24/11/26 in the next.
    return QLocale().toString(index.added[row].astimezone().date(), "d MMM yyyy")


COLUMNS: tuple[Column, ...] = (
    Column(
        SortField.TITLE,
        lambda: ResourceTable.tr("Title"),
        lambda ix, r: ix.titles[r],
        lambda ix, r: ix.titles[r],
        width=280,
    ),
    Column(
        SortField.AUTHORS,
        lambda: ResourceTable.tr("Authors"),
        lambda ix, r: ix.authors[r],
        lambda ix, r: ix.authors[r],
        width=150,
    ),
    Column(
        SortField.YEAR,
        lambda: ResourceTable.tr("Year"),
        lambda ix, r: "" if ix.years[r] is None else str(ix.years[r]),
        lambda ix, r: ix.years[r],
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        width=50,
    ),
    Column(
        SortField.TYPE,
        lambda: ResourceTable.tr("Type"),
        lambda ix, r: type_label(ix.types[r]),
        lambda ix, r: ix.types[r].value,
        width=80,
    ),
    Column(
        SortField.CATEGORIES,
        lambda: ResourceTable.tr("Categories"),
        lambda ix, r: ix.category_names[r],
        lambda ix, r: ix.category_names[r],
        width=140,
    ),
    Column(
        SortField.ADDED,
        lambda: ResourceTable.tr("Added"),
        _added,
        lambda ix, r: ix.added[r],
        width=86,
    ),
)


def cell_text(text: str) -> str:
    """``text`` as one line of a cell: a row is one line high, so line breaks become spaces."""
    if len(text) > CELL_CHARS:
        text = text[: CELL_CHARS - 1] + "…"
    line = " ".join(text.split())
    return line if line.isprintable() else visible_controls(line)


class ResourceTableModel(QAbstractTableModel):
    """Shows the index rows it is given, in the order given."""

    def __init__(self, index: SearchIndex, parent: Any = None) -> None:
        super().__init__(parent)
        self._index = index
        self._rows: list[int] = []

    @property
    def search_index(self) -> SearchIndex:
        return self._index

    def set_index(self, index: SearchIndex) -> None:
        """Show another index (the catalog changed); rows follow at the next set_rows()."""
        self.beginResetModel()
        self._index = index
        self._rows = []
        self.endResetModel()

    def set_rows(self, rows: list[int]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        # Rows can always be dragged; only the category tree in curator mode takes them.
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def mimeTypes(self) -> list[str]:
        return [RESOURCE_MIME_TYPE]

    def supportedDragActions(self) -> Qt.DropAction:
        # Copy adds the dragged resources to a category; Shift makes it a move (out of the
        # category being shown).
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return resource_mime_data([self._index.uuids[self._rows[r]] for r in rows])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column.display(self._index, row))
        if role == Qt.ItemDataRole.ToolTipRole and column.key is SortField.TITLE:
            return plain_tooltip(self._index.titles[row])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role == UUID_ROLE:
            return self._index.uuids[row]
        if role == SORT_ROLE:
            return column.sort_value(self._index, row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].header()
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return COLUMNS[section].alignment
        return None

    def row_for_uuid(self, uuid: str) -> int | None:
        """The table row showing ``uuid``, if it is shown."""
        index_row = self._index.row_of(uuid)
        if index_row is None:
            return None
        try:
            return self._rows.index(index_row)
        except ValueError:
            return None


class ResourceProxyModel(QSortFilterProxyModel):
    """The table's model: receives sort and filter requests and hands them to the index."""

    resultChanged = Signal(object)  # BrowseResult

    def __init__(self, source: ResourceTableModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)
        self.setSourceModel(source)
        self._source = source
        self._query = BrowseQuery()
        self._result: BrowseResult | None = None

    @property
    def query(self) -> BrowseQuery:
        return self._query

    @property
    def result(self) -> BrowseResult | None:
        return self._result

    def set_query(self, query: BrowseQuery) -> None:
        """Show the resources ``query`` selects, keeping the current sort."""
        self._query = replace(query, sort=self._query.sort, descending=self._query.descending)
        self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Deliberately not calling the base class: the index orders the rows, and the proxy
        # passes them through unsorted.
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self._query.sort is COLUMNS[column].key and self._query.descending == descending:
            return
        self._query = replace(self._query, sort=COLUMNS[column].key, descending=descending)
        self.refresh()

    def sort_column(self) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.key is self._query.sort)

    def sort_order(self) -> Qt.SortOrder:
        if self._query.descending:
            return Qt.SortOrder.DescendingOrder
        return Qt.SortOrder.AscendingOrder

    def refresh(self) -> None:
        self._result = self._source.search_index.browse(self._query)
        self._source.set_rows(self._result.rows)
        self.resultChanged.emit(self._result)
