"""Opening a catalog that is damaged, another program's, or left open by a crash.

Each fault is made for real on the file. The damaged file must be put aside (never deleted),
the newest good backup restored, and the user told what happened; every resource saved in
that backup must be there afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalog_faults import (
    SAVED_TITLE,
    Clock,
    break_an_index,
    catalog_path,
    integrity,
    leaf_page_of,
    other_application_file,
    overwrite_page,
    saved_library,
    sql,
    uuids,
)
from permille_desktop.domain.backups import BackupReason
from permille_desktop.domain.opening import Damage, OpenEventKind, OpenReport
from permille_desktop.services import recovery
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.open_marker import MARKER_NAME
from permille_desktop.store.file_check import FileKind, check_file
from permille_desktop.store.migrations import APPLICATION_ID

MOVED_NAME = "catalog.sqlite3.damaged-2026-11-24T101500Z"


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(64 * 1024))


def truncated(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def truncated_to_nothing(path: Path) -> None:
    os.truncate(path, 0)


def overwritten_page(path: Path) -> None:
    overwrite_page(path, leaf_page_of(path, "resources"))


def reopen(data_dir: Path) -> CatalogService:
    return CatalogService.open(data_dir, now=Clock())


def assert_restored(report: OpenReport, damage: Damage) -> None:
    assert report.kinds == (OpenEventKind.MOVED_ASIDE, OpenEventKind.RESTORED)
    moved, restored = report.events
    assert moved.damage is damage
    assert moved.moved_to is not None and moved.moved_to.is_file()
    assert restored.backup is not None
    assert restored.backup.reason is BackupReason.MANUAL
    assert report.noteworthy


# Damaged files -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("damage", "fault"),
    [
        (Damage.NOT_A_DATABASE, random_bytes),
        (Damage.FAILED_CHECK, truncated),
        (Damage.FAILED_CHECK, overwritten_page),
        (Damage.EMPTY, truncated_to_nothing),
    ],
    ids=["random bytes", "truncated", "page overwritten", "truncated to nothing"],
)
def test_a_damaged_catalog_is_put_aside_and_the_newest_backup_restored(
    data_dir: Path, damage: Damage, fault: object
) -> None:
    saved = saved_library(data_dir)
    path = catalog_path(data_dir)
    assert callable(fault)
    fault(path)
    damaged_bytes = path.read_bytes()
    catalog = reopen(data_dir)
    try:
        assert_restored(catalog.opening, damage)
        assert uuids(catalog) == saved
        assert SAVED_TITLE in catalog.build_index().titles
        assert not catalog.read_only
    finally:
        catalog.close()
    moved = catalog.opening.events[0].moved_to
    assert moved == data_dir / MOVED_NAME
    assert moved.read_bytes() == damaged_bytes  # kept as it was found, never deleted
    assert integrity(path) == ["ok"]


def test_a_damaged_page_fails_the_quick_check(data_dir: Path) -> None:
    saved_library(data_dir)
    overwritten_page(catalog_path(data_dir))
    found = check_file(catalog_path(data_dir), full=False)
    assert found.kind is FileKind.DAMAGED
    assert found.problems


def test_the_damaged_files_log_is_moved_with_it(data_dir: Path) -> None:
    saved_library(data_dir)
    path = catalog_path(data_dir)
    wal = path.with_name(path.name + "-wal")
    wal.write_bytes(b"a log that belongs to the damaged file")
    random_bytes(path)
    catalog = reopen(data_dir)
    catalog.close()
    moved_log = data_dir / f"{MOVED_NAME}-wal"
    assert moved_log.read_bytes() == b"a log that belongs to the damaged file"
    assert integrity(path) == ["ok"]


def test_another_programs_database_is_put_aside(data_dir: Path) -> None:
    saved = saved_library(data_dir)
    path = catalog_path(data_dir)
    path.unlink()
    other_application_file(path)
    catalog = reopen(data_dir)
    try:
        assert_restored(catalog.opening, Damage.OTHER_APPLICATION)
        assert uuids(catalog) == saved
    finally:
        catalog.close()
    moved = data_dir / "catalog.sqlite3.other-app-2026-11-24T101500Z"
    assert sql(moved, "SELECT table_name FROM gpkg_contents") == [("rivers",)]


def test_an_sqlite_file_without_our_tables_or_mark_is_another_programs(data_dir: Path) -> None:
    data_dir.mkdir()
    sql(catalog_path(data_dir), "CREATE TABLE notes (text TEXT)")
    catalog = reopen(data_dir)
    try:
        moved = catalog.opening.first(OpenEventKind.MOVED_ASIDE)
        assert moved is not None and moved.damage is Damage.OTHER_APPLICATION
        assert catalog.opening.kinds[-1] is OpenEventKind.STARTED_FRESH
        assert catalog.count() == 24
    finally:
        catalog.close()


def test_without_a_backup_the_library_starts_afresh_from_the_bundled_catalog(
    data_dir: Path,
) -> None:
    saved_library(data_dir)
    for backup in (data_dir / "backups").iterdir():
        backup.unlink()
    random_bytes(catalog_path(data_dir))
    catalog = reopen(data_dir)
    try:
        assert catalog.opening.kinds == (
            OpenEventKind.MOVED_ASIDE,
            OpenEventKind.STARTED_FRESH,
        )
        assert catalog.count() == 24
        assert SAVED_TITLE not in catalog.build_index().titles
    finally:
        catalog.close()
    assert (data_dir / MOVED_NAME).is_file()


def test_a_damaged_backup_is_passed_over_for_an_older_good_one(data_dir: Path) -> None:
    clock = Clock()
    saved = saved_library(data_dir, clock)
    clock.advance(days=1)
    catalog = CatalogService.open(data_dir, now=clock)
    newer = catalog.back_up(BackupReason.MANUAL)
    catalog.close()
    overwrite_page(newer.path, leaf_page_of(newer.path, "resources"))
    random_bytes(catalog_path(data_dir))
    catalog = CatalogService.open(data_dir, now=clock)
    try:
        assert catalog.opening.kinds == (
            OpenEventKind.MOVED_ASIDE,
            OpenEventKind.BAD_BACKUP,
            OpenEventKind.RESTORED,
        )
        bad, restored = catalog.opening.events[1:]
        assert bad.backup == newer
        assert bad.detail
        assert restored.backup is not None and restored.backup.taken_at < newer.taken_at
        assert uuids(catalog) == saved
    finally:
        catalog.close()
    assert newer.path.is_file()  # left as it is


def test_a_new_empty_file_without_backups_is_simply_filled(data_dir: Path) -> None:
    data_dir.mkdir()
    catalog_path(data_dir).touch()
    catalog = reopen(data_dir)
    try:
        assert catalog.opening == OpenReport()
        assert catalog.count() == 24
    finally:
        catalog.close()


def test_a_good_catalog_opens_with_nothing_to_report(data_dir: Path) -> None:
    saved = saved_library(data_dir)
    catalog = reopen(data_dir)
    try:
        assert catalog.opening == OpenReport()
        assert not catalog.opening.noteworthy
        assert uuids(catalog) == saved
    finally:
        catalog.close()
    assert sorted(p.name for p in data_dir.iterdir()) == ["backups", "catalog.sqlite3"]


def test_new_catalogs_are_marked_as_ours(data_dir: Path) -> None:
    reopen(data_dir).close()
    assert sql(catalog_path(data_dir), "PRAGMA application_id") == [(APPLICATION_ID,)]


# Unclean shutdown ---------------------------------------------------------------------------


def test_the_marker_is_there_while_open_and_gone_after_a_clean_close(data_dir: Path) -> None:
    catalog = reopen(data_dir)
    assert (data_dir / MARKER_NAME).exists()
    catalog.close()
    assert not (data_dir / MARKER_NAME).exists()


def test_after_an_unclean_shutdown_the_full_check_is_run(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved_library(data_dir)
    checks: list[bool] = []
    real_check = recovery.check_file

    def spy(path: Path, *, full: bool) -> object:
        checks.append(full)
        return real_check(path, full=full)

    monkeypatch.setattr(recovery, "check_file", spy)
    reopen(data_dir).close()
    (data_dir / MARKER_NAME).touch()  # as a crash leaves it
    catalog = reopen(data_dir)
    catalog.close()
    assert checks == [False, True]
    assert catalog.opening.kinds == (OpenEventKind.UNCLEAN_SHUTDOWN,)
    assert not catalog.opening.noteworthy
    assert not (data_dir / MARKER_NAME).exists()


def test_damage_only_the_full_check_sees_is_found_after_an_unclean_shutdown(
    data_dir: Path,
) -> None:
    saved = saved_library(data_dir)
    break_an_index(catalog_path(data_dir))
    assert check_file(catalog_path(data_dir), full=False).kind is FileKind.CATALOG
    (data_dir / MARKER_NAME).touch()
    catalog = reopen(data_dir)
    try:
        assert catalog.opening.kinds == (
            OpenEventKind.UNCLEAN_SHUTDOWN,
            OpenEventKind.MOVED_ASIDE,
            OpenEventKind.RESTORED,
        )
        assert catalog.opening.events[1].damage is Damage.FAILED_CHECK
        assert uuids(catalog) == saved
    finally:
        catalog.close()
    assert integrity(catalog_path(data_dir)) == ["ok"]


def test_a_killed_process_leaves_the_marker_and_its_log_and_loses_nothing_saved(
    data_dir: Path, tmp_path: Path
) -> None:
    import subprocess
    import sys

    saved_library(data_dir)
    script = tmp_path / "crash.py"
    script.write_text(
        "import os, sys\n"
        "from pathlib import Path\n"
        "from permille_desktop.domain.changes import ResourceDraft\n"
        "from permille_desktop.services.catalog import CatalogService\n"
        "catalog = CatalogService.open(Path(sys.argv[1]))\n"
        "curator = catalog.curator()\n"
        "curator.apply(curator.plan_add(ResourceDraft(title='Written just before the crash')))\n"
        "os._exit(9)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script), str(data_dir)], check=False)
    assert done.returncode == 9
    assert (data_dir / MARKER_NAME).exists()
    assert (data_dir / "catalog.sqlite3-wal").stat().st_size > 0
    catalog = reopen(data_dir)
    try:
        assert catalog.opening.kinds == (OpenEventKind.UNCLEAN_SHUTDOWN,)
        assert "Written just before the crash" in catalog.build_index().titles
    finally:
        catalog.close()
