"""The resource dialog's author list: an ordered list of names edited in place.

Qt's own QListWidget does the editing (F2 or a double click), dragging and keyboard moves; this
adds the Add, Remove and Move buttons and their keys, and drops a name left blank.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton

_EDITABLE = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)


class AuthorList(QObject):
    def __init__(
        self,
        view: QListWidget,
        add: QPushButton,
        remove: QPushButton,
        up: QPushButton,
        down: QPushButton,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._remove = remove
        self._up = up
        self._down = down
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove_current)
        up.clicked.connect(lambda: self.move_current(-1))
        down.clicked.connect(lambda: self.move_current(+1))
        # Keys act on the list itself; while a name is being edited they edit the text.
        for keys, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_current),
            (QKeySequence("Ctrl+Up"), lambda: self.move_current(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_current(+1)),
        ):
            shortcut = QShortcut(keys, view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        view.currentRowChanged.connect(self._update_buttons)
        model = view.model()
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        view.itemDelegate().closeEditor.connect(self._drop_blank_names)
        self._update_buttons()

    def set_names(self, names: Iterable[str]) -> None:
        self._view.clear()
        for name in names:
            self._append(name)

    def texts(self) -> tuple[str, ...]:
        """Every row as it stands, blank ones included: what the form shows."""
        view = self._view
        return tuple(view.item(row).text() for row in range(view.count()))

    def names(self) -> tuple[str, ...]:
        """The authors, in order, trimmed, without blank rows."""
        return tuple(text.strip() for text in self.texts() if text.strip())

    def add(self) -> None:
        """Append an empty row and start editing it."""
        self.commit_editing()
        item = self._append("")
        self._view.setCurrentItem(item)
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._view.editItem(item)

    def remove_current(self) -> None:
        row = self._view.currentRow()
        if row < 0:
            return
        self._view.takeItem(row)
        if self._view.count():
            self._view.setCurrentRow(min(row, self._view.count() - 1))

    def move_current(self, step: int) -> None:
        view = self._view
        row = view.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < view.count():
            return
        item = view.takeItem(row)
        view.insertItem(target, item)
        view.setCurrentRow(target)

    def commit_editing(self) -> None:
        """Take in a name still being typed, as if the editor had been left."""
        view = self._view
        editor = view.indexWidget(view.currentIndex())
        if editor is not None:
            delegate = view.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)

    def _append(self, name: str) -> QListWidgetItem:
        item = QListWidgetItem(name, self._view)
        item.setFlags(_EDITABLE)
        return item

    def _drop_blank_names(self) -> None:
        # An author added and then left empty (or abandoned with Esc) is not an author.
        view = self._view
        for row in reversed(range(view.count())):
            if not view.item(row).text().strip():
                view.takeItem(row)

    def _update_buttons(self) -> None:
        row = self._view.currentRow()
        count = self._view.count()
        self._remove.setEnabled(row >= 0)
        self._up.setEnabled(row > 0)
        self._down.setEnabled(0 <= row < count - 1)
