"""`permille-desktop check`: every problem on a line of its own, and nothing written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from catalog_faults import (
    assert_unchanged,
    catalog_path,
    digests,
    leaf_page_of,
    overwrite_page,
    raise_schema_version,
    saved_library,
    sql,
)
from permille_desktop.cli import main
from permille_desktop.domain.model import Category
from permille_desktop.services.consistency import category_cycles
from permille_desktop.store.migrations import LATEST_VERSION


def check(capsys: pytest.CaptureFixture[str], data_dir: Path) -> tuple[int, list[str]]:
    code = main(["check", "--data-dir", str(data_dir)])
    captured = capsys.readouterr()
    assert captured.err == ""
    return code, captured.out.splitlines()


@pytest.fixture
def saved(data_dir: Path) -> set[str]:
    uuids = saved_library(data_dir)
    for backup in (data_dir / "backups").iterdir():
        backup.unlink()
    (data_dir / "backups").rmdir()
    return uuids


# What a folder may hold after a check: the catalog, and what SQLite makes beside a WAL file
# to read it (an empty log, and its shared-memory index).
READ_ONLY_LOOK = {"catalog.sqlite3", "catalog.sqlite3-wal", "catalog.sqlite3-shm"}


def listing(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.iterdir())


def test_a_good_catalog_passes_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], data_dir: Path, saved: set[str]
) -> None:
    before = digests(data_dir)
    code, lines = check(capsys, data_dir)
    assert code == 0
    assert lines == [
        f"OK: {catalog_path(data_dir)}: {len(saved)} resources, 20 categories, "
        f"{sql(catalog_path(data_dir), 'SELECT count(*) FROM search_words')[0][0]} words; "
        "no problem found"
    ]
    assert_unchanged(data_dir, before)
    assert set(listing(data_dir)) <= READ_ONLY_LOOK  # no marker, no backup


def test_no_catalog_is_a_problem_and_no_folder_is_made(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, lines = check(capsys, data_dir)
    assert code == 1
    assert lines == [
        "file: there is no catalog file",
        f"FAILED: {catalog_path(data_dir)}: 1 problem found",
    ]
    assert not data_dir.exists()


def test_a_file_that_is_not_a_database(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir()
    catalog_path(data_dir).write_bytes(os.urandom(8192))
    code, lines = check(capsys, data_dir)
    assert code == 1
    assert lines[0] == "file: the catalog file is not an SQLite database: file is not a database"


def test_a_damaged_page_is_reported_and_the_file_left_where_it_is(
    capsys: pytest.CaptureFixture[str], data_dir: Path, saved: set[str]
) -> None:
    path = catalog_path(data_dir)
    overwrite_page(path, leaf_page_of(path, "resources"))
    before = digests(data_dir)
    code, lines = check(capsys, data_dir)
    assert code == 1
    assert lines[0].startswith("integrity: ")
    assert lines[-1].startswith(f"FAILED: {path}: ")
    assert_unchanged(data_dir, before)
    assert set(listing(data_dir)) <= READ_ONLY_LOOK


def test_a_category_cycle_and_a_missing_parent(
    capsys: pytest.CaptureFixture[str], data_dir: Path, saved: set[str]
) -> None:
    path = catalog_path(data_dir)
    (first, name), (second, _) = sql(
        path, "SELECT id, name FROM categories WHERE parent_id IS NULL ORDER BY id LIMIT 2"
    )
    # A plain sqlite3 connection does not enforce foreign keys: as another tool's edit.
    sql(path, "UPDATE categories SET parent_id = ? WHERE id = ?", second, first)
    sql(path, "UPDATE categories SET parent_id = ? WHERE id = ?", first, second)
    (leaf,) = sql(path, "SELECT id FROM categories ORDER BY id DESC LIMIT 1")[0]
    sql(path, "UPDATE categories SET parent_id = 999 WHERE id = ?", leaf)
    code, lines = check(capsys, data_dir)
    assert code == 1
    assert any(
        line.startswith(f"categories: categories in a cycle: {first} (“{name}”) → {second} ")
        for line in lines
    )
    assert any(
        line.startswith(f"categories: category {leaf} ")
        and line.endswith("has parent 999, which is not in the catalog")
        for line in lines
    )
    assert lines[-1] == f"FAILED: {path}: 2 problems found"


def test_links_to_rows_that_are_not_there(
    capsys: pytest.CaptureFixture[str], data_dir: Path, saved: set[str]
) -> None:
    path = catalog_path(data_dir)
    sql(path, "INSERT INTO resource_categories VALUES (1, 999)")
    sql(path, "INSERT INTO resource_authors VALUES (5000, 0, 'Nobody')")
    code, lines = check(capsys, data_dir)
    assert code == 1
    assert lines[:2] == [
        "links: resource_categories row (1, 999) refers to category 999, which is not in the "
        "catalog",
        "links: resource_authors row (5000, 0) refers to resource 5000, which is not in the "
        "catalog",
    ]


def test_stale_search_text_and_a_word_index_out_of_step(
    capsys: pytest.CaptureFixture[str], data_dir: Path, saved: set[str]
) -> None:
    path = catalog_path(data_dir)
    ((uuid, title),) = sql(path, "SELECT uuid, title FROM resources WHERE id = 3")
    sql(path, "UPDATE resources SET title_key = 'stale' WHERE id = 3")
    ((word, count),) = sql(
        path, "SELECT word, resource_count FROM search_words ORDER BY resource_count DESC LIMIT 1"
    )
    sql(path, "DELETE FROM search_words WHERE word = ?", word)
    sql(path, "UPDATE search_words SET resource_count = resource_count + 1 WHERE word = 'sahel'")
    code, lines = check(capsys, data_dir)
    assert code == 1
    short = " ".join(title.split())[:59]
    assert any(
        line.startswith(f"search-text: resource {uuid} (“{short}")
        and line.endswith("the stored search text is out of date (title_key)")
        for line in lines
    )
    missing = [line for line in lines if line.startswith(f"word-index: “{word}” is missing")]
    assert len(missing) == 1 and missing[0].count(", ") == count - 1
    assert "word-index: “sahel” counts 2 resources but lists 1" in lines
    assert lines[-1] == f"FAILED: {path}: 3 problems found"


def test_a_newer_versions_catalog_is_checked_without_changing_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path, saved: set[str]
) -> None:
    path = catalog_path(data_dir)
    raise_schema_version(path)
    before = digests(data_dir)
    code, lines = check(capsys, data_dir)
    assert code == 0
    assert lines[0] == (
        f"note: written by a newer version (schema version {LATEST_VERSION + 1}; this version "
        f"reads up to {LATEST_VERSION}): checked without changing it"
    )
    assert lines[-1].startswith("OK: ")
    assert_unchanged(data_dir, before)
    assert set(listing(data_dir)) <= READ_ONLY_LOOK


def test_cycles_are_found_once_each() -> None:
    def category(id_: int, parent: int | None) -> Category:
        return Category(id_, f"c{id_}", parent, 0)

    tree = [
        category(1, None),
        category(2, 1),
        category(5, 7),
        category(6, 5),
        category(7, 6),
        category(8, 8),
        category(9, 5),
    ]
    assert category_cycles(tree) == [[5, 7, 6], [8]]
