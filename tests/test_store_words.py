"""The store's word index: always what the stored search text says, however it was written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

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
