"""The category tree: "All resources", then the nested categories, each with its count."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from permille_desktop.domain.model import Category
from permille_desktop.gui.plain_text import plain_tooltip

CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The id the "All resources" row carries: no category filter at all.
ALL_RESOURCES = -1

NAME_COLUMN = 0
COUNT_COLUMN = 1

# What is dragged: categories within the tree, resources from the table onto it.
CATEGORY_MIME_TYPE = "application/x-permille-category-ids"
RESOURCE_MIME_TYPE = "application/x-permille-resource-uuids"

_Index = QModelIndex | Any  # PySide passes QPersistentModelIndex too


@dataclass(frozen=True)
class CategoryDrop:
    """Categories dropped onto a category (``position`` None) or between two (``position``
    among the children of ``parent_id``; None parent: the top level)."""

    category_ids: tuple[int, ...]
    parent_id: int | None
    position: int | None


@dataclass(frozen=True)
class ResourceDrop:
    """Resources dropped onto a category: added to it, or with ``move`` (Shift held while
    dragging) moved there out of the category being shown."""

    uuids: tuple[str, ...]
    category_id: int
    move: bool = False


def resource_mime_data(uuids: Sequence[str]) -> QMimeData:
    data = QMimeData()
    data.setData(RESOURCE_MIME_TYPE, QByteArray(json.dumps(list(uuids)).encode()))
    return data


def _decoded(data: QMimeData, mime_type: str) -> list[Any]:
    try:
        value = json.loads(bytes(data.data(mime_type).data()).decode())
    except ValueError:
        return []
    return value if isinstance(value, list) else []


class CategoryTreeModel(QStandardItemModel):
    """Category names in column 0 and the number of matching resources in column 1."""

    def __init__(self, categories: Sequence[Category], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows_by_id: dict[int, tuple[QStandardItem, QStandardItem]] = {}
        self._parents: dict[int, int | None] = {}
        # Set in curator mode: names become editable, categories draggable, drops accepted.
        self.on_category_drop: Callable[[CategoryDrop], None] | None = None
        self.on_resource_drop: Callable[[ResourceDrop], None] | None = None
        self.editable = False
        self.set_categories(categories)

    def set_categories(self, categories: Sequence[Category]) -> None:
        """Show this tree (again, after a curator's change); counts come with set_counts()."""
        self.clear()
        self.setColumnCount(2)
        self._rows_by_id = {}
        self._parents = {c.id: c.parent_id for c in categories}
        root = self._append(
            self.invisibleRootItem(),
            CategoryTreeModel.tr("All resources"),
            ALL_RESOURCES,
        )
        font = root[0].font()
        font.setBold(True)
        root[0].setFont(font)
        children: dict[int | None, list[Category]] = {}
        for category in sorted(categories, key=lambda c: (c.position, c.id)):
            children.setdefault(category.parent_id, []).append(category)
        self._add_children(root[0], None, children)

    def _add_children(
        self,
        parent: QStandardItem,
        parent_id: int | None,
        children: dict[int | None, list[Category]],
    ) -> None:
        for category in children.get(parent_id, []):
            name_item, _count = self._append(parent, category.name, category.id)
            self._add_children(name_item, category.id, children)

    def _append(
        self, parent: QStandardItem, name: str, category_id: int
    ) -> tuple[QStandardItem, QStandardItem]:
        name_item = QStandardItem(name)
        name_item.setData(category_id, CATEGORY_ID_ROLE)
        name_item.setEditable(False)
        name_item.setToolTip(plain_tooltip(name))
        count_item = QStandardItem()
        count_item.setData(category_id, CATEGORY_ID_ROLE)
        count_item.setEditable(False)
        count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent.appendRow([name_item, count_item])
        self._rows_by_id[category_id] = (name_item, count_item)
        return name_item, count_item

    # Editing (curator mode) ------------------------------------------------------------------

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        category_id = index.data(CATEGORY_ID_ROLE) if index.isValid() else None
        is_category = category_id is not None and category_id != ALL_RESOURCES
        flags &= ~(
            Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if self.editable and category_id is not None:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if is_category:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
                if index.column() == NAME_COLUMN:
                    flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [CATEGORY_MIME_TYPE, RESOURCE_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted(
            {
                i.data(CATEGORY_ID_ROLE)
                for i in indexes
                if i.data(CATEGORY_ID_ROLE) not in (None, ALL_RESOURCES)
            }
        )
        data = QMimeData()
        data.setData(CATEGORY_MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        return self._drop(data, action, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        drop = self._drop(data, action, row, parent)
        if isinstance(drop, CategoryDrop) and self.on_category_drop is not None:
            self.on_category_drop(drop)
        elif isinstance(drop, ResourceDrop) and self.on_resource_drop is not None:
            self.on_resource_drop(drop)
        # Never let the view move rows itself: the tree is rebuilt from the catalog.
        return False

    def _drop(
        self, data: QMimeData, action: Qt.DropAction, row: int, parent: _Index
    ) -> CategoryDrop | ResourceDrop | None:
        if not self.editable:
            return None
        target = parent.data(CATEGORY_ID_ROLE) if parent.isValid() else None
        if data.hasFormat(RESOURCE_MIME_TYPE):
            uuids = tuple(str(u) for u in _decoded(data, RESOURCE_MIME_TYPE))
            # Resources go onto a category, not between two.
            if row != -1 or target in (None, ALL_RESOURCES) or not uuids:
                return None
            return ResourceDrop(uuids, target, action == Qt.DropAction.MoveAction)
        if not data.hasFormat(CATEGORY_MIME_TYPE):
            return None
        ids = tuple(i for i in _decoded(data, CATEGORY_MIME_TYPE) if i in self._parents)
        if target is None:
            return None  # above "All resources": no place for a category
        # Onto "All resources", or between top-level categories: to the top level.
        parent_id = None if target == ALL_RESOURCES else target
        if not ids:
            return None
        if parent_id is not None and any(self._within(parent_id, i) for i in ids):
            return None  # never into itself or its own descendants
        return CategoryDrop(ids, parent_id, None if row == -1 else row)

    def _within(self, category_id: int, ancestor: int) -> bool:
        current: int | None = category_id
        seen: set[int] = set()
        while current is not None and current not in seen:
            if current == ancestor:
                return True
            seen.add(current)
            current = self._parents.get(current)
        return False

    def all_resources_index(self) -> QModelIndex:
        return self.index(0, NAME_COLUMN)

    def index_of(self, category_id: int) -> QModelIndex | None:
        items = self._rows_by_id.get(category_id)
        return items[0].index() if items else None

    def category_ids(self) -> Iterable[int]:
        return (i for i in self._rows_by_id if i != ALL_RESOURCES)

    def set_counts(self, matching: int, counts: dict[int, int]) -> None:
        """Show how many resources match in each category and its descendants."""
        muted = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for category_id, (name_item, count_item) in self._rows_by_id.items():
            count = matching if category_id == ALL_RESOURCES else counts.get(category_id, 0)
            text = QLocale().toString(count)
            if count_item.text() != text:
                count_item.setText(text)
            # An empty category stays selectable but reads as inactive.
            if count == 0:
                name_item.setForeground(muted)
                count_item.setForeground(muted)
            else:
                name_item.setData(None, Qt.ItemDataRole.ForegroundRole)
                count_item.setData(None, Qt.ItemDataRole.ForegroundRole)
