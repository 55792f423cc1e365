"""File → Backups…: the catalog's backups, newest first, with Back up now and Restore…."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from permille_desktop.domain.backups import BackupInfo, BackupReason
from permille_desktop.gui._generated.ui_backups_dialog import Ui_BackupsDialog
from permille_desktop.gui.plain_text import message_box, warn

# Each returns None when done, or a message (already translated) saying why not.
BackUp = Callable[[], str | None]
Restore = Callable[[BackupInfo], str | None]


def reason_label(reason: BackupReason) -> str:
    return {
        BackupReason.DAILY: BackupsDialog.tr("Daily"),
        BackupReason.BEFORE_MIGRATION: BackupsDialog.tr("Before an upgrade of the catalog"),
        BackupReason.BEFORE_IMPORT: BackupsDialog.tr("Before an import"),
        BackupReason.BEFORE_RESTORE: BackupsDialog.tr("Before a restore"),
        BackupReason.MANUAL: BackupsDialog.tr("Asked for"),
    }[reason]


class BackupsDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        list_backups: Callable[[], Sequence[BackupInfo]],
        back_up: BackUp,
        restore: Restore,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self._list = list_backups
        self._back_up = back_up
        self._restore = restore
        self._read_only = read_only
        self._backups: list[BackupInfo] = []
        self.ui.introLabel.setText(
            BackupsDialog.tr(
                "The catalog is copied here every day it is used, and before every import, "
                "upgrade or restore. Restoring a backup first backs up the catalog as it is now."
            )
            if not read_only
            else BackupsDialog.tr(
                "This catalog was written by a newer version of permille-desktop and is open "
                "read-only: backups can be listed, not restored."
            )
        )
        header = self.ui.backupsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.ui.backUpButton.clicked.connect(self.back_up_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        self._backups = list(self._list())
        table = self.ui.backupsTable
        table.setRowCount(len(self._backups))
        locale = QLocale()
        for row, backup in enumerate(self._backups):
            taken = locale.toString(
                backup.taken_at.astimezone(), locale.dateTimeFormat(QLocale.FormatType.ShortFormat)
            )
            size = locale.formattedDataSize(backup.size)
            for column, text in enumerate((taken, reason_label(backup.reason), size)):
                table.setItem(row, column, QTableWidgetItem(text))
        if self._backups:
            table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.ui.backUpButton.setEnabled(not self._read_only)
        self.ui.restoreButton.setEnabled(not self._read_only and self.selected() is not None)

    def back_up_now(self) -> None:
        problem = self._back_up()
        if problem is not None:
            warn(self, BackupsDialog.tr("No backup taken"), problem)
        self.refresh()

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = QLocale().toString(
            backup.taken_at.astimezone(), QLocale().dateTimeFormat(QLocale.FormatType.LongFormat)
        )
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            BackupsDialog.tr("Restore a backup"),
            BackupsDialog.tr("Put the catalog back as it was on {when}?").format(when=when),
        )
        box.setInformativeText(
            BackupsDialog.tr(
                "The catalog as it is now is backed up first, so this too can be undone from "
                "this list. Undo and Redo in the Edit menu start afresh."
            )
        )
        restore = box.addButton(BackupsDialog.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        problem = self._restore(backup)
        if problem is not None:
            warn(self, BackupsDialog.tr("Not restored"), problem)
        self.refresh()
