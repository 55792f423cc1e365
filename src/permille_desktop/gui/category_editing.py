"""Curator mode in the category tree: add, rename in place, delete, move and reorder
categories, and drop resources from the table onto them.

Every operation has a keyboard way (the tree's context menu and shortcuts) and a mouse way
(the same menu, dragging). Each is planned by the curator service, written, then pushed on the
undo stack by the curator controller.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
)

from permille_desktop.domain.category_paths import category_paths
from permille_desktop.domain.changes import CategoryChange
from permille_desktop.domain.model import Category, descendants
from permille_desktop.gui.category_tree import (
    CATEGORY_ID_ROLE,
    NAME_COLUMN,
    CategoryDrop,
    ResourceDrop,
)
from permille_desktop.gui.edit_errors import describe
from permille_desktop.gui.plain_text import label_text, message_box, warn
from permille_desktop.services.curation import Curator, EditError

if TYPE_CHECKING:
    from permille_desktop.gui.main_window import MainWindow

Push = Callable[[str, CategoryChange], None]

_EditTrigger = QAbstractItemView.EditTrigger


class CategoryEditor(QObject):
    def __init__(self, window: MainWindow, curator: Curator, push: Push) -> None:
        super().__init__(window)
        self._window = window
        self._curator = curator
        self._push = push
        tree = window.ui.categoryTree
        self._model = window.tree_model
        self._model.on_category_drop = self._category_dropped
        self._model.on_resource_drop = self._resources_dropped
        self._model.itemChanged.connect(self._item_changed)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._show_menu)
        tree.setDropIndicatorShown(True)

        def action(text: str, slot: Callable[[], None], keys: str | None = None) -> QAction:
            made = QAction(text, tree)
            if keys:
                made.setShortcut(QKeySequence(keys))
                # Only while the tree has the focus: elsewhere these keys mean other things.
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            tree.addAction(made)
            return made

        self.new_action = action(
            CategoryEditor.tr("&New subcategory…"), self.new_category, "Ctrl+Shift+N"
        )
        self.rename_action = action(CategoryEditor.tr("&Rename"), self.rename_category, "F2")
        self.delete_action = action(
            CategoryEditor.tr("&Delete category…"), self.delete_category, "Del"
        )
        self.up_action = action(CategoryEditor.tr("Move &up"), lambda: self.move_by(-1), "Ctrl+Up")
        self.down_action = action(
            CategoryEditor.tr("Move do&wn"), lambda: self.move_by(1), "Ctrl+Down"
        )
        self.move_action = action(CategoryEditor.tr("&Move to…"), self.move_to)
        self.set_mode(False)

    # Mode ------------------------------------------------------------------------------------

    def set_mode(self, on: bool) -> None:
        tree = self._window.ui.categoryTree
        table = self._window.ui.resourceTable
        self._model.editable = on
        tree.setDragDropMode(
            QAbstractItemView.DragDropMode.DragDrop
            if on
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        # A plain drop adds resources to a category; with Shift, Qt makes it a move.
        tree.setDefaultDropAction(Qt.DropAction.CopyAction)
        tree.setEditTriggers(_EditTrigger.EditKeyPressed if on else _EditTrigger.NoEditTriggers)
        table.setDragEnabled(on)
        table.setDefaultDropAction(Qt.DropAction.CopyAction)
        table.setDragDropMode(
            QAbstractItemView.DragDropMode.DragOnly
            if on
            else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.update_actions()

    def update_actions(self) -> None:
        on = self._model.editable
        current = self._current()
        siblings = self._siblings(current.parent_id) if current else []
        position = siblings.index(current) if current in siblings else -1
        states = {
            self.new_action: True,
            self.rename_action: current is not None,
            self.delete_action: current is not None,
            self.up_action: position > 0,
            self.down_action: 0 <= position < len(siblings) - 1,
            self.move_action: current is not None,
        }
        for made, enabled in states.items():
            made.setVisible(on)
            made.setEnabled(on and enabled)

    def _show_menu(self, position: QPoint) -> None:
        if self._model.editable:
            self.context_menu().exec(self._window.ui.categoryTree.viewport().mapToGlobal(position))

    def context_menu(self) -> QMenu:
        """The tree's context menu in curator mode, for the current category."""
        self.update_actions()
        menu = QMenu(self._window)
        menu.addActions([self.new_action, self.rename_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.up_action, self.down_action, self.move_action])
        return menu

    # The category at hand ----------------------------------------------------------------

    def _current(self) -> Category | None:
        index = self._window.ui.categoryTree.currentIndex()
        category_id = index.data(CATEGORY_ID_ROLE) if index.isValid() else None
        return self._window.categories.get(category_id) if category_id is not None else None

    def _siblings(self, parent_id: int | None) -> list[Category]:
        found = [c for c in self._window.categories.values() if c.parent_id == parent_id]
        return sorted(found, key=lambda c: (c.position, c.id))

    def _apply(self, text: str, plan: Callable[[], CategoryChange]) -> CategoryChange | None:
        try:
            change = plan()
            self._curator.apply(change)
        except EditError as error:
            warn(self._window, CategoryEditor.tr("Not changed"), describe(error))
            self._window.reload(self._window.current_uuid)
            return None
        self._push(text, change)
        return change

    # Operations ------------------------------------------------------------------------------

    def new_category(self) -> None:
        if not self._model.editable:
            return
        parent = self._current()
        label = (
            CategoryEditor.tr("Name of the new category under “{parent}”:").format(
                parent=parent.name
            )
            if parent
            else CategoryEditor.tr("Name of the new top-level category:")
        )
        name = self._ask(CategoryEditor.tr("New category"), label)
        if name is None:
            return
        parent_id = parent.id if parent else None
        change = self._apply(
            CategoryEditor.tr("add category “{name}”").format(name=name.strip()),
            lambda: self._curator.plan_add_category(name, parent_id),
        )
        if change is not None:
            added = {c.id for c in change.after} - {c.id for c in change.before}
            self._window.select_categories(sorted(added))

    def rename_category(self) -> None:
        tree = self._window.ui.categoryTree
        index = tree.currentIndex().siblingAtColumn(NAME_COLUMN)
        if self._model.editable and self._current() is not None:
            tree.edit(index)

    def _item_changed(self, item: QStandardItem) -> None:
        category_id = item.data(CATEGORY_ID_ROLE)
        category = self._window.categories.get(category_id) if category_id is not None else None
        if item.column() != NAME_COLUMN or category is None or item.text() == category.name:
            return  # a count or a colour changed, not a name
        name = item.text()
        # The item belongs to the tree that the change rebuilds: change it once Qt is done
        # with the edit that is still under way.
        QTimer.singleShot(0, lambda: self._rename(category, name))

    def _rename(self, category: Category, name: str) -> None:
        self._apply(
            CategoryEditor.tr("rename category “{old}” to “{new}”").format(
                old=category.name, new=name.strip()
            ),
            lambda: self._curator.plan_rename_category(category.id, name),
        )

    def delete_category(self) -> None:
        category = self._current()
        if not self._model.editable or category is None:
            return
        held = self._curator.resources_in_subtree(category.id)
        parent = self._parent(category)
        subcategories = len(descendants(list(self._window.categories.values()), category.id)) - 1
        text = (
            CategoryEditor.tr(
                "Delete the category “{name}” and its %n subcategories?", None, subcategories
            )
            if subcategories
            else CategoryEditor.tr("Delete the category “{name}”?")
        )
        box = message_box(
            self._window,
            QMessageBox.Icon.Question,
            CategoryEditor.tr("Delete category"),
            text.format(name=category.name),
        )
        move = None
        if held:
            box.setInformativeText(
                CategoryEditor.tr(
                    "It holds %Ln resources. Resources are never deleted with a category: "
                    "move them to the parent category, or only take them out of this one (a "
                    "resource in no other category is then in none).",
                    None,
                    held,
                )
            )
            if parent is not None:
                move = box.addButton(
                    CategoryEditor.tr("Move them to “{parent}”").format(
                        parent=label_text(parent.name)
                    ),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            unlink = box.addButton(
                CategoryEditor.tr("Take them out"), QMessageBox.ButtonRole.DestructiveRole
            )
        else:
            unlink = box.addButton(
                CategoryEditor.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole
            )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked not in (move, unlink) or clicked is None:
            return
        self._apply(
            CategoryEditor.tr("delete category “{name}”").format(name=category.name),
            lambda: self._curator.plan_delete_category(category.id, clicked is move),
        )

    def move_by(self, step: int) -> None:
        category = self._current()
        if not self._model.editable or category is None:
            return
        siblings = self._siblings(category.parent_id)
        position = siblings.index(category) + step
        if not 0 <= position < len(siblings):
            return
        self._move(category, category.parent_id, position)

    def move_to(self) -> None:
        category = self._current()
        if not self._model.editable or category is None:
            return
        top_level = CategoryEditor.tr("(top level)")
        paths = category_paths(self._window.categories.values())
        subtree = descendants(list(self._window.categories.values()), category.id)
        choices = {top_level: None} | {
            paths[c.id]: c.id for c in self._window.categories.values() if c.id not in subtree
        }
        names = [top_level, *sorted(n for n in choices if n != top_level)]
        name = self._ask(
            CategoryEditor.tr("Move category"),
            CategoryEditor.tr("Move “{name}” into:").format(name=category.name),
            names,
        )
        if name is not None and name in choices:
            parent_id = choices[name]
            self._move(category, parent_id, len(self._siblings(parent_id)))

    def _ask(self, title: str, label: str, items: list[str] | None = None) -> str | None:
        """What the user types (or picks among ``items``), or None if they cancel."""
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(title)
        if items is not None:
            dialog.setComboBoxItems(items)
            dialog.setComboBoxEditable(False)
        dialog.setLabelText(label)
        for shown in dialog.findChildren(QLabel):
            shown.setTextFormat(Qt.TextFormat.PlainText)  # a category's name, never markup
        try:
            return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _parent(self, category: Category) -> Category | None:
        if category.parent_id is None:
            return None
        return self._window.categories.get(category.parent_id)

    def _move(self, category: Category, parent_id: int | None, position: int) -> None:
        if (parent_id, position) == (category.parent_id, self._position(category)):
            return
        change = self._apply(
            CategoryEditor.tr("move category “{name}”").format(name=category.name),
            lambda: self._curator.plan_move_category(category.id, parent_id, position),
        )
        if change is not None:
            self._window.select_categories([category.id])

    def _position(self, category: Category) -> int:
        return self._siblings(category.parent_id).index(category)

    # Drops -----------------------------------------------------------------------------------

    def _category_dropped(self, drop: CategoryDrop) -> None:
        if len(drop.category_ids) != 1:
            return
        category = self._window.categories.get(drop.category_ids[0])
        if category is None:
            return
        siblings = self._siblings(drop.parent_id)
        position = len(siblings) if drop.position is None else drop.position
        # Qt counts the dragged row itself when it is dropped lower among its own siblings.
        if category in siblings and siblings.index(category) < position:
            position -= 1
        # Let the drag finish before the tree it started in is rebuilt.
        QTimer.singleShot(0, lambda: self._move(category, drop.parent_id, position))

    def _resources_dropped(self, drop: ResourceDrop) -> None:
        target = self._window.categories.get(drop.category_id)
        if target is None:
            return
        shown = self._window.selected_categories()
        # A move takes them out of the category being looked at, when there is just one.
        source = next(iter(shown)) if drop.move and shown and len(shown) == 1 else None
        source = None if source == target.id else source
        count = len(drop.uuids)
        text = (
            CategoryEditor.tr("move %Ln resources to “{name}”", None, count)
            if source is not None
            else CategoryEditor.tr("add %Ln resources to “{name}”", None, count)
        ).format(name=target.name)
        QTimer.singleShot(
            0,
            lambda: self._apply(
                text,
                lambda: self._curator.plan_add_to_category(drop.uuids, target.id, source),
            ),
        )
