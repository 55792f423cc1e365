"""The category tree: "All resources", then the nested categories, each with its count."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication

from permille_desktop.domain.model import Category

CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The id the "All resources" row carries: no category filter at all.
ALL_RESOURCES = -1

NAME_COLUMN = 0
COUNT_COLUMN = 1


class CategoryTreeModel(QStandardItemModel):
    """Category names in column 0 and the number of matching resources in column 1."""

    def __init__(self, categories: Sequence[Category], parent: Any = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self._rows_by_id: dict[int, tuple[QStandardItem, QStandardItem]] = {}
        root = self._append(
            self.invisibleRootItem(),
            QCoreApplication.translate("CategoryTree", "All resources"),
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
        name_item.setToolTip(name)
        count_item = QStandardItem()
        count_item.setData(category_id, CATEGORY_ID_ROLE)
        count_item.setEditable(False)
        count_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        parent.appendRow([name_item, count_item])
        self._rows_by_id[category_id] = (name_item, count_item)
        return name_item, count_item

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
