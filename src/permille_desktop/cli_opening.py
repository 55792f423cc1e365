"""Opening the library from the command line, with what happened said on stderr.

A script's user is told the same things as the window's: a damaged catalog put aside, a backup
restored, a newer version's catalog opened read-only, each on one line.
"""

from __future__ import annotations

import sys
from pathlib import Path

from permille_desktop.domain.opening import NOTEWORTHY, Damage, OpenEvent, OpenEventKind
from permille_desktop.services.catalog import CatalogService

_DAMAGE = {
    Damage.NOT_A_DATABASE: "it is not an SQLite database",
    Damage.FAILED_CHECK: "it failed the integrity check",
    Damage.OTHER_APPLICATION: "it is another program's database",
    Damage.EMPTY: "it is empty",
}


def open_catalog(data_dir: Path) -> CatalogService:
    """The library in ``data_dir``; raises CatalogError as CatalogService.open does."""
    catalog = CatalogService.open(data_dir)
    for event in catalog.opening.events:
        if event.kind in NOTEWORTHY:
            print(f"permille-desktop: {describe(event)}", file=sys.stderr)
    return catalog


def describe(event: OpenEvent) -> str:
    """One English sentence (without a final stop) for what ``event`` records."""
    match event.kind:
        case OpenEventKind.UNCLEAN_SHUTDOWN:
            return "the catalog was not closed last time; it was checked in full"
        case OpenEventKind.MOVED_ASIDE:
            why = _DAMAGE[event.damage] if event.damage else "it could not be used"
            detail = f" ({event.detail})" if event.detail else ""
            return f"the catalog could not be used: {why}{detail}; it was moved to {event.moved_to}"
        case OpenEventKind.BAD_BACKUP:
            name = event.backup.path.name if event.backup else "?"
            return f"the backup {name} failed its check ({event.detail}); it was left as it is"
        case OpenEventKind.RESTORED:
            assert event.backup is not None
            taken = event.backup.taken_at.strftime("%Y-%m-%d %H:%M UTC")
            return (
                f"the backup of {taken} was restored ({event.backup.path.name}); "
                "changes made after it are only in the file moved aside"
            )
        case OpenEventKind.STARTED_FRESH:
            return "there was no good backup: a new catalog was made from the bundled one"
        case OpenEventKind.MIGRATED:
            return (
                f"the catalog was brought from schema version {event.found_version} to "
                f"{event.readable_version}, after a backup"
            )
        case OpenEventKind.NEWER_VERSION:
            return (
                "the catalog was written by a newer version of permille-desktop (schema "
                f"version {event.found_version}; this version reads up to "
                f"{event.readable_version}): it is open read-only"
            )
    return event.kind.value
