"""What the desktop bundle relies on: resources found in a PyInstaller bundle's layout, the
icon at every size, and desktop metadata that names the app and its version as the code does."""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from permille_desktop import __version__, paths
from permille_desktop.paths import APP_ID, app_icon_paths, bundled_catalog_path

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
HICOLOR_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_the_icon_comes_at_every_hicolor_size() -> None:
    icons = app_icon_paths()

    assert [_png_size(path) for path in icons] == [(size, size) for size in HICOLOR_SIZES]
    assert all(path.name == f"{APP_ID}.png" for path in icons)


def test_a_pyinstaller_bundle_finds_its_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PyInstaller sets a module's __file__ to where it would be in the bundle's folder, and
    # packaging/permille-desktop.spec puts resources/ inside the package, as the wheel does.
    bundle = tmp_path / "permille-desktop" / "_internal"
    resources = bundle / "permille_desktop" / "resources"
    icon = resources / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png"
    icon.parent.mkdir(parents=True)
    icon.write_bytes(b"")
    (resources / "catalog.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    monkeypatch.setattr(paths, "__file__", str(bundle / "permille_desktop" / "paths.pyc"))

    assert bundled_catalog_path() == resources / "catalog.json"
    assert app_icon_paths() == [icon]


def test_the_metainfo_names_the_app_and_its_version() -> None:
    component = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()

    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == f"{APP_ID}.desktop"
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__


def test_the_desktop_file_starts_the_app_with_its_icon() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keep the keys as written
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")

    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert entry["Desktop Entry"]["Exec"].split()[0] == paths.APP_NAME
    assert (
        ROOT / "resources" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ).is_file()
