"""The SQLAlchemy engine for one catalog file, with the connection settings we rely on."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

# How long a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 5000

# Execution option naming the kind of BEGIN a transaction starts with.
BEGIN_MODE = "permille_begin"


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on the catalog file at ``path``.

    ``read_only`` opens it through SQLite's ``mode=ro``, which refuses every write and does
    not create a missing file: for a catalog written by a newer version, and for checks that
    must leave the file as they found it.
    """
    if read_only:
        url = URL.create(
            "sqlite", database=file_uri(path), query={"uri": "true", **read_only_options(path)}
        )
        engine = create_engine(url)
        event.listen(engine, "connect", _configure_read_only_connection)
    else:
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


def file_uri(path: Path) -> str:
    """``path`` as an SQLite URI (file:///…), with characters such as ? and # escaped."""
    return path.absolute().as_uri()


def read_only_uri(path: Path) -> str:
    """The SQLite URI that opens ``path`` read-only (see :func:`read_only_options`)."""
    return f"{file_uri(path)}?{urlencode(read_only_options(path))}"


def read_only_options(path: Path) -> dict[str, str]:
    """The URI parameters that open ``path`` read-only.

    A WAL file needs its -shm file, which SQLite makes beside it, even to read; in a folder
    that cannot be written (a read-only medium) it cannot, so a file with no log to replay
    there is opened as immutable: nobody can write it from here either.
    """
    options = {"mode": "ro"}
    log = path.with_name(path.name + "-wal")
    if not os.access(path.parent, os.W_OK) and not log.exists():
        options["immutable"] = "1"
    return options


def writer(engine: Engine) -> Engine:
    """The same engine, whose transactions take the write lock when they begin.

    Taking it up front (BEGIN IMMEDIATE) avoids failing half-way when another connection
    started writing first.
    """
    return engine.execution_options(**{BEGIN_MODE: "IMMEDIATE"})


def _configure_connection(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Python's sqlite3 module would otherwise begin transactions itself, and not before DDL;
    # SQLAlchemy's documented recipe hands BEGIN to us (see _begin) so DDL is transactional.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def _configure_read_only_connection(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    _configure_connection(dbapi_connection, record)
    # mode=ro already refuses writes; query_only also refuses them before they reach the file.
    dbapi_connection.execute("PRAGMA query_only = ON")


def _begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
