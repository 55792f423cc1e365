"""Message boxes in tests: each one shown is recorded and answered as a user would answer it.

A box runs its own event loop, so the test cannot click it after the call that opened it; a
timer polls for visible boxes and answers them from a queue instead. A box nobody expected is
recorded and dismissed with Esc, so a wrong question fails the test rather than hanging it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

ENTER = "<Enter>"
ESCAPE = "<Esc>"


@dataclass(frozen=True)
class ShownBox:
    title: str
    text: str
    informative: str
    buttons: tuple[str, ...]  # as labelled, without mnemonics
    default: str | None
    plain_text: bool  # shows markup as typed


def _label(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class MessageBoxes(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.shown: list[ShownBox] = []
        self._answers: list[str] = []
        self._handled: list[QMessageBox] = []
        self._timer = QTimer(self)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def answer(self, *answers: str) -> None:
        """Queue answers: a button's label (without "&"), ENTER or ESCAPE."""
        self._answers.extend(answers)

    def stop(self) -> None:
        self._timer.stop()

    def _poll(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if (
                isinstance(widget, QMessageBox)
                and widget.isVisible()
                and all(widget is not seen for seen in self._handled)
            ):
                self._handled.append(widget)
                self._record(widget)
                self._respond(widget, self._answers.pop(0) if self._answers else ESCAPE)

    def _record(self, box: QMessageBox) -> None:
        default = box.defaultButton()
        self.shown.append(
            ShownBox(
                title=box.windowTitle(),
                text=box.text(),
                informative=box.informativeText(),
                buttons=tuple(_label(button.text()) for button in box.buttons()),
                default=_label(default.text()) if default is not None else None,
                plain_text=box.textFormat() == Qt.TextFormat.PlainText,
            )
        )

    def _respond(self, box: QMessageBox, answer: str) -> None:
        matches = [b for b in box.buttons() if _label(b.text()) == answer]
        if matches:
            matches[0].click()
        else:
            # A label the box does not have is dismissed too; the test sees the buttons shown.
            key = Qt.Key.Key_Return if answer == ENTER else Qt.Key.Key_Escape
            QTest.keyClick(box, key)
