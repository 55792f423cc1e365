"""Where the app keeps its data and finds what it ships with."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "permille-desktop"
# The reverse-DNS name of the desktop file, the icon and the AppStream metadata (packaging/linux/).
APP_ID = "org._4p1000.PermilleDesktop"


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
    """The ``resources/`` folder: inside the installed package, else beside ``src/``.

    A PyInstaller bundle keeps it inside the package too (packaging/permille-desktop.spec), and
    sets ``__file__`` to where the module would be in the bundle's folder.
    """
    packaged = Path(__file__).with_name("resources")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def bundled_catalog_path() -> Path:
    return bundled_resources_dir() / "catalog.json"


def app_icon_paths() -> list[Path]:
    """The app's icon as PNG files of the hicolor theme's sizes, smallest first."""
    icons = bundled_resources_dir() / "icons" / "hicolor"
    return sorted(
        icons.glob(f"*x*/apps/{APP_ID}.png"),
        key=lambda path: int(path.parent.parent.name.partition("x")[0]),
    )
