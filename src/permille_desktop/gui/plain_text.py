"""Text from the catalog (or a file name) shown as written, where Qt would read it as more.

Qt reads a tooltip or a message box text that looks like HTML as rich text, so a title such as
``<img src="/home/…">`` would be drawn, and the image read from disk; it reads "&" in a menu or
button label as a keyboard mnemonic, and a tab in a menu entry as the start of its shortcut.
"""

from __future__ import annotations

import html
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

# A tooltip shows this much of a text at most: one of hundreds of kilobytes would be laid out
# whole, and cover the screen.
TOOLTIP_CHARS = 1000


# What a control character is shown as: the replacement character, which every font draws.
# (Their pictures, U+2400 "␀" and on, would say which one it is, but many fonts lack them.)
REPLACEMENT = "\ufffd"


@cache
def _controls() -> dict[int, str]:
    # The C0 controls but tab and line breaks, DEL, and the C1 controls.
    codes = [code for code in range(0x20) if chr(code) not in "\t\n\r"]
    return dict.fromkeys([*codes, *range(0x7F, 0xA0)], REPLACEMENT)


def visible_controls(text: str) -> str:
    """``text`` with its control characters shown as "�", where a font would draw an empty
    box or nothing at all. One character for one."""
    return text.translate(_controls())


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written, wrapped if long, shortened if very long."""
    if len(text) > TOOLTIP_CHARS:
        text = text[: TOOLTIP_CHARS - 1] + "…"
    return f"<p>{html.escape(visible_controls(text))}</p>"


def label_text(text: str) -> str:
    """``text`` for a menu entry or a button: on one line, and every "&" shown as written."""
    return " ".join(text.split()).replace("&", "&&")


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box, not yet shown, whose text is never read as markup."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def tell(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """Show a message whose text is never read as markup; wait for the user to close it."""
    box = message_box(parent, icon, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    tell(parent, QMessageBox.Icon.Warning, title, text)
