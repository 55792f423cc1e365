"""The SQLAlchemy engine for one catalog file, with the connection settings we rely on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import ConnectionPoolEntry

# How long a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 5000

# Execution option naming the kind of BEGIN a transaction starts with.
BEGIN_MODE = "permille_begin"


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _configure_connection)
    event.listen(engine, "begin", _begin)
    return engine


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


def _begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")
