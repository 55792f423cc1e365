"""Fills a new catalog from the catalog file shipped in ``resources/``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from permille_desktop.domain.catalog_file import CatalogFormatError, parse_catalog
from permille_desktop.domain.model import SeedCatalog
from permille_desktop.store.repository import CatalogStore


def read_bundled_catalog(path: Path) -> SeedCatalog:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise CatalogFormatError(f"cannot read the bundled catalog {path}: {error}") from error
    return parse_catalog(data)


def ensure_seeded(store: CatalogStore, catalog_path: Path) -> bool:
    """Seed ``store`` on its first start; return whether anything was added."""
    if store.is_seeded():
        return False
    return store.seed(read_bundled_catalog(catalog_path), datetime.now(UTC))
