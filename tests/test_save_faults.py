"""Saving when the disk is full, the file cannot be written, or the folder is read-only.

Each fault is real: SQLite's own page limit makes the disk full, ``query_only`` makes the
connection unable to write, and a read-only bind mount (in a mount namespace of a child
process) makes the folder read-only. After each, the change is refused with SAVE_FAILED (or,
for the folder, the start with one line) and the catalog is exactly as before and whole.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.pool import ConnectionPoolEntry

from catalog_faults import catalog_path, digests, integrity, saved_library, sql
from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.model import Resource
from permille_desktop.services.curation import Curator, EditError, EditProblem
from permille_desktop.store.engine import make_engine
from permille_desktop.store.repository import CatalogStore

SRC = Path(__file__).resolve().parents[1] / "src"

# Large enough to need many new pages: a long description, as a pasted abstract would be.
LONG_DESCRIPTION = "Soil organic carbon under agroforestry in the Sahel. " * 4000


def store_with(data_dir: Path, pragma: Callable[[int], str]) -> CatalogStore:
    """The catalog's store, each of its connections set by the statement ``pragma`` gives for
    the file's current page count."""
    path = catalog_path(data_dir)
    pages = int(sql(path, "PRAGMA page_count")[0][0])
    engine = make_engine(path)

    def configure(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
        dbapi_connection.execute(pragma(pages))

    event.listen(engine, "connect", configure)
    return CatalogStore(engine)


def state(store: CatalogStore) -> tuple[list[Resource], list[object]]:
    return store.resources(), list(store.categories())


@pytest.fixture
def saved(data_dir: Path) -> set[str]:
    return saved_library(data_dir)


@pytest.fixture
def full_disk(data_dir: Path, saved: set[str]) -> Iterator[CatalogStore]:
    # No page more than the file has now: the next write that needs one fails as on a full
    # disk (SQLITE_FULL, "database or disk is full").
    store = store_with(data_dir, lambda pages: f"PRAGMA max_page_count = {pages}")
    yield store
    store.close()


@pytest.fixture
def unwritable(data_dir: Path, saved: set[str]) -> Iterator[CatalogStore]:
    store = store_with(data_dir, lambda _pages: "PRAGMA query_only = ON")
    yield store
    store.close()


def test_a_full_disk_fails_the_save_and_leaves_the_catalog_as_it_was(
    full_disk: CatalogStore, data_dir: Path, saved: set[str]
) -> None:
    curator = Curator(full_disk)
    before = state(full_disk)
    change = curator.plan_add(ResourceDraft(title="Too big to fit", description=LONG_DESCRIPTION))
    with pytest.raises(EditError) as raised:
        curator.apply(change)
    assert raised.value.problem is EditProblem.SAVE_FAILED
    assert "full" in raised.value.reason
    assert state(full_disk) == before
    assert {r.uuid for r in full_disk.resources()} == saved
    full_disk.close()
    assert integrity(catalog_path(data_dir)) == ["ok"]


def test_a_full_disk_fails_an_edit_and_a_category_change_too(full_disk: CatalogStore) -> None:
    curator = Curator(full_disk)
    before = state(full_disk)
    target = before[0][0]
    edit = curator.plan_edit(
        target.uuid, replace(ResourceDraft.of(target), description=LONG_DESCRIPTION)
    )
    names = curator.plan_add_category("A category " + "with a long name " * 4000, None)
    for change in (edit, names):
        with pytest.raises(EditError) as raised:
            curator.apply(change)
        assert raised.value.problem is EditProblem.SAVE_FAILED
    assert state(full_disk) == before


def test_the_change_is_saved_once_there_is_room_again(
    full_disk: CatalogStore, data_dir: Path
) -> None:
    change = Curator(full_disk).plan_add(
        ResourceDraft(title="Saved later", description=LONG_DESCRIPTION)
    )
    with pytest.raises(EditError):
        Curator(full_disk).apply(change)
    full_disk.close()
    store = CatalogStore.open(data_dir)
    try:
        Curator(store).apply(change)
        assert store.resource(change.after[0].uuid) == change.after[0]
    finally:
        store.close()


def test_a_file_that_cannot_be_written_fails_the_save(
    unwritable: CatalogStore, data_dir: Path, saved: set[str]
) -> None:
    curator = Curator(unwritable)
    before = state(unwritable)
    digest = digests(data_dir)["catalog.sqlite3"]
    for change in (
        curator.plan_add(ResourceDraft(title="Not written")),
        curator.plan_delete(sorted(saved)[:3]),
        curator.plan_add_category("Not written", None),
    ):
        with pytest.raises(EditError) as raised:
            curator.apply(change)
        assert raised.value.problem is EditProblem.SAVE_FAILED
        assert "readonly" in raised.value.reason
    assert state(unwritable) == before
    unwritable.close()
    assert digests(data_dir)["catalog.sqlite3"] == digest
    assert integrity(catalog_path(data_dir)) == ["ok"]


# A read-only folder, for real -------------------------------------------------------------------


def _read_only_mounts_work(folder: Path) -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", _remount_read_only(folder) + "true"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


def _remount_read_only(folder: Path) -> str:
    quoted = f"'{folder}'"
    return f"mount --bind {quoted} {quoted} && mount -o remount,bind,ro {quoted} {quoted} && "


def run_on_read_only_folder(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``permille-desktop ARGS`` in a child whose view of ``folder`` is a read-only mount."""
    command = _remount_read_only(folder) + 'exec "$0" -m permille_desktop "$@"'
    return subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", command, sys.executable, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": "utf-8"},
        check=False,
    )


def test_a_read_only_data_folder_stops_the_start_with_one_line(
    data_dir: Path, saved: set[str]
) -> None:
    if not _read_only_mounts_work(data_dir):
        pytest.skip("needs unshare and mount to make a read-only bind mount (Linux namespaces)")
    before = digests(data_dir)
    done = run_on_read_only_folder(data_dir, "search", "soil", "--data-dir", str(data_dir))
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        f"permille-desktop: cannot write in the data folder {data_dir}: Read-only file system\n"
    )
    assert digests(data_dir) == before
    # The check writes nothing, so it works there.
    checked = run_on_read_only_folder(data_dir, "check", "--data-dir", str(data_dir))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.splitlines()[-1].startswith("OK: ")
    assert digests(data_dir) == before
