"""Faults made for real on catalog files, and what tests compare before and after them."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from permille_desktop.domain.backups import BackupReason
from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.services.catalog import CatalogService
from permille_desktop.store.migrations import APPLICATION_ID, LATEST_VERSION
from permille_desktop.store.repository import CATALOG_FILE_NAME

START = datetime(2026, 11, 24, 10, 15, tzinfo=UTC)
SAVED_TITLE = "Saved before the damage: soil carbon in the Sahel"


class Clock:
    """A clock that stands still until told to move; the service reads it for backups."""

    def __init__(self, time: datetime = START) -> None:
        self.time = time

    def __call__(self) -> datetime:
        return self.time

    def advance(self, **delta: float) -> None:
        self.time += timedelta(**delta)


def sql(path: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    """One statement on the file through a plain sqlite3 connection, committed."""
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute(statement, params).fetchall()
        connection.commit()
        return rows


def catalog_path(data_dir: Path) -> Path:
    return data_dir / CATALOG_FILE_NAME


def saved_library(data_dir: Path, clock: Callable[[], datetime] | None = None) -> set[str]:
    """A library with a curator's resource added and a backup taken, closed cleanly; the
    UUIDs of every resource it holds."""
    catalog = CatalogService.open(data_dir, now=clock or Clock())
    try:
        change = catalog.curator().plan_add(ResourceDraft(title=SAVED_TITLE, year=2024))
        catalog.curator().apply(change)
        catalog.back_up(BackupReason.MANUAL)
        return {resource.uuid for resource in catalog.resources()}
    finally:
        catalog.close()


def uuids(catalog: CatalogService) -> set[str]:
    return {resource.uuid for resource in catalog.resources()}


def digests(data_dir: Path) -> dict[str, str]:
    """The SHA-256 of every file of the catalog (with its -wal and -shm) that exists."""
    found = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        path = data_dir / (CATALOG_FILE_NAME + suffix)
        if path.exists():
            found[path.name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def assert_unchanged(data_dir: Path, before: dict[str, str]) -> None:
    """The catalog and its log hold the same bytes as ``before``.

    Reading a WAL file, SQLite makes an empty log where there was none, and the -shm file, an
    index of the log kept in shared memory; neither holds any of the catalog's content.
    """
    after = digests(data_dir)
    assert after["catalog.sqlite3"] == before["catalog.sqlite3"]
    wal = "catalog.sqlite3-wal"
    if wal in before:
        assert after[wal] == before[wal]
    else:
        assert not (data_dir / wal).exists() or (data_dir / wal).stat().st_size == 0


def leaf_page_of(path: Path, table: str) -> int:
    """The number of a leaf page of ``table``'s b-tree (1-based), read with dbstat when SQLite
    has it, else the table's root page, which holds its rows while the table is small."""
    with closing(sqlite3.connect(path)) as connection:
        try:
            row = connection.execute(
                "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' "
                "ORDER BY pageno LIMIT 1 OFFSET 1",
                (table,),
            ).fetchone()
        except sqlite3.OperationalError:  # built without SQLITE_ENABLE_DBSTAT_VTAB
            row = None
        if row is None:
            row = connection.execute(
                "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()
        return int(row[0])


def overwrite_page(path: Path, page: int) -> None:
    """Fill page ``page`` of the file with random bytes, as a failing disk would."""
    with closing(sqlite3.connect(path)) as connection:
        size = int(connection.execute("PRAGMA page_size").fetchone()[0])
    garbage = random.Random(page).randbytes(size)
    with path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(garbage)
        file.flush()
        os.fsync(file.fileno())


def break_an_index(path: Path) -> None:
    """Damage only the full integrity check sees: an index whose entries no longer match its
    table (the quick check does not compare them)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = "
            "'CREATE INDEX ix_resources_title_key ON resources(title, id)' "
            "WHERE name = 'ix_resources_title_key'"
        )
        connection.commit()


def other_application_file(path: Path) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA application_id = 1196444237")  # "GPKG": a GeoPackage
        connection.execute("CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY)")
        connection.execute("INSERT INTO gpkg_contents VALUES ('rivers')")
        connection.commit()


def raise_schema_version(path: Path, version: int = LATEST_VERSION + 1) -> None:
    """Make the catalog look written by a newer version: ours, with a higher schema number."""
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        connection.execute("CREATE TABLE reading_lists (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute(f"PRAGMA user_version = {version}")
        connection.commit()


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]
