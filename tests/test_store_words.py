"""The store's word index: always what the stored search text says, however it was written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from permille_desktop.domain.changes import ResourceChange
from permille_desktop.domain.id_sets import IdSet, from_bitmap
from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.domain.query import FIELD_SEPARATOR
from permille_desktop.store.repository import CATALOG_FILE_NAME, CatalogStore, StoreError

NOW = datetime(2025, 1, 1, tzinfo=UTC)


@pytest.fixture
def store(data_dir: Path) -> Iterator[CatalogStore]:
    data_dir.mkdir(parents=True)
    opened = CatalogStore.open(data_dir)
    yield opened
    opened.close()


def resource(number: int, title: str, description: str = "") -> Resource:
    return Resource(
        uuid=f"uuid-{number}",
        title=title,
        type=ResourceType.ARTICLE,
        added=NOW,
        modified=NOW,
        description=description,
    )


def _ids(found: IdSet) -> list[int]:
    return from_bitmap(found) if isinstance(found, int) else list(found)


def stored_words(store: CatalogStore) -> dict[str, list[int]]:
    known, counts = store.search_words()
    found = store.resources_with(known)
    by_word = {word: _ids(ids) for word, ids in found.items()}
    assert dict(zip(known, counts, strict=True)) == {w: len(i) for w, i in by_word.items()}
    return by_word


def words_of_the_stored_text(store: CatalogStore) -> dict[str, list[int]]:
    columns = store.index_columns()
    expected: dict[str, list[int]] = {}
    for resource_id, text in sorted(zip(columns.ids, columns.search_texts, strict=True)):
        for word in set(text.replace(FIELD_SEPARATOR, " ").split()):
            expected.setdefault(word, []).append(resource_id)
    return expected


def many(first: int, count: int) -> list[Resource]:
    """Resources sharing common words (stored as bitmaps) and each with a rare one."""
    return [
        resource(n, f"Soil carbon note {n}", f"Écologie des sols, mesure n°{n} of topsoil")
        for n in range(first, first + count)
    ]


def test_the_word_index_lists_every_word_of_the_stored_text(store: CatalogStore) -> None:
    store.add_resources(many(0, 80))
    assert stored_words(store) == words_of_the_stored_text(store)
    assert len(stored_words(store)["ecologie"]) == 80


def test_a_second_batch_adds_to_the_words_already_there(store: CatalogStore) -> None:
    store.add_resources(many(0, 80))
    store.add_resources([*many(80, 5), resource(200, "Agroforesterie", "soil trees")])
    words = stored_words(store)
    assert words == words_of_the_stored_text(store)
    assert len(words["soil"]) == 86
    assert len(words["agroforesterie"]) == 1


def test_unknown_words_are_left_out(store: CatalogStore) -> None:
    store.add_resources(many(0, 3))
    assert set(store.resources_with(["soil", "nowhere"])) == {"soil"}


def test_a_failed_add_leaves_the_word_index_as_it_was(store: CatalogStore) -> None:
    store.add_resources(many(0, 3))
    before = stored_words(store)
    clash = replace(resource(99, "Quetzal"), uuid="uuid-0")
    with pytest.raises(StoreError):
        store.add_resources([resource(98, "Quetzal again"), clash])
    assert stored_words(store) == before


def test_the_word_index_is_rebuilt_when_the_folding_rules_change(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    store = CatalogStore.open(data_dir)
    store.add_resources(many(0, 40))
    expected = stored_words(store)
    store.close()
    # As a file written by a version that folded differently, or had no word index, looks.
    path = data_dir / CATALOG_FILE_NAME
    connection = sqlite3.connect(path)
    connection.execute("DELETE FROM search_words")
    connection.execute("UPDATE meta SET value = '1' WHERE key = 'search_text_version'")
    connection.commit()
    connection.close()

    reopened = CatalogStore.open(data_dir)
    try:
        assert stored_words(reopened) == expected
    finally:
        reopened.close()


def stored_form(store: CatalogStore, word: str) -> str | None:
    """How the file holds a word's resources: "ids", "bitmap", or None without the word."""
    with closing(sqlite3.connect(store_path(store))) as connection:
        found = connection.execute(
            "SELECT resource_bits IS NOT NULL FROM search_words WHERE word = ?", (word,)
        ).fetchall()
    return None if not found else ("bitmap" if found[0][0] else "ids")


def store_path(store: CatalogStore) -> str:
    database = store._engine.url.database
    assert database is not None
    return database


def row_ids(store: CatalogStore) -> dict[str, int]:
    columns = store.index_columns()
    return dict(zip(columns.uuids, columns.ids, strict=True))


def test_deleted_resources_leave_their_words(store: CatalogStore) -> None:
    store.add_resources([*many(0, 40), resource(100, "Quetzal habitats", "cloud forest")])
    doomed = [r for r in store.resources() if r.uuid in {"uuid-100", "uuid-3"}]
    store.apply_resource_change(ResourceChange(before=tuple(doomed)))
    words = stored_words(store)
    assert words == words_of_the_stored_text(store)
    assert "quetzal" not in words
    assert "n°3" not in words
    assert len(words["soil"]) == 39


def test_a_common_word_stays_a_bitmap_until_a_list_is_smaller(store: CatalogStore) -> None:
    store.add_resources(many(0, 80))
    assert stored_form(store, "topsoil") == "bitmap"
    by_uuid = {r.uuid: r for r in store.resources()}
    some = tuple(by_uuid[f"uuid-{n}"] for n in range(0, 80, 2))
    store.apply_resource_change(ResourceChange(before=some))
    assert stored_form(store, "topsoil") == "bitmap"
    assert stored_words(store) == words_of_the_stored_text(store)
    most = tuple(by_uuid[f"uuid-{n}"] for n in range(1, 79, 2))
    store.apply_resource_change(ResourceChange(before=most))
    assert stored_form(store, "topsoil") == "ids"
    assert stored_words(store) == words_of_the_stored_text(store)
    assert stored_words(store)["topsoil"] == [row_ids(store)["uuid-79"]]


def test_an_edited_resource_moves_from_its_old_words_to_its_new_ones(store: CatalogStore) -> None:
    store.add_resources([*many(0, 40), resource(100, "Quetzal habitats", "cloud forest")])
    ids_before = row_ids(store)
    old = store.resource("uuid-100")
    new_first = store.resource("uuid-0")
    assert old is not None and new_first is not None
    edited = (
        replace(old, title="Jaguar habitats", description="dry forest"),
        replace(new_first, description="no longer about that"),
    )
    store.apply_resource_change(ResourceChange(before=(old, new_first), after=edited))
    words = stored_words(store)
    assert words == words_of_the_stored_text(store)
    assert row_ids(store) == ids_before
    assert words["jaguar"] == words["habitats"] == [ids_before["uuid-100"]]
    assert "quetzal" not in words
    assert "cloud" not in words
    assert ids_before["uuid-0"] not in words["ecologie"]
    assert len(words["ecologie"]) == 39


def test_undoing_a_deletion_brings_the_words_back(store: CatalogStore) -> None:
    store.add_resources([*many(0, 40), resource(100, "Quetzal habitats")])
    before = sorted(store.resources(), key=lambda r: r.uuid)
    # Every resource but one: most words lose all their resources, the common ones all but one.
    deletion = ResourceChange(before=tuple(r for r in before if r.uuid != "uuid-7"))
    store.apply_resource_change(deletion)
    assert stored_words(store) == words_of_the_stored_text(store)
    store.apply_resource_change(deletion.reversed())
    assert stored_words(store) == words_of_the_stored_text(store)
    assert sorted(store.resources(), key=lambda r: r.uuid) == before
    assert len(stored_words(store)["quetzal"]) == 1


def test_a_failed_change_leaves_the_word_index_as_it_was(store: CatalogStore) -> None:
    store.add_resources([*many(0, 40), resource(100, "Quetzal habitats")])
    before = stored_words(store)
    doomed = store.resource("uuid-100")
    assert doomed is not None
    # The new resource names a category that does not exist: the write fails at the end.
    broken = replace(resource(101, "Jaguar"), category_ids=(999,))
    with pytest.raises(StoreError, match="could not change the resources"):
        store.apply_resource_change(ResourceChange(before=(doomed,), after=(broken,)))
    assert stored_words(store) == before
    assert store.resource("uuid-100") == doomed
