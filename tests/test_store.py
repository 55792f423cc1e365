"""The SQLite store: schema, migrations, connection settings, seeding and round trips."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from permille_desktop.domain.model import Resource, ResourceType, SeedCatalog, SeedCategory
from permille_desktop.paths import bundled_catalog_path
from permille_desktop.services.catalog import CatalogError, CatalogService
from permille_desktop.services.seeding import read_bundled_catalog
from permille_desktop.store.engine import make_engine
from permille_desktop.store.migrations import LATEST_VERSION, NewerSchemaError, migrate
from permille_desktop.store.repository import CATALOG_FILE_NAME, CatalogStore, StoreError
from permille_desktop.store.schema import Base


@pytest.fixture
def store(data_dir: Path) -> Iterator[CatalogStore]:
    data_dir.mkdir(parents=True)
    opened = CatalogStore.open(data_dir)
    yield opened
    opened.close()


@pytest.fixture
def seed() -> SeedCatalog:
    return read_bundled_catalog(bundled_catalog_path())


def sql(path: Path, statement: str, *params: object) -> list[tuple[object, ...]]:
    """Run one statement on the file with the standard sqlite3 module."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(statement, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def pragma(engine: Engine, name: str) -> object:
    with engine.connect() as connection:
        return connection.exec_driver_sql(f"PRAGMA {name}").scalar()


def seed_category_names(categories: tuple[SeedCategory, ...]) -> dict[str, str]:
    names: dict[str, str] = {}
    for category in categories:
        names[category.key] = category.name
        names.update(seed_category_names(category.children))
    return names


def seed_parents(
    categories: tuple[SeedCategory, ...], parent: str | None = None
) -> dict[str, str | None]:
    parents: dict[str, str | None] = {}
    for category in categories:
        parents[category.name] = parent
        parents.update(seed_parents(category.children, category.name))
    return parents


# Opening and schema ----------------------------------------------------------------------------


def test_open_creates_the_catalog_file(store: CatalogStore, data_dir: Path) -> None:
    assert (data_dir / CATALOG_FILE_NAME).is_file()


def test_new_file_has_the_latest_schema_version(store: CatalogStore) -> None:
    assert LATEST_VERSION >= 1
    assert pragma(store._engine, "user_version") == LATEST_VERSION


def test_connections_use_write_ahead_logging(store: CatalogStore) -> None:
    assert pragma(store._engine, "journal_mode") == "wal"


def test_connections_enforce_foreign_keys(store: CatalogStore) -> None:
    assert pragma(store._engine, "foreign_keys") == 1


def test_migrating_an_up_to_date_file_changes_nothing(store: CatalogStore, data_dir: Path) -> None:
    engine = make_engine(data_dir / CATALOG_FILE_NAME)
    try:
        assert migrate(engine) == LATEST_VERSION
        assert pragma(engine, "user_version") == LATEST_VERSION
    finally:
        engine.dispose()


def _affinity(declared: str) -> str:
    # SQLite's rules for the affinity of a declared column type (section 3.1 of its docs).
    declared = declared.upper()
    if "INT" in declared:
        return "INTEGER"
    if any(word in declared for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in declared or not declared:
        return "BLOB"
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def _describe(connection: sqlite3.Connection) -> dict[str, object]:
    tables = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    described: dict[str, object] = {}
    for table in tables:
        columns = {
            name: (_affinity(kind), bool(notnull or pk), pk)
            for _cid, name, kind, notnull, _default, pk in connection.execute(
                f"PRAGMA table_info({table})"
            )
        }
        foreign_keys = {
            (row[2], row[3], row[4], row[6])  # table, from, to, on_delete
            for row in connection.execute(f"PRAGMA foreign_key_list({table})")
        }
        unique = {
            tuple(c[2] for c in connection.execute(f"PRAGMA index_info({row[1]})"))
            for row in connection.execute(f"PRAGMA index_list({table})")
            if row[3] == "u"
        }
        described[table] = (columns, foreign_keys, unique)
    return described


def test_models_agree_with_the_migrated_schema(store: CatalogStore, data_dir: Path) -> None:
    models = create_engine("sqlite://")
    try:
        Base.metadata.create_all(models)
        raw = models.raw_connection()
        try:
            from_models = _describe(raw.driver_connection)
        finally:
            raw.close()
    finally:
        models.dispose()
    migrated_file = sqlite3.connect(data_dir / CATALOG_FILE_NAME)
    try:
        migrated = _describe(migrated_file)
    finally:
        migrated_file.close()
    assert set(from_models) == set(migrated) == set(Base.metadata.tables)
    for table in migrated:
        assert from_models[table] == migrated[table], table


def _newer_file(path: Path, journal_mode: str) -> str:
    connection = sqlite3.connect(path)
    try:
        connection.execute(f"PRAGMA journal_mode = {journal_mode}")
        connection.execute("CREATE TABLE future (x)")
        connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        connection.commit()
    finally:
        connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_from_a_newer_version_is_refused_and_left_alone(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / CATALOG_FILE_NAME
    digest = _newer_file(path, "wal")
    with pytest.raises(NewerSchemaError) as raised:
        CatalogStore.open(data_dir)
    assert raised.value.found == LATEST_VERSION + 1
    assert f"schema version {LATEST_VERSION + 1}" in str(raised.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sql(path, "PRAGMA user_version") == [(LATEST_VERSION + 1,)]
    assert sorted(p.name for p in data_dir.iterdir()) == [CATALOG_FILE_NAME]


def test_newer_file_in_rollback_journal_mode_is_not_modified(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / CATALOG_FILE_NAME
    digest = _newer_file(path, "delete")
    with pytest.raises(NewerSchemaError):
        CatalogStore.open(data_dir)
    assert sql(path, "PRAGMA journal_mode") == [("delete",)]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest


def test_service_opens_a_newer_file_of_ours_read_only(data_dir: Path) -> None:
    CatalogService.open(data_dir).close()
    sql(data_dir / CATALOG_FILE_NAME, f"PRAGMA user_version = {LATEST_VERSION + 1}")
    service = CatalogService.open(data_dir)
    try:
        assert service.read_only
        assert service.count() == 24
    finally:
        service.close()


# Seeding ---------------------------------------------------------------------------------------


def test_first_open_seeds_the_bundled_catalog(data_dir: Path, seed: SeedCatalog) -> None:
    service = CatalogService.open(data_dir)
    try:
        assert service.count() == 24
        assert len(service.categories()) == 20
        assert set(service.build_index().uuids) == {r.uuid for r in seed.resources}
    finally:
        service.close()


def test_seeded_category_tree_matches_the_catalog(data_dir: Path, seed: SeedCatalog) -> None:
    service = CatalogService.open(data_dir)
    try:
        categories = service.categories()
    finally:
        service.close()
    name_of = {c.id: c.name for c in categories}
    parents = {c.name: name_of.get(c.parent_id) if c.parent_id else None for c in categories}
    assert parents == seed_parents(seed.categories)
    top_level = [c.name for c in categories if c.parent_id is None]
    assert top_level == [c.name for c in seed.categories]


def test_seeded_resources_keep_fields_authors_and_categories(
    data_dir: Path, seed: SeedCatalog
) -> None:
    CatalogService.open(data_dir).close()
    store = CatalogStore.open(data_dir)
    try:
        stored = {r.uuid: r for r in store.resources()}
        name_of = {c.id: c.name for c in store.categories()}
    finally:
        store.close()
    key_names = seed_category_names(seed.categories)
    assert len(stored) == 24
    for expected in seed.resources:
        got = stored[expected.uuid]
        assert got.title == expected.title
        assert got.year == expected.year
        assert got.authors == expected.authors
        assert got.type == expected.type
        assert got.venue == expected.venue
        assert got.description == expected.description
        assert got.url == expected.url
        assert got.language == expected.language
        assert {name_of[c] for c in got.category_ids} == {
            key_names[k] for k in expected.category_keys
        }
        assert got.added.tzinfo is not None
        assert got.added.utcoffset() == timedelta(0)


def test_seeded_authors_are_in_catalog_order(data_dir: Path) -> None:
    service = CatalogService.open(data_dir)
    try:
        resource = service.resource("e0b1d499-75f5-4046-8ab0-0202674c240c")
    finally:
        service.close()
    assert resource is not None
    assert resource.title.startswith("Matching policy and science")
    assert resource.authors == (
        "J.F. Soussana",
        "S. Lutfalla",
        "F. Ehrhardt",
        "T. Rosenstock",
        "C. Lamanna",
        "P. Havlík",
        "M. Richards",
        "E. Wollenberg",
        "J.L. Chotte",
        "E. Torquebiau",
        "P. Ciais",
        "P. Smith",
        "R. Lal",
    )


def test_opening_again_adds_nothing(data_dir: Path, seed: SeedCatalog) -> None:
    first = CatalogService.open(data_dir)
    try:
        uuids = sorted(first.build_index().uuids)
        categories = first.categories()
    finally:
        first.close()
    second = CatalogService.open(data_dir)
    try:
        assert sorted(second.build_index().uuids) == uuids
        assert second.categories() == categories
    finally:
        second.close()
    path = data_dir / CATALOG_FILE_NAME
    assert sql(path, "SELECT count(*) FROM resources") == [(24,)]
    assert sql(path, "SELECT count(*) FROM categories") == [(20,)]
    authors = sum(len(r.authors) for r in seed.resources)
    assert sql(path, "SELECT count(*) FROM resource_authors") == [(authors,)]


def test_a_deleted_seeded_resource_does_not_come_back(data_dir: Path, seed: SeedCatalog) -> None:
    CatalogService.open(data_dir).close()
    deleted = seed.resources[0].uuid
    path = data_dir / CATALOG_FILE_NAME
    sql(path, "DELETE FROM resources WHERE uuid = ?", deleted)
    service = CatalogService.open(data_dir)
    try:
        assert service.count() == 23
        assert service.resource(deleted) is None
        assert deleted not in service.build_index().uuids
    finally:
        service.close()


def test_seed_on_a_seeded_store_writes_nothing(store: CatalogStore, seed: SeedCatalog) -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert store.seed(seed, now) is True
    assert store.is_seeded()
    assert store.seed(seed, now) is False
    assert store.count_resources() == 24
    assert len(store.categories()) == 20


# Round trips -----------------------------------------------------------------------------------


def test_add_resources_round_trip_keeps_every_field(store: CatalogStore) -> None:
    soils, water = store.add_categories([("Soils", None), ("Water", None)])
    (carbon,) = store.add_categories([("Carbon", soils)])
    added = datetime(2024, 3, 1, 12, 30, 15, 123456, tzinfo=UTC)
    modified = datetime(2024, 3, 2, 14, 0, 0, tzinfo=timezone(timedelta(hours=2)))
    full = Resource(
        uuid="00000000-0000-4000-8000-000000000001",
        title="Écologie des sols – “4 per 1000”",
        type=ResourceType.REPORT,
        added=added,
        modified=modified,
        sort_title="Ecologie des sols",
        year=2019,
        authors=("Zoé Zeta", "Adam Alpha", "Ǆemal Ðorđević"),
        venue="Revue d’écologie",
        description="Line one\nLine two 😀",
        url="https://example.org/sols?a=1&b=2",
        language="fr",
        category_ids=(carbon, water),
    )
    bare = Resource(
        uuid="00000000-0000-4000-8000-000000000002",
        title="Untitled draft",
        type=ResourceType.OTHER,
        added=added,
        modified=added,
    )
    store.add_resources([full, bare])

    for expected in (full, bare):
        got = store.resource(expected.uuid)
        assert got is not None
        assert replace(got, category_ids=tuple(sorted(got.category_ids))) == replace(
            expected, category_ids=tuple(sorted(expected.category_ids))
        )
        assert got.authors == expected.authors
        assert got.year == expected.year
    got_full = store.resource(full.uuid)
    assert got_full is not None
    assert got_full.modified.utcoffset() == timedelta(0)
    assert got_full.modified == datetime(2024, 3, 2, 12, 0, 0, tzinfo=UTC)
    assert got_full.added == added

    by_uuid = {r.uuid: r for r in store.resources()}
    assert by_uuid[full.uuid].authors == full.authors
    assert set(by_uuid[full.uuid].category_ids) == {carbon, water}
    assert by_uuid[bare.uuid].year is None
    assert by_uuid[bare.uuid].sort_title is None
    assert by_uuid[bare.uuid].authors == ()
    assert by_uuid[bare.uuid].category_ids == ()


def test_resource_that_does_not_exist_is_none(store: CatalogStore) -> None:
    assert store.resource("no-such-uuid") is None


def test_added_categories_keep_their_parent(store: CatalogStore) -> None:
    (root,) = store.add_categories([("Root", None)])
    first, second = store.add_categories([("First", root), ("Second", root)])
    by_id = {c.id: c for c in store.categories()}
    assert by_id[first].parent_id == root
    assert by_id[second].parent_id == root
    assert by_id[root].parent_id is None


def test_failed_add_writes_nothing(store: CatalogStore) -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    existing = Resource(
        uuid="same", title="Existing", type=ResourceType.BOOK, added=now, modified=now
    )
    store.add_resources([existing])
    fresh = replace(existing, uuid="fresh", title="Fresh")
    with pytest.raises(StoreError, match="could not add resources"):
        store.add_resources([fresh, replace(existing, title="Duplicate")])
    assert store.count_resources() == 1
    assert store.resource("fresh") is None


def test_type_unknown_to_this_version_reads_as_other(store: CatalogStore, data_dir: Path) -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    store.add_resources(
        [Resource(uuid="u1", title="A podcast", type=ResourceType.VIDEO, added=now, modified=now)]
    )
    sql(data_dir / CATALOG_FILE_NAME, "UPDATE resources SET type = 'podcast'")
    got = store.resource("u1")
    assert got is not None
    assert got.type is ResourceType.OTHER


# Errors ----------------------------------------------------------------------------------------


def test_data_folder_under_a_regular_file_is_a_readable_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(CatalogError) as raised:
        CatalogService.open(blocker / "data")
    message = str(raised.value)
    assert "cannot create the data folder" in message
    assert str(blocker / "data") in message
    assert "\n" not in message


def test_data_folder_that_is_a_regular_file_is_a_readable_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(CatalogError, match="data folder"):
        CatalogService.open(blocker)


def test_file_that_is_not_a_database_is_kept_aside(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / CATALOG_FILE_NAME
    garbage = b"this is not an SQLite database, but someone's notes\n" * 20
    path.write_bytes(garbage)
    service = CatalogService.open(data_dir)
    try:
        assert service.count() == 24
        moved = service.opening.events[0].moved_to
    finally:
        service.close()
    assert moved is not None
    assert moved.read_bytes() == garbage


def test_a_catalog_that_cannot_be_read_at_all_is_a_catalog_error(data_dir: Path) -> None:
    (data_dir / CATALOG_FILE_NAME).mkdir(parents=True)  # a folder where the file should be
    with pytest.raises(CatalogError, match="cannot read the catalog"):
        CatalogService.open(data_dir)
    assert (data_dir / CATALOG_FILE_NAME).is_dir()


def test_broken_bundled_catalog_is_a_catalog_error(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "catalog.json"
    broken.write_text('{"format": 1, "resources": [', encoding="utf-8")
    with pytest.raises(CatalogError, match="cannot read the bundled catalog"):
        CatalogService.open(data_dir, broken)


def test_a_failed_seed_is_retried_at_the_next_open(data_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "catalog.json"
    broken.write_text("not json", encoding="utf-8")
    with pytest.raises(CatalogError):
        CatalogService.open(data_dir, broken)
    service = CatalogService.open(data_dir)
    try:
        assert service.count() == 24
    finally:
        service.close()
