"""The catalog store: the one place that reads and writes the SQLite file.

Everything leaves here as plain domain values, so nothing above can trigger a query by
touching an attribute. Bulk reads use SQLAlchemy Core (three times faster than ORM objects
at 100k rows); the ORM is kept for editing single resources.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, Table, bindparam, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from permille_desktop.domain.id_sets import IdSet
from permille_desktop.domain.model import (
    CatalogColumns,
    Category,
    Resource,
    ResourceType,
    SeedCatalog,
    SeedCategory,
)
from permille_desktop.domain.query import FIELD_SEPARATOR
from permille_desktop.domain.search_text import SEARCH_TEXT_VERSION, SearchText, search_text
from permille_desktop.domain.words import words
from permille_desktop.store import word_index
from permille_desktop.store.engine import make_engine, writer
from permille_desktop.store.migrations import migrate
from permille_desktop.store.schema import (
    AuthorRow,
    CategoryRow,
    MetaRow,
    ResourceRow,
    resource_categories,
)

CATALOG_FILE_NAME = "catalog.sqlite3"
_SEEDED_KEY = "bundled_catalog_seeded"
_SEARCH_TEXT_KEY = "search_text_version"


class StoreError(RuntimeError):
    """The catalog file could not be opened or written; the message says why."""


class CatalogStore:
    """One open catalog file."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    @classmethod
    def open(cls, data_dir: Path) -> CatalogStore:
        """Open (creating and migrating if needed) the catalog in ``data_dir``."""
        path = data_dir / CATALOG_FILE_NAME
        engine = make_engine(path)
        try:
            migrate(engine)
            store = cls(engine)
            store._refresh_search_text()
        except SQLAlchemyError as error:
            engine.dispose()
            reason = getattr(error, "orig", None) or error
            raise StoreError(f"cannot open the catalog {path}: {reason}") from error
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    # Reading -------------------------------------------------------------------------------

    def categories(self) -> list[Category]:
        query = select(
            CategoryRow.id, CategoryRow.name, CategoryRow.parent_id, CategoryRow.position
        ).order_by(CategoryRow.position, CategoryRow.id)
        with self._engine.connect() as connection:
            return [Category(*row) for row in connection.execute(query)]

    def count_resources(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.execute(select(func.count(ResourceRow.id))).scalar_one())

    def index_columns(self) -> CatalogColumns:
        """What the search index needs of every resource, as columns, in two bulk queries.

        Rows come in title order: the index then needs no sorting for the default order, and
        the text it scans lies in memory in the order it is scanned. This is the start-up
        path, so it reads plain driver rows (SQLAlchemy's row objects cost a third more).
        """
        with self._engine.connect() as connection:
            links: defaultdict[int, list[int]] = defaultdict(list)
            for resource_id, category_id in connection.execute(
                select(resource_categories.c.resource_id, resource_categories.c.category_id)
            ):
                links[resource_id].append(category_id)
            cursor = connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "SELECT id, uuid, title, authors_display, year, type, added_at, search_title,"
                " search_title || ? || search_content, title_key"
                " FROM resources ORDER BY title_key, id",
                (FIELD_SEPARATOR,),
            )
            rows = cursor.fetchall()
        ids, uuids, titles, authors, years, types, added, s_titles, s_texts, keys = (
            (list(column) for column in zip(*rows, strict=True))
            if rows
            else ([] for _ in range(10))
        )
        return CatalogColumns(
            ids=ids,
            uuids=uuids,
            titles=titles,
            authors=authors,
            years=years,
            types=list(map(_resource_type, types)),
            added=list(map(_utc_from_text, added)),
            category_ids=[tuple(links.get(i, ())) for i in ids],
            search_titles=s_titles,
            search_texts=s_texts,
            title_keys=keys,
        )

    def search_words(self) -> tuple[list[str], list[int]]:
        """Every distinct word of the search text, and how many resources have it."""
        with self._engine.connect() as connection:
            return word_index.word_counts(connection)

    def resources_with(self, search_words: Sequence[str]) -> dict[str, IdSet]:
        """For each of ``search_words``, the ids of the resources whose search text has it."""
        with self._engine.connect() as connection:
            return word_index.resources_with(connection, search_words)

    def resources(self) -> list[Resource]:
        """Every resource, with authors and categories, read in three bulk queries."""
        with self._engine.connect() as connection:
            authors: defaultdict[int, list[str]] = defaultdict(list)
            for resource_id, name in connection.execute(
                select(AuthorRow.resource_id, AuthorRow.name).order_by(
                    AuthorRow.resource_id, AuthorRow.position
                )
            ):
                authors[resource_id].append(name)
            links: defaultdict[int, list[int]] = defaultdict(list)
            for resource_id, category_id in connection.execute(
                select(resource_categories.c.resource_id, resource_categories.c.category_id)
            ):
                links[resource_id].append(category_id)
            rows = connection.execute(select(*_RESOURCE_COLUMNS).order_by(ResourceRow.id))
            return [_resource(row, authors, links) for row in rows]

    def resource(self, uuid: str) -> Resource | None:
        with self._engine.connect() as connection:
            row = connection.execute(
                select(*_RESOURCE_COLUMNS).where(ResourceRow.uuid == uuid)
            ).one_or_none()
            if row is None:
                return None
            resource_id = row[0]
            names = connection.execute(
                select(AuthorRow.name)
                .where(AuthorRow.resource_id == resource_id)
                .order_by(AuthorRow.position)
            ).scalars()
            category_ids = connection.execute(
                select(resource_categories.c.category_id).where(
                    resource_categories.c.resource_id == resource_id
                )
            ).scalars()
            return _resource(row, {resource_id: list(names)}, {resource_id: list(category_ids)})

    def is_seeded(self) -> bool:
        with Session(self._engine) as session:
            return session.get(MetaRow, _SEEDED_KEY) is not None

    # Writing -------------------------------------------------------------------------------

    def seed(self, catalog: SeedCatalog, now: datetime) -> bool:
        """Load the bundled catalog into an unseeded file, in one transaction.

        Returns False, writing nothing, when the file was seeded before: a resource a curator
        deleted must not come back at the next start.
        """
        with (
            _writing("load the bundled catalog"),
            Session(writer(self._engine)) as session,
            session.begin(),
        ):
            if session.get(MetaRow, _SEEDED_KEY) is not None:
                return False
            ids_by_key: dict[str, int] = {}
            self._add_seed_categories(session, catalog.categories, None, ids_by_key)
            resources = [
                Resource(
                    uuid=seed.uuid,
                    title=seed.title,
                    type=seed.type,
                    added=now,
                    modified=now,
                    year=seed.year,
                    authors=seed.authors,
                    venue=seed.venue,
                    description=seed.description,
                    url=seed.url,
                    language=seed.language,
                    category_ids=tuple(ids_by_key[key] for key in seed.category_keys),
                )
                for seed in catalog.resources
            ]
            _insert_resources(session, resources)
            session.add(MetaRow(key=_SEEDED_KEY, value=_naive_utc(now).isoformat()))
        return True

    def add_categories(self, names: Sequence[tuple[str, int | None]]) -> list[int]:
        """Add categories given as (name, parent id); return their new ids in order."""
        with _writing("add categories"), Session(writer(self._engine)) as session, session.begin():
            rows = [
                CategoryRow(name=name, parent_id=parent, position=position)
                for position, (name, parent) in enumerate(names)
            ]
            session.add_all(rows)
            session.flush()
            return [row.id for row in rows]

    def add_resources(self, resources: Iterable[Resource]) -> None:
        """Insert new resources (and their authors and category links) in one transaction."""
        with _writing("add resources"), Session(writer(self._engine)) as session, session.begin():
            _insert_resources(session, list(resources))

    def _refresh_search_text(self) -> None:
        """Recompute every row's search text if it was made by other folding rules."""
        with (
            _writing("update the search text"),
            Session(writer(self._engine)) as session,
            session.begin(),
        ):
            stored = session.get(MetaRow, _SEARCH_TEXT_KEY)
            if stored is not None and stored.value == str(SEARCH_TEXT_VERSION):
                return
            resources = self.resources()
            texts = list(map(search_text, resources))
            ids = list(session.execute(select(ResourceRow.id).order_by(ResourceRow.id)).scalars())
            if resources:
                table = ResourceRow.__table__
                assert isinstance(table, Table)
                session.connection().execute(
                    update(table).where(table.c.id == bindparam("row_id")),
                    [
                        {"row_id": row_id, **_derived_columns(text)}
                        for row_id, text in zip(ids, texts, strict=True)
                    ],
                )
            word_index.clear(session.connection())
            word_index.add_words(session.connection(), zip(ids, map(words, texts), strict=True))
            session.merge(MetaRow(key=_SEARCH_TEXT_KEY, value=str(SEARCH_TEXT_VERSION)))

    def _add_seed_categories(
        self,
        session: Session,
        categories: Sequence[SeedCategory],
        parent_id: int | None,
        ids_by_key: dict[str, int],
    ) -> None:
        for position, category in enumerate(categories):
            row = CategoryRow(name=category.name, parent_id=parent_id, position=position)
            session.add(row)
            session.flush()
            ids_by_key[category.key] = row.id
            self._add_seed_categories(session, category.children, row.id, ids_by_key)


@contextmanager
def _writing(action: str) -> Iterator[None]:
    """Turn a database failure into a :class:`StoreError` that says what could not be done."""
    try:
        yield
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        raise StoreError(f"could not {action}: {reason}") from error


def _derived_columns(text: SearchText) -> dict[str, str]:
    return {
        "search_title": text.title,
        "search_content": text.content,
        "title_key": text.title_key,
        "authors_display": text.authors,
    }


def _naive_utc(value: datetime) -> datetime:
    # SQLite keeps no time zone, so every date is written as UTC without one.
    if value.tzinfo is None:
        return value
    return value.astimezone(UTC).replace(tzinfo=None)


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
        type=_resource_type(str(kind)),
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


def _utc_from_text(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _resource_type(value: str) -> ResourceType:
    # A type written by a newer version still shows, as "other", rather than failing the load.
    try:
        return ResourceType(value)
    except ValueError:
        return ResourceType.OTHER


def _insert_resources(session: Session, resources: list[Resource]) -> None:
    if not resources:
        return
    first_id = (session.execute(select(func.max(ResourceRow.id))).scalar_one() or 0) + 1
    ids = range(first_id, first_id + len(resources))
    texts = list(map(search_text, resources))
    session.execute(
        insert(ResourceRow),
        [
            {
                "id": resource_id,
                "uuid": r.uuid,
                "title": r.title,
                "sort_title": r.sort_title,
                "year": r.year,
                "venue": r.venue,
                "description": r.description,
                "url": r.url,
                "type": r.type.value,
                "language": r.language,
                "added_at": _naive_utc(r.added),
                "modified_at": _naive_utc(r.modified),
                **_derived_columns(text),
            }
            for resource_id, r, text in zip(ids, resources, texts, strict=True)
        ],
    )
    word_index.add_words(session.connection(), zip(ids, map(words, texts), strict=True))
    authors = [
        {"resource_id": resource_id, "position": position, "name": name}
        for resource_id, r in zip(ids, resources, strict=True)
        for position, name in enumerate(r.authors)
    ]
    if authors:
        session.execute(insert(AuthorRow), authors)
    links = [
        {"resource_id": resource_id, "category_id": category_id}
        for resource_id, r in zip(ids, resources, strict=True)
        for category_id in dict.fromkeys(r.category_ids)
    ]
    if links:
        session.execute(insert(resource_categories), links)
