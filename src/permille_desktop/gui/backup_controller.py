"""Keeping the catalog safe, seen from the window: what happened at opening, the daily backup,
File → Backups…, and a catalog that must stay read-only."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox

from permille_desktop.domain.backups import BackupInfo, BackupReason
from permille_desktop.domain.progress import Cancelled
from permille_desktop.gui.backups_dialog import BackupsDialog
from permille_desktop.gui.long_work import run_long
from permille_desktop.gui.opening_messages import opening_message
from permille_desktop.gui.plain_text import message_box
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.catalog_errors import BackupError, CatalogError

if TYPE_CHECKING:
    from permille_desktop.gui.main_window import MainWindow

# The daily backup waits until the window has been up a moment: it reads the whole file.
DAILY_BACKUP_DELAY_MS = 3000


class BackupController(QObject):
    # From the thread that takes the daily backup, when it could not: the reason.
    daily_backup_failed = Signal(str)

    def __init__(self, window: MainWindow, catalog: CatalogService) -> None:
        super().__init__(window)
        self._window = window
        self._catalog = catalog
        window.ui.backupsAction.triggered.connect(self.show_backups)
        self.read_only_label = QLabel(
            BackupController.tr("Read-only: written by a newer version"), window
        )
        window.ui.statusBar.addWidget(self.read_only_label)
        self.read_only_label.setVisible(catalog.read_only)
        if catalog.read_only:
            mode = window.ui.curatorModeAction
            mode.setChecked(False)
            mode.setEnabled(False)
            mode.setToolTip(
                BackupController.tr(
                    "This catalog was written by a newer version: it cannot be changed"
                )
            )
        self._daily = QTimer(self)
        self._daily.setSingleShot(True)
        self._daily.setInterval(DAILY_BACKUP_DELAY_MS)
        self._daily.timeout.connect(self.start_daily_backup)
        self._daily_thread: threading.Thread | None = None
        self.daily_backup_failed.connect(self._tell_daily_backup_failed)
        if not catalog.read_only:
            self._daily.start()
        self.opening_box: QMessageBox | None = None
        self._backups_dialog: BackupsDialog | None = None  # File → Backups…, while open
        # Told once the window is on screen, without blocking whoever built it.
        QTimer.singleShot(0, self, self.tell_opening)

    def stop(self) -> None:
        """Before the catalog closes: no daily backup starts, and one under way finishes."""
        self._daily.stop()
        if self._daily_thread is not None:
            self._daily_thread.join()

    def tell_opening(self) -> None:
        message = opening_message(self._catalog.opening)
        if message is None:
            return
        title, text, warning = message
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        self.opening_box = message_box(self._window, icon, title, text)
        self.opening_box.addButton(QMessageBox.StandardButton.Ok)
        self.opening_box.open()

    def start_daily_backup(self) -> None:
        """Take the day's backup, if due, without holding up the window: it reads the whole
        catalog (a second or two at 100k resources), through connections of its own."""
        self._daily_thread = threading.Thread(
            target=self.daily_backup, name="daily-backup", daemon=False
        )
        self._daily_thread.start()

    def daily_backup(self) -> None:
        try:
            self._catalog.daily_backup_if_due()
        except CatalogError as error:
            self.daily_backup_failed.emit(str(error))

    def _tell_daily_backup_failed(self, reason: str) -> None:
        self._window.statusBar().showMessage(
            BackupController.tr("Today's backup could not be taken: {reason}").format(
                reason=reason
            ),
            30_000,
        )

    def back_up_before_import(self) -> str | None:
        """None when the backup was taken; else why not, and the import must not go on.

        Raises Cancelled when the user stopped it: then there is no backup, and no import.
        """
        try:
            run_long(
                self._window,
                BackupController.tr("Backing up the catalog before the import…"),
                lambda progress: self._catalog.back_up(
                    BackupReason.BEFORE_IMPORT, progress=progress
                ),
            )
        except CatalogError as error:
            return BackupController.tr(
                "The backup taken before every import could not be made, so nothing was "
                "imported.\n\nReason: {reason}"
            ).format(reason=error)
        return None

    # File → Backups… -------------------------------------------------------------------------

    def show_backups(self) -> None:
        dialog = BackupsDialog(
            self._window,
            self._catalog.backups,
            self._back_up_now,
            self._restore,
            read_only=self._catalog.read_only,
        )
        self._backups_dialog = dialog
        try:
            dialog.exec()
        finally:
            self._backups_dialog = None
            dialog.deleteLater()

    def _back_up_now(self) -> str | None:
        try:
            run_long(
                self._backups_dialog or self._window,
                BackupController.tr("Backing up the catalog…"),
                lambda progress: self._catalog.back_up(BackupReason.MANUAL, progress=progress),
            )
        except Cancelled:
            self._window.statusBar().showMessage(
                BackupController.tr("Backup cancelled: none was made."), 15_000
            )
        except CatalogError as error:
            return str(error)
        return None

    def _restore(self, backup: BackupInfo) -> str | None:
        try:
            self._catalog.restore(backup)
        except BackupError as error:
            return BackupController.tr("The catalog is as it was.\n\nReason: {reason}").format(
                reason=error
            )
        except CatalogError as error:
            return str(error)
        finally:
            # Whatever happened, show the catalog as it now is; earlier changes can no longer
            # be undone against it.
            self._window.curator.undo_stack.clear()
            self._window.reload(self._window.current_uuid)
        return None
