"""Writing resources: their rows, authors, category links, search text and word index at once.

Every write keeps the derived data exact: the search text beside each row is recomputed, and
the word index loses the words a resource no longer has and gains its new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from permille_desktop.domain.changes import ResourceChange
from permille_desktop.domain.model import Resource
from permille_desktop.domain.search_text import SearchText, search_text
from permille_desktop.domain.words import words
from permille_desktop.store import word_index
from permille_desktop.store.batches import batches
from permille_desktop.store.schema import AuthorRow, ResourceRow, resource_categories


def insert_resources(connection: Connection, resources: Sequence[Resource]) -> None:
    """Insert new resources, with their authors, category links and words."""
    if not resources:
        return
    first_id = (connection.execute(select(func.max(ResourceRow.id))).scalar_one() or 0) + 1
    ids = list(range(first_id, first_id + len(resources)))
    texts = list(map(search_text, resources))
    connection.execute(
        insert(ResourceRow),
        [
            {"id": resource_id, **_fields(resource), **derived_columns(text)}
            for resource_id, resource, text in zip(ids, resources, texts, strict=True)
        ],
    )
    word_index.add_words(connection, zip(ids, map(words, texts), strict=True))
    _insert_authors_and_links(connection, ids, resources)


def apply_resource_change(connection: Connection, change: ResourceChange) -> None:
    """Delete the resources only ``change.before`` has, and write ``change.after`` as given:
    in place (keeping the row id) when the UUID is stored, as a new row otherwise."""
    kept = {resource.uuid for resource in change.after}
    deleted = [resource.uuid for resource in change.before if resource.uuid not in kept]
    stored = _stored_words(connection, [*deleted, *kept])
    _delete(connection, {stored[uuid][0]: stored[uuid][1] for uuid in deleted if uuid in stored})
    _rewrite(connection, [(*stored[r.uuid], r) for r in change.after if r.uuid in stored])
    insert_resources(connection, [r for r in change.after if r.uuid not in stored])


def derived_columns(text: SearchText) -> dict[str, str]:
    return {
        "search_title": text.title,
        "search_content": text.content,
        "title_key": text.title_key,
        "authors_display": text.authors,
    }


def naive_utc(value: datetime) -> datetime:
    # SQLite keeps no time zone, so every date is written as UTC without one.
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


def _fields(resource: Resource) -> dict[str, object]:
    """The columns a resource is written to, but for its row id and derived text."""
    return {
        "uuid": resource.uuid,
        "title": resource.title,
        "sort_title": resource.sort_title,
        "year": resource.year,
        "venue": resource.venue,
        "description": resource.description,
        "url": resource.url,
        "type": resource.type.value,
        "language": resource.language,
        "added_at": naive_utc(resource.added),
        "modified_at": naive_utc(resource.modified),
    }


def _stored_words(connection: Connection, uuids: list[str]) -> dict[str, tuple[int, set[str]]]:
    """The row id and the words of the stored search text of those ``uuids`` that are stored.

    The words come from the text as stored, not from the change's records: the index holds
    what was written, and that is what must be taken out of it.
    """
    found: dict[str, tuple[int, set[str]]] = {}
    for some in batches(uuids):
        query = select(
            ResourceRow.uuid, ResourceRow.id, ResourceRow.search_title, ResourceRow.search_content
        ).where(ResourceRow.uuid.in_(some))
        for uuid, row_id, title, content in connection.execute(query):
            # Only the title and content make words; the other fields are left blank.
            text = SearchText(title=title, content=content, title_key="", authors="")
            found[uuid] = (row_id, words(text))
    return found


def _delete(connection: Connection, words_by_id: dict[int, set[str]]) -> None:
    # Authors and category links go with the row (ON DELETE CASCADE).
    word_index.remove_words(connection, words_by_id.items())
    for some in batches(list(words_by_id)):
        connection.execute(delete(ResourceRow).where(ResourceRow.id.in_(some)))


def _rewrite(connection: Connection, rows: list[tuple[int, set[str], Resource]]) -> None:
    """Overwrite stored resources, given as (row id, its stored words, the new record)."""
    if not rows:
        return
    ids = [row_id for row_id, _, _ in rows]
    resources = [resource for _, _, resource in rows]
    texts = list(map(search_text, resources))
    # Only the words that differ: most edits leave most words of a resource as they were.
    old_and_new = [(old, words(text)) for (_, old, _), text in zip(rows, texts, strict=True)]
    word_index.remove_words(
        connection, zip(ids, [old - new for old, new in old_and_new], strict=True)
    )
    word_index.add_words(connection, zip(ids, [new - old for old, new in old_and_new], strict=True))
    table = ResourceRow.__table__
    assert isinstance(table, Table)
    connection.execute(
        update(table).where(table.c.id == bindparam("row_id")),
        [
            {"row_id": row_id, **_fields(resource), **derived_columns(text)}
            for row_id, resource, text in zip(ids, resources, texts, strict=True)
        ],
    )
    for some in batches(ids):
        connection.execute(delete(AuthorRow).where(AuthorRow.resource_id.in_(some)))
        connection.execute(
            delete(resource_categories).where(resource_categories.c.resource_id.in_(some))
        )
    _insert_authors_and_links(connection, ids, resources)


def _insert_authors_and_links(
    connection: Connection, ids: Sequence[int], resources: Sequence[Resource]
) -> None:
    authors = [
        {"resource_id": resource_id, "position": position, "name": name}
        for resource_id, resource in zip(ids, resources, strict=True)
        for position, name in enumerate(resource.authors)
    ]
    if authors:
        connection.execute(insert(AuthorRow), authors)
    links = [
        {"resource_id": resource_id, "category_id": category_id}
        for resource_id, resource in zip(ids, resources, strict=True)
        for category_id in dict.fromkeys(resource.category_ids)
    ]
    if links:
        connection.execute(insert(resource_categories), links)
