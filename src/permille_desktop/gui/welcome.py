"""The welcome in the detail pane: what the library is, how to search it, where its data is.

It shows where a resource would, while none is selected, until the user dismisses it; that is
remembered in the data folder's settings, so it never comes back to that library. Like the
rest of the pane it is plain text put in through QTextCursor: the data folder's path is shown
as written, whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QAbstractButton

from permille_desktop.gui.detail_view import DetailView
from permille_desktop.gui.plain_text import visible_controls

DISMISSED_KEY = "welcome/dismissed"
# The welcome's own link; no link from the catalog is ever taken for it (see DetailView).
DISMISS_URL = "permille-desktop:welcome/dismiss"

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def welcome_dismissed(settings: QSettings) -> bool:
    return settings.value(DISMISSED_KEY) in (True, "true")


class Welcome(QObject):
    """Shows the welcome in ``detail`` when asked, unless it was dismissed; ``toggles`` are
    the search bar's check boxes Exact matches only, Search in title and Search in content."""

    # The user dismissed it: what the pane shows should be drawn again.
    dismissed = Signal()

    def __init__(
        self,
        settings: QSettings,
        folder: Path,
        detail: DetailView,
        toggles: Sequence[QAbstractButton],
    ) -> None:
        super().__init__(detail)
        self._settings = settings
        self._folder = folder
        self._detail = detail
        self._toggles = toggles

    def show(self) -> bool:
        """Show the welcome, unless it was dismissed; whether it shows."""
        if welcome_dismissed(self._settings):
            return False
        self._detail.show_document(self._write, {DISMISS_URL: self.dismiss})
        return True

    def dismiss(self) -> None:
        self._settings.setValue(DISMISSED_KEY, True)
        self._settings.sync()  # at once: another window on this library may start next
        self.dismissed.emit()

    def _write(self, cursor: QTextCursor, palette: QPalette) -> None:
        strong = QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        title = QTextCharFormat(strong)
        title.setFontPointSize(QFont().pointSizeF() * 1.35)
        heading = QTextCharFormat(strong)
        heading.setForeground(palette.color(QPalette.ColorRole.PlaceholderText))
        plain = QTextCharFormat()
        # The toggles are named as the search bar labels them, in the interface's language.
        toggles = {
            name: (_label(toggle.text()), strong)
            for name, toggle in zip(("exact", "title", "content"), self._toggles, strict=False)
        }
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText
        )

        _block(cursor, 0, first=True)
        cursor.insertText(Welcome.tr("Welcome to the “4 per 1000” resource library"), title)
        _block(cursor, 8)
        cursor.insertText(
            Welcome.tr(
                "The resource library of the “4 per 1000” Initiative: Soils for Food Security "
                "and Climate. Its reports, articles, videos and other resources are all on this "
                "computer: it works offline."
            ),
            plain,
        )

        _block(cursor, 14)
        cursor.insertText(Welcome.tr("Finding a resource"), heading)
        _block(cursor, 4)
        _insert(
            cursor,
            Welcome.tr(
                "Type in the search bar above ({keys}): the list follows as you type. Enter or "
                "Down then takes you to the results."
            ),
            plain,
            {"keys": (find, strong)},
        )
        _block(cursor, 4)
        _insert(
            cursor,
            Welcome.tr(
                "{exact} finds the words together, as typed. {title} and {content} choose where "
                "to look: the title, or the description, authors and other fields."
            ),
            plain,
            toggles,
        )
        _block(cursor, 4)
        cursor.insertText(
            Welcome.tr(
                "The categories on the left narrow the list to theirs. Select a resource to see "
                "it here in full."
            ),
            plain,
        )

        _block(cursor, 14)
        cursor.insertText(Welcome.tr("Where your library is kept"), heading)
        _block(cursor, 4)
        cursor.insertText(
            Welcome.tr(
                "The catalog, its backups and your settings are in this folder (Help → About "
                "shows it too):"
            ),
            plain,
        )
        _block(cursor, 4)
        cursor.insertText(visible_controls(str(self._folder)), plain)

        _block(cursor, 18)
        link = QTextCharFormat()
        link.setAnchor(True)
        link.setAnchorHref(DISMISS_URL)
        link.setFontUnderline(True)
        link.setForeground(palette.color(QPalette.ColorRole.Link))
        cursor.insertText(Welcome.tr("Got it, don't show this again"), link)


def _label(text: str) -> str:
    """A button's text without its mnemonic: "E&xact" is "Exact", "&&" is "&"."""
    return re.sub(r"&(.)", r"\1", text)


def _block(cursor: QTextCursor, top_margin: float, *, first: bool = False) -> None:
    block = QTextBlockFormat()
    block.setTopMargin(top_margin)
    if first:
        cursor.setBlockFormat(block)
    else:
        cursor.insertBlock(block)


def _insert(
    cursor: QTextCursor,
    template: str,
    base: QTextCharFormat,
    values: Mapping[str, tuple[str, QTextCharFormat]],
) -> None:
    """``template`` with each {name} of ``values`` put in as its text, in its format."""
    position = 0
    for match in _PLACEHOLDER.finditer(template):
        value = values.get(match.group(1))
        if value is None:
            continue  # not ours: left as written
        cursor.insertText(template[position : match.start()], base)
        cursor.insertText(visible_controls(value[0]), value[1])
        position = match.end()
    cursor.insertText(template[position:], base)
