"""File → Export… and File → Import… in the real window, with files read back independently."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from permille_desktop.gui.main_window import MainWindow
from permille_desktop.store.repository import CatalogStore

from .helpers import shown, when_modal
from .message_boxes import MessageBoxes


def press_ok(dialog: QDialog) -> None:
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def choose_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> list[str]:
    """Answer the next file chooser with ``path``; return the captions it was shown with."""
    captions: list[str] = []

    def chooser(parent, caption="", folder="", filters="", *args, **kwargs):
        captions.append(caption)
        return str(path), filters

    monkeypatch.setattr(QFileDialog, method, staticmethod(chooser))
    return captions


def select_rows(window: MainWindow, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag
    selection = window.ui.resourceTable.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.proxy.index(row, 0), flags.Select | flags.Rows)


def test_exporting_the_selected_rows_writes_the_shown_columns_in_order(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    select_rows(window, [0, 3, 5])
    titles = [shown(window)[r] for r in (0, 3, 5)]
    target = tmp_path / "chosen.csv"
    choose_file(monkeypatch, "getSaveFileName", target)
    when_modal(press_ok)
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    with target.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file, dialect="excel"))
    assert rows[0] == [
        "Title",
        "Author",
        "Publication Year",
        "Item Type",
        "Manual Tags",
        "Date Added",
    ]
    assert [row[0] for row in rows[1:]] == titles
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Exported 3 resources to chosen.csv" in window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
):
    folder = tmp_path / "out"
    (folder / "taken.csv").mkdir(parents=True)  # a folder where the file should go
    choose_file(monkeypatch, "getSaveFileName", folder / "taken.csv")
    boxes.answer("OK")
    when_modal(press_ok)
    window.ui.exportAction.trigger()
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=2000)
    assert "could not be written" in boxes.shown[0].text
    assert sorted(p.name for p in folder.iterdir()) == ["taken.csv"]


def test_import_is_a_curators_action(window: MainWindow):
    assert not window.ui.importAction.isVisible()
    assert not window.ui.importAction.isEnabled()
    window.ui.curatorModeAction.trigger()
    assert window.ui.importAction.isVisible() and window.ui.importAction.isEnabled()


ZOTERO_CSV = (
    '"Key";"Item Type";"Publication Year";"Author";"Title";"Url"\r\n'
    '"ABCD1234";"journalArticle";"2021";"Lal, Rattan";"Soil carbon sequestration impacts";'
    '"https://doi.org/10.1126/science.1097396"\r\n'
    '"EFGH5678";"report";"2019";"FAO";"Recarbonization of global soils";""\r\n'
)


def test_importing_a_file_adds_its_resources_and_undo_takes_them_back(
    qtbot, window: MainWindow, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    window.ui.curatorModeAction.trigger()
    source = tmp_path / "zotero.csv"
    source.write_bytes(ZOTERO_CSV.encode("cp1252"))
    choose_file(monkeypatch, "getOpenFileName", source)
    when_modal(press_ok)
    window.ui.importAction.trigger()

    titles = shown(window)
    assert "Soil carbon sequestration impacts" in titles
    assert "Recarbonization of global soils" in titles
    assert len(titles) == 26
    assert window.curator.undo_action.text().replace("&", "") == "Undo import from “zotero.csv”"
    window.curator.undo_action.trigger()
    assert len(shown(window)) == 24
    store = CatalogStore.open(data_dir)
    try:
        assert store.count_resources() == 24
    finally:
        store.close()


def test_a_file_that_cannot_be_imported_is_refused_with_the_reason(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
):
    window.ui.curatorModeAction.trigger()
    source = tmp_path / "no-title.csv"
    source.write_text("Author,Year\r\nLal,2004\r\n", encoding="utf-8")
    choose_file(monkeypatch, "getOpenFileName", source)
    boxes.answer("OK")
    window.ui.importAction.trigger()
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=2000)
    assert "no-title.csv" in boxes.shown[0].text
    assert len(shown(window)) == 24
