"""Hostile and odd catalog text in the real window: shown as written, never interpreted,
followed or fetched; found by the search; and every search text gives a sensible result."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser

from hostile_helpers import (
    HOSTILE,
    HOSTILE_QUERIES,
    LONG_DESCRIPTION,
    LONG_TITLE,
    MARKUP_CATEGORY,
    MARKUP_TITLE,
    add_hostile,
    add_markup_category,
)
from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.model import Category, Resource
from permille_desktop.domain.query import search_terms
from permille_desktop.domain.search_text import search_text
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.plain_text import TOOLTIP_CHARS, visible_controls
from permille_desktop.gui.resource_dialog import DialogMode, ResourceDialog
from permille_desktop.gui.resource_table import CELL_CHARS
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.search_index import SortField

from .helpers import column
from .message_boxes import MessageBoxes

BUNDLED = 24
TITLE_CELL = column(SortField.TITLE)
AUTHORS_CELL = column(SortField.AUTHORS)


@dataclass
class Hostile:
    window: MainWindow
    stored: dict[str, Resource]
    category_id: int


@pytest.fixture
def hostile(open_window, data_dir: Path) -> Hostile:
    catalog = CatalogService.open(data_dir)
    try:
        category_id = add_markup_category(catalog)
        stored = add_hostile(catalog)
    finally:
        catalog.close()
    return Hostile(open_window(data_dir), stored, category_id)


def select(window: MainWindow, uuid: str) -> QTextBrowser:
    window.ui.resourceTable.selectRow(window.shown_uuids().index(uuid))
    assert window.current_uuid == uuid
    browser = window.ui.detailView
    browser.grab()  # laid out and painted, as on screen
    return browser


def search(window: MainWindow, text: str) -> list[str]:
    window.ui.searchEdit.setText(text)
    window.search_bar.flush()
    return window.shown_uuids()


_BREAKS = re.compile("[\n\r\u2028\u2029]")


def as_displayed(text: str) -> str:
    """``text`` as the detail pane shows it, but for line breaks (blocks there): control
    characters as "�"."""
    return _BREAKS.sub("", visible_controls(text))


def shown_text(browser: QTextBrowser) -> str:
    # The raw text: toPlainText() would turn no-break spaces into spaces.
    return _BREAKS.sub("", browser.document().toRawText())


def fragments(browser: QTextBrowser):
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                yield fragment
            iterator += 1
        block = block.next()


def as_shown(tooltip: str) -> str:
    """The text Qt shows for a tooltip: read as rich text if it looks like markup, else as
    written."""
    if not QtGui.Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    assert "<img" not in document.toHtml()
    return document.toPlainText()


def status(window: MainWindow) -> str:
    return " ".join(label.text() for label in window.statusBar().findChildren(QLabel))


# Shown as written ------------------------------------------------------------------------------


def test_table_cells_and_tooltips_show_catalog_text_as_written(hostile: Hostile):
    window, stored = hostile.window, hostile.stored
    model = window.ui.resourceTable.model()
    rows = window.shown_uuids()
    for name, resource in stored.items():
        title = model.index(rows.index(resource.uuid), TITLE_CELL)
        if name != "long":
            # A cell is one line: line breaks and other white space show as one space.
            assert title.data() == visible_controls(" ".join(resource.title.split())), name
        tooltip = title.data(Qt.ItemDataRole.ToolTipRole)
        assert len(as_shown(tooltip)) <= TOOLTIP_CHARS, name
    markup_row = rows.index(stored["markup"].uuid)
    assert model.index(markup_row, TITLE_CELL).data() == MARKUP_TITLE
    assert model.index(markup_row, AUTHORS_CELL).data() == '<u>Under</u> & Co, O\'Brien "Quoted"'
    for name in ("markup", "right to left", "emoji"):
        cell = model.index(rows.index(stored[name].uuid), TITLE_CELL)
        assert as_shown(cell.data(Qt.ItemDataRole.ToolTipRole)) == stored[name].title, name


def test_a_title_with_an_ampersand_and_nothing_else_odd_has_a_readable_tooltip(
    open_window, data_dir: Path
):
    # "&amp;" alone does not look like markup to Qt: the tooltip must still read "&".
    catalog = CatalogService.open(data_dir)
    curator = catalog.curator()
    category = catalog.categories()[0].id
    curator.apply(curator.plan_add(ResourceDraft(title="Soils & carbon", category_ids=(category,))))
    catalog.close()
    window = open_window(data_dir)
    row = search(window, "soils & carbon")
    cell = window.ui.resourceTable.model().index(0, TITLE_CELL)
    assert len(row) == 1
    assert as_shown(cell.data(Qt.ItemDataRole.ToolTipRole)) == "Soils & carbon"


def test_the_detail_pane_shows_each_resource_as_written(hostile: Hostile):
    for name, resource in hostile.stored.items():
        browser = select(hostile.window, resource.uuid)
        text = shown_text(browser)
        for value in (resource.title, resource.description, resource.venue, *resource.authors):
            assert as_displayed(value) in text, name
        assert not [f for f in fragments(browser) if f.charFormat().isImageFormat()], name
        assert not [f for f in fragments(browser) if f.charFormat().isAnchor()], name


def test_control_characters_show_as_replacement_characters(hostile: Hostile):
    window, stored = hostile.window, hostile.stored
    rows = window.shown_uuids()
    model = window.ui.resourceTable.model()
    cell = model.index(rows.index(stored["nul"].uuid), TITLE_CELL)
    assert cell.data() == "Before\ufffdAfter nul"
    controls = model.index(rows.index(stored["controls"].uuid), TITLE_CELL).data()
    assert controls.startswith("Controls " + "\ufffd" * 8 + " " + "\ufffd" * 2)
    text = shown_text(select(window, stored["controls"].uuid))
    assert "Controls " + "\ufffd" * 8 + "\t" in text
    assert "one\ufffdtwo" in shown_text(select(window, stored["nul"].uuid))


def test_a_resource_of_hundreds_of_kilobytes_is_shown_whole(hostile: Hostile):
    window, resource = hostile.window, hostile.stored["long"]
    text = shown_text(select(window, resource.uuid))
    assert as_displayed(LONG_TITLE) in text
    assert as_displayed(LONG_DESCRIPTION) in text
    cell = window.ui.resourceTable.model().index(
        window.shown_uuids().index(resource.uuid), TITLE_CELL
    )
    # The cell shows the start of the title: no column is wide enough for more.
    assert len(cell.data()) <= CELL_CHARS
    assert cell.data()[:-1] in " ".join(LONG_TITLE.split())


def test_catalog_markup_makes_nothing_load_from_disk(open_window, data_dir: Path, tmp_path: Path):
    picture = tmp_path / "probe.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    url = QUrl.fromLocalFile(str(picture))
    markup = f"<img src='{url.toString()}'> soils"

    # The probe: an image Qt loaded stays cached in the document after its file is gone.
    assert image.save(str(picture))
    rich = QTextBrowser()
    rich.setHtml(markup)
    rich.grab()
    picture.unlink()
    assert rich.document().resource(QTextDocument.ResourceType.ImageResource, url) is not None

    assert image.save(str(picture))
    catalog = CatalogService.open(data_dir)
    curator = catalog.curator()
    change = curator.plan_add(
        ResourceDraft(
            title=markup,
            description=markup,
            authors=(markup,),
            category_ids=(catalog.categories()[0].id,),
        )
    )
    curator.apply(change)
    catalog.close()
    window = open_window(data_dir)
    browser = select(window, change.after[0].uuid)
    window.ui.resourceTable.grab()
    picture.unlink()
    assert browser.document().resource(QTextDocument.ResourceType.ImageResource, url) is None


@pytest.mark.parametrize("name", ["markup", "file link"])
def test_a_link_that_is_not_web_or_mail_is_shown_but_never_followed(
    qtbot, hostile: Hostile, monkeypatch: pytest.MonkeyPatch, name: str
):
    window, resource = hostile.window, hostile.stored[name]
    opened: list[QUrl] = []
    monkeypatch.setattr(window.detail, "_open_url", opened.append)
    browser = select(window, resource.uuid)
    found = browser.document().find(resource.url)
    assert not found.isNull()
    inside = QTextCursor(browser.document())
    inside.setPosition(found.selectionStart() + 3)
    qtbot.mouseClick(
        browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(inside).center()
    )
    browser.anchorClicked.emit(QUrl(resource.url))  # even were it a link
    assert opened == []
    assert browser.source().isEmpty()
    assert resource.url in shown_text(browser)
    assert "not opened" in shown_text(browser)


def test_category_names_are_shown_as_written(hostile: Hostile):
    model = hostile.window.tree_model
    index = model.index_of(hostile.category_id)
    assert index is not None
    item = model.itemFromIndex(index)
    assert item.text() == MARKUP_CATEGORY
    assert as_shown(item.toolTip()) == MARKUP_CATEGORY


# Found by the search ---------------------------------------------------------------------------


FINDS = {
    "right to left": ["التربة", "אדמה", "محمد"],
    "emoji": ["🌱👩🏽‍🌾", "SOIL HEALTH 🌱"],
    "invisible": ["zerowidth", "ZERO\u200bWIDTH", "evil override", "softhyphen", "joiner"],
    "controls": ["controls", "\x01\x02", "venue\x01", "\x1a\x1b"],
    "no-break spaces": ["sols : « carbone »", "les sols", "4 ‰"],
    "nul": ["before\x00after", "AFTER NUL", "one\x00two"],
    "markup": ["<B>BOLD</B>", "<script>", 'o\'brien "quoted"'],
    "long": ["sequestration dolor", "التربة soil"],
}


def test_the_search_finds_odd_text_folded(hostile: Hostile):
    for name, texts in FINDS.items():
        for text in texts:
            assert hostile.stored[name].uuid in search(hostile.window, text), (name, text)


def test_every_search_text_gives_a_sensible_result(hostile: Hostile, data_dir: Path):
    window = hostile.window
    catalog = CatalogService.open(data_dir)
    texts = {r.uuid: search_text(r) for r in catalog.resources()}
    catalog.close()
    total = BUNDLED + len(hostile.stored)
    for text in HOSTILE_QUERIES:
        shown = search(window, text)
        assert f"{len(shown)} of {total} resources" in status(window), text
        terms = search_terms(text)
        if not terms:  # nothing to look for: nothing is filtered out
            assert len(shown) == total, repr(text[:20])
        expected = [
            uuid
            for uuid, folded in texts.items()
            if all(t in folded.title or t in folded.content for t in terms)
        ]
        assert sorted(shown) == sorted(expected), repr(text[:20])


# What curators see -----------------------------------------------------------------------------


def test_a_category_delete_question_names_the_category_as_written(
    boxes: MessageBoxes, hostile: Hostile
):
    window = hostile.window
    window.ui.curatorModeAction.setChecked(True)
    window.select_categories([hostile.category_id])
    boxes.answer("Cancel")
    window.curator.categories.delete_action.trigger()
    [box] = boxes.shown
    assert box.plain_text
    assert MARKUP_CATEGORY in box.text


def test_moving_resources_to_a_parent_named_with_markup_and_ampersand(
    boxes: MessageBoxes, hostile: Hostile, data_dir: Path
):
    window = hostile.window
    window.ui.curatorModeAction.setChecked(True)
    curator = window.curator
    # A subcategory of the markup category, holding one resource.
    catalog = CatalogService.open(data_dir)
    change = catalog.curator().plan_add_category("Child", hostile.category_id)
    catalog.curator().apply(change)
    child = next(c.id for c in change.after if c.name == "Child")
    editor = catalog.curator()
    editor.apply(editor.plan_add_to_category([hostile.stored["emoji"].uuid], child))
    catalog.close()
    window.reload(None)
    window.select_categories([child])
    boxes.answer("Cancel")
    curator.categories.delete_action.trigger()
    [box] = boxes.shown
    assert f"Move them to “{MARKUP_CATEGORY}”" in box.buttons  # "&" shown, not a mnemonic


def test_the_undo_entry_names_a_title_as_written(boxes: MessageBoxes, hostile: Hostile):
    window = hostile.window
    window.ui.curatorModeAction.setChecked(True)
    window.ui.resourceTable.selectRow(window.shown_uuids().index(hostile.stored["markup"].uuid))
    boxes.answer("Delete")
    window.ui.deleteResourcesAction.trigger()
    text = window.curator.undo_action.text()
    # One mnemonic, Undo's own; the title's "&" is doubled to show as written.
    assert re.sub("&&", "", text).count("&") == 1
    assert "claims && " in text


def test_a_resource_delete_question_names_the_title_as_written(
    boxes: MessageBoxes, hostile: Hostile
):
    window = hostile.window
    window.ui.curatorModeAction.setChecked(True)
    window.ui.resourceTable.selectRow(window.shown_uuids().index(hostile.stored["markup"].uuid))
    boxes.answer("Cancel")
    window.ui.deleteResourcesAction.trigger()
    [box] = boxes.shown
    assert MARKUP_TITLE in box.text
    assert box.plain_text


# The resource dialog gives back what it was given ------------------------------------------


@pytest.mark.parametrize("name", list(HOSTILE))
def test_opening_a_resource_in_the_dialog_changes_nothing(qtbot, name: str):
    draft = replace(HOSTILE[name], category_ids=(1,))
    dialog = ResourceDialog(
        None,
        [Category(1, MARKUP_CATEGORY, None, 0)],
        draft,
        mode=DialogMode.EDIT,
        save=lambda edited: None,
        find_duplicates=lambda edited: [],
        today=date(2026, 5, 4),
    )
    qtbot.addWidget(dialog)
    back = dialog.draft()
    # The dialog trims what is typed, and so the ends of what it shows.
    assert back == replace(
        draft,
        title=draft.title.strip(),
        venue=draft.venue.strip(),
        description=re.sub("\r\n?|\u2029", "\n", draft.description).strip(),
        authors=tuple(a.strip() for a in draft.authors),
    )
