"""Writing a file so that it is either all there or not there at all.

The bytes go to a temporary file beside the target, which replaces the target only once it
is complete and on disk: a full disk, a refused write or a stop asked for leaves the old file, if
any, as it was and no temporary file behind.
"""

from __future__ import annotations

import os
import secrets
from contextlib import suppress
from pathlib import Path
from typing import BinaryIO

from permille_desktop.domain.progress import Progress, report
from permille_desktop.services.exchange.errors import ExchangeError

_CHUNK_BYTES = 1 << 16
# os.open takes O_BINARY on Windows only; elsewhere every file is binary.
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomically(path: Path, data: bytes, progress: Progress | None = None) -> None:
    """Put ``data`` in ``path``; raise ExchangeError (WRITE_FAILED) if it cannot be done.

    ``progress`` is told the bytes written so far before each chunk, and once more before the
    file takes the target's place; if it says to stop, Cancelled is raised and nothing changed.
    """
    if path.is_dir():
        raise ExchangeError.write_failed(path, "it is a folder")
    temporary = None
    try:
        temporary, descriptor = _create_beside(path)
        with os.fdopen(descriptor, "wb") as file:
            _write_all(file, data, progress)
            file.flush()
            os.fsync(file.fileno())
        report(progress, len(data), len(data))  # the last moment a stop leaves no trace
        os.replace(temporary, path)
    except BaseException as error:
        if temporary is not None:
            with suppress(OSError):
                temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ExchangeError.write_failed(path, error.strerror or str(error)) from error
        raise


def _create_beside(path: Path) -> tuple[Path, int]:
    """A new hidden file in ``path``'s folder. os.open with mode 0o666 lets the user's umask
    decide the permissions, as for any file the user saves (mkstemp would give 0o600)."""
    while True:
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return candidate, os.open(candidate, _FLAGS, 0o666)
        except FileExistsError:
            continue


def _write_all(file: BinaryIO, data: bytes, progress: Progress | None) -> None:
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK_BYTES):
        report(progress, start, len(view))
        file.write(view[start : start + _CHUNK_BYTES])
