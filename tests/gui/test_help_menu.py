"""Help → About (version, data folder, size, licences, website) and Help → Keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from permille_desktop import __version__
from permille_desktop.gui.about_dialog import WEBSITE, AboutDialog
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.shortcuts_dialog import ShortcutsDialog

from .helpers import when_modal


def native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def test_about_tells_the_version_folder_size_and_licences_and_opens_only_when_asked(
    qtbot, window: MainWindow, data_dir: Path
):
    opened: list[QUrl] = []
    window.help.open_url = opened.append
    seen: dict[str, object] = {}

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, AboutDialog)
        ui = dialog.ui
        seen["version"] = ui.versionLabel.text()
        seen["folder"] = ui.folderEdit.text()
        seen["count"] = ui.countLabel.text()
        seen["licence"] = ui.licenceLabel.text()
        seen["opened before"] = list(opened)
        ui.openFolderButton.click()
        ui.websiteLabel.linkActivated.emit(WEBSITE)  # what a click on the link sends
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()

    when_modal(read)
    window.ui.aboutAction.trigger()

    assert __version__ in str(seen["version"])
    assert seen["folder"] == str(data_dir.absolute())
    assert seen["count"] == QLocale().toString(24)
    assert "MIT" in str(seen["licence"]) and "LGPLv3" in str(seen["licence"])
    assert seen["opened before"] == []
    assert opened == [QUrl.fromLocalFile(str(data_dir.absolute())), QUrl("https://4p1000.org")]


def test_the_data_folder_is_shown_as_written(qtbot, tmp_path: Path):
    folder = tmp_path / "<b>not bold</b>"
    dialog = AboutDialog(None, version="1", folder=folder, count=1_234_567, open_url=print)
    qtbot.addWidget(dialog)
    assert dialog.ui.folderEdit.text() == str(folder)
    assert dialog.ui.countLabel.text() == QLocale().toString(1_234_567)
    assert dialog.ui.countLabel.textFormat() == Qt.TextFormat.PlainText


def listed_by_f1(qtbot, window: MainWindow) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, ShortcutsDialog)
        rows.extend(dialog.listed())
        dialog.reject()

    when_modal(read)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(rows), timeout=2000)
    return rows


def test_f1_lists_every_shortcut_grouped_as_the_platform_writes_keys(qtbot, window: MainWindow):
    rows = listed_by_f1(qtbot, window)
    keys = {(group, name): key for group, name, key in rows}
    assert keys[("View", "Find")] == native("Ctrl+F")
    assert keys[("Edit", "New resource")] == native("Ctrl+N")
    assert keys[("Edit", "Edit resource")] == native("Ctrl+E")
    assert keys[("Edit", "Duplicate resource")] == native("Ctrl+D")
    assert keys[("Edit", "Delete resources")] == native("Del")
    assert keys[("Edit", "Undo")] == native("Ctrl+Z")
    assert native("Ctrl+Shift+Z") in keys[("Edit", "Redo")]
    assert keys[("File", "Export")] == native("Ctrl+Shift+E")
    assert keys[("Help", "Keyboard shortcuts")] == native("F1")
    assert keys[("In the search field", "Clear the search")] == native("Esc")
    assert keys[("In the search field", "Go to the results")] == ", ".join(
        [native("Enter"), native("Down")]
    )
    tree = "In the category tree (curator mode)"
    assert keys[(tree, "New subcategory")] == native("Ctrl+Shift+N")
    assert keys[(tree, "Rename")] == native("F2")
    assert keys[(tree, "Delete category")] == native("Del")
    assert keys[(tree, "Move up")] == native("Ctrl+Up")
    assert keys[(tree, "Move down")] == native("Ctrl+Down")
    # Every action of the menus that has a shortcut is listed.
    listed = {one for *_, key in rows for one in key.split(", ")}
    for menu in (window.ui.fileMenu, window.ui.editMenu, window.ui.viewMenu):
        for action in menu.actions():
            if not action.shortcut().isEmpty():
                assert native(action.shortcut().toString()) in listed, action.text()
