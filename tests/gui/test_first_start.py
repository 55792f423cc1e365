"""The welcome of a first start: in the detail pane while nothing is selected, saying what the
library is, how to search it and where its data is, until it is dismissed for good."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl

from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.welcome import DISMISS_URL, DISMISSED_KEY
from permille_desktop.gui.window_state import open_settings

from .helpers import shown


def pane_text(window: MainWindow) -> str:
    return window.ui.detailView.document().toPlainText()


def test_a_first_start_selects_nothing_and_welcomes_the_user(window: MainWindow, data_dir: Path):
    text = pane_text(window)
    assert window.current_uuid is None
    assert "Welcome to the “4 per 1000” resource library" in text
    assert "offline" in text
    assert "Ctrl+F" in text
    for toggle in ("Exact matches only", "Search in title", "Search in content"):
        assert toggle in text
    assert "categories on the left" in text
    assert str(data_dir.absolute()) in text.splitlines()
    assert "Got it, don't show this again" in text


def test_the_welcome_gives_way_to_a_selected_resource_and_comes_back_until_dismissed(
    window: MainWindow,
):
    window.ui.resourceTable.selectRow(0)
    assert pane_text(window).startswith(shown(window)[0])
    assert "Welcome" not in pane_text(window)
    window.ui.resourceTable.selectionModel().clearCurrentIndex()
    window.reload(None)
    assert "Welcome" in pane_text(window)


def test_dismissed_from_the_keyboard_it_never_comes_back(
    qtbot, open_window, data_dir: Path, tmp_path: Path
):
    window: MainWindow = open_window(data_dir)
    browser = window.ui.detailView
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus, timeout=2000)
    qtbot.keyClick(browser, Qt.Key.Key_Tab)  # to the pane's one link
    assert browser.textCursor().charFormat().anchorHref() == DISMISS_URL
    qtbot.keyClick(browser, Qt.Key.Key_Return)

    assert "Welcome" not in pane_text(window)
    assert "Select a resource to see it in full." in pane_text(window)
    assert open_settings(data_dir).value(DISMISSED_KEY) in (True, "true")
    # Nor in a second window on the same library, nor after the first closed.
    second: MainWindow = open_window(data_dir)
    assert "Welcome" not in pane_text(second)
    window.close()
    second.close()
    third: MainWindow = open_window(data_dir)
    assert "Welcome" not in pane_text(third)
    # Another library has its own.
    other: MainWindow = open_window(tmp_path / "other")
    assert "Welcome" in pane_text(other)


def test_the_data_folder_is_shown_as_written(open_window, tmp_path: Path):
    folder = tmp_path / '<img src="x.png"> & <b>bold</b>'
    window: MainWindow = open_window(folder)
    document = window.ui.detailView.document()
    assert str(folder) in document.toPlainText()
    assert "<img" not in document.toHtml().replace("&lt;img", "")


def test_only_the_welcome_takes_its_link(window: MainWindow):
    window.ui.resourceTable.selectRow(0)
    window.detail.open_link(QUrl(DISMISS_URL))  # a resource's text cannot dismiss it
    window.ui.resourceTable.selectionModel().clearCurrentIndex()
    window.reload(None)
    assert "Welcome" in pane_text(window)
