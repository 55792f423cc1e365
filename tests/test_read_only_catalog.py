"""A catalog written by a newer version: browsed read-only, and nothing written into it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from catalog_faults import (
    SAVED_TITLE,
    Clock,
    assert_unchanged,
    catalog_path,
    digests,
    raise_schema_version,
    saved_library,
    sql,
    uuids,
)
from permille_desktop.domain.backups import BackupReason
from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.opening import OpenEventKind
from permille_desktop.services.catalog import BackupError, CatalogService
from permille_desktop.services.curation import EditError, EditProblem
from permille_desktop.services.open_marker import MARKER_NAME
from permille_desktop.store.migrations import LATEST_VERSION

NEWER = LATEST_VERSION + 1


@pytest.fixture
def newer(data_dir: Path) -> set[str]:
    saved = saved_library(data_dir)
    raise_schema_version(catalog_path(data_dir), NEWER)
    return saved


@pytest.fixture
def catalog(data_dir: Path, newer: set[str]) -> Iterator[CatalogService]:
    opened = CatalogService.open(data_dir, now=Clock())
    yield opened
    opened.close()


def test_it_opens_read_only_and_says_which_versions(catalog: CatalogService) -> None:
    assert catalog.read_only
    assert catalog.opening.kinds == (OpenEventKind.NEWER_VERSION,)
    event = catalog.opening.events[0]
    assert (event.found_version, event.readable_version) == (NEWER, LATEST_VERSION)
    assert catalog.opening.noteworthy


def test_it_can_be_browsed(catalog: CatalogService, newer: set[str]) -> None:
    assert uuids(catalog) == newer
    index = catalog.build_index()
    assert SAVED_TITLE in index.titles
    assert len(catalog.categories()) == 20
    assert catalog.count() == len(newer)
    some = sorted(newer)[0]
    found = catalog.resource(some)
    assert found is not None and found.uuid == some


def test_every_write_is_refused_as_read_only(catalog: CatalogService) -> None:
    curator = catalog.curator()
    changes = [
        curator.plan_add(ResourceDraft(title="Not to be written")),
        curator.plan_delete([sorted(uuids(catalog))[0]]),
        curator.plan_add_category("Not to be written", None),
    ]
    for change in changes:
        with pytest.raises(EditError) as raised:
            curator.apply(change)
        assert raised.value.problem is EditProblem.READ_ONLY
        assert "newer version" in str(raised.value)
        assert "read-only" in str(raised.value)
    with pytest.raises(EditError) as raised:
        curator.revert(changes[0])
    assert raised.value.problem is EditProblem.READ_ONLY


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_nothing_is_written_into_it(data_dir: Path, newer: set[str], journal_mode: str) -> None:
    path = catalog_path(data_dir)
    sql(path, f"PRAGMA journal_mode = {journal_mode}")
    before = digests(data_dir)
    catalog = CatalogService.open(data_dir, now=Clock())
    try:
        assert catalog.read_only
        catalog.build_index()
        catalog.resources()
        catalog.back_up(BackupReason.MANUAL)  # reads it; writes only into backups/
        with pytest.raises(EditError):
            catalog.curator().apply(catalog.curator().plan_add(ResourceDraft(title="No")))
        with pytest.raises(BackupError, match="read-only"):
            catalog.restore(catalog.backups()[-1])
    finally:
        catalog.close()
    assert_unchanged(data_dir, before)
    assert sql(path, "PRAGMA user_version") == [(NEWER,)]
    assert sql(path, "PRAGMA journal_mode") == [(journal_mode,)]
    assert not (data_dir / MARKER_NAME).exists()


def test_a_log_left_by_the_newer_version_is_read_and_left_alone(
    data_dir: Path, newer: set[str]
) -> None:
    import subprocess
    import sys

    path = catalog_path(data_dir)
    # The newer version wrote a row and was killed before it could checkpoint.
    code = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute(\"UPDATE resources SET title = 'Retitled by the newer version' "
        'WHERE uuid = (SELECT min(uuid) FROM resources)")\n'
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    before = digests(data_dir)
    assert "catalog.sqlite3-wal" in before
    catalog = CatalogService.open(data_dir, now=Clock())
    try:
        assert catalog.read_only
        assert "Retitled by the newer version" in catalog.build_index().titles
    finally:
        catalog.close()
    assert_unchanged(data_dir, before)


def test_the_same_file_opens_writable_again_once_its_version_is_readable(
    data_dir: Path, newer: set[str]
) -> None:
    sql(catalog_path(data_dir), f"PRAGMA user_version = {LATEST_VERSION}")
    catalog = CatalogService.open(data_dir, now=Clock())
    try:
        assert not catalog.read_only
        assert catalog.opening.kinds == ()
    finally:
        catalog.close()
