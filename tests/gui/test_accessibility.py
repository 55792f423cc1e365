"""What a screen reader hears, where Tab goes, and a dark theme: the detail pane's text light on
dark, its highlights and links included, whether the theme was dark at start or turned dark."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette, QTextDocument, QTextFormat
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from permille_desktop.gui.dark_palette import dark_palette
from permille_desktop.gui.main_window import MainWindow

from .helpers import type_search


def heard(widget: QWidget) -> tuple[str, str]:
    """The name and the description a screen reader is given."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_the_main_widgets_have_names_and_descriptions(window: MainWindow):
    ui = window.ui
    widgets = {
        "categories": ui.categoryTree,
        "search": ui.searchEdit,
        "exact": ui.exactCheck,
        "title": ui.titleCheck,
        "content": ui.contentCheck,
        "resources": ui.resourceTable,
        "detail": ui.detailView,
    }
    names = {key: heard(widget) for key, widget in widgets.items()}
    assert names["exact"][0] == "Exact matches only"
    assert names["title"][0] == "Search in title"
    assert names["content"][0] == "Search in content"
    for key, (name, description) in names.items():
        assert name and description, key
    (count,) = [
        label
        for label in window.statusBar().findChildren(QLabel)
        if label.accessibleName() == "Resources shown"
    ]
    assert "24" in count.text()


def test_tab_reaches_every_part_of_the_window_in_reading_order(qtbot, window: MainWindow):
    ui = window.ui
    window.activateWindow()
    ui.searchEdit.setFocus()
    qtbot.waitUntil(ui.searchEdit.hasFocus, timeout=2000)
    order: list[QWidget] = []
    for _ in range(12):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    expected = [
        ui.searchEdit,
        ui.exactCheck,
        ui.titleCheck,
        ui.contentCheck,
        ui.typeButton,
        ui.categoryTree,
        ui.resourceTable,
        ui.detailView,
    ]
    firsts = [w for i, w in enumerate(order) if w not in order[:i]]
    assert firsts[: len(expected)] == expected
    assert order.count(ui.searchEdit) >= 2  # and round again: nothing keeps the focus


@pytest.fixture
def dark(qtbot) -> Iterator[QPalette]:
    app = QApplication.instance()
    before = app.palette()
    app.setPalette(dark_palette())
    yield app.palette()
    app.setPalette(before)


def colours(document: QTextDocument, palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """Each run of text, with the colours it is drawn in (its own, else the pane's)."""
    runs = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            text = palette.color(QPalette.ColorRole.Text)
            base = palette.color(QPalette.ColorRole.Base)
            if fmt.hasProperty(QTextFormat.Property.ForegroundBrush):
                text = fmt.foreground().color()
            if fmt.hasProperty(QTextFormat.Property.BackgroundBrush):
                base = fmt.background().color()
            runs.append((fragment.text(), text, base))
            iterator += 1
        block = block.next()
    return runs


def assert_light_on_dark(window: MainWindow) -> None:
    browser = window.ui.detailView
    palette = browser.palette()
    assert palette.color(QPalette.ColorRole.Base).lightness() < 80
    runs = colours(browser.document(), palette)
    assert runs
    for text, foreground, background in runs:
        assert background.lightness() < 128, text
        assert foreground.lightness() - background.lightness() > 80, text


def test_a_dark_window_shows_the_welcome_and_a_resource_light_on_dark(
    qtbot, dark, open_window, data_dir: Path
):
    window: MainWindow = open_window(data_dir)
    assert_light_on_dark(window)  # the welcome, its link included
    type_search(qtbot, window, "soil carbon")
    window.ui.resourceTable.selectRow(0)
    assert window.proxy.result is not None and window.proxy.result.terms
    assert_light_on_dark(window)  # highlighted terms, labels and links included


def test_a_theme_turned_dark_while_the_window_is_open_redraws_the_pane(
    qtbot, open_window, data_dir: Path
):
    window: MainWindow = open_window(data_dir)
    type_search(qtbot, window, "carbon")
    window.ui.resourceTable.selectRow(0)
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        qtbot.waitUntil(
            lambda: window.ui.detailView.palette().color(QPalette.ColorRole.Base).lightness() < 80
        )
        assert_light_on_dark(window)
    finally:
        app.setPalette(before)
