"""Reading whole resources (fields, authors in order, categories) as domain values."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, Connection, select

from permille_desktop.domain.model import Resource, ResourceType
from permille_desktop.store.batches import batches
from permille_desktop.store.schema import AuthorRow, ResourceRow, resource_categories

_RESOURCE_COLUMNS = (
    ResourceRow.id,
    ResourceRow.uuid,
    ResourceRow.title,
    ResourceRow.type,
    ResourceRow.added_at,
    ResourceRow.modified_at,
    ResourceRow.sort_title,
    ResourceRow.year,
    ResourceRow.venue,
    ResourceRow.description,
    ResourceRow.url,
    ResourceRow.language,
)


def read_resources(
    connection: Connection, where: ColumnElement[bool] | None = None
) -> list[Resource]:
    """The resources ``where`` selects (all of them without it), in row id order.

    Category ids come in ascending order, so a resource read, written back and read again
    is equal to itself.
    """
    query = select(*_RESOURCE_COLUMNS).order_by(ResourceRow.id)
    rows = connection.execute(query if where is None else query.where(where)).all()
    if not rows:
        return []
    # Everything at once when reading the whole catalog; by ids when reading a few.
    ids = None if where is None else [row[0] for row in rows]
    authors, links = _authors(connection, ids), _links(connection, ids)
    return [_resource(row, authors, links) for row in rows]


def resource_type(value: str) -> ResourceType:
    # A type written by a newer version still shows, as "other", rather than failing the load.
    try:
        return ResourceType(value)
    except ValueError:
        return ResourceType.OTHER


def utc_from_text(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _authors(connection: Connection, ids: list[int] | None) -> dict[int, list[str]]:
    """The authors of the resources with ``ids`` (of all resources for None), in order."""
    query = select(AuthorRow.resource_id, AuthorRow.name).order_by(
        AuthorRow.resource_id, AuthorRow.position
    )
    authors: defaultdict[int, list[str]] = defaultdict(list)
    for some in _id_batches(ids):
        batch = query if some is None else query.where(AuthorRow.resource_id.in_(some))
        for resource_id, name in connection.execute(batch):
            authors[resource_id].append(name)
    return authors


def _links(connection: Connection, ids: list[int] | None) -> dict[int, list[int]]:
    """The category ids of the resources with ``ids`` (of all for None), ascending."""
    resource_id, category_id = resource_categories.c.resource_id, resource_categories.c.category_id
    query = select(resource_id, category_id).order_by(resource_id, category_id)
    links: defaultdict[int, list[int]] = defaultdict(list)
    for some in _id_batches(ids):
        batch = query if some is None else query.where(resource_id.in_(some))
        for row_id, category in connection.execute(batch):
            links[row_id].append(category)
    return links


def _id_batches(ids: list[int] | None) -> Iterable[Sequence[int] | None]:
    """``ids`` in batches, or one None for "every id"."""
    return [None] if ids is None else batches(ids)


def _resource(
    row: Sequence[object],
    authors: dict[int, list[str]],
    links: dict[int, list[int]],
) -> Resource:
    resource_id, uuid, title, kind, added, modified, sort_title, year, venue, desc, url, lang = row
    assert isinstance(resource_id, int)
    return Resource(
        uuid=str(uuid),
        title=str(title),
        type=resource_type(str(kind)),
        added=_utc(added),
        modified=_utc(modified),
        sort_title=sort_title,  # type: ignore[arg-type]
        year=year,  # type: ignore[arg-type]
        authors=tuple(authors.get(resource_id, ())),
        venue=str(venue),
        description=str(desc),
        url=str(url),
        language=str(lang),
        category_ids=tuple(links.get(resource_id, ())),
    )


def _utc(value: object) -> datetime:
    # SQLite keeps no time zone: every date is written in UTC and read back as such.
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC)
