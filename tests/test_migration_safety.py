"""Schema changes: a backup first, then every step in one transaction, or none of them."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from catalog_faults import Clock, catalog_path, integrity, saved_library, sql, uuids
from permille_desktop.domain.backups import BackupReason
from permille_desktop.domain.opening import OpenEventKind
from permille_desktop.services.catalog import CatalogError, CatalogService
from permille_desktop.services.open_marker import MARKER_NAME
from permille_desktop.store import engine, migrations
from permille_desktop.store.migrations import APPLICATION_ID, LATEST_VERSION


def dump(path: Path) -> list[object]:
    """The file's whole schema and content, and its header's numbers."""
    with closing(sqlite3.connect(path)) as connection:
        header = [
            connection.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("user_version", "application_id")
        ]
        return [*header, *connection.iterdump()]


def test_a_step_failing_half_way_leaves_schema_and_data_as_they_were(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_library(data_dir)
    path = catalog_path(data_dir)
    before = dump(path)
    half_done = (
        "CREATE TABLE reading_lists (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
        "THIS IS NOT SQL",
        "CREATE TABLE never_reached (id INTEGER PRIMARY KEY)",
    )
    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, half_done))
    with pytest.raises(CatalogError, match="syntax error") as raised:
        CatalogService.open(data_dir, now=Clock())
    assert "\n" not in str(raised.value)
    assert dump(path) == before
    assert integrity(path) == ["ok"]
    assert not (data_dir / MARKER_NAME).exists()  # a failed start is not an unclean one
    taken = [p for p in (data_dir / "backups").iterdir() if "before-migration" in p.name]
    assert len(taken) == 1
    assert dump(taken[0]) == before  # the backup was taken before the step ran


def test_migrating_an_older_catalog_of_ours_backs_it_up_and_marks_it(data_dir: Path) -> None:
    saved = saved_library(data_dir)
    path = catalog_path(data_dir)
    # A catalog as version 2 left it: schema 2, and no application id yet.
    sql(path, "PRAGMA application_id = 0")
    sql(path, "PRAGMA user_version = 2")
    catalog = CatalogService.open(data_dir, now=Clock())
    try:
        event = catalog.opening.first(OpenEventKind.MIGRATED)
        assert event is not None
        assert (event.found_version, event.readable_version) == (2, LATEST_VERSION)
        assert event.backup is not None
        assert event.backup.reason is BackupReason.BEFORE_MIGRATION
        assert sql(event.backup.path, "PRAGMA user_version") == [(2,)]
        assert not catalog.opening.noteworthy
        assert uuids(catalog) == saved
    finally:
        catalog.close()
    assert sql(path, "PRAGMA user_version") == [(LATEST_VERSION,)]
    assert sql(path, "PRAGMA application_id") == [(APPLICATION_ID,)]


def test_a_new_catalog_needs_no_backup_before_its_first_steps(data_dir: Path) -> None:
    catalog = CatalogService.open(data_dir, now=Clock())
    try:
        assert catalog.backups() == []
        assert catalog.opening.first(OpenEventKind.MIGRATED) is None
    finally:
        catalog.close()


def test_no_migration_without_a_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    saved_library(data_dir)
    path = catalog_path(data_dir)
    sql(path, "PRAGMA user_version = 2")
    before = dump(path)
    (data_dir / "backups").rename(data_dir / "elsewhere")
    (data_dir / "backups").write_text("a file where the backups folder should be")
    with pytest.raises(CatalogError, match="could not back up"):
        CatalogService.open(data_dir, now=Clock())
    assert dump(path) == before


def test_a_catalog_held_open_in_the_old_journal_mode_opens_without_wal(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = saved_library(data_dir)
    path = catalog_path(data_dir)
    sql(path, "PRAGMA journal_mode = DELETE")
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    # Another program reading it in rollback mode: the switch to WAL waits for it in vain.
    with closing(sqlite3.connect(path, isolation_level=None)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM resources").fetchone()
        catalog = CatalogService.open(data_dir, now=Clock())
        try:
            assert uuids(catalog) == saved
            assert catalog.opening.kinds == ()
        finally:
            catalog.close()
        reader.execute("COMMIT")
    assert sql(path, "PRAGMA journal_mode") == [("delete",)]
    catalog = CatalogService.open(data_dir, now=Clock())  # switched at the next start
    catalog.close()
    assert sql(path, "PRAGMA journal_mode") == [("wal",)]
