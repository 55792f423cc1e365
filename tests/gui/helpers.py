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


def when_progress(handle, attempts: int = 500) -> None:
    """Run ``handle`` on the next progress dialog once it shows (long work; see when_modal)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog

    def check(left: int) -> None:
        shown = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        if shown:
            handle(shown[0])
        elif left > 0:
            QTimer.singleShot(10, lambda: check(left - 1))

    QTimer.singleShot(0, lambda: check(attempts))


def press_cancel(dialog) -> None:
    """Cancel a progress dialog as a user does: with its Cancel button."""
    from PySide6.QtWidgets import QPushButton

    dialog.findChild(QPushButton).click()


def held(progress, until=lambda done, total: True, seconds: float = 10):
    """A progress callback for long work made slow: it holds the work at the first step where
    ``until(done, total)``, until the user cancels (or ``seconds`` pass)."""
    import time

    def holding(done: int, total: int) -> bool:
        if not until(done, total):
            return progress(done, total)
        deadline = time.monotonic() + seconds
        while progress(done, total):
            if time.monotonic() > deadline:
                return True
            time.sleep(0.01)
        return False

    return holding
