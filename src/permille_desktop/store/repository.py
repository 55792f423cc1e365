"""The catalog store: the one place that reads and writes the SQLite file.

Everything leaves here as plain domain values, so nothing above can trigger a query by
touching an attribute. Bulk reads use SQLAlchemy Core (three times faster than ORM objects
at 100k rows). Each write is one transaction; how resources and categories are written is in
resource_writes.py and category_writes.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, Table, bindparam, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from permille_desktop.domain.changes import CategoryChange, ResourceChange
from permille_desktop.domain.id_sets import IdSet
from permille_desktop.domain.model import (
    CatalogColumns,
    Category,
    Resource,
    SeedCatalog,
    SeedCategory,
)
from permille_desktop.domain.query import FIELD_SEPARATOR
from permille_desktop.domain.search_text import SEARCH_TEXT_VERSION, search_text
from permille_desktop.domain.words import words
from permille_desktop.store import category_writes, resource_writes, word_index
from permille_desktop.store.batches import batches
from permille_desktop.store.engine import make_engine, writer
from permille_desktop.store.errors import StoreError as StoreError
from permille_desktop.store.errors import writing
from permille_desktop.store.migrations import migrate
from permille_desktop.store.resource_reads import read_resources, resource_type, utc_from_text
from permille_desktop.store.schema import CategoryRow, MetaRow, ResourceRow, resource_categories

CATALOG_FILE_NAME = "catalog.sqlite3"
_SEEDED_KEY = "bundled_catalog_seeded"
SEARCH_TEXT_KEY = "search_text_version"


class CatalogStore:
    """One open catalog file."""

    def __init__(self, engine: Engine, *, read_only: bool = False) -> None:
        self._engine = engine
        self.read_only = read_only

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        before_migration: Callable[[int], object] | None = None,
        read_only: bool = False,
    ) -> CatalogStore:
        """Open (creating and migrating if needed) the catalog in ``data_dir``.

        ``before_migration`` is called with the file's schema version before an existing
        file's schema is changed (see migrations.migrate). A ``read_only`` store changes
        nothing in the file: no migration, no refreshed search text; it reads a file of any
        version, which is how a newer version's catalog is browsed.
        """
        path = data_dir / CATALOG_FILE_NAME
        engine = make_engine(path, read_only=read_only)
        store = cls(engine, read_only=read_only)
        try:
            if read_only:
                # Fail here, as a writable store would, if the file cannot be read at all.
                with _opening(path):
                    store.count_resources()
            else:
                store.reload(before_migration)
        except BaseException:
            engine.dispose()
            raise
        return store

    def reload(self, before_migration: Callable[[int], object] | None = None) -> None:
        """Bring the file's schema and derived data up to date (see :meth:`open`): at open,
        and after its content was replaced by a backup's."""
        self._engine.dispose()  # connections that knew the file before are not used again
        with _opening(self._engine.url.database):
            migrate(self._engine, before_migration)
            self._refresh_search_text()

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
            types=list(map(resource_type, types)),
            added=list(map(utc_from_text, added)),
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
            return read_resources(connection)

    def resource(self, uuid: str) -> Resource | None:
        with self._engine.connect() as connection:
            found = read_resources(connection, ResourceRow.uuid == uuid)
        return found[0] if found else None

    def resources_by_uuid(self, uuids: Sequence[str]) -> list[Resource]:
        """The stored resources among ``uuids``, in that order; unknown UUIDs are left out."""
        by_uuid: dict[str, Resource] = {}
        with self._engine.connect() as connection:
            for some in batches(list(dict.fromkeys(uuids))):
                for found in read_resources(connection, ResourceRow.uuid.in_(some)):
                    by_uuid[found.uuid] = found
        return [by_uuid[uuid] for uuid in dict.fromkeys(uuids) if uuid in by_uuid]

    def category_links(self, category_ids: Iterable[int]) -> list[tuple[str, int]]:
        """The links to any of ``category_ids``, as (resource UUID, category id)."""
        links: list[tuple[str, int]] = []
        with self._engine.connect() as connection:
            for some in batches(sorted(set(category_ids))):
                query = (
                    select(ResourceRow.uuid, resource_categories.c.category_id)
                    .join(resource_categories, resource_categories.c.resource_id == ResourceRow.id)
                    .where(resource_categories.c.category_id.in_(some))
                    .order_by(resource_categories.c.category_id, ResourceRow.id)
                )
                links.extend((uuid, category) for uuid, category in connection.execute(query))
        return links

    def duplicates(
        self, folded_title: str, doi: str | None, excluding_uuid: str | None
    ) -> list[Resource]:
        """Resources whose folded title is ``folded_title``, or whose link holds ``doi``
        (ignoring case), but for the one with ``excluding_uuid``."""
        same = ResourceRow.search_title == folded_title
        if doi:
            # instr() rather than LIKE: a DOI may hold "_", which LIKE takes for a wildcard.
            same = same | (func.instr(func.lower(ResourceRow.url), doi.lower()) > 0)
        if excluding_uuid is not None:
            same = same & (ResourceRow.uuid != excluding_uuid)
        with self._engine.connect() as connection:
            return read_resources(connection, same)

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
            writing("load the bundled catalog"),
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
            resource_writes.insert_resources(session.connection(), resources)
            session.add(MetaRow(key=_SEEDED_KEY, value=resource_writes.naive_utc(now).isoformat()))
        return True

    def add_categories(self, names: Sequence[tuple[str, int | None]]) -> list[int]:
        """Add categories given as (name, parent id); return their new ids in order."""
        with writing("add categories"), Session(writer(self._engine)) as session, session.begin():
            rows = [
                CategoryRow(name=name, parent_id=parent, position=position)
                for position, (name, parent) in enumerate(names)
            ]
            session.add_all(rows)
            session.flush()
            return [row.id for row in rows]

    def add_resources(self, resources: Iterable[Resource]) -> None:
        """Insert new resources (and their authors and category links) in one transaction."""
        with writing("add resources"), writer(self._engine).begin() as connection:
            resource_writes.insert_resources(connection, list(resources))

    def apply_resource_change(self, change: ResourceChange) -> None:
        """Write a curator's change to resources in one transaction; see resource_writes."""
        with writing("change the resources"), writer(self._engine).begin() as connection:
            resource_writes.apply_resource_change(connection, change)

    def apply_category_change(self, change: CategoryChange) -> None:
        """Write a curator's change to the category tree in one transaction."""
        with writing("change the categories"), writer(self._engine).begin() as connection:
            category_writes.apply_category_change(connection, change)

    def _refresh_search_text(self) -> None:
        """Recompute every row's search text if it was made by other folding rules."""
        # Looked at first without the write lock, which most starts then need not take.
        with writing("read the search text version"), Session(self._engine) as session:
            if _is_current(session.get(MetaRow, SEARCH_TEXT_KEY)):
                return
        with (
            writing("update the search text"),
            Session(writer(self._engine)) as session,
            session.begin(),
        ):
            if _is_current(session.get(MetaRow, SEARCH_TEXT_KEY)):
                return  # rebuilt by another process while we waited for the lock
            resources = self.resources()
            texts = list(map(search_text, resources))
            ids = list(session.execute(select(ResourceRow.id).order_by(ResourceRow.id)).scalars())
            if resources:
                table = ResourceRow.__table__
                assert isinstance(table, Table)
                session.connection().execute(
                    update(table).where(table.c.id == bindparam("row_id")),
                    [
                        {"row_id": row_id, **resource_writes.derived_columns(text)}
                        for row_id, text in zip(ids, texts, strict=True)
                    ],
                )
            word_index.clear(session.connection())
            word_index.add_words(session.connection(), zip(ids, map(words, texts), strict=True))
            session.merge(MetaRow(key=SEARCH_TEXT_KEY, value=str(SEARCH_TEXT_VERSION)))

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


def _is_current(search_text_version: MetaRow | None) -> bool:
    return search_text_version is not None and search_text_version.value == str(SEARCH_TEXT_VERSION)


@contextmanager
def _opening(path: object) -> Iterator[None]:
    try:
        yield
    except SQLAlchemyError as error:
        reason = getattr(error, "orig", None) or error
        raise StoreError(f"cannot open the catalog {path}: {reason}") from error
