"""What happened while the catalog was opened, as plain values the GUI turns into a message.

Most starts have nothing to say. When the file was damaged, belonged to another program or was
written by a newer version, the report lists what was found and done, in order.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from permille_desktop.domain.backups import BackupInfo


class OpenEventKind(StrEnum):
    # The last session did not close the catalog (a crash, a power cut, or another window
    # still open): the full integrity check was run. What it found follows, if anything.
    UNCLEAN_SHUTDOWN = "unclean_shutdown"
    # The file could not be used (see ``damage``, ``detail``) and was renamed to ``moved_to``,
    # with its -wal and -shm files. It is never deleted.
    MOVED_ASIDE = "moved_aside"
    # ``backup`` failed its check while looking for one to restore; it was left as it is.
    BAD_BACKUP = "bad_backup"
    # ``backup`` was copied into place of the file moved aside.
    RESTORED = "restored"
    # No good backup: a new catalog was made from the bundled one.
    STARTED_FRESH = "started_fresh"
    # The schema was brought from ``found_version`` to ``readable_version``, after ``backup``.
    MIGRATED = "migrated"
    # The file has schema ``found_version``, newer than the ``readable_version`` this app
    # reads: it is open read-only, and nothing is written into it.
    NEWER_VERSION = "newer_version"


class Damage(StrEnum):
    """Why a catalog file was moved aside."""

    NOT_A_DATABASE = "not_a_database"  # not SQLite at all (another kind of file, or garbage)
    FAILED_CHECK = "failed_check"  # SQLite, but damaged: the integrity check failed
    OTHER_APPLICATION = "other_application"  # SQLite, but another program's file
    EMPTY = "empty"  # no tables at all (a truncated file), while backups exist


# The kinds the user should be told about; the others are for the record.
NOTEWORTHY = frozenset(
    {
        OpenEventKind.MOVED_ASIDE,
        OpenEventKind.BAD_BACKUP,
        OpenEventKind.RESTORED,
        OpenEventKind.STARTED_FRESH,
        OpenEventKind.NEWER_VERSION,
    }
)


@dataclass(frozen=True, slots=True)
class OpenEvent:
    kind: OpenEventKind
    moved_to: Path | None = None  # MOVED_ASIDE
    damage: Damage | None = None  # MOVED_ASIDE
    detail: str = ""  # MOVED_ASIDE, BAD_BACKUP: SQLite's own words, one line
    backup: BackupInfo | None = None  # RESTORED, BAD_BACKUP, MIGRATED
    found_version: int | None = None  # MIGRATED, NEWER_VERSION
    readable_version: int | None = None  # MIGRATED, NEWER_VERSION


@dataclass(frozen=True, slots=True)
class OpenReport:
    events: tuple[OpenEvent, ...] = ()

    @property
    def kinds(self) -> tuple[OpenEventKind, ...]:
        return tuple(event.kind for event in self.events)

    @property
    def noteworthy(self) -> bool:
        """Whether something happened that the user should be told about."""
        return any(event.kind in NOTEWORTHY for event in self.events)

    def first(self, kind: OpenEventKind) -> OpenEvent | None:
        return next((event for event in self.events if event.kind is kind), None)
