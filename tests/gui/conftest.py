from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from permille_desktop.app import build_main_window
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.translation import (
    app_translations_dir,
    install_language,
    remove_language,
)

from .message_boxes import MessageBoxes

ROOT = Path(__file__).resolve().parents[2]


def _compile_translations() -> None:
    """Compile translations/*.ts as setup does, if a .ts changed since (or never was)."""
    compiled = app_translations_dir()
    for ts in (ROOT / "translations").glob("*.ts"):
        qm = compiled / ts.with_suffix(".qm").name
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            script = ROOT / "scripts" / "update_translations.py"
            subprocess.run([sys.executable, str(script), "--compile"], check=True)
            return


@pytest.fixture(scope="session", autouse=True)
def english(qapp) -> Iterator[None]:
    """The interface in English, as a start on an English system shows it (its plurals
    included), whatever the language of the machine the tests run on."""
    _compile_translations()
    installed = install_language(qapp, "en", QLocale("en_US"))
    yield
    remove_language(qapp, installed)


@pytest.fixture
def open_window(qtbot) -> Iterator[Callable[[Path], MainWindow]]:
    """Builds real main windows on a data folder and closes them after the test."""
    windows: list[MainWindow] = []

    def open_(data_dir: Path) -> MainWindow:
        window = build_main_window(data_dir)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(open_window, data_dir: Path) -> MainWindow:
    return open_window(data_dir)


@pytest.fixture
def boxes() -> Iterator[MessageBoxes]:
    """Answers the message boxes a test expects, and records every box shown."""
    watcher = MessageBoxes()
    yield watcher
    watcher.stop()
