"""Numbered schema steps on ``PRAGMA user_version``, all pending ones applied in one transaction.

Steps are written as SQL, not derived from the models, so that a step means the same thing
forever; tests check that the models agree with the schema the steps build. A step that fails
leaves the file exactly as it was: SQLite's DDL is transactional, and the version number
changes in the same transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sqlalchemy import Connection, Engine

from permille_desktop.store.engine import writer

# Marks a SQLite file as a permille-desktop catalog (PRAGMA application_id, bytes 68-71 of the
# header): "4p1k" in ASCII, for 4 per 1000. Never change it: files already carry it.
APPLICATION_ID = 0x3470316B

# The tables of the first schema: a file without application_id but with these is one of ours
# from before step 3.
FIRST_TABLES = frozenset(
    {"categories", "resources", "resource_authors", "resource_categories", "meta"}
)

STEPS: tuple[tuple[str, ...], ...] = (
    # 1: the first schema.
    (
        """CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES categories(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            position INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX ix_categories_parent ON categories(parent_id, position)",
        """CREATE TABLE resources (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            sort_title TEXT,
            year INTEGER,
            venue TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT '',
            added_at DATETIME NOT NULL,
            modified_at DATETIME NOT NULL,
            -- Derived from the fields above (domain.search_text), kept so that start-up
            -- need not fold every resource; rebuilt when the folding rules change.
            search_title TEXT NOT NULL DEFAULT '',
            search_content TEXT NOT NULL DEFAULT '',
            title_key TEXT NOT NULL DEFAULT '',
            authors_display TEXT NOT NULL DEFAULT ''
        )""",
        # The index loads resources in title order, which makes the default sort free.
        "CREATE INDEX ix_resources_title_key ON resources(title_key, id)",
        """CREATE TABLE resource_authors (
            resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (resource_id, position)
        )""",
        """CREATE TABLE resource_categories (
            resource_id INTEGER NOT NULL REFERENCES resources(id) ON DELETE CASCADE,
            category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            PRIMARY KEY (resource_id, category_id)
        )""",
        "CREATE INDEX ix_resource_categories_category ON resource_categories(category_id)",
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    # 2: the word index. Derived from the search text like it, and filled by the store when
    # the search text is (re)built.
    (
        """CREATE TABLE search_words (
            id INTEGER PRIMARY KEY,
            word TEXT NOT NULL UNIQUE,
            resource_count INTEGER NOT NULL,
            -- The resources whose search text has this word, in one of two forms (see
            -- store/word_index.py): their ids, or a bitmap of their ids.
            resource_ids BLOB,
            resource_bits BLOB,
            CHECK ((resource_ids IS NULL) <> (resource_bits IS NULL))
        )""",
        # Start-up reads every word and its count: from this index, without the blobs.
        "CREATE INDEX ix_search_words_count ON search_words(word, resource_count)",
    ),
    # 3: mark the file as ours, which tells it apart from another program's SQLite file.
    (f"PRAGMA application_id = {APPLICATION_ID}",),
)

LATEST_VERSION = len(STEPS)


class NewerSchemaError(RuntimeError):
    """The file was written by a newer version of the app than this one."""

    def __init__(self, found: int) -> None:
        super().__init__(
            f"this catalog has schema version {found}; this version of permille-desktop "
            f"reads up to version {LATEST_VERSION}"
        )
        self.found = found


def schema_version(connection: Connection) -> int:
    version = connection.exec_driver_sql("PRAGMA user_version").scalar_one()
    return int(version)


def migrate(engine: Engine, before_change: Callable[[int], object] | None = None) -> int:
    """Bring the file up to the latest version; return the version it had before.

    ``before_change`` is called with that version before an existing catalog is changed (not
    for a new, empty file): it takes the backup a failed or unwanted change is undone from.
    """
    latest = len(STEPS)  # read at each call, so that tests may add a step
    with engine.connect() as connection:
        found = schema_version(connection)
    if found > latest:
        raise NewerSchemaError(found)
    # Set here, after the version check, so a newer app's file is refused untouched.
    _use_write_ahead_log(engine)
    if found == latest:
        return found
    if found > 0 and before_change is not None:
        before_change(found)
    with writer(engine).begin() as connection:
        # Another process may have run steps while we waited for the lock.
        for version in range(schema_version(connection) + 1, latest + 1):
            for statement in STEPS[version - 1]:
                connection.exec_driver_sql(statement)
        connection.exec_driver_sql(f"PRAGMA user_version = {latest}")
    return found


def _use_write_ahead_log(engine: Engine) -> None:
    """Switch the file to write-ahead logging, which lets readers go on while one writes.

    The journal mode is stored in the file: one switch holds for every later connection. It
    cannot change inside a transaction, so it goes to the driver's connection directly.
    """
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")  # type: ignore[union-attr]
    except sqlite3.OperationalError as error:
        # Busy: another program holds the file open in the old mode. The catalog works
        # without WAL, though readers then wait for writers; the next start tries again.
        if (error.sqlite_errorcode & 0xFF) != sqlite3.SQLITE_BUSY:
            raise
    finally:
        raw.close()
