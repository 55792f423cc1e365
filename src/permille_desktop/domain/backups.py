"""Backups of the catalog as plain values: why each was taken, what it is called, which to keep.

A backup's name says when it was taken (UTC) and why, so the folder lists itself in order and
needs no index file that could disagree with it: ``catalog-2026-11-24T101500Z-daily.sqlite3``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path


class BackupReason(StrEnum):
    DAILY = "daily"  # the first start of a day
    BEFORE_MIGRATION = "before-migration"  # before the schema is brought up to date
    BEFORE_IMPORT = "before-import"  # before an import writes
    BEFORE_RESTORE = "before-restore"  # the state a restore replaced
    MANUAL = "manual"  # asked for by the user


# How many backups of each reason are kept; older ones are deleted after a new one is taken.
# A week of daily backups, and the last few before each risky operation.
KEEP: dict[BackupReason, int] = {
    BackupReason.DAILY: 7,
    BackupReason.BEFORE_MIGRATION: 3,
    BackupReason.BEFORE_IMPORT: 5,
    BackupReason.BEFORE_RESTORE: 3,
    BackupReason.MANUAL: 5,
}

_STAMP = "%Y-%m-%dT%H%M%SZ"
_NAME = re.compile(
    r"catalog-(?P<stamp>\d{4}-\d{2}-\d{2}T\d{6}Z)-(?P<reason>"
    + "|".join(re.escape(reason.value) for reason in BackupReason)
    + r")(?:-(?P<serial>\d+))?\.sqlite3"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC, to the second
    reason: BackupReason
    size: int  # bytes


def backup_name(taken_at: datetime, reason: BackupReason, serial: int = 1) -> str:
    """The file name of a backup; ``serial`` tells apart two taken in the same second."""
    suffix = "" if serial == 1 else f"-{serial}"
    return f"catalog-{utc_stamp(taken_at)}-{reason.value}{suffix}.sqlite3"


def parse_backup_name(name: str) -> tuple[datetime, BackupReason] | None:
    """When and why the backup called ``name`` was taken; None for any other file."""
    matched = _NAME.fullmatch(name)
    if matched is None:
        return None
    taken_at = datetime.strptime(matched["stamp"], _STAMP).replace(tzinfo=UTC)
    return taken_at, BackupReason(matched["reason"])


def utc_stamp(moment: datetime) -> str:
    """``moment`` in UTC as it appears in file names, e.g. 2026-11-24T101500Z."""
    return moment.astimezone(UTC).strftime(_STAMP)


def newest_first(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    return sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def to_rotate(backups: Iterable[BackupInfo]) -> list[BackupInfo]:
    """The backups beyond the newest :data:`KEEP` of their reason: those to delete."""
    seen: dict[BackupReason, int] = {}
    old = []
    for backup in newest_first(backups):
        seen[backup.reason] = seen.get(backup.reason, 0) + 1
        if seen[backup.reason] > KEEP[backup.reason]:
            old.append(backup)
    return old


def daily_backup_due(backups: Iterable[BackupInfo], now: datetime) -> bool:
    """Whether no daily backup was taken yet on ``now``'s day (UTC)."""
    today = now.astimezone(UTC).date()
    return not any(b.reason is BackupReason.DAILY and b.taken_at.date() == today for b in backups)
