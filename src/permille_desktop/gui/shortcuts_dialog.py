"""Help → Keyboard shortcuts: every shortcut of the window, grouped, as this platform writes keys.

The menus' shortcuts are read from their actions, so the list cannot drift from what the keys
do; those that belong to one widget (the search field, the category tree, the resource
dialog) are added by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMenu, QTreeWidgetItem, QWidget

from permille_desktop.gui._generated.ui_shortcuts_dialog import Ui_ShortcutsDialog

if TYPE_CHECKING:
    from permille_desktop.gui.main_window import MainWindow

_Key = Qt.Key
_NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: str  # as this platform writes them; several separated by commas


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    shortcuts: tuple[Shortcut, ...]


def native(keys: Iterable[QKeySequence | str | Qt.Key]) -> str:
    """Key sequences as the platform writes them (Ctrl+F, or ⌘F on macOS), each once.

    Keys of their own that few keyboards have (Redo, Find, media keys…), which the platform's
    standard bindings may add, are left out: they would read as words, not keys.
    """
    sequences = [QKeySequence(k) for k in keys]
    texts = [s.toString(_NATIVE) for s in sequences if s.count() and not _special(s)]
    return ", ".join(dict.fromkeys(t for t in texts if t))


def _special(sequence: QKeySequence) -> bool:
    return sequence[0].key().value >= Qt.Key.Key_Back.value


def window_shortcuts(window: MainWindow) -> list[ShortcutGroup]:
    """What the keys do in ``window``: first the menus', then those of single widgets."""
    # The Undo and Redo actions name the change they would undo; here, they do in general.
    names = {
        id(window.curator.undo_action): ShortcutsDialog.tr("Undo"),
        id(window.curator.redo_action): ShortcutsDialog.tr("Redo"),
    }
    groups = [
        ShortcutGroup(
            _without_mnemonic(menu.title()),
            tuple(
                Shortcut(names.get(id(action), _action_name(action)), native(action.shortcuts()))
                for action in _actions(menu)
            ),
        )
        for menu in _menus(window)
    ]
    search = ShortcutGroup(
        ShortcutsDialog.tr("In the search field"),
        (
            Shortcut(ShortcutsDialog.tr("Clear the search"), native([_Key.Key_Escape])),
            Shortcut(
                ShortcutsDialog.tr("Go to the results"),
                native([_Key.Key_Enter, _Key.Key_Down]),
            ),
        ),
    )
    tree = ShortcutGroup(
        ShortcutsDialog.tr("In the category tree (curator mode)"),
        tuple(
            Shortcut(_action_name(action), native(action.shortcuts()))
            for action in window.ui.categoryTree.actions()
            if not action.shortcut().isEmpty()
        ),
    )
    resource = ShortcutGroup(
        ShortcutsDialog.tr("In the resource dialog (curator mode)"),
        (
            Shortcut(ShortcutsDialog.tr("Save"), native(["Ctrl+Return"])),
            Shortcut(ShortcutsDialog.tr("Add an author"), native([_Key.Key_Insert])),
            Shortcut(
                ShortcutsDialog.tr("Remove the selected author"),
                native([QKeySequence.StandardKey.Delete]),
            ),
            Shortcut(
                ShortcutsDialog.tr("Move the selected author up or down"),
                native(["Ctrl+Up", "Ctrl+Down"]),
            ),
        ),
    )
    return [group for group in (*groups, search, tree, resource) if group.shortcuts]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None, groups: Sequence[ShortcutGroup]) -> None:
        super().__init__(parent)
        self.ui = Ui_ShortcutsDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.rejected.connect(self.reject)
        tree = self.ui.shortcutsTree
        bold = QFont(tree.font())
        bold.setWeight(QFont.Weight.Bold)
        for group in groups:
            heading = QTreeWidgetItem(tree, [group.title])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFirstColumnSpanned(True)
            for shortcut in group.shortcuts:
                QTreeWidgetItem(heading, [shortcut.name, shortcut.keys])
        tree.expandAll()
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))

    def listed(self) -> list[tuple[str, str, str]]:
        """(group, action, keys) for every shortcut shown, top to bottom."""
        tree = self.ui.shortcutsTree
        rows = []
        for number in range(tree.topLevelItemCount()):
            heading = tree.topLevelItem(number)
            for child in range(heading.childCount()):
                item = heading.child(child)
                rows.append((heading.text(0), item.text(0), item.text(1)))
        return rows


def _menus(window: MainWindow) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]


def _actions(menu: QMenu) -> list[QAction]:
    """The menu's actions that have a shortcut, those of its submenus included."""
    found = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _actions(submenu)
        elif not action.isSeparator() and not action.shortcut().isEmpty():
            found.append(action)
    return found


def _action_name(action: QAction) -> str:
    return _without_mnemonic(action.text()).removesuffix("…").removesuffix("...")


def _without_mnemonic(text: str) -> str:
    return re.sub(r"&(.)", r"\1", text)
