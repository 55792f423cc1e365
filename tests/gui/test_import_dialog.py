"""The import preview dialog, driven as a curator drives it: reading the tabs, ticking matches
for update and choosing where new resources without a category go."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QWidget,
)

from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.exchange import (
    ExchangeFormat,
    ImportMatch,
    ImportNotice,
    ImportPreview,
    IncomingRecord,
    MatchReason,
    NoticeKind,
    Rejection,
    RejectReason,
)
from permille_desktop.domain.model import Category, ResourceType
from permille_desktop.gui.import_dialog import ImportDialog

_NOW = datetime(2026, 5, 4, tzinfo=UTC)

CATEGORIES = [
    Category(1, "Articles", None, 0),
    Category(2, "Mainstream media", 1, 0),
    Category(3, "Specialized media", 1, 1),
    Category(4, "Reports", None, 1),
    Category(5, "Guides", 4, 0),
]

NEW = (
    IncomingRecord(
        line=1,
        draft=ResourceDraft(
            title="Soil carbon 4 per mille",
            type=ResourceType.ARTICLE,
            year=2017,
            authors=("Budiman Minasny", "Brendan P. Malone"),
            category_ids=(5,),
        ),
    ),
    IncomingRecord(
        line=12,
        draft=ResourceDraft(title="<b>Biochar</b> & <i>soil</i>", type=ResourceType.BOOK),
    ),
    IncomingRecord(
        line=20,
        draft=ResourceDraft(title="Climate-smart soils", type=ResourceType.REPORT, year=2016),
        unknown_categories=("Soil biology",),
    ),
)


def _existing(title: str, year: int | None = None):
    return ResourceDraft(title=title, year=year, category_ids=(2,)).resource(
        f"uuid-{title}", _NOW, _NOW
    )


def _match(line: int, existing: str, incoming: str, reason: MatchReason) -> ImportMatch:
    record = IncomingRecord(line=line, draft=ResourceDraft(title=incoming))
    return ImportMatch(record=record, existing=_existing(existing), reason=reason)


# Not in line order: the table shows them by line, updates() answers by index.
MATCHES = (
    _match(90, "Can Dirt Save the Earth?", "Can dirt save the Earth", MatchReason.TITLE_AND_YEAR),
    _match(30, "Research priorities", "RESEARCH PRIORITIES", MatchReason.DOI),
    _match(60, "<b>Video</b> channel", "Video channel", MatchReason.UUID),
)

REJECTED = (
    Rejection(40, RejectReason.NO_TITLE),
    Rejection(70, RejectReason.BAD_YEAR, "year “19xx”"),
)

NOTICES = (
    ImportNotice(NoticeKind.LEGACY_ENCODING),
    ImportNotice(NoticeKind.UNKNOWN_CATEGORIES, "Soil biology"),
)

PREVIEW = ImportPreview(
    path=Path("/home/ada/Downloads/zotero export.bib"),
    format=ExchangeFormat.BIBTEX,
    new=NEW,
    matches=MATCHES,
    rejected=REJECTED,
    notices=NOTICES,
)

OpenDialog = Callable[..., ImportDialog]


@pytest.fixture
def open_dialog(qtbot) -> Iterator[OpenDialog]:
    dialogs: list[ImportDialog] = []

    def open_(
        preview: ImportPreview = PREVIEW, default_category: int | None = None
    ) -> ImportDialog:
        dialog = ImportDialog(None, preview, CATEGORIES, default_category)
        dialogs.append(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    yield open_
    for dialog in dialogs:
        dialog.done(0)
        dialog.deleteLater()


@pytest.fixture
def dialog(open_dialog: OpenDialog) -> ImportDialog:
    return open_dialog()


# What the curator sees ---------------------------------------------------------------------


def child(dialog: ImportDialog, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def rows(dialog: ImportDialog, name: str) -> list[list[str]]:
    """A table's texts, row by row, in the order shown."""
    model = child(dialog, QTableView, name).model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(dialog: ImportDialog, name: str) -> list[str]:
    model = child(dialog, QTableView, name).model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def checks(dialog: ImportDialog) -> list[bool]:
    model = child(dialog, QTableView, "matchesTable").model()
    return [
        model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        for r in range(model.rowCount())
    ]


def tab_texts(dialog: ImportDialog) -> list[str]:
    tabs = child(dialog, QTabWidget, "tabs")
    return [tabs.tabText(i).replace("&", "") for i in range(tabs.count())]


def show_tab(qtbot, dialog: ImportDialog, page: str) -> None:
    tabs = child(dialog, QTabWidget, "tabs")
    bar = tabs.tabBar()
    index = tabs.indexOf(child(dialog, QWidget, page))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def click_check(qtbot, dialog: ImportDialog, row: int) -> None:
    """Click the check box of a row of the matches table, where the style draws it."""
    view = child(dialog, QTableView, "matchesTable")
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    rect = view.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view
    )
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_cell(qtbot, dialog: ImportDialog, row: int, column: int) -> None:
    view = child(dialog, QTableView, "matchesTable")
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def button(dialog: ImportDialog, which: QDialogButtonBox.StandardButton) -> QPushButton:
    return child(dialog, QDialogButtonBox, "buttonBox").button(which)


def import_button(dialog: ImportDialog) -> QPushButton:
    return button(dialog, QDialogButtonBox.StandardButton.Ok)


def as_shown_in_a_tooltip(tooltip: str) -> str:
    # Qt reads a tooltip as rich text when it looks like markup: read it the same way.
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


# The header and the notices ----------------------------------------------------------------


def test_the_file_and_its_format_are_named(dialog: ImportDialog):
    assert child(dialog, QLabel, "fileLabel").text() == "zotero export.bib — BibTeX"
    assert "zotero export.bib" in dialog.windowTitle()


def test_the_summary_counts_what_the_file_holds(dialog: ImportDialog):
    summary = child(dialog, QLabel, "summaryLabel")
    assert summary.text() == "3 to add, 3 already in the library, 2 rejected"


def test_the_summary_follows_the_preview(open_dialog: OpenDialog):
    preview = replace(PREVIEW, new=NEW[:1], matches=(), rejected=REJECTED * 3)
    summary = child(open_dialog(preview), QLabel, "summaryLabel")
    assert summary.text() == "1 to add, 0 already in the library, 6 rejected"


def test_notices_are_shown_above_the_tables(dialog: ImportDialog):
    notices = child(dialog, QLabel, "noticesLabel")
    assert notices.isVisible()
    lines = notices.text().split("\n")
    assert lines[0] == "The file is not UTF-8; it was read as Windows-1252 — check the accents."
    assert "Soil biology" in lines[1]
    tabs = child(dialog, QTabWidget, "tabs")
    assert notices.mapTo(dialog, QPoint(0, 0)).y() < tabs.mapTo(dialog, QPoint(0, 0)).y()


def test_no_notice_area_without_notices(open_dialog: OpenDialog):
    dialog = open_dialog(replace(PREVIEW, notices=()))
    assert not child(dialog, QLabel, "noticesLabel").isVisible()


def test_the_tabs_count_their_records(dialog: ImportDialog):
    assert tab_texts(dialog) == ["New (3)", "Already in the library (3)", "Rejected (2)"]
    tabs = child(dialog, QTabWidget, "tabs")
    assert tabs.currentWidget() is child(dialog, QWidget, "newTab")
    assert all(tabs.isTabEnabled(i) for i in range(tabs.count()))


def test_empty_tabs_are_disabled_and_the_first_one_with_records_is_shown(
    open_dialog: OpenDialog,
):
    dialog = open_dialog(replace(PREVIEW, new=(), rejected=()))
    tabs = child(dialog, QTabWidget, "tabs")
    assert [tabs.isTabEnabled(i) for i in range(tabs.count())] == [False, True, False]
    assert tabs.currentWidget() is child(dialog, QWidget, "matchesTab")


# New records -------------------------------------------------------------------------------


def test_new_records_are_listed_in_file_order(dialog: ImportDialog):
    assert headers(dialog, "newTable") == [
        "Title",
        "Authors",
        "Year",
        "Type",
        "Categories",
        "Line",
    ]
    assert rows(dialog, "newTable") == [
        [
            "Soil carbon 4 per mille",
            "Budiman Minasny, Brendan P. Malone",
            "2017",
            "Article",
            "Reports / Guides",
            "1",
        ],
        ["<b>Biochar</b> & <i>soil</i>", "", "", "Book", "", "12"],
        ["Climate-smart soils", "", "2016", "Report", "", "20"],
    ]


def test_html_looking_titles_are_shown_as_typed(dialog: ImportDialog):
    view = child(dialog, QTableView, "newTable")
    index = view.model().index(1, 0)
    assert index.data() == "<b>Biochar</b> & <i>soil</i>"
    assert as_shown_in_a_tooltip(index.data(Qt.ItemDataRole.ToolTipRole)) == index.data()
    matches = child(dialog, QTableView, "matchesTable").model()
    existing = matches.index(1, 1)  # line 60, ordered by line
    assert existing.data() == "<b>Video</b> channel"
    assert as_shown_in_a_tooltip(existing.data(Qt.ItemDataRole.ToolTipRole)) == existing.data()


def test_the_tables_are_read_only(qtbot, dialog: ImportDialog):
    view = child(dialog, QTableView, "newTable")
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() != QTableView.State.EditingState
    assert view.model().index(0, 0).data() == "Soil carbon 4 per mille"


def test_a_column_header_sorts_the_records(qtbot, dialog: ImportDialog):
    view = child(dialog, QTableView, "newTable")
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [row[0] for row in rows(dialog, "newTable")] == [
        "<b>Biochar</b> & <i>soil</i>",
        "Climate-smart soils",
        "Soil carbon 4 per mille",
    ]


# Matches -----------------------------------------------------------------------------------


def test_matches_show_both_titles_and_why_they_matched(qtbot, dialog: ImportDialog):
    show_tab(qtbot, dialog, "matchesTab")
    assert headers(dialog, "matchesTable") == [
        "Update",
        "In the library",
        "In the file",
        "Matched by",
        "Line",
    ]
    assert [row[1:] for row in rows(dialog, "matchesTable")] == [
        ["Research priorities", "RESEARCH PRIORITIES", "same DOI", "30"],
        ["<b>Video</b> channel", "Video channel", "same identifier", "60"],
        ["Can Dirt Save the Earth?", "Can dirt save the Earth", "same title and year", "90"],
    ]


def test_matches_are_skipped_unless_ticked(dialog: ImportDialog):
    assert checks(dialog) == [False, False, False]
    assert dialog.updates() == []


def test_ticking_a_match_updates_it(qtbot, dialog: ImportDialog):
    show_tab(qtbot, dialog, "matchesTab")
    click_check(qtbot, dialog, 0)  # line 30: the second match of the preview
    assert checks(dialog) == [True, False, False]
    assert dialog.updates() == [1]
    click_check(qtbot, dialog, 2)  # line 90: the first
    assert dialog.updates() == [0, 1]
    click_check(qtbot, dialog, 0)
    assert dialog.updates() == [0]


def test_clicking_a_title_does_not_tick(qtbot, dialog: ImportDialog):
    show_tab(qtbot, dialog, "matchesTab")
    click_cell(qtbot, dialog, 1, 1)
    assert dialog.updates() == []


def test_space_ticks_and_unticks_the_selected_rows(qtbot, dialog: ImportDialog):
    show_tab(qtbot, dialog, "matchesTab")
    view = child(dialog, QTableView, "matchesTable")
    click_cell(qtbot, dialog, 1, 2)  # line 60: the third match
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view.visualRect(view.model().index(2, 1)).center(),
    )
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.updates() == [0, 2]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.updates() == []


def test_update_all_and_skip_all(qtbot, dialog: ImportDialog):
    show_tab(qtbot, dialog, "matchesTab")
    update_all = child(dialog, QPushButton, "updateAllButton")
    skip_all = child(dialog, QPushButton, "skipAllButton")
    qtbot.mouseClick(update_all, Qt.MouseButton.LeftButton)
    assert checks(dialog) == [True, True, True]
    assert dialog.updates() == [0, 1, 2]
    qtbot.mouseClick(skip_all, Qt.MouseButton.LeftButton)
    assert dialog.updates() == []
    assert dialog.isVisible()  # neither button closes the dialog


# Rejected ----------------------------------------------------------------------------------


def test_rejected_lines_are_listed_with_a_sentence_and_the_detail(qtbot, dialog: ImportDialog):
    show_tab(qtbot, dialog, "rejectedTab")
    assert headers(dialog, "rejectedTable") == ["Line", "Problem", "Details"]
    assert rows(dialog, "rejectedTable") == [
        ["40", "The record has no title.", ""],
        ["70", "The year is not a valid year.", "year “19xx”"],
    ]
    tabs = child(dialog, QTabWidget, "tabs")
    assert not tabs.tabIcon(tabs.indexOf(child(dialog, QWidget, "rejectedTab"))).isNull()


@pytest.mark.parametrize("reason", list(RejectReason))
def test_every_reject_reason_has_its_own_sentence(open_dialog: OpenDialog, reason: RejectReason):
    preview = replace(PREVIEW, rejected=(Rejection(5, reason, "the detail"),))
    (row,) = rows(open_dialog(preview), "rejectedTable")
    others = {
        rows(open_dialog(replace(PREVIEW, rejected=(Rejection(5, r),))), "rejectedTable")[0][1]
        for r in RejectReason
        if r is not reason
    }
    assert row[0] == "5"
    assert row[1].endswith(".") and row[1] not in others
    assert row[2] == "the detail"


# Category for new resources without one ----------------------------------------------------


def test_categories_are_offered_as_paths(dialog: ImportDialog):
    combo = child(dialog, QComboBox, "categoryCombo")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "(none)",
        "Articles",
        "Articles / Mainstream media",
        "Articles / Specialized media",
        "Reports",
        "Reports / Guides",
    ]
    assert combo.currentText() == "(none)"
    assert dialog.target_category() is None


def test_the_default_category_is_preselected(open_dialog: OpenDialog):
    dialog = open_dialog(default_category=3)
    assert child(dialog, QComboBox, "categoryCombo").currentText() == (
        "Articles / Specialized media"
    )
    assert dialog.target_category() == 3


def test_choosing_a_category(qtbot, dialog: ImportDialog):
    combo = child(dialog, QComboBox, "categoryCombo")
    combo.setFocus()
    for _ in range(5):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.target_category() == 5
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert dialog.target_category() is None


def test_the_hint_counts_new_records_without_a_category(dialog: ImportDialog):
    assert child(dialog, QLabel, "categoryHint").text() == "Without a category: 2 of 3"
    assert child(dialog, QComboBox, "categoryCombo").isEnabled()


def test_no_category_to_choose_when_every_new_record_has_one(open_dialog: OpenDialog):
    dialog = open_dialog(replace(PREVIEW, new=NEW[:1]))
    assert not child(dialog, QComboBox, "categoryCombo").isEnabled()
    assert child(dialog, QLabel, "categoryHint").text() == "Without a category: 0 of 1"


def test_no_category_question_without_new_records(open_dialog: OpenDialog):
    dialog = open_dialog(replace(PREVIEW, new=()))
    assert not child(dialog, QComboBox, "categoryCombo").isVisible()
    assert not child(dialog, QLabel, "categoryLabel").isVisible()


# Importing ---------------------------------------------------------------------------------


def test_import_is_enabled_with_records_to_add(qtbot, dialog: ImportDialog):
    button = import_button(dialog)
    assert button.text().replace("&", "") == "Import"
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_import_waits_for_a_match_ticked_when_there_is_nothing_new(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog(replace(PREVIEW, new=()))
    assert not import_button(dialog).isEnabled()
    click_check(qtbot, dialog, 2)
    assert import_button(dialog).isEnabled()
    qtbot.mouseClick(child(dialog, QPushButton, "skipAllButton"), Qt.MouseButton.LeftButton)
    assert not import_button(dialog).isEnabled()
    qtbot.mouseClick(child(dialog, QPushButton, "updateAllButton"), Qt.MouseButton.LeftButton)
    assert import_button(dialog).isEnabled()


def test_a_file_with_nothing_to_import(open_dialog: OpenDialog):
    dialog = open_dialog(replace(PREVIEW, new=(), matches=(), rejected=(), notices=()))
    assert child(dialog, QLabel, "summaryLabel").text() == "The file has no records to import."
    assert not import_button(dialog).isEnabled()


def test_cancel_closes(qtbot, dialog: ImportDialog):
    qtbot.mouseClick(
        button(dialog, QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_hundreds_of_records_fit_a_small_laptop_screen(open_dialog: OpenDialog):
    many = tuple(replace(NEW[0], line=n) for n in range(1, 501))
    dialog = open_dialog(replace(PREVIEW, new=many))
    assert len(rows(dialog, "newTable")) == 500
    # Room for the window frame and a panel on a 1366x768 screen: the table scrolls instead.
    needed = dialog.minimumSizeHint()
    assert needed.width() <= 1366 - 40
    assert needed.height() <= 768 - 60
