"""Curator mode in the real window: resources added, edited, deleted, undone and redone;
categories added, renamed, deleted and moved; everything checked against the catalog file."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
)

from permille_desktop.domain.model import Category, Resource
from permille_desktop.gui.category_tree import CATEGORY_MIME_TYPE, resource_mime_data
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.store import engine
from permille_desktop.store.repository import CatalogStore

from .helpers import count_of, shown, when_modal
from .message_boxes import MessageBoxes


@pytest.fixture
def curator(open_window, data_dir: Path) -> MainWindow:
    window = open_window(data_dir)
    window.ui.curatorModeAction.trigger()
    assert window.ui.curatorModeAction.isChecked()
    return window


def stored(data_dir: Path) -> tuple[dict[str, Resource], dict[str, Category]]:
    """The catalog file as another program would read it: resources by uuid, categories by
    name."""
    store = CatalogStore.open(data_dir)
    try:
        return {r.uuid: r for r in store.resources()}, {c.name: c for c in store.categories()}
    finally:
        store.close()


def select_rows(window: MainWindow, rows: list[int]) -> None:
    table = window.ui.resourceTable
    model = window.proxy
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().clearSelection()
    for row in rows:
        table.selectionModel().select(model.index(row, 0), flags.Select | flags.Rows)
    table.selectionModel().setCurrentIndex(model.index(rows[0], 0), flags.NoUpdate)
    table.setFocus()


def current_title(window: MainWindow) -> str:
    return window.ui.resourceTable.currentIndex().siblingAtColumn(0).data()


def tree_index(window: MainWindow, name: str):
    items = window.tree_model.findItems(
        name, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
    )
    assert items, name
    return items[0].index()


def focus_category(window: MainWindow, name: str) -> None:
    tree = window.ui.categoryTree
    tree.setFocus()
    tree.setCurrentIndex(tree_index(window, name))


def fill_dialog(title: str | None, ticks: tuple[str, ...] = ()) -> Callable[[QDialog], None]:
    """What a curator does in the resource dialog: type a title, tick categories, press OK."""

    def fill(dialog: QDialog) -> None:
        if title is not None:
            edit = dialog.findChild(QLineEdit, "titleEdit")
            edit.clear()
            edit.insert(title)
        tree = dialog.findChild(QTreeWidget, "categoryTree")
        iterator = QTreeWidgetItemIterator(tree)
        while (item := iterator.value()) is not None:
            if item.text(0) in ticks:
                item.setCheckState(0, Qt.CheckState.Checked)
            iterator += 1
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    return fill


def refocus(qtbot, widget) -> None:
    # Offscreen, focus does not come back by itself when a message box closes.
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)


def menu_text(action) -> str:
    return action.text().replace("&", "")


# Browsing mode -------------------------------------------------------------------------------


def test_browsing_mode_offers_no_way_to_edit(qtbot, window: MainWindow, boxes: MessageBoxes):
    ui = window.ui
    assert not ui.curatorModeAction.isChecked()
    for action in (ui.newResourceAction, ui.editResourceAction, ui.deleteResourcesAction):
        assert not action.isVisible() and not action.isEnabled()
    assert not window.curator.undo_action.isVisible()
    assert not window.curator.mode_label.isVisible()
    select_rows(window, [0])
    qtbot.keyClick(ui.resourceTable, Qt.Key.Key_Delete)
    qtbot.keyClick(ui.resourceTable, Qt.Key.Key_Return)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    assert QApplication.activeModalWidget() is None
    assert boxes.shown == []
    assert len(shown(window)) == 24
    assert not window.tree_model.flags(tree_index(window, "Web tools")) & Qt.ItemFlag.ItemIsEditable


def test_curator_mode_is_remembered_between_starts(open_window, data_dir: Path):
    first = open_window(data_dir)
    first.ui.curatorModeAction.trigger()
    first.close()
    second = open_window(data_dir)
    assert second.ui.curatorModeAction.isChecked()
    assert second.ui.newResourceAction.isVisible()
    assert "Curator mode" in second.curator.mode_label.text()
    assert second.curator.mode_label.isVisible()
    second.ui.curatorModeAction.trigger()
    second.close()
    assert not open_window(data_dir).ui.curatorModeAction.isChecked()


# Resources -----------------------------------------------------------------------------------


def test_a_new_resource_shows_at_once_and_undo_and_redo_take_it_out_and_back(
    qtbot, curator: MainWindow, data_dir: Path
):
    curator.select_categories(
        [tree_index(curator, "Guides and reports").data(Qt.ItemDataRole.UserRole + 1)]
    )
    before = count_of(curator, "Guides and reports")
    # The category being looked at is ticked already: a title is all it needs.
    when_modal(fill_dialog("Biochar: a field guide"))
    qtbot.keyClick(curator, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    assert current_title(curator) == "Biochar: a field guide"
    assert count_of(curator, "Guides and reports") == before + 1
    assert "Biochar: a field guide" in curator.ui.detailView.toPlainText()
    resources, categories = stored(data_dir)
    (added,) = [r for r in resources.values() if r.title == "Biochar: a field guide"]
    assert added.category_ids == (categories["Guides and reports"].id,)
    assert menu_text(curator.curator.undo_action) == "Undo add “Biochar: a field guide”"

    refocus(qtbot, curator.ui.resourceTable)
    qtbot.keyClick(curator.ui.resourceTable, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Biochar: a field guide" not in shown(curator)
    assert added.uuid not in stored(data_dir)[0]

    curator.curator.redo_action.trigger()
    assert current_title(curator) == "Biochar: a field guide"
    assert stored(data_dir)[0][added.uuid] == added


def test_editing_keeps_the_row_selected_and_visible_wherever_the_sort_puts_it(
    qtbot, curator: MainWindow, data_dir: Path
):
    select_rows(curator, [0])
    original_title = current_title(curator)
    before = {r.title: r for r in stored(data_dir)[0].values()}[original_title]
    when_modal(fill_dialog("Zzz: now last in title order"))
    qtbot.keyClick(curator.ui.resourceTable, Qt.Key.Key_Return)

    table = curator.ui.resourceTable
    assert current_title(curator) == "Zzz: now last in title order"
    assert table.currentIndex().row() == curator.proxy.rowCount() - 1
    assert table.viewport().rect().intersects(table.visualRect(table.currentIndex()))
    after = stored(data_dir)[0][before.uuid]
    assert after.title == "Zzz: now last in title order"
    assert after.added == before.added and after.modified > before.modified

    curator.curator.undo_action.trigger()
    assert stored(data_dir)[0][before.uuid] == before
    assert current_title(curator) == original_title


def test_deleting_several_names_them_and_undo_restores_the_very_same(
    qtbot, curator: MainWindow, data_dir: Path, boxes: MessageBoxes
):
    select_rows(curator, [0, 1, 2])
    titles = shown(curator)[:3]
    before = stored(data_dir)[0]

    boxes.answer("Cancel")
    qtbot.keyClick(curator.ui.resourceTable, Qt.Key.Key_Delete)
    assert all(t in boxes.shown[-1].text for t in titles)
    assert boxes.shown[-1].default == "Cancel"
    assert len(stored(data_dir)[0]) == 24

    boxes.answer("Delete")
    refocus(qtbot, curator.ui.resourceTable)
    qtbot.keyClick(curator.ui.resourceTable, Qt.Key.Key_Delete)
    assert not set(titles) & set(shown(curator))
    assert len(stored(data_dir)[0]) == 21
    assert menu_text(curator.curator.undo_action) == "Undo delete 3 resources"

    curator.curator.undo_action.trigger()
    assert stored(data_dir)[0] == before
    assert set(titles) <= set(shown(curator))


@pytest.fixture
def short_lock_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    # A locked catalog makes a writer wait 5 s before it gives up; tests need not wait.
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)


@pytest.fixture
def locked(data_dir: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the catalog's write lock."""
    other = sqlite3.connect(data_dir / "catalog.sqlite3", isolation_level=None)
    yield other
    other.close()


def test_a_failed_save_keeps_the_dialog_open_with_what_was_typed(
    qtbot, short_lock_wait, open_window, data_dir: Path, boxes: MessageBoxes
):
    window = open_window(data_dir)
    window.ui.curatorModeAction.trigger()
    other = sqlite3.connect(data_dir / "catalog.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    seen: dict[str, object] = {}

    def first_try(dialog: QDialog) -> None:
        boxes.answer("OK")
        fill_dialog("Soil carbon atlas", ("Web tools",))(dialog)
        seen["open after failure"] = dialog.isVisible()
        seen["title kept"] = dialog.findChild(QLineEdit, "titleEdit").text()
        other.execute("ROLLBACK")
        fill_dialog(None)(dialog)  # OK again, the lock gone

    when_modal(first_try)
    window.ui.newResourceAction.trigger()
    other.close()
    assert seen == {"open after failure": True, "title kept": "Soil carbon atlas"}
    assert "could not be saved" in boxes.shown[0].text
    assert "locked" in boxes.shown[0].text
    assert "Soil carbon atlas" in [r.title for r in stored(data_dir)[0].values()]


# Categories ----------------------------------------------------------------------------------


def test_a_new_subcategory_by_keyboard_and_its_undo(qtbot, curator: MainWindow, data_dir: Path):
    focus_category(curator, "Guides and reports")

    def name_it(dialog: QDialog) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Field manuals")
        dialog.accept()

    when_modal(name_it)
    qtbot.keyClick(
        curator.ui.categoryTree,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    categories = stored(data_dir)[1]
    assert categories["Field manuals"].parent_id == categories["Guides and reports"].id
    assert curator.selected_categories() == frozenset({categories["Field manuals"].id})
    curator.curator.undo_action.trigger()
    assert "Field manuals" not in stored(data_dir)[1]
    assert not curator.tree_model.findItems("Field manuals", Qt.MatchFlag.MatchRecursive)


def test_renaming_in_place_and_a_refused_duplicate_name(
    qtbot, curator: MainWindow, data_dir: Path, boxes: MessageBoxes
):
    tree = curator.ui.categoryTree

    def rename(old: str, new: str) -> None:
        focus_category(curator, old)
        qtbot.keyClick(tree, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, new)
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    rename("Web tools", "Online tools")
    qtbot.waitUntil(lambda: "Online tools" in stored(data_dir)[1], timeout=2000)
    assert tree_index(curator, "Online tools").isValid()

    boxes.answer("OK")
    rename("Archived News", "current NEWS")
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=2000)
    assert "Current News" in boxes.shown[0].text
    assert "Archived News" in stored(data_dir)[1]
    qtbot.waitUntil(lambda: tree_index(curator, "Archived News").isValid(), timeout=2000)


@pytest.mark.parametrize("answer", ["Move them to “News in the spotlight”", "Take them out"])
def test_deleting_a_category_that_holds_resources_asks_what_becomes_of_them(
    qtbot, curator: MainWindow, data_dir: Path, boxes: MessageBoxes, answer: str
):
    resources_before, categories = stored(data_dir)
    guides = categories["Guides and reports"].id
    parent = categories["News in the spotlight"].id
    held = [r.uuid for r in resources_before.values() if guides in r.category_ids]
    assert held

    focus_category(curator, "Guides and reports")
    boxes.answer(answer)
    qtbot.keyClick(curator.ui.categoryTree, Qt.Key.Key_Delete)
    assert answer in boxes.shown[0].buttons and "Cancel" in boxes.shown[0].buttons
    resources, categories_after = stored(data_dir)
    assert "Guides and reports" not in categories_after
    for uuid in held:
        assert (parent in resources[uuid].category_ids) == answer.startswith("Move")
    assert len(resources) == 24  # resources are never deleted with a category

    curator.curator.undo_action.trigger()
    assert stored(data_dir) == (resources_before, categories)


def test_moving_a_category_up_by_keyboard(qtbot, curator: MainWindow, data_dir: Path):
    def top_level() -> list[str]:
        found = [c for c in stored(data_dir)[1].values() if c.parent_id is None]
        return [c.name for c in sorted(found, key=lambda c: c.position)]

    before = top_level()
    focus_category(curator, before[1])
    qtbot.keyClick(curator.ui.categoryTree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert top_level() == [before[1], before[0], *before[2:]]
    curator.curator.undo_action.trigger()
    assert top_level() == before


def test_a_category_drops_onto_another_but_never_into_its_own_subtree(
    qtbot, curator: MainWindow, data_dir: Path
):
    model = curator.tree_model
    spotlight = tree_index(curator, "News in the spotlight")
    dragged = model.mimeData([spotlight])
    assert dragged.hasFormat(CATEGORY_MIME_TYPE)
    assert not model.canDropMimeData(
        dragged, Qt.DropAction.MoveAction, -1, 0, tree_index(curator, "Guides and reports")
    )
    assert model.canDropMimeData(
        dragged, Qt.DropAction.MoveAction, -1, 0, tree_index(curator, "Archived News")
    )
    model.dropMimeData(
        dragged, Qt.DropAction.MoveAction, -1, 0, tree_index(curator, "Archived News")
    )
    qtbot.waitUntil(
        lambda: (
            stored(data_dir)[1]["News in the spotlight"].parent_id
            == stored(data_dir)[1]["Archived News"].id
        ),
        timeout=2000,
    )


@pytest.mark.parametrize("move", [False, True])
def test_resources_dropped_on_a_category_are_added_or_with_shift_moved(
    qtbot, curator: MainWindow, data_dir: Path, move: bool
):
    resources, categories = stored(data_dir)
    guides = categories["Guides and reports"].id
    curator.select_categories([guides])
    uuids = [r.uuid for r in resources.values() if guides in r.category_ids][:2]
    action = Qt.DropAction.MoveAction if move else Qt.DropAction.CopyAction
    curator.tree_model.dropMimeData(
        resource_mime_data(uuids), action, -1, 0, tree_index(curator, "Web tools")
    )
    web_tools = categories["Web tools"].id
    qtbot.waitUntil(lambda: web_tools in stored(data_dir)[0][uuids[0]].category_ids, timeout=2000)
    for uuid in uuids:
        assert (guides in stored(data_dir)[0][uuid].category_ids) != move
    curator.curator.undo_action.trigger()
    assert stored(data_dir)[0] == resources


def test_a_category_dropped_between_two_takes_that_place(qtbot, curator: MainWindow, data_dir):
    def top_level() -> list[str]:
        found = [c for c in stored(data_dir)[1].values() if c.parent_id is None]
        return [c.name for c in sorted(found, key=lambda c: c.position)]

    before = top_level()
    model = curator.tree_model
    dragged = model.mimeData([tree_index(curator, before[-1])])
    root = tree_index(curator, "All resources")
    # Between the first and second top-level categories.
    model.dropMimeData(dragged, Qt.DropAction.MoveAction, 1, 0, root)
    qtbot.waitUntil(lambda: top_level() == [before[0], before[-1], *before[1:-1]], timeout=2000)


def test_a_saved_resource_hidden_by_the_search_is_said_so(qtbot, curator: MainWindow):
    curator.ui.searchEdit.setText("carbon")
    curator.search_bar.flush()
    select_rows(curator, [0])
    when_modal(fill_dialog("Biochar field guide"))
    curator.ui.editResourceAction.trigger()
    assert "hide" in curator.statusBar().currentMessage()
    assert "Biochar field guide" not in shown(curator)


def test_the_tables_context_menu_offers_the_resource_actions(curator: MainWindow):
    select_rows(curator, [0])
    texts = [menu_text(a) for a in curator.table_menu().actions() if not a.isSeparator()]
    assert texts == [
        "Edit resource…",
        "Duplicate resource…",
        "Delete resources…",
        "New resource…",
        "Export…",
    ]
    curator.ui.curatorModeAction.trigger()
    browsing = [menu_text(a) for a in curator.table_menu().actions() if not a.isSeparator()]
    assert browsing == ["Export…"]


def test_double_click_on_a_row_opens_it_for_editing(qtbot, curator: MainWindow):
    select_rows(curator, [2])
    table = curator.ui.resourceTable
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        seen.append(dialog.findChild(QLineEdit, "titleEdit").text())
        dialog.reject()  # nothing changed: closes without asking

    when_modal(look)
    where = table.visualRect(curator.proxy.index(2, 0)).center()
    # A double-click is a click, then a second press that Qt reports as a double-click.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert seen == [shown(curator)[2]]


def test_rows_drag_as_a_copy_unless_shift_makes_it_a_move(curator: MainWindow):
    table = curator.ui.resourceTable
    assert table.dragEnabled()
    assert table.defaultDropAction() == Qt.DropAction.CopyAction
    assert curator.proxy.supportedDragActions() & Qt.DropAction.MoveAction
    curator.ui.curatorModeAction.trigger()
    assert not table.dragEnabled()


def test_deleting_a_category_with_subcategories_counts_them(
    qtbot, curator: MainWindow, data_dir: Path, boxes: MessageBoxes
):
    focus_category(curator, "News in the spotlight")
    boxes.answer("Cancel")
    qtbot.keyClick(curator.ui.categoryTree, Qt.Key.Key_Delete)
    assert "4 subcategories" in boxes.shown[0].text
    assert "News in the spotlight" in stored(data_dir)[1]
