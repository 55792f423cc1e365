"""What a test reads off the window, the way a user reads it."""

from __future__ import annotations

from permille_desktop.gui.category_tree import COUNT_COLUMN
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.resource_table import COLUMNS
from permille_desktop.services.search_index import SortField


def column(key: SortField) -> int:
    return next(n for n, c in enumerate(COLUMNS) if c.key is key)


def shown(window: MainWindow, key: SortField = SortField.TITLE) -> list[str]:
    """The texts of one column, top to bottom, as the table shows them."""
    model = window.ui.resourceTable.model()
    return [model.index(row, column(key)).data() for row in range(model.rowCount())]


def count_of(window: MainWindow, category_name: str) -> int:
    model = window._tree_model
    matches = model.findItems(category_name, flags=_recursive())
    assert matches, category_name
    item = matches[0]
    count = item.index().siblingAtColumn(COUNT_COLUMN).data()
    return int(count.replace(",", "").replace("\u202f", "").replace("\xa0", ""))


def _recursive():
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


def type_search(qtbot, window: MainWindow, text: str) -> None:
    """Type into the search field and wait for the debounced search to apply."""
    window.ui.searchEdit.clear()
    qtbot.keyClicks(window.ui.searchEdit, text)
    qtbot.waitUntil(lambda: window.proxy.query.text == text, timeout=2000)


def when_modal(handle, attempts: int = 200) -> None:
    """Run ``handle`` on the next modal dialog once it shows; the caller then opens it.

    A modal dialog runs its own event loop, so the test answers it from a timer, the way a
    user answers it while the code that opened it waits.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def check(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible():
            handle(widget)
        elif left > 0:
            QTimer.singleShot(10, lambda: check(left - 1))

    QTimer.singleShot(0, lambda: check(attempts))
