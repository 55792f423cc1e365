"""The catalog as the GUI and the command line use it: open, read, index, back up, restore."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from permille_desktop.domain.backups import BackupInfo, BackupReason
from permille_desktop.domain.catalog_file import CatalogFormatError
from permille_desktop.domain.model import Category, Resource
from permille_desktop.domain.opening import OpenEvent, OpenEventKind, OpenReport
from permille_desktop.domain.progress import Progress
from permille_desktop.paths import DataDirError, bundled_catalog_path, prepare_data_dir
from permille_desktop.services.backups import Backups
from permille_desktop.services.catalog_errors import BackupError, CatalogError
from permille_desktop.services.curation import Curator
from permille_desktop.services.open_marker import OpenMarker
from permille_desktop.services.recovery import prepare_catalog_file
from permille_desktop.services.search_index import SearchIndex
from permille_desktop.services.seeding import ensure_seeded
from permille_desktop.services.word_index import WordIndex
from permille_desktop.store.backup_copy import copy_into
from permille_desktop.store.file_check import FileKind
from permille_desktop.store.migrations import LATEST_VERSION, NewerSchemaError
from permille_desktop.store.repository import CATALOG_FILE_NAME, CatalogStore, StoreError

__all__ = ["BackupError", "CatalogError", "CatalogService"]

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CatalogService:
    """One open library: its store, what is derived from it, and its backups.

    ``opening`` tells what happened while it was opened (a damaged file put aside, a backup
    restored, a newer version's file opened read-only…). ``read_only`` is True for a catalog
    written by a newer version: it can be browsed, and nothing is written into it.
    """

    def __init__(
        self,
        store: CatalogStore,
        data_dir: Path,
        *,
        opening: OpenReport | None = None,
        marker: OpenMarker | None = None,
        now: Clock = _utc_now,
    ) -> None:
        self._store = store
        self.data_dir = data_dir
        self.opening = opening or OpenReport()
        self._marker = marker
        self._backups = Backups(data_dir, now)

    @classmethod
    def open(
        cls, data_dir: Path, catalog_path: Path | None = None, *, now: Clock = _utc_now
    ) -> CatalogService:
        """Open the library in ``data_dir``, creating it from the bundled catalog if new.

        The file gets the quick integrity check, or the full one after an unclean shutdown; a
        file that fails it is put aside for the newest good backup (see services/recovery.py).
        Raises CatalogError when the library cannot be opened at all.
        """
        try:
            data_dir = prepare_data_dir(data_dir)
        except DataDirError as error:
            raise CatalogError(str(error)) from error
        marker = OpenMarker(data_dir)
        unclean = marker.exists()
        try:
            marker.create()
        except OSError as error:
            raise CatalogError(
                f"cannot write in the data folder {data_dir}: {error.strerror}"
            ) from error
        try:
            return cls._open(data_dir, catalog_path, marker, now, unclean)
        except BaseException:
            if not unclean:  # else it stays, and the next start checks the file in full again
                marker.remove()
            raise

    @classmethod
    def _open(
        cls,
        data_dir: Path,
        catalog_path: Path | None,
        marker: OpenMarker,
        now: Clock,
        unclean: bool,
    ) -> CatalogService:
        backups = Backups(data_dir, now)
        prepared = prepare_catalog_file(
            data_dir / CATALOG_FILE_NAME, backups, now(), full_check=unclean
        )
        events = list(prepared.events)
        try:
            store = CatalogStore.open(
                data_dir,
                before_migration=_backing_up(backups, events),
                read_only=prepared.read_only,
            )
        except (NewerSchemaError, StoreError) as error:
            raise CatalogError(str(error)) from error
        try:
            if not store.read_only:
                ensure_seeded(store, catalog_path or bundled_catalog_path())
        except (CatalogFormatError, StoreError) as error:
            store.close()
            raise CatalogError(str(error)) from error
        except BaseException:
            store.close()
            raise
        return cls(store, data_dir, opening=OpenReport(tuple(events)), marker=marker, now=now)

    def close(self) -> None:
        """Close the catalog; the next start then knows the session ended cleanly."""
        self._store.close()
        if self._marker is not None:
            self._marker.remove()

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    # Reading -------------------------------------------------------------------------------

    def categories(self) -> list[Category]:
        return self._store.categories()

    def build_index(self, categories: list[Category] | None = None) -> SearchIndex:
        known, counts = self._store.search_words()
        words = WordIndex(known, counts, self._store.resources_with)
        return SearchIndex(self._store.index_columns(), categories or self.categories(), words)

    def resource(self, uuid: str) -> Resource | None:
        return self._store.resource(uuid)

    def resources(self) -> list[Resource]:
        """Every resource, whole (with descriptions): for exports and import matching."""
        return self._store.resources()

    def resources_by_uuid(self, uuids: Sequence[str]) -> list[Resource]:
        """The resources among ``uuids``, in that order; those not in the catalog are left
        out."""
        return self._store.resources_by_uuid(uuids)

    def count(self) -> int:
        return self._store.count_resources()

    def curator(self) -> Curator:
        """Curators' changes to this library, planned and written through its store."""
        return Curator(self._store)

    # Backups -------------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """The backups in the data folder's ``backups/``, newest first."""
        return self._backups.existing()

    def back_up(self, reason: BackupReason, *, progress: Progress | None = None) -> BackupInfo:
        """Take a verified backup now (older ones of the same reason are rotated out).

        Raises BackupError when it cannot be written or fails its check; the catalog is not
        touched either way. ``progress`` follows the copy; if it says to stop, Cancelled is
        raised and no backup was made.
        """
        return self._backups.take(reason, progress=progress)

    def daily_backup_if_due(self) -> BackupInfo | None:
        """Take the day's backup if none was taken today (UTC); None if one was.

        It costs about a second at 100k resources, so the window calls it once it is up
        rather than in :meth:`open`. Raises BackupError.
        """
        return self._backups.daily_if_due()

    def restore(self, backup: BackupInfo) -> BackupInfo:
        """Replace the catalog's content with ``backup``'s; return the backup of the content
        it replaced, taken first.

        The service keeps working on the restored content (rebuild the search index). Raises
        BackupError, the catalog unchanged, when the backup fails the full check, or when
        the catalog is read-only.
        """
        if self.read_only:
            raise BackupError(
                "the catalog was written by a newer version of permille-desktop and is open "
                "read-only; it is not replaced"
            )
        found = self._backups.check(backup)
        if found.kind is not FileKind.CATALOG:
            why = found.problems[0] if found.problems else found.kind.value.replace("_", " ")
            raise BackupError(f"the backup {backup.path.name} cannot be restored: {why}")
        # Not rotated yet: rotation might delete the very backup being restored.
        safety = self._backups.take(BackupReason.BEFORE_RESTORE, rotate=False)
        self._store.close()  # no connection of ours holds the file while it is replaced
        try:
            copy_into(backup.path, self.data_dir / CATALOG_FILE_NAME)
        except StoreError as error:
            raise BackupError(f"could not restore {backup.path.name}: {error}") from error
        try:
            self._store.reload(_backing_up(self._backups, []))
        except StoreError as error:
            raise CatalogError(str(error)) from error
        self._backups.rotate()
        return safety


def _backing_up(backups: Backups, events: list[OpenEvent]) -> Callable[[int], object]:
    """What runs before a migration: a backup, recorded in ``events``."""

    def before_migration(version: int) -> None:
        backup = backups.take(BackupReason.BEFORE_MIGRATION)
        events.append(
            OpenEvent(
                OpenEventKind.MIGRATED,
                backup=backup,
                found_version=version,
                readable_version=LATEST_VERSION,
            )
        )

    return before_migration
