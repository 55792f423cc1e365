"""Before the catalog is opened: check the file, and put a damaged one aside for a backup.

A file that is not SQLite, fails the integrity check, or is another program's is renamed
(never deleted, so nothing is lost that a specialist could still save) and the newest backup
that passes the full check takes its place; with none, the library starts afresh from the
bundled catalog. Each step is recorded as an OpenEvent for the user.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from permille_desktop.domain.backups import utc_stamp
from permille_desktop.domain.opening import Damage, OpenEvent, OpenEventKind
from permille_desktop.services.backups import Backups
from permille_desktop.services.catalog_errors import BackupError, CatalogError
from permille_desktop.store.backup_copy import copy_into
from permille_desktop.store.errors import StoreError
from permille_desktop.store.file_check import FileCheck, FileKind, check_file
from permille_desktop.store.migrations import LATEST_VERSION

# The files SQLite keeps beside a database, which belong to it: moved with it, or a new file
# in its place would take a stale write-ahead log for its own.
_COMPANIONS = ("-wal", "-shm", "-journal")

_DAMAGE = {
    FileKind.NOT_A_DATABASE: Damage.NOT_A_DATABASE,
    FileKind.DAMAGED: Damage.FAILED_CHECK,
    FileKind.OTHER_APPLICATION: Damage.OTHER_APPLICATION,
    FileKind.EMPTY: Damage.EMPTY,
}


@dataclass(frozen=True, slots=True)
class PreparedFile:
    read_only: bool  # written by a newer version: open it read-only
    events: tuple[OpenEvent, ...]


def prepare_catalog_file(
    path: Path, backups: Backups, now: datetime, *, full_check: bool
) -> PreparedFile:
    """Make the catalog file at ``path`` one that can be opened, and say what was done.

    ``full_check`` runs the full integrity check instead of the quick one (after an unclean
    shutdown). Raises CatalogError when the file cannot be read or moved at all.
    """
    events: list[OpenEvent] = []
    if full_check:
        events.append(OpenEvent(OpenEventKind.UNCLEAN_SHUTDOWN))
    try:
        found = check_file(path, full=full_check)
    except StoreError as error:
        raise CatalogError(str(error)) from error
    if found.kind is FileKind.NEWER:
        events.append(
            OpenEvent(
                OpenEventKind.NEWER_VERSION,
                found_version=found.version,
                readable_version=LATEST_VERSION,
            )
        )
        return PreparedFile(read_only=True, events=tuple(events))
    if found.kind in (FileKind.MISSING, FileKind.CATALOG):
        return PreparedFile(read_only=False, events=tuple(events))
    if found.kind is FileKind.EMPTY and not backups.existing():
        # A new file, or one whose content is beyond help: nothing to restore either way.
        return PreparedFile(read_only=False, events=tuple(events))
    events.append(_move_aside(path, found, now))
    events.extend(_restore_newest_good(path, backups))
    return PreparedFile(read_only=False, events=tuple(events))


def _move_aside(path: Path, found: FileCheck, now: datetime) -> OpenEvent:
    label = "other-app" if found.kind is FileKind.OTHER_APPLICATION else "damaged"
    stamp = utc_stamp(now)
    serial = 1
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    while target.exists():
        serial += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{serial}")
    try:
        # The companions first: were the file moved alone, a crash before they follow would
        # leave its log beside the new catalog.
        for suffix in _COMPANIONS:
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
        path.rename(target)
    except OSError as error:
        raise CatalogError(
            f"the catalog {path} cannot be used, and could not be moved aside: {error}"
        ) from error
    return OpenEvent(
        OpenEventKind.MOVED_ASIDE,
        moved_to=target,
        damage=_DAMAGE[found.kind],
        detail=found.problems[0] if found.problems else "",
    )


def _restore_newest_good(path: Path, backups: Backups) -> list[OpenEvent]:
    """Copy the newest backup that passes the full check to ``path``; else start afresh."""
    events = []
    for backup in backups.existing():
        try:
            found = backups.check(backup)
        except BackupError as error:  # unreadable: the next one may do
            events.append(OpenEvent(OpenEventKind.BAD_BACKUP, backup=backup, detail=str(error)))
            continue
        if found.kind is not FileKind.CATALOG:
            detail = found.problems[0] if found.problems else _why_unusable(found)
            events.append(OpenEvent(OpenEventKind.BAD_BACKUP, backup=backup, detail=detail))
            continue
        try:
            copy_into(backup.path, path)
        except StoreError as error:
            _delete_half_made_copy(path)
            events.append(OpenEvent(OpenEventKind.BAD_BACKUP, backup=backup, detail=str(error)))
            continue
        events.append(OpenEvent(OpenEventKind.RESTORED, backup=backup))
        return events
    events.append(OpenEvent(OpenEventKind.STARTED_FRESH))
    return events


def _delete_half_made_copy(path: Path) -> None:
    # Made by us a moment ago, with its journal: the backup it came from is intact.
    for suffix in ("", *_COMPANIONS):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _why_unusable(found: FileCheck) -> str:
    if found.kind is FileKind.NEWER:
        return f"written by a newer version (schema version {found.version})"
    return found.kind.value.replace("_", " ")
