"""Work that may take seconds on a large catalog, run beside the window behind a progress dialog.

The work runs in a QThread, told how to report (domain.progress.Progress), while the window
goes on drawing itself. For the first moments nothing is shown and the window takes no input,
as if the work were quick (a small catalog sees nothing); past SHOW_AFTER_MS a window-modal
QProgressDialog shows how far it got, with Cancel. Cancel asks the work to stop at its next
step, which it does leaving nothing half done (see the services' progress hooks); until then
the dialog says it is stopping, and the window waits.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar, cast

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from permille_desktop.domain.progress import Progress

T = TypeVar("T")

# How long work runs before the progress dialog shows (QProgressDialog's minimumDuration).
SHOW_AFTER_MS = 500
# How often the dialog is brought up to date, and the work's end looked for.
TICK_MS = 50
# The dialog's bar counts to this; the work's own totals are scaled to it (they may pass the
# range of an int the bar takes).
_SCALE = 1000

_Events = QEventLoop.ProcessEventsFlag


def run_long(
    parent: QWidget,
    label: str,
    work: Callable[[Progress], T],
    *,
    cancellable: bool = True,
) -> T:
    """Run ``work(progress)`` off the GUI thread and return what it returns.

    What it raises is raised here: domain.progress.Cancelled when the user cancelled. ``label``
    says what is being done. Work that cannot be stopped once begun (``cancellable`` False)
    shows no Cancel button, and its progress always answers go on.
    """
    return cast(T, _LongWork(parent, label, work, cancellable).run())


class _Worker(QThread):
    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self._work = work
        self.result: object = None
        self.error: BaseException | None = None
        self.stop = threading.Event()
        # Written by the worker, read by the GUI thread: one tuple, replaced whole.
        self.done_of: tuple[int, int] = (0, 0)

    def progress(self, done: int, total: int) -> bool:
        self.done_of = (done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            self.result = self._work(self.progress)
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error


class ProgressDialog(QProgressDialog):
    """A QProgressDialog that, with no Cancel button, cannot be closed either (Esc or the
    title bar's button would otherwise cancel it); nor once it is stopping."""

    def __init__(self, label: str, cancellable: bool, parent: QWidget) -> None:
        super().__init__(parent)
        self.cancellable = cancellable
        self.setLabelText(label)
        self.setWindowTitle(QApplication.applicationDisplayName())
        if not cancellable:
            self.setCancelButton(None)
        # Cancel keeps the dialog up (see stopping()) rather than hiding it: the window is not
        # for use until the work has stopped.
        self.canceled.disconnect(self.cancel)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # busy until the work gives a total
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)

    def stopping(self) -> None:
        """Say the work is stopping; nothing more can be asked of it."""
        self.cancellable = False
        self.setLabelText(ProgressDialog.tr("Stopping…"))
        button = self.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cancellable:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.cancellable or event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)


class _LongWork(QObject):
    def __init__(
        self, parent: QWidget, label: str, work: Callable[[Progress], object], cancellable: bool
    ) -> None:
        super().__init__(parent)
        self._worker = _Worker(work)
        self._cancellable = cancellable
        # Shown by _tick once SHOW_AFTER_MS have passed. (QProgressDialog shows itself after
        # its minimumDuration only when told of progress then, or after 4 s.)
        self._dialog = ProgressDialog(label, cancellable, parent)
        self._clock = QElapsedTimer()
        self._dialog.canceled.connect(self._cancel)
        self._loop = QEventLoop(self)
        self._input = False  # whether the running loop takes user input
        self._busy = False  # whether the wait cursor is set
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def run(self) -> object:
        worker = self._worker
        self._clock.start()
        worker.start()
        self._timer.start()
        try:
            while not worker.isFinished():
                # Input goes to the progress dialog once it shows, and to nobody before or
                # after: the window must not change under the work, nor start more of it.
                self._input = self._dialog.isVisible()
                self._busy_cursor(not self._input)
                self._loop.exec(
                    _Events.AllEvents if self._input else _Events.ExcludeUserInputEvents
                )
        finally:
            self._busy_cursor(False)
            self._timer.stop()
            if self._cancellable:
                worker.stop.set()  # if an exception left the loop early, the work stops too
            worker.wait()
            self._dialog.hide()  # not close(), which would emit canceled
            self._dialog.deleteLater()
            self.deleteLater()
        if worker.error is not None:
            raise worker.error
        return worker.result

    def _busy_cursor(self, on: bool) -> None:
        # While nothing shows, the cursor says the app is working, not stuck.
        if on and not self._busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif self._busy and not on:
            QApplication.restoreOverrideCursor()
        self._busy = on

    def _tick(self) -> None:
        if self._worker.isFinished():
            self._loop.quit()
            return
        if self._dialog.wasCanceled():  # by its cancel() slot, which hides it
            self._cancel()
        if self._worker.stop.is_set():
            return  # cancelled: the work is winding down
        if self._dialog.isVisible() and self._input:
            self._show_progress()
        elif not self._dialog.isVisible() and self._clock.elapsed() >= SHOW_AFTER_MS:
            self._show_progress()
            self._dialog.show()
            self._loop.quit()  # again, with input
        elif self._dialog.isVisible():
            self._loop.quit()  # it showed itself: again, with input

    def _show_progress(self) -> None:
        done, total = self._worker.done_of
        # A total of 0 is not known yet: the bar shows it is busy. (setValue() runs the event
        # loop once a modal dialog has shown: it is called only while input is allowed.)
        self._dialog.setMaximum(_SCALE if total > 0 else 0)
        self._dialog.setValue(min(_SCALE, done * _SCALE // total) if total > 0 else 0)

    def _cancel(self) -> None:
        if not self._cancellable or self._worker.stop.is_set():
            return
        self._worker.stop.set()
        self._dialog.stopping()
        self._loop.quit()  # again: with input while the dialog shows, else without
