"""Export, import and backups in the real window, made slow: a progress dialog shows, and
Cancel leaves nothing half done — no file, no backup, nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from permille_desktop.domain.backups import BackupReason
from permille_desktop.gui import exchange_controller, long_work
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.exchange import export_resources, preview_import

from .helpers import held, press_cancel, shown, when_modal, when_progress
from .test_exchange_window import ZOTERO_CSV, choose_file, press_ok


@pytest.fixture(autouse=True)
def soon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(long_work, "SHOW_AFTER_MS", 100)


def test_an_export_cancelled_while_writing_leaves_the_old_file_and_no_other(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "references.csv"
    target.write_text("the old export", encoding="utf-8")
    writing = {"calls": 0}

    def while_writing(done: int, total: int) -> bool:
        # The second call with everything formatted is the first chunk: the file is begun.
        writing["calls"] += done == total
        return writing["calls"] == 2

    def slow(*args, progress, **kwargs):
        return export_resources(*args, progress=held(progress, while_writing), **kwargs)

    monkeypatch.setattr(exchange_controller, "export_resources", slow)
    choose_file(monkeypatch, "getSaveFileName", target)
    during: list[list[str]] = []

    def cancel(dialog: QProgressDialog) -> None:
        qtbot.waitUntil(lambda: writing["calls"] == 2, timeout=5000)
        during.append(sorted(p.name for p in folder.iterdir()))
        press_cancel(dialog)

    when_modal(press_ok)
    when_progress(cancel)
    window.ui.exportAction.trigger()

    assert len(during[0]) == 2  # the new file was being written beside the old one
    assert sorted(p.name for p in folder.iterdir()) == ["references.csv"]
    assert target.read_text(encoding="utf-8") == "the old export"
    assert "Export cancelled" in window.statusBar().currentMessage()


def test_a_backup_cancelled_leaves_no_backup(
    qtbot, open_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    original = CatalogService.back_up

    def slow(self, reason, *, progress=None):
        return original(self, reason, progress=held(progress) if progress else None)

    monkeypatch.setattr(CatalogService, "back_up", slow)
    window: MainWindow = open_window(data_dir)
    window.safety.stop()  # no daily backup meanwhile
    backups = data_dir / "backups"
    seen: dict[str, object] = {}

    def cancel(dialog: QProgressDialog) -> None:
        seen["partial"] = [p.name for p in backups.iterdir() if p.name.endswith(".partial")]
        press_cancel(dialog)

    def back_up_now(dialog: QDialog) -> None:
        when_progress(cancel)
        dialog.findChild(QPushButton, "backUpButton").click()
        seen["listed"] = dialog.findChild(QPushButton, "restoreButton").isEnabled()
        dialog.reject()

    when_modal(back_up_now)
    window.ui.backupsAction.trigger()

    assert seen["partial"]  # the copy was under way
    assert sorted(p.name for p in backups.iterdir()) == []
    assert seen["listed"] is False  # nothing to restore: no backup was listed
    assert "Backup cancelled" in window.statusBar().currentMessage()
    assert not [b for b in window._catalog.backups() if b.reason is BackupReason.MANUAL]


def test_an_import_cancelled_while_reading_its_file_imports_nothing(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    window.ui.curatorModeAction.trigger()
    source = tmp_path / "zotero.csv"
    source.write_bytes(ZOTERO_CSV.encode("cp1252"))
    choose_file(monkeypatch, "getOpenFileName", source)

    def slow(catalog, path, *, progress):
        return preview_import(catalog, path, progress=held(progress))

    monkeypatch.setattr(exchange_controller, "preview_import", slow)
    asked: list[object] = []
    monkeypatch.setattr(exchange_controller, "ImportDialog", lambda *args, **kw: asked.append(1))
    when_progress(press_cancel)
    window.ui.importAction.trigger()

    assert asked == []  # no preview to confirm
    assert len(shown(window)) == 24
    assert "Import cancelled" in window.statusBar().currentMessage()
    assert not window.curator.undo_stack.canUndo()


def test_an_import_whose_backup_is_cancelled_imports_nothing(
    qtbot, open_window, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    original = CatalogService.back_up

    def slow(self, reason, *, progress=None):
        return original(self, reason, progress=held(progress) if progress else None)

    monkeypatch.setattr(CatalogService, "back_up", slow)
    window: MainWindow = open_window(data_dir)
    window.safety.stop()
    window.ui.curatorModeAction.trigger()
    source = tmp_path / "zotero.csv"
    source.write_bytes(ZOTERO_CSV.encode("cp1252"))
    choose_file(monkeypatch, "getOpenFileName", source)
    when_modal(press_ok)
    when_progress(press_cancel)
    window.ui.importAction.trigger()

    assert len(shown(window)) == 24
    assert "Import cancelled" in window.statusBar().currentMessage()
    assert not (data_dir / "backups").exists() or not list((data_dir / "backups").iterdir())
