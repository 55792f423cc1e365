"""Copies of a catalog file through SQLite's online backup API.

The backup API copies a consistent snapshot page by page while other connections go on
reading and writing, which copying the file's bytes would not (the -wal file holds part of
the data, and a write half-way through the copy would tear it).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from permille_desktop.domain.progress import Progress, report
from permille_desktop.store import engine
from permille_desktop.store.engine import read_only_uri
from permille_desktop.store.errors import StoreError
from permille_desktop.store.file_check import integrity_problems

# Pages copied per step of the backup API (4 MB of 4 KB pages): steps short enough for a stop
# to be heard at once, few enough to cost nothing.
PAGES_PER_STEP = 1024


def copy_verified(source: Path, target: Path, progress: Progress | None = None) -> None:
    """Copy the catalog at ``source`` to the new file ``target``, and check the copy.

    The copy is written under a temporary name and gets its own only once SQLite's full
    integrity check passed on it, so a file with a backup's name is always a good one. It is
    one self-contained file (rollback journal, no -wal beside it).

    ``progress`` is told the pages copied after each step, and asked again before the check
    and before the copy gets its name; if it says to stop, Cancelled is raised and the
    temporary file is gone.
    """
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        with (
            closing(_connect(source, read_only=True)) as origin,
            closing(_connect(partial, read_only=False)) as copy,
        ):
            # Step by step only when someone watches: in one step, nothing can make it start
            # over. An exception raised by the callback ends the backup (sqlite3 finishes it)
            # and comes out of backup() as it was.
            pages = -1 if progress is None else PAGES_PER_STEP
            origin.backup(copy, pages=pages, progress=_steps(progress))
            copy.execute("PRAGMA journal_mode = DELETE")
        report(progress, 1, 1)
        problems = integrity_problems(partial)
        if problems:
            raise StoreError(f"the copy of {source} failed its check: {problems[0]}")
        report(progress, 1, 1)
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as error:
        raise StoreError(f"could not copy the catalog to {target}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)


def _steps(progress: Progress | None) -> Callable[[int, int, int], object] | None:
    """sqlite3's backup callback (status, pages left, pages in all), told to ``progress``."""
    if progress is None:
        return None

    def step(_status: int, remaining: int, total: int) -> None:
        report(progress, total - remaining, total)

    return step


def copy_into(source: Path, destination: Path) -> None:
    """Replace the content of the catalog at ``destination`` (made if missing) with that of
    ``source``, in one transaction: on failure it is as it was.

    Other connections to ``destination`` see the new content at their next transaction.
    """
    try:
        with (
            closing(_connect(source, read_only=True)) as origin,
            closing(_connect(destination, read_only=False)) as target,
        ):
            origin.backup(target)
    except sqlite3.Error as error:
        raise StoreError(f"could not copy {source} into {destination}: {error}") from error


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    timeout = engine.BUSY_TIMEOUT_MS / 1000
    if read_only:
        return sqlite3.connect(read_only_uri(path), uri=True, timeout=timeout)
    return sqlite3.connect(path, timeout=timeout)
