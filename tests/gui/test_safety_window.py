"""What the window says and does when the catalog was damaged, is a newer version's, or is
restored from a backup — each fault made for real on the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton, QTableWidget

from catalog_faults import (
    SAVED_TITLE,
    catalog_path,
    digests,
    leaf_page_of,
    overwrite_page,
    raise_schema_version,
    saved_library,
)
from permille_desktop.domain.backups import BackupReason
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.services.catalog import CatalogService

from .helpers import shown, when_modal
from .message_boxes import MessageBoxes


def test_a_newer_versions_catalog_opens_read_only_and_says_so(
    qtbot, open_window, data_dir: Path, boxes: MessageBoxes
):
    saved_library(data_dir)
    raise_schema_version(catalog_path(data_dir))
    before = digests(data_dir)
    boxes.answer("OK")
    window: MainWindow = open_window(data_dir)
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=2000)
    assert "newer version" in boxes.shown[0].text
    assert SAVED_TITLE in shown(window)
    assert window.safety.read_only_label.isVisible()
    assert not window.ui.curatorModeAction.isEnabled()
    assert not window.ui.newResourceAction.isEnabled()
    window.close()
    after = digests(data_dir)
    assert after["catalog.sqlite3"] == before["catalog.sqlite3"]
    # Reading a WAL file may leave SQLite's side files; nothing may be in the log.
    assert (
        not (data_dir / "catalog.sqlite3-wal").exists()
        or not (data_dir / "catalog.sqlite3-wal").read_bytes()
    )


def test_a_damaged_catalog_is_put_aside_and_the_backup_restored(
    qtbot, open_window, data_dir: Path, boxes: MessageBoxes
):
    saved_library(data_dir)
    path = catalog_path(data_dir)
    overwrite_page(path, leaf_page_of(path, "resources"))
    boxes.answer("OK")
    window: MainWindow = open_window(data_dir)
    qtbot.waitUntil(lambda: len(boxes.shown) == 1, timeout=2000)
    text = boxes.shown[0].text
    assert "moved aside" in text and "restored" in text
    moved = [p for p in data_dir.iterdir() if p.name.startswith("catalog.sqlite3.damaged-")]
    (aside,) = [p for p in moved if not p.name.endswith(("-wal", "-shm"))]
    assert str(aside) in text
    assert SAVED_TITLE in shown(window)


def backups_of(data_dir: Path) -> list[str]:
    folder = data_dir / "backups"
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_backups_are_listed_taken_and_restored_from_the_file_menu(
    qtbot, open_window, data_dir: Path, boxes: MessageBoxes
):
    window: MainWindow = open_window(data_dir)
    window.ui.curatorModeAction.trigger()
    seen: dict[str, object] = {}

    def take_one(dialog: QDialog) -> None:
        table = dialog.findChild(QTableWidget, "backupsTable")
        seen["before"] = table.rowCount()
        dialog.findChild(QPushButton, "backUpButton").click()
        seen["after"] = table.rowCount()
        dialog.reject()

    when_modal(take_one)
    window.ui.backupsAction.trigger()
    assert seen["after"] == seen["before"] + 1
    assert any("manual" in name for name in backups_of(data_dir))

    # A change made after the backup, then the backup restored: the change is gone.
    first = shown(window)[0]
    window.ui.resourceTable.selectRow(0)
    boxes.answer("Delete")
    window.curator.delete_resources()
    assert first not in shown(window)

    def restore_newest(dialog: QDialog) -> None:
        boxes.answer("Restore")
        dialog.findChild(QTableWidget, "backupsTable").selectRow(0)
        dialog.findChild(QPushButton, "restoreButton").click()
        dialog.reject()

    when_modal(restore_newest)
    window.ui.backupsAction.trigger()
    assert first in shown(window)
    assert not window.curator.undo_stack.canUndo()
    assert any("before-restore" in name for name in backups_of(data_dir))


def test_the_days_backup_is_taken_once_the_window_is_up(qtbot, open_window, data_dir: Path):
    window: MainWindow = open_window(data_dir)
    window.safety.daily_backup()
    window.safety.daily_backup()
    assert len([n for n in backups_of(data_dir) if "daily" in n]) == 1
    catalog = CatalogService.open(data_dir)
    try:
        assert any(b.reason is BackupReason.DAILY for b in catalog.backups())
    finally:
        catalog.close()


def test_the_days_backup_runs_beside_the_window_and_closing_waits_for_it(
    qtbot, open_window, data_dir: Path, monkeypatch
):
    import threading

    from permille_desktop.services.catalog import CatalogService as Service

    threads: list[str] = []
    original = Service.daily_backup_if_due

    def recording(self):
        threads.append(threading.current_thread().name)
        return original(self)

    monkeypatch.setattr(Service, "daily_backup_if_due", recording)
    window: MainWindow = open_window(data_dir)
    window.safety.start_daily_backup()
    window.close()  # joins the backup before the catalog closes
    assert threads == ["daily-backup"]
    assert len([n for n in backups_of(data_dir) if "daily" in n]) == 1
    assert not [n for n in backups_of(data_dir) if n.endswith(".partial")]
