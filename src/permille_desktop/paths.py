"""Where the app keeps its data and finds what it ships with."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "permille-desktop"


class DataDirError(OSError):
    """The data folder cannot be created or written."""


def default_data_dir() -> Path:
    """The user's data folder for the app, as the platform names it."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def prepare_data_dir(path: Path) -> Path:
    """Create ``path`` if needed and check that it can be written; return it absolute."""
    path = path.expanduser().absolute()
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DataDirError(f"cannot create the data folder {path}: {error.strerror}") from error
    if not path.is_dir():
        raise DataDirError(f"the data folder {path} is not a folder")
    return path


def bundled_resources_dir() -> Path:
    """The ``resources/`` folder: inside the installed package, else beside ``src/``."""
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def bundled_catalog_path() -> Path:
    return bundled_resources_dir() / "catalog.json"
