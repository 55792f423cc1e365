"""Undo and redo of curators' changes, on Qt's own undo stack.

A change is written before its command is pushed (so that a failed write never reaches the
stack), which is why a command's first redo() does nothing. Undo and redo write through the
curator and then tell the window what to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from permille_desktop.domain.changes import CategoryChange, ResourceChange
from permille_desktop.gui.plain_text import label_text
from permille_desktop.services.curation import Curator, EditError

Change = ResourceChange | CategoryChange
# Called after the catalog changed: with the change as it now stands (reversed after an undo).
Applied = Callable[[Change], None]
# Called when undoing or redoing failed, with the reason.
Failed = Callable[[EditError], None]


class ChangeCommand(QUndoCommand):
    def __init__(
        self, text: str, curator: Curator, change: Change, applied: Applied, failed: Failed
    ) -> None:
        # The text is shown in the Edit menu ("Undo edit “…”"): a title's "&" is not a mnemonic.
        super().__init__(label_text(text))
        self._curator = curator
        self._change = change
        self._applied = applied
        self._failed = failed
        self._written = True

    def redo(self) -> None:
        if self._written:
            self._written = False  # pushed after the first write: nothing to do yet
            return
        self._write(self._change)

    def undo(self) -> None:
        self._write(self._change.reversed())

    def _write(self, change: Change) -> None:
        try:
            self._curator.apply(change)
        except EditError as error:
            self._failed(error)
            return
        self._applied(change)
