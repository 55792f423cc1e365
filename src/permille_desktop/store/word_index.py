"""The word index on disk: for each distinct word of the search text, the resources with it.

It lets a search for a one-word term look through the catalog's words instead of its whole
text (see domain.words). Like the search text it is derived data: the store adds to it as
resources are written, takes from it as they are changed or deleted, and rebuilds it when
the folding rules change. Each word's resources
are one blob, in the smaller of two forms (domain.id_sets): their ids, ascending, four bytes
each, little-endian; or, for a common word, a bitmap of ids, little-endian.
"""

from __future__ import annotations

import sys
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from permille_desktop.domain.id_sets import IdSet, smaller_form, with_ids, without_ids
from permille_desktop.store.schema import SearchWordRow

_ID_TYPE = "I"  # unsigned int: four bytes on every platform Qt runs on
# SQLite allows 32766 parameters per statement since 3.32; stay well below.
_CHUNK = 500


def add_words(
    connection: Connection, words_by_resource: Iterable[tuple[int, Iterable[str]]]
) -> None:
    """Record the words of resources newly written, given as (resource id, its words)."""
    new = _by_word(words_by_resource)
    if not new:
        return
    table = SearchWordRow.__table__
    assert isinstance(table, Table)
    updates: list[dict[str, object]] = []
    for word, (row_id, ids_blob, bits_blob) in _existing(connection, list(new)).items():
        merged = with_ids(_decode(ids_blob, bits_blob), new.pop(word))
        updates.append({"row_id": row_id, **_columns(merged)})
    _update(connection, updates)
    if new:
        connection.execute(
            insert(table),
            [{"word": word, **_columns(smaller_form(sorted(ids)))} for word, ids in new.items()],
        )


def remove_words(
    connection: Connection, words_by_resource: Iterable[tuple[int, Iterable[str]]]
) -> None:
    """Forget words of resources, given as (resource id, words it no longer has).

    A word no resource has any more is deleted, so that the catalog's words stay exactly
    those of its text (they are offered as search terms).
    """
    gone = _by_word(words_by_resource)
    if not gone:
        return
    table = SearchWordRow.__table__
    assert isinstance(table, Table)
    updates: list[dict[str, object]] = []
    emptied = []
    for word, (row_id, ids_blob, bits_blob) in _existing(connection, list(gone)).items():
        left = without_ids(_decode(ids_blob, bits_blob), gone[word])
        if isinstance(left, int) or left:
            updates.append({"row_id": row_id, **_columns(left)})
        else:
            emptied.append(row_id)
    _update(connection, updates)
    for start in range(0, len(emptied), _CHUNK):
        connection.execute(delete(table).where(table.c.id.in_(emptied[start : start + _CHUNK])))


def clear(connection: Connection) -> None:
    connection.execute(delete(SearchWordRow))


def word_counts(connection: Connection) -> tuple[list[str], list[int]]:
    """Every word, and how many resources have it."""
    rows = connection.execute(select(SearchWordRow.word, SearchWordRow.resource_count)).all()
    return [word for word, _ in rows], [count for _, count in rows]


def resources_with(connection: Connection, words: Sequence[str]) -> dict[str, IdSet]:
    """The ids of the resources that have each of ``words`` (unknown words are left out)."""
    found: dict[str, IdSet] = {}
    for start in range(0, len(words), _CHUNK):
        query = select(
            SearchWordRow.word, SearchWordRow.resource_ids, SearchWordRow.resource_bits
        ).where(SearchWordRow.word.in_(words[start : start + _CHUNK]))
        for word, ids_blob, bits_blob in connection.execute(query):
            found[word] = _decode(ids_blob, bits_blob)
    return found


def every_word(connection: Connection) -> list[tuple[str, int, IdSet]]:
    """Every word as stored: the word, its resource_count column, and its resources."""
    query = select(
        SearchWordRow.word,
        SearchWordRow.resource_count,
        SearchWordRow.resource_ids,
        SearchWordRow.resource_bits,
    )
    return [
        (word, count, _decode(ids_blob, bits_blob))
        for word, count, ids_blob, bits_blob in connection.execute(query)
    ]


def _by_word(words_by_resource: Iterable[tuple[int, Iterable[str]]]) -> dict[str, list[int]]:
    ids_by_word: defaultdict[str, list[int]] = defaultdict(list)
    for resource_id, resource_words in words_by_resource:
        for word in resource_words:
            ids_by_word[word].append(resource_id)
    return ids_by_word


def _update(connection: Connection, updates: list[dict[str, object]]) -> None:
    """Write words' new resources, given as the row id and :func:`_columns` of each."""
    if not updates:
        return
    table = SearchWordRow.__table__
    assert isinstance(table, Table)
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(
            resource_count=bindparam("resource_count"),
            resource_ids=bindparam("resource_ids"),
            resource_bits=bindparam("resource_bits"),
        ),
        updates,
    )


def _columns(form: IdSet) -> dict[str, object]:
    if isinstance(form, int):
        bits = form.to_bytes((form.bit_length() + 7) // 8, "little")
        return {"resource_count": form.bit_count(), "resource_ids": None, "resource_bits": bits}
    packed = array(_ID_TYPE, form)
    if sys.byteorder == "big":
        packed.byteswap()
    return {"resource_count": len(form), "resource_ids": packed.tobytes(), "resource_bits": None}


def _decode(ids_blob: bytes | None, bits_blob: bytes | None) -> IdSet:
    if bits_blob is not None:
        return int.from_bytes(bits_blob, "little")
    ids = array(_ID_TYPE)
    ids.frombytes(ids_blob or b"")
    if sys.byteorder == "big":
        ids.byteswap()
    return ids


def _existing(
    connection: Connection, words: list[str]
) -> dict[str, tuple[int, bytes | None, bytes | None]]:
    if connection.execute(select(SearchWordRow.id).limit(1)).first() is None:
        return {}
    found: dict[str, tuple[int, bytes | None, bytes | None]] = {}
    for start in range(0, len(words), _CHUNK):
        query = select(
            SearchWordRow.word,
            SearchWordRow.id,
            SearchWordRow.resource_ids,
            SearchWordRow.resource_bits,
        ).where(SearchWordRow.word.in_(words[start : start + _CHUNK]))
        for word, row_id, ids_blob, bits_blob in connection.execute(query):
            found[word] = (row_id, ids_blob, bits_blob)
    return found
