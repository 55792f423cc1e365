"""The file that says the catalog is open: left behind, it tells of an unclean shutdown.

It is made when the library is opened and removed when it is closed, so finding it at the
next start means the last session ended without closing (a crash, a power cut), and the
catalog gets the full integrity check rather than the quick one. A second window open on the
same folder also leaves it there; the full check it then costs is harmless.
"""

from __future__ import annotations

from pathlib import Path

MARKER_NAME = "catalog.sqlite3.in-use"


class OpenMarker:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / MARKER_NAME

    def exists(self) -> bool:
        return self.path.exists()

    def create(self) -> None:
        """Raises OSError when the data folder cannot be written."""
        self.path.touch()

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
