"""The catalog's rows as they are stored, read for the consistency checks, writing nothing.

The file is opened read-only (SQLite's ``mode=ro``) and not migrated, so a check leaves it as
it found it, whatever its version. Every read of one :meth:`CatalogAudit.snapshot` is one read
transaction: the parts compared with each other are of the same moment.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from permille_desktop.domain.id_sets import IdSet
from permille_desktop.domain.model import Category, Resource
from permille_desktop.domain.search_text import SearchText
from permille_desktop.store import word_index
from permille_desktop.store.engine import make_engine
from permille_desktop.store.errors import StoreError
from permille_desktop.store.repository import SEARCH_TEXT_KEY
from permille_desktop.store.resource_reads import read_resources
from permille_desktop.store.schema import CategoryRow, MetaRow, ResourceRow

# Rows that refer to a row that is not there: (table, its row's key, the missing row).
_DANGLING = {
    "resource_categories": (
        "SELECT resource_id, category_id, 'resource ' || resource_id FROM resource_categories"
        " WHERE resource_id NOT IN (SELECT id FROM resources)"
        " UNION ALL SELECT resource_id, category_id, 'category ' || category_id"
        " FROM resource_categories WHERE category_id NOT IN (SELECT id FROM categories)"
    ),
    "resource_authors": (
        "SELECT resource_id, position, 'resource ' || resource_id FROM resource_authors"
        " WHERE resource_id NOT IN (SELECT id FROM resources)"
    ),
}


@dataclass(frozen=True, slots=True)
class DanglingRow:
    table: str
    key: tuple[int, int]  # resource_categories: (resource, category); authors: (resource, position)
    missing: str  # what it refers to that is not there, e.g. "category 12"


@dataclass(frozen=True, slots=True)
class StoredWord:
    word: str
    count: int  # the resource_count column
    resource_ids: IdSet


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The tables of the catalog at one moment. ``resources`` and ``search_text`` are keyed
    by row id; ``words`` is None when the file has no word index (before schema 2)."""

    schema_version: int
    search_text_version: str | None
    categories: list[Category]
    resources: dict[int, Resource]
    search_text: dict[int, SearchText]
    dangling: list[DanglingRow]
    words: list[StoredWord] | None


class CatalogAudit:
    """A read-only look at the catalog file at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def snapshot(self) -> Snapshot:
        """Everything the checks compare; raises StoreError if the file cannot be read."""
        engine = make_engine(self.path, read_only=True)
        try:
            with engine.connect() as connection:
                return _snapshot(connection)
        except SQLAlchemyError as error:
            reason = getattr(error, "orig", None) or error
            raise StoreError(f"cannot read the catalog {self.path}: {reason}") from error
        finally:
            engine.dispose()


def _snapshot(connection: Connection) -> Snapshot:
    tables = set(
        connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'").scalars()
    )
    categories = [
        Category(*row)
        for row in connection.execute(
            select(CategoryRow.id, CategoryRow.name, CategoryRow.parent_id, CategoryRow.position)
        )
    ]
    ids = list(connection.execute(select(ResourceRow.id).order_by(ResourceRow.id)).scalars())
    # read_resources gives them in row id order too.
    resources = dict(zip(ids, read_resources(connection), strict=True))
    return Snapshot(
        schema_version=int(connection.exec_driver_sql("PRAGMA user_version").scalar_one()),
        search_text_version=connection.execute(
            select(MetaRow.value).where(MetaRow.key == SEARCH_TEXT_KEY)
        ).scalar(),
        categories=categories,
        resources=resources,
        search_text=_search_text(connection),
        dangling=[
            DanglingRow(table, (first, second), missing)
            for table, query in _DANGLING.items()
            for first, second, missing in connection.exec_driver_sql(query)
        ],
        words=(
            [StoredWord(*row) for row in word_index.every_word(connection)]
            if "search_words" in tables
            else None
        ),
    )


def _search_text(connection: Connection) -> dict[int, SearchText]:
    query = select(
        ResourceRow.id,
        ResourceRow.search_title,
        ResourceRow.search_content,
        ResourceRow.title_key,
        ResourceRow.authors_display,
    )
    return {
        row_id: SearchText(title=title, content=content, title_key=key, authors=authors)
        for row_id, title, content, key, authors in connection.execute(query)
    }
