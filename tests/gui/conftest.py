from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from permille_desktop.app import build_main_window
from permille_desktop.gui.main_window import MainWindow

from .message_boxes import MessageBoxes


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
