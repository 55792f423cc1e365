"""The detail pane: one resource in full, as plain text with the search terms highlighted.

The document is built with QTextCursor insertions, never from HTML, so catalog text such as
``<img src=…>`` is shown as written and nothing is fetched because of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QObject, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser

from permille_desktop.domain.model import Resource
from permille_desktop.domain.text import folded_spans
from permille_desktop.gui.languages import language_name
from permille_desktop.gui.plain_text import plain_tooltip, visible_controls
from permille_desktop.gui.resource_table import type_label

SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})

# What ends a line of a description. Not str.splitlines(), which also breaks at control
# characters (vertical tab, form feed, file separators…): those are shown, as "�".
_LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")

# The search terms' highlight (background, text): a marker's yellow on a light pane; on a dark
# one, a deep amber under light text, which reads as well and does not glare.
_HIGHLIGHT_ON_LIGHT = (QColor("#ffe58a"), QColor("#1f1f1f"))
_HIGHLIGHT_ON_DARK = (QColor("#7a5c00"), QColor("#fff4d6"))


def highlight_colours(palette: QPalette) -> tuple[QColor, QColor]:
    """The search terms' (background, text) colours on a pane of this palette."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return _HIGHLIGHT_ON_DARK if dark else _HIGHLIGHT_ON_LIGHT


def is_safe_link(url: str) -> bool:
    return QUrl(url.strip()).scheme().lower() in SAFE_LINK_SCHEMES


class DetailView(QObject):
    """Fills a QTextBrowser with the selected resource and opens only safe links."""

    def __init__(
        self,
        browser: QTextBrowser,
        category_paths: Callable[[Sequence[int]], list[str]],
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(browser)
        self._browser = browser
        self._category_paths = category_paths
        self._open_url = open_url
        # What a click on each of the shown document's own links does (the welcome's).
        self._actions: Mapping[str, Callable[[], object]] = {}
        # Draws what is shown again: colours are taken from the palette as it is drawn.
        self._redraw: Callable[[], None] = lambda: None
        browser.setOpenLinks(False)
        browser.setOpenExternalLinks(False)
        browser.anchorClicked.connect(self.open_link)
        browser.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A theme switched to dark (or back) while the window is open.
        if watched is self._browser and event.type() == QEvent.Type.PaletteChange:
            self._redraw()
        return super().eventFilter(watched, event)

    def show_message(self, text: str) -> None:
        self._redraw = lambda: self.show_message(text)
        self._actions = {}
        document = QTextDocument(self._browser)
        cursor = QTextCursor(document)
        block = QTextBlockFormat()
        block.setTopMargin(24)
        cursor.setBlockFormat(block)
        muted = QTextCharFormat()
        muted.setForeground(self._browser.palette().color(QPalette.ColorRole.PlaceholderText))
        cursor.insertText(text, muted)
        self._browser.setDocument(document)

    def show_document(
        self,
        write: Callable[[QTextCursor, QPalette], object],
        actions: Mapping[str, Callable[[], object]],
    ) -> None:
        """Show what ``write`` puts at the cursor, in the pane's colours; a click on a link to
        one of the ``actions``' URLs runs it (and only while this document shows)."""
        self._redraw = lambda: self.show_document(write, actions)
        self._actions = dict(actions)
        document = QTextDocument(self._browser)
        document.setDocumentMargin(10)
        write(QTextCursor(document), self._browser.palette())
        self._browser.setDocument(document)

    def show_resource(self, resource: Resource, terms: Sequence[str] = ()) -> None:
        self._redraw = lambda: self.show_resource(resource, terms)
        self._actions = {}
        document = QTextDocument(self._browser)
        document.setDocumentMargin(10)
        writer = _Writer(QTextCursor(document), list(terms), self._browser.palette())
        writer.title(resource.title)
        if resource.authors:
            writer.paragraph(", ".join(resource.authors), italic=True)
        fields: list[tuple[str, str]] = [
            (DetailView.tr("Year"), "" if resource.year is None else str(resource.year)),
            (DetailView.tr("Type"), type_label(resource.type)),
            (DetailView.tr("Published in"), resource.venue),
            (
                DetailView.tr("Language"),
                language_name(resource.language) if resource.language else "",
            ),
            (DetailView.tr("Categories"), "\n".join(self._category_paths(resource.category_ids))),
            (DetailView.tr("Added"), _date(resource.added)),
            (DetailView.tr("Modified"), _date(resource.modified)),
        ]
        for label, value in fields:
            if value:
                writer.field(label, value)
        if resource.url:
            writer.link(DetailView.tr("Link"), resource.url, is_safe_link(resource.url))
        if resource.description:
            writer.description(resource.description)
        self._browser.setDocument(document)

    def open_link(self, url: QUrl) -> None:
        action = self._actions.get(url.toString())
        if action is not None:
            action()
        elif url.scheme().lower() in SAFE_LINK_SCHEMES:
            self._open_url(url)


class _Writer:
    """Appends blocks of plain text to a document, highlighting the search terms."""

    def __init__(self, cursor: QTextCursor, terms: list[str], palette: QPalette) -> None:
        self._cursor = cursor
        self._terms = terms
        self._palette = palette
        self._first = True

    def _block(self, top_margin: float) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(0 if self._first else top_margin)
        if self._first:
            self._cursor.setBlockFormat(block)
            self._first = False
        else:
            self._cursor.insertBlock(block)

    def _text(self, text: str, base: QTextCharFormat) -> None:
        position = 0
        highlight = QTextCharFormat(base)
        background, foreground = highlight_colours(self._palette)
        highlight.setBackground(background)
        highlight.setForeground(foreground)
        shown = visible_controls(text)  # one for one: the spans found in text fit it
        for start, end in folded_spans(text, self._terms):
            self._cursor.insertText(shown[position:start], base)
            self._cursor.insertText(shown[start:end], highlight)
            position = end
        self._cursor.insertText(shown[position:], base)

    def title(self, text: str) -> None:
        self._block(0)
        base = QTextCharFormat()
        base.setFontWeight(QFont.Weight.Bold)
        base.setFontPointSize(QFont().pointSizeF() * 1.35)
        self._text(text, base)

    def paragraph(self, text: str, italic: bool = False) -> None:
        self._block(6)
        base = QTextCharFormat()
        base.setFontItalic(italic)
        self._text(text, base)

    def field(self, label: str, value: str) -> None:
        self._block(4)
        self._label(label)
        self._text(value, QTextCharFormat())

    def _label(self, label: str) -> None:
        fmt = QTextCharFormat()
        fmt.setForeground(self._palette.color(QPalette.ColorRole.PlaceholderText))
        # French sets a no-break space before the colon.
        self._cursor.insertText(DetailView.tr("{label}: ").format(label=label), fmt)

    def link(self, label: str, url: str, safe: bool) -> None:
        self._block(4)
        self._label(label)
        if safe:
            fmt = QTextCharFormat()
            fmt.setAnchor(True)
            fmt.setAnchorHref(url.strip())
            fmt.setFontUnderline(True)
            fmt.setForeground(self._palette.color(QPalette.ColorRole.Link))
            fmt.setToolTip(plain_tooltip(url))
            self._cursor.insertText(visible_controls(url), fmt)
        else:
            self._text(url, QTextCharFormat())
            note = QTextCharFormat()
            note.setForeground(self._palette.color(QPalette.ColorRole.PlaceholderText))
            self._cursor.insertText(
                "  " + DetailView.tr("(not opened: only web and e-mail links open from here)"), note
            )

    def description(self, text: str) -> None:
        paragraphs = _LINE_BREAK.split(text.rstrip("\r\n\u2028\u2029"))
        for number, paragraph in enumerate(paragraphs):
            self._block(14 if number == 0 else 6)
            self._text(paragraph, QTextCharFormat())


def _date(value: datetime) -> str:
    return QLocale().toString(value.astimezone().date(), QLocale.FormatType.LongFormat)
