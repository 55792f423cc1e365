"""The catalog as the GUI and the command line use it: open, read, index."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from permille_desktop.domain.catalog_file import CatalogFormatError
from permille_desktop.domain.model import Category, Resource
from permille_desktop.paths import DataDirError, bundled_catalog_path, prepare_data_dir
from permille_desktop.services.curation import Curator
from permille_desktop.services.search_index import SearchIndex
from permille_desktop.services.seeding import ensure_seeded
from permille_desktop.services.word_index import WordIndex
from permille_desktop.store.migrations import NewerSchemaError
from permille_desktop.store.repository import CatalogStore, StoreError


class CatalogError(RuntimeError):
    """The library cannot be opened; the message says why, in words for the user."""


class CatalogService:
    """One open library: its store, and what is derived from it."""

    def __init__(self, store: CatalogStore, data_dir: Path) -> None:
        self._store = store
        self.data_dir = data_dir

    @classmethod
    def open(cls, data_dir: Path, catalog_path: Path | None = None) -> CatalogService:
        """Open the library in ``data_dir``, creating it from the bundled catalog if new."""
        try:
            data_dir = prepare_data_dir(data_dir)
            store = CatalogStore.open(data_dir)
        except (DataDirError, NewerSchemaError, StoreError) as error:
            raise CatalogError(str(error)) from error
        try:
            ensure_seeded(store, catalog_path or bundled_catalog_path())
        except (CatalogFormatError, StoreError) as error:
            store.close()
            raise CatalogError(str(error)) from error
        except BaseException:
            store.close()
            raise
        return cls(store, data_dir)

    def close(self) -> None:
        self._store.close()

    def categories(self) -> list[Category]:
        return self._store.categories()

    def build_index(self, categories: list[Category] | None = None) -> SearchIndex:
        known, counts = self._store.search_words()
        words = WordIndex(known, counts, self._store.resources_with)
        return SearchIndex(self._store.index_columns(), categories or self.categories(), words)

    def resource(self, uuid: str) -> Resource | None:
        return self._store.resource(uuid)

    def resources(self) -> list[Resource]:
        """Every resource, whole (with descriptions): for exports and import matching."""
        return self._store.resources()

    def resources_by_uuid(self, uuids: Sequence[str]) -> list[Resource]:
        """The resources among ``uuids``, in that order; those not in the catalog are left
        out."""
        return self._store.resources_by_uuid(uuids)

    def count(self) -> int:
        return self._store.count_resources()

    def curator(self) -> Curator:
        """Curators' changes to this library, planned and written through its store."""
        return Curator(self._store)
