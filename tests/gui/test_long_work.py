"""Long work beside the window: nothing shows when it is quick, a progress dialog with Cancel
when it is not, and Cancel stops it at its next step."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QProgressDialog, QPushButton

from permille_desktop.domain.progress import Cancelled, Progress, report
from permille_desktop.gui import long_work
from permille_desktop.gui.long_work import run_long

from .helpers import press_cancel, when_progress


@pytest.fixture
def parent(qtbot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def soon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(long_work, "SHOW_AFTER_MS", 100)


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]


def steps(count: int, pause: float):
    def work(progress: Progress) -> str:
        for step in range(count):
            report(progress, step, count)
            time.sleep(pause)
        return "done"

    return work


def test_quick_work_returns_its_result_off_the_gui_thread_and_shows_nothing(parent):
    shown: list[bool] = []
    when_progress(lambda dialog: shown.append(True), attempts=20)
    threads: list[str] = []

    def work(progress: Progress) -> int:
        threads.append(threading.current_thread().name)
        return 42

    assert run_long(parent, "Working…", work) == 42
    assert threads and threads[0] != threading.main_thread().name
    assert shown == []
    assert not [d for d in progress_dialogs() if d.isVisible()]


def test_what_the_work_raises_is_raised_to_the_caller(parent):
    def work(progress: Progress) -> None:
        raise ValueError("the disk is full")

    with pytest.raises(ValueError, match="the disk is full"):
        run_long(parent, "Working…", work)


def test_long_work_shows_its_progress_and_cancel_stops_it(parent):
    seen: dict[str, object] = {}

    def cancel(dialog: QProgressDialog) -> None:
        seen["label"] = dialog.labelText()
        seen["modal"] = dialog.windowModality()
        QApplication.processEvents()
        press_cancel(dialog)

    when_progress(cancel)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_long(parent, "Exporting 1,000 resources…", steps(1000, 0.01))
    assert time.monotonic() - started < 5  # stopped, not run to its end (10 s)
    assert seen["label"] == "Exporting 1,000 resources…"
    assert seen["modal"] == Qt.WindowModality.WindowModal
    assert not [d for d in progress_dialogs() if d.isVisible()]


def test_the_bar_follows_the_work(parent):
    values: list[int] = []

    def watch(dialog: QProgressDialog) -> None:
        values.append(dialog.maximum())

    when_progress(watch)
    run_long(parent, "Working…", steps(40, 0.02))
    assert values and values[0] in (0, 1000)


def test_work_that_cannot_be_stopped_has_no_cancel_and_escape_does_not_close_it(parent, qtbot):
    seen: dict[str, object] = {}

    def try_to_close(dialog: QProgressDialog) -> None:
        seen["buttons"] = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        seen["visible"] = dialog.isVisible()

    when_progress(try_to_close)
    assert run_long(parent, "Importing…", steps(40, 0.02), cancellable=False) == "done"
    assert seen["buttons"] == []
    assert seen["visible"] is True


def test_until_the_work_has_stopped_the_dialog_says_so_and_cannot_be_cancelled_again(parent):
    seen: dict[str, object] = {}

    def cancel(dialog: QProgressDialog) -> None:
        press_cancel(dialog)
        button = dialog.findChild(QPushButton)
        seen.update(label=dialog.labelText(), visible=dialog.isVisible(), button=button.isEnabled())

    def slow_to_stop(progress: Progress) -> None:
        while progress(0, 10):
            time.sleep(0.01)
        time.sleep(0.3)  # a step that takes a while, then the stop is heard
        report(progress, 1, 10)

    when_progress(cancel)
    with pytest.raises(Cancelled):
        run_long(parent, "Working…", slow_to_stop)
    assert seen == {"label": "Stopping…", "visible": True, "button": False}
