"""The resource dialog's categories: the whole tree, expanded, one check box per category."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator

from permille_desktop.domain.model import Category
from permille_desktop.gui.plain_text import plain_tooltip

CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CategoryChecklist(QObject):
    """Fills a QTreeWidget with the categories and reads back the ticked ones, in tree order.

    ``changed`` tells of a tick the user made, not of :meth:`set_checked`.
    """

    changed = Signal()

    def __init__(self, tree: QTreeWidget, categories: Sequence[Category]) -> None:
        super().__init__(tree)
        self._tree = tree
        children: dict[int | None, list[Category]] = {}
        for category in sorted(categories, key=lambda c: (c.position, c.id)):
            children.setdefault(category.parent_id, []).append(category)
        self._add_children(tree.invisibleRootItem(), None, children, set())
        tree.expandAll()
        tree.itemChanged.connect(self._item_changed)

    def _add_children(
        self,
        parent: QTreeWidgetItem,
        parent_id: int | None,
        children: dict[int | None, list[Category]],
        seen: set[int],
    ) -> None:
        for category in children.get(parent_id, []):
            if category.id in seen:  # a cycle in damaged data must not hang the dialog
                continue
            seen.add(category.id)
            item = QTreeWidgetItem(parent, [category.name])
            item.setData(0, CATEGORY_ID_ROLE, category.id)
            item.setToolTip(0, plain_tooltip(category.name))
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self._add_children(item, category.id, children, seen)

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self._tree)
        while (item := iterator.value()) is not None:
            found.append(item)
            iterator += 1
        return found

    def set_checked(self, category_ids: Collection[int]) -> None:
        """Tick exactly ``category_ids``; ids not in the tree are ignored."""
        first = None
        self._tree.blockSignals(True)
        for item in self._items():
            on = item.data(0, CATEGORY_ID_ROLE) in category_ids
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            if on and first is None:
                first = item
        self._tree.blockSignals(False)
        # Start where the resource is filed, so its first category is in view; made current
        # but not selected, as a highlighted row would read as a choice.
        start = first or self._tree.topLevelItem(0)
        if start is not None:
            self._tree.setCurrentItem(start, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
            self._tree.scrollToItem(start)

    def checked_ids(self) -> tuple[int, ...]:
        return tuple(
            item.data(0, CATEGORY_ID_ROLE)
            for item in self._items()
            if item.checkState(0) == Qt.CheckState.Checked
        )

    def _item_changed(self, _item: QTreeWidgetItem, _column: int) -> None:
        self.changed.emit()
