"""Backups: verified copies, named by time and reason, rotated, restored on demand."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from catalog_faults import (
    SAVED_TITLE,
    Clock,
    break_an_index,
    catalog_path,
    integrity,
    leaf_page_of,
    overwrite_page,
    sql,
    uuids,
)
from permille_desktop.domain.backups import (
    KEEP,
    BackupInfo,
    BackupReason,
    backup_name,
    daily_backup_due,
    parse_backup_name,
    to_rotate,
)
from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.services.catalog import BackupError, CatalogService

MOMENT = datetime(2026, 11, 24, 10, 15, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def catalog(data_dir: Path, clock: Clock) -> Iterator[CatalogService]:
    opened = CatalogService.open(data_dir, now=clock)
    yield opened
    opened.close()


def add(catalog: CatalogService, title: str) -> str:
    change = catalog.curator().plan_add(ResourceDraft(title=title))
    catalog.curator().apply(change)
    return change.after[0].uuid


# Names and rules --------------------------------------------------------------------------------


def test_names_say_when_in_utc_and_why() -> None:
    paris = MOMENT.astimezone(timezone(timedelta(hours=1)))
    assert backup_name(paris, BackupReason.DAILY) == "catalog-2026-11-24T101500Z-daily.sqlite3"
    assert (
        backup_name(MOMENT, BackupReason.BEFORE_IMPORT, 2)
        == "catalog-2026-11-24T101500Z-before-import-2.sqlite3"
    )
    assert parse_backup_name("catalog-2026-11-24T101500Z-before-import-2.sqlite3") == (
        MOMENT,
        BackupReason.BEFORE_IMPORT,
    )
    for other in ("catalog.sqlite3", "catalog-2026-11-24T101500Z-weekly.sqlite3", "notes.txt"):
        assert parse_backup_name(other) is None


def info(days_ago: float, reason: BackupReason) -> BackupInfo:
    taken = MOMENT - timedelta(days=days_ago)
    return BackupInfo(Path(backup_name(taken, reason)), taken, reason, 1)


def test_rotation_keeps_the_newest_of_each_reason() -> None:
    dailies = [info(n, BackupReason.DAILY) for n in range(10)]
    imports = [info(n + 0.5, BackupReason.BEFORE_IMPORT) for n in range(7)]
    gone = to_rotate([*imports, *dailies])
    assert (KEEP[BackupReason.DAILY], KEEP[BackupReason.BEFORE_IMPORT]) == (7, 5)
    assert sorted(gone, key=lambda b: b.path.name) == sorted(
        [*dailies[7:], *imports[5:]], key=lambda b: b.path.name
    )


def test_the_daily_backup_is_due_once_per_utc_day() -> None:
    yesterday = info(1, BackupReason.DAILY)
    assert daily_backup_due([], MOMENT)
    assert daily_backup_due([yesterday, info(0, BackupReason.MANUAL)], MOMENT)
    assert not daily_backup_due([info(0, BackupReason.DAILY)], MOMENT + timedelta(hours=13))
    assert daily_backup_due([info(0, BackupReason.DAILY)], MOMENT + timedelta(hours=14))


# Taking them ------------------------------------------------------------------------------------


def test_a_backup_is_a_verified_self_contained_copy(catalog: CatalogService) -> None:
    uuid = add(catalog, SAVED_TITLE)
    backup = catalog.back_up(BackupReason.MANUAL)
    assert backup.path == catalog.data_dir / "backups" / "catalog-2026-11-24T101500Z-manual.sqlite3"
    assert backup.taken_at == MOMENT
    assert backup.reason is BackupReason.MANUAL
    assert backup.size == backup.path.stat().st_size > 0
    assert catalog.backups() == [backup]
    assert integrity(backup.path) == ["ok"]
    assert sql(backup.path, "PRAGMA journal_mode") == [("delete",)]
    assert sql(backup.path, "SELECT title FROM resources WHERE uuid = ?", uuid) == [(SAVED_TITLE,)]
    assert sorted(p.name for p in backup.path.parent.iterdir()) == [backup.path.name]


def test_two_backups_in_one_second_get_two_names(catalog: CatalogService) -> None:
    first = catalog.back_up(BackupReason.MANUAL)
    second = catalog.back_up(BackupReason.MANUAL)
    assert first.path != second.path
    assert second.path.name == "catalog-2026-11-24T101500Z-manual-2.sqlite3"
    assert len(catalog.backups()) == 2


def test_the_daily_backup_is_taken_at_most_once_a_day(
    catalog: CatalogService, clock: Clock
) -> None:
    first = catalog.daily_backup_if_due()
    assert first is not None and first.reason is BackupReason.DAILY
    clock.advance(hours=5)
    assert catalog.daily_backup_if_due() is None
    catalog.close()
    reopened = CatalogService.open(catalog.data_dir, now=clock)
    try:
        assert reopened.daily_backup_if_due() is None
        clock.advance(days=1)
        second = reopened.daily_backup_if_due()
        assert second is not None and second.taken_at == first.taken_at + timedelta(days=1, hours=5)
        assert [b.reason for b in reopened.backups()] == [BackupReason.DAILY] * 2
    finally:
        reopened.close()


def test_rotation_keeps_the_last_seven_daily_backups(catalog: CatalogService, clock: Clock) -> None:
    catalog.back_up(BackupReason.BEFORE_IMPORT)
    taken = []
    for _ in range(10):
        backup = catalog.daily_backup_if_due()
        assert backup is not None
        taken.append(backup)
        clock.advance(days=1)
    dailies = [b for b in catalog.backups() if b.reason is BackupReason.DAILY]
    assert dailies == list(reversed(taken[-7:]))
    assert [b.reason for b in catalog.backups()].count(BackupReason.BEFORE_IMPORT) == 1
    assert all(not b.path.exists() for b in taken[:3])


def test_a_damaged_catalog_gives_no_backup(catalog: CatalogService) -> None:
    catalog.close()
    break_an_index(catalog_path(catalog.data_dir))  # passes the quick check at open
    with pytest.raises(BackupError, match="failed its check"):
        catalog.back_up(BackupReason.MANUAL)
    assert catalog.backups() == []
    assert list((catalog.data_dir / "backups").iterdir()) == []


# Restoring --------------------------------------------------------------------------------------


def test_restore_backs_up_first_and_brings_the_old_content_back(
    catalog: CatalogService, clock: Clock
) -> None:
    kept = add(catalog, "In the backup")
    old = catalog.back_up(BackupReason.MANUAL)
    before = uuids(catalog)
    clock.advance(minutes=5)
    later = add(catalog, "Added after the backup")
    gone = sorted(before - {kept})[0]
    catalog.curator().apply(catalog.curator().plan_delete([gone]))

    safety = catalog.restore(old)

    assert safety.reason is BackupReason.BEFORE_RESTORE
    assert sql(safety.path, "SELECT count(*) FROM resources WHERE uuid = ?", later) == [(1,)]
    assert uuids(catalog) == before
    assert "Added after the backup" not in catalog.build_index().titles
    # The service goes on working on the restored content.
    again = add(catalog, "Added after the restore")
    assert catalog.resource(again) is not None
    assert integrity(catalog_path(catalog.data_dir)) == ["ok"]
    # And the state the restore replaced can be brought back the same way.
    catalog.restore(safety)
    assert later in uuids(catalog)
    assert gone not in uuids(catalog)


def test_a_curator_made_before_a_restore_writes_into_the_restored_catalog(
    catalog: CatalogService,
) -> None:
    curator = catalog.curator()
    old = catalog.back_up(BackupReason.MANUAL)
    add(catalog, "Soon undone")
    catalog.restore(old)
    change = curator.plan_add(ResourceDraft(title="Through the old curator"))
    curator.apply(change)
    assert catalog.resource(change.after[0].uuid) is not None


def test_a_backup_that_fails_its_check_is_refused(catalog: CatalogService) -> None:
    add(catalog, "Kept")
    old = catalog.back_up(BackupReason.MANUAL)
    overwrite_page(old.path, leaf_page_of(old.path, "resources"))
    before = uuids(catalog)
    with pytest.raises(BackupError, match="cannot be restored"):
        catalog.restore(old)
    assert uuids(catalog) == before
    assert [b.reason for b in catalog.backups()] == [BackupReason.MANUAL]  # no safety copy


def test_restoring_does_not_rotate_out_the_backup_being_restored(
    catalog: CatalogService, clock: Clock
) -> None:
    safeties = []
    for _ in range(KEEP[BackupReason.BEFORE_RESTORE]):
        safeties.append(catalog.back_up(BackupReason.BEFORE_RESTORE))
        clock.advance(minutes=1)
    oldest = safeties[0]
    catalog.restore(oldest)
    kept = [b for b in catalog.backups() if b.reason is BackupReason.BEFORE_RESTORE]
    assert len(kept) == KEEP[BackupReason.BEFORE_RESTORE]
    assert oldest not in kept  # rotated out only once it was copied
