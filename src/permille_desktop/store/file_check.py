"""What a catalog file is, found without changing it: ours, newer, another program's, damaged.

The file is read through a read-only connection of its own (SQLite's ``mode=ro``), so a file
that turns out to be someone else's, or damaged, is left exactly as it was found.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from permille_desktop.store import engine
from permille_desktop.store.engine import read_only_uri
from permille_desktop.store.errors import StoreError
from permille_desktop.store.migrations import APPLICATION_ID, FIRST_TABLES, LATEST_VERSION


class FileKind(StrEnum):
    MISSING = "missing"  # no file: a new catalog is made
    EMPTY = "empty"  # an SQLite file without tables (a new file, or one truncated to nothing)
    CATALOG = "catalog"  # ours, at a version this app reads, and it passed the check
    NEWER = "newer"  # ours, written by a newer version; it passed the check
    OTHER_APPLICATION = "other_application"  # an SQLite file of another program
    NOT_A_DATABASE = "not_a_database"  # not an SQLite file at all
    DAMAGED = "damaged"  # ours, but the check failed


@dataclass(frozen=True, slots=True)
class FileCheck:
    kind: FileKind
    version: int = 0  # PRAGMA user_version, where it could be read
    problems: tuple[str, ...] = ()  # what the check or SQLite said is wrong, one per line

    @property
    def usable(self) -> bool:
        return self.kind in (FileKind.CATALOG, FileKind.NEWER)


def check_file(path: Path, *, full: bool) -> FileCheck:
    """What the file at ``path`` is; with ``full``, after the full integrity check (which
    also compares every index with its table) rather than the quick one.

    Raises StoreError when the file cannot be read at all (no permission, a folder, locked).
    """
    if not path.exists():
        return FileCheck(FileKind.MISSING)
    try:
        with closing(_connect(path)) as connection:
            return _check(connection, full)
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code == sqlite3.SQLITE_NOTADB:
            return FileCheck(FileKind.NOT_A_DATABASE, problems=(str(error),))
        if code == sqlite3.SQLITE_CORRUPT:
            return FileCheck(FileKind.DAMAGED, problems=(str(error),))
        raise StoreError(f"cannot read the catalog {path}: {error}") from error


def integrity_problems(path: Path, *, full: bool = True) -> list[str]:
    """What SQLite's integrity check finds wrong in the file; empty when all is well."""
    with closing(_connect(path)) as connection:
        return _integrity_problems(connection, full)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        read_only_uri(path), uri=True, timeout=engine.BUSY_TIMEOUT_MS / 1000
    )
    connection.execute("PRAGMA query_only = ON")
    return connection


def _check(connection: sqlite3.Connection, full: bool) -> FileCheck:
    application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    tables = {
        name
        for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    if application_id not in (0, APPLICATION_ID):
        return FileCheck(FileKind.OTHER_APPLICATION, version)
    if not tables and version == 0:
        return FileCheck(FileKind.EMPTY, version)
    if application_id == 0 and not FIRST_TABLES.issubset(tables):
        return FileCheck(FileKind.OTHER_APPLICATION, version)
    problems = _integrity_problems(connection, full)
    missing = sorted(FIRST_TABLES.difference(tables))
    if missing:
        problems.append(f"tables missing: {', '.join(missing)}")
    if problems:
        return FileCheck(FileKind.DAMAGED, version, tuple(problems))
    return FileCheck(FileKind.NEWER if version > LATEST_VERSION else FileKind.CATALOG, version)


def _integrity_problems(connection: sqlite3.Connection, full: bool) -> list[str]:
    pragma = "integrity_check" if full else "quick_check"
    # A row may hold several lines, under a heading naming the schema ("*** in database
    # main ***"), which says nothing here: there is only one.
    lines = [
        line
        for (row,) in connection.execute(f"PRAGMA {pragma}")
        for line in str(row).splitlines()
        if line.strip() and not line.startswith("*** in database")
    ]
    return [] if lines == ["ok"] else lines
