"""The catalog's backups: verified copies in the data folder's ``backups/``, rotated.

Each backup is a whole catalog made through SQLite's backup API and checked before it gets
its name (store/backup_copy.py); which ones are kept is domain.backups.KEEP.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path

from permille_desktop.domain.backups import (
    BackupInfo,
    BackupReason,
    backup_name,
    daily_backup_due,
    newest_first,
    parse_backup_name,
    to_rotate,
)
from permille_desktop.domain.progress import Progress
from permille_desktop.services.catalog_errors import BackupError
from permille_desktop.store.backup_copy import copy_verified
from permille_desktop.store.errors import StoreError
from permille_desktop.store.file_check import FileCheck, check_file
from permille_desktop.store.repository import CATALOG_FILE_NAME

BACKUP_FOLDER = "backups"


class Backups:
    """The backups of the catalog in ``data_dir``; ``now`` tells the time (UTC)."""

    def __init__(self, data_dir: Path, now: Callable[[], datetime]) -> None:
        self.folder = data_dir / BACKUP_FOLDER
        self._catalog = data_dir / CATALOG_FILE_NAME
        self._now = now

    def existing(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            parsed = parse_backup_name(path.name)
            if parsed is None or not path.is_file():
                continue
            try:
                size = path.stat().st_size
            except OSError:  # deleted meanwhile, by another window's rotation
                continue
            found.append(BackupInfo(path, parsed[0], parsed[1], size))
        return newest_first(found)

    def take(
        self, reason: BackupReason, *, rotate: bool = True, progress: Progress | None = None
    ) -> BackupInfo:
        """Copy the catalog into a new, verified backup; then delete those beyond KEEP,
        unless not to ``rotate`` (call :meth:`rotate` later).

        ``progress`` follows the copy (see store.backup_copy.copy_verified); if it says to
        stop, Cancelled is raised: no backup was made and none was deleted.
        """
        taken_at = self._now().replace(microsecond=0)
        try:
            self.folder.mkdir(exist_ok=True)
            serial = 1
            while (self.folder / backup_name(taken_at, reason, serial)).exists():
                serial += 1
            target = self.folder / backup_name(taken_at, reason, serial)
            copy_verified(self._catalog, target, progress)
            parsed = parse_backup_name(target.name)
            assert parsed is not None
            backup = BackupInfo(target, parsed[0], reason, target.stat().st_size)
        except (StoreError, OSError) as error:
            raise BackupError(f"could not back up the catalog: {error}") from error
        if rotate:
            self.rotate()
        return backup

    def daily_if_due(self) -> BackupInfo | None:
        """The day's backup, if none was taken yet today (UTC); else None."""
        if not daily_backup_due(self.existing(), self._now()):
            return None
        return self.take(BackupReason.DAILY)

    def check(self, backup: BackupInfo) -> FileCheck:
        """What the backup is, after the full integrity check."""
        try:
            return check_file(backup.path, full=True)
        except StoreError as error:
            raise BackupError(str(error)) from error

    def rotate(self) -> None:
        """Delete the backups beyond the newest KEEP of their reason."""
        for old in to_rotate(self.existing()):
            # One that cannot be deleted now is kept; the next backup tries again.
            with suppress(OSError):
                old.path.unlink(missing_ok=True)
