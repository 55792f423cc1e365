"""The resource dialog, driven as a curator drives it: typing, ticking, pressing keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.model import Category, Resource, ResourceType
from permille_desktop.gui.resource_dialog import (
    REVEAL_DELAY_MS,
    DialogMode,
    ResourceDialog,
    SaveOutcome,
)

from .message_boxes import ENTER, ESCAPE, MessageBoxes

TODAY = date(2026, 5, 4)  # years 1800 to 2027 are acceptable

CATEGORIES = [
    Category(1, "Articles", None, 0),
    Category(2, "Mainstream media", 1, 0),
    Category(3, "Specialized media", 1, 1),
    Category(4, "Reports", None, 1),
    Category(5, "Guides", 4, 0),
]

EXISTING = ResourceDraft(
    title="Can Dirt Save the Earth?",
    type=ResourceType.REPORT,
    sort_title="Dirt",
    year=2018,
    authors=("Moises Velasquez-Manoff", "Ann Other"),
    venue="New York Times Magazine",
    description="First line.\nSecond line.",
    url="https://www.nytimes.com/2018/04/18/magazine/dirt-save-earth.html",
    language="fr",
    category_ids=(2, 5),
)


@dataclass
class FakeCatalog:
    """Stands in for the curator service: records saves, answers with set outcomes."""

    outcomes: list[SaveOutcome] = field(default_factory=list)
    duplicates: list[Resource] = field(default_factory=list)
    saved: list[ResourceDraft] = field(default_factory=list)
    asked: list[ResourceDraft] = field(default_factory=list)

    def save(self, draft: ResourceDraft) -> SaveOutcome:
        self.saved.append(draft)
        return self.outcomes.pop(0) if self.outcomes else None

    def find_duplicates(self, draft: ResourceDraft) -> Sequence[Resource]:
        self.asked.append(draft)
        return self.duplicates


@pytest.fixture
def catalog() -> FakeCatalog:
    return FakeCatalog()


OpenDialog = Callable[..., ResourceDialog]


@pytest.fixture
def open_dialog(qtbot, catalog: FakeCatalog, boxes: MessageBoxes) -> Iterator[OpenDialog]:
    dialogs: list[ResourceDialog] = []

    def open_(
        draft: ResourceDraft | None = None,
        mode: DialogMode = DialogMode.NEW,
        today: date = TODAY,
    ) -> ResourceDialog:
        dialog = ResourceDialog(
            None,
            CATEGORIES,
            draft,
            mode=mode,
            save=catalog.save,
            find_duplicates=catalog.find_duplicates,
            today=today,
        )
        dialogs.append(dialog)
        # Active, as a dialog a user opened is: keys then go where the focus is.
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    yield open_
    for dialog in dialogs:
        dialog.done(0)  # closes without the question a test may have left unanswered
        dialog.deleteLater()


@pytest.fixture
def dialog(open_dialog: OpenDialog) -> ResourceDialog:
    return open_dialog()


# What the curator sees ---------------------------------------------------------------------


def child(dialog: ResourceDialog, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def ok_button(dialog: ResourceDialog) -> QPushButton:
    box = child(dialog, QDialogButtonBox, "buttonBox")
    return box.button(QDialogButtonBox.StandardButton.Ok)


def cancel_button(dialog: ResourceDialog) -> QPushButton:
    box = child(dialog, QDialogButtonBox, "buttonBox")
    return box.button(QDialogButtonBox.StandardButton.Cancel)


def problem(dialog: ResourceDialog, name: str) -> str | None:
    """The message next to a field, or None when none is shown."""
    label = child(dialog, QLabel, name)
    return label.text() if label.isVisible() else None


def wait_for_problem(qtbot, dialog: ResourceDialog, name: str) -> str:
    qtbot.waitUntil(lambda: problem(dialog, name) is not None, timeout=REVEAL_DELAY_MS * 4)
    text = problem(dialog, name)
    assert text
    return text


def tree_items(dialog: ResourceDialog) -> dict[str, QTreeWidgetItem]:
    items = {}
    iterator = QTreeWidgetItemIterator(child(dialog, QTreeWidget, "categoryTree"))
    while (item := iterator.value()) is not None:
        items[item.text(0)] = item
        iterator += 1
    return items


def ticked(dialog: ResourceDialog) -> list[str]:
    return [
        name
        for name, item in tree_items(dialog).items()
        if item.checkState(0) == Qt.CheckState.Checked
    ]


def tick(qtbot, dialog: ResourceDialog, name: str) -> None:
    """Click a category's check box, as a user does with the mouse."""
    tree = child(dialog, QTreeWidget, "categoryTree")
    rect = tree.visualItemRect(tree_items(dialog)[name])
    # The check box is the first thing in the row, after a small margin.
    box = tree.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    where = QPoint(rect.left() + 3 + box // 2, rect.center().y())
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=where)


def tick_with_keyboard(qtbot, dialog: ResourceDialog, name: str) -> None:
    tree = child(dialog, QTreeWidget, "categoryTree")
    tree.setFocus()
    tree.setCurrentItem(tree_items(dialog)[name])
    qtbot.keyClick(tree, Qt.Key.Key_Space)


def commit_name(qtbot, editor: QLineEdit) -> None:
    """Press Enter in an author's editor; the list takes the name in once the editor is gone."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not editor, timeout=1000)


def authors(dialog: ResourceDialog) -> list[str]:
    view = child(dialog, QListWidget, "authorsList")
    return [view.item(row).text() for row in range(view.count())]


def type_into(qtbot, dialog: ResourceDialog, name: str, text: str) -> QLineEdit:
    edit = child(dialog, QLineEdit, name)
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    return edit


def replace_text(qtbot, dialog: ResourceDialog, name: str, text: str) -> QLineEdit:
    edit = child(dialog, QLineEdit, name)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)
    return edit


def leave(qtbot, widget: QWidget) -> None:
    """Tab out of a field, as a user moves on to the next one."""
    widget.setFocus()
    assert widget.hasFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert not widget.hasFocus()


def fill_valid(qtbot, dialog: ResourceDialog) -> None:
    type_into(qtbot, dialog, "titleEdit", "Soil carbon for beginners")
    tick(qtbot, dialog, "Guides")


# Layout and names --------------------------------------------------------------------------


def test_widgets_have_stable_object_names(dialog: ResourceDialog):
    for name, kind in [
        ("titleEdit", QLineEdit),
        ("sortTitleEdit", QLineEdit),
        ("authorsList", QListWidget),
        ("addAuthorButton", QPushButton),
        ("removeAuthorButton", QPushButton),
        ("authorUpButton", QPushButton),
        ("authorDownButton", QPushButton),
        ("yearEdit", QLineEdit),
        ("typeCombo", QComboBox),
        ("venueEdit", QLineEdit),
        ("languageCombo", QComboBox),
        ("urlEdit", QLineEdit),
        ("descriptionEdit", QPlainTextEdit),
        ("categoryTree", QTreeWidget),
        ("buttonBox", QDialogButtonBox),
        ("titleProblem", QLabel),
        ("yearProblem", QLabel),
        ("urlProblem", QLabel),
        ("categoryProblem", QLabel),
    ]:
        child(dialog, kind, name)


def test_the_dialog_fits_a_small_laptop_screen(dialog: ResourceDialog):
    frame = dialog.frameGeometry()
    assert frame.width() <= 1366
    assert frame.height() <= 768 - 40
    assert dialog.minimumSizeHint().height() <= 768 - 80


def test_every_field_has_a_label_with_a_mnemonic(dialog: ResourceDialog):
    keys = []
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None:
            continue
        assert "&" in label.text(), label.text()
        keys.append(label.text()[label.text().index("&") + 1].casefold())
    for button in dialog.findChildren(QPushButton):
        if "&" in button.text():
            keys.append(button.text()[button.text().index("&") + 1].casefold())
    assert len(keys) >= 14  # ten field labels and the four author buttons
    assert len(keys) == len(set(keys)), sorted(keys)


def test_tab_goes_through_the_fields_in_reading_order(qtbot, dialog: ResourceDialog):
    order = []
    child(dialog, QLineEdit, "titleEdit").setFocus()
    for _ in range(13):
        focused = QApplication.focusWidget()
        order.append(focused.objectName() or focused.text())
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    # Remove and Move are skipped while the list is empty, and OK while it is disabled.
    assert order == [
        "titleEdit",
        "sortTitleEdit",
        "authorsList",
        "addAuthorButton",
        "yearEdit",
        "typeCombo",
        "venueEdit",
        "languageCombo",
        "urlEdit",
        "descriptionEdit",
        "categoryTree",
        cancel_button(dialog).text(),
        "titleEdit",
    ]


def test_the_type_combo_lists_every_type_by_its_name(dialog: ResourceDialog):
    combo = child(dialog, QComboBox, "typeCombo")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert len(names) == len(ResourceType)
    assert {"Article", "Report", "Web page"} <= set(names)


def test_the_whole_category_tree_is_expanded_and_unticked(dialog: ResourceDialog):
    items = tree_items(dialog)
    assert list(items) == [
        "Articles",
        "Mainstream media",
        "Specialized media",
        "Reports",
        "Guides",
    ]
    assert items["Guides"].parent() is items["Reports"]
    assert all(item.isExpanded() for item in items.values() if item.childCount())
    assert ticked(dialog) == []


# Validation as the curator types -------------------------------------------------------------


def test_a_new_dialog_is_quiet_but_cannot_be_saved(qtbot, dialog: ResourceDialog):
    assert dialog.windowTitle() == "New resource"
    assert not ok_button(dialog).isEnabled()
    qtbot.wait(REVEAL_DELAY_MS + 200)
    for name in ("titleProblem", "yearProblem", "urlProblem", "categoryProblem"):
        assert problem(dialog, name) is None, name


def test_a_title_and_a_category_make_it_savable(qtbot, dialog: ResourceDialog):
    type_into(qtbot, dialog, "titleEdit", "Soil carbon")
    assert not ok_button(dialog).isEnabled()
    tick(qtbot, dialog, "Guides")
    assert ticked(dialog) == ["Guides"]
    assert ok_button(dialog).isEnabled()


def test_a_title_typed_then_erased_is_reported(qtbot, dialog: ResourceDialog):
    tick(qtbot, dialog, "Guides")
    edit = type_into(qtbot, dialog, "titleEdit", "So")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert not ok_button(dialog).isEnabled()
    assert wait_for_problem(qtbot, dialog, "titleProblem") == "A title is required."
    qtbot.keyClicks(edit, "S")
    # Fixed: the message goes at once, without waiting for a pause.
    assert problem(dialog, "titleProblem") is None
    assert ok_button(dialog).isEnabled()


def test_a_blank_title_counts_as_none(qtbot, dialog: ResourceDialog):
    tick(qtbot, dialog, "Guides")
    edit = type_into(qtbot, dialog, "titleEdit", "   ")
    assert not ok_button(dialog).isEnabled()
    leave(qtbot, edit)
    assert problem(dialog, "titleProblem") == "A title is required."


def test_a_problem_waits_for_a_pause_in_typing(qtbot, dialog: ResourceDialog):
    fill_valid(qtbot, dialog)
    type_into(qtbot, dialog, "yearEdit", "19")
    # OK reacts at once; the message only once the curator stops typing.
    assert not ok_button(dialog).isEnabled()
    assert problem(dialog, "yearProblem") is None
    assert "1800" in wait_for_problem(qtbot, dialog, "yearProblem")


def test_a_shown_problem_follows_the_typing(qtbot, dialog: ResourceDialog):
    fill_valid(qtbot, dialog)
    edit = type_into(qtbot, dialog, "yearEdit", "17")
    leave(qtbot, edit)
    assert problem(dialog, "yearProblem") == "The year must be from 1800 to 2027."
    edit.setFocus()
    qtbot.keyClicks(edit, "x")
    assert problem(dialog, "yearProblem") == ("The year must be a whole number from 1800 to 2027.")


@pytest.mark.parametrize(
    ("year", "message"),
    [
        ("1799", "The year must be from 1800 to 2027."),
        ("1800", None),
        ("2027", None),
        ("2028", "The year must be from 1800 to 2027."),
        ("20x4", "The year must be a whole number from 1800 to 2027."),
        ("", None),
    ],
)
def test_year_bounds(qtbot, dialog: ResourceDialog, year: str, message: str | None):
    fill_valid(qtbot, dialog)
    edit = type_into(qtbot, dialog, "yearEdit", year)
    leave(qtbot, edit)
    assert problem(dialog, "yearProblem") == message
    assert ok_button(dialog).isEnabled() is (message is None)
    if message is None:
        assert dialog.draft().year == (int(year) if year else None)


def test_the_year_range_moves_with_today(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog(today=date(2027, 1, 1))
    fill_valid(qtbot, dialog)
    edit = type_into(qtbot, dialog, "yearEdit", "2028")
    leave(qtbot, edit)
    assert problem(dialog, "yearProblem") is None
    type_into(qtbot, dialog, "yearEdit", "0")
    leave(qtbot, edit)
    assert problem(dialog, "yearProblem") == "The year must be from 1800 to 2028."


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://example.org/page", None),
        ("https://4p1000.org", None),
        ("mailto:secretariat@4p1000.org", None),
        ("ftp://example.org/file", "must be a web address"),
        ("example", "must be a web address"),
        ("http://", "needs a complete site name"),
        ("https://exa mple.org", "must not contain spaces"),
        ("mailto:nobody", "needs an address"),
    ],
)
def test_url(qtbot, dialog: ResourceDialog, url: str, message: str | None):
    fill_valid(qtbot, dialog)
    leave(qtbot, type_into(qtbot, dialog, "urlEdit", url))
    shown = problem(dialog, "urlProblem")
    if message is None:
        assert shown is None
        assert ok_button(dialog).isEnabled()
        assert dialog.draft().url == url
    else:
        assert shown is not None
        assert message in shown
        assert not ok_button(dialog).isEnabled()


def test_a_resource_needs_a_category(qtbot, dialog: ResourceDialog):
    type_into(qtbot, dialog, "titleEdit", "Soil carbon")
    tick(qtbot, dialog, "Guides")
    assert ok_button(dialog).isEnabled()
    tick(qtbot, dialog, "Guides")  # and off again
    assert ticked(dialog) == []
    assert not ok_button(dialog).isEnabled()
    assert problem(dialog, "categoryProblem") == "Choose at least one category."
    tick_with_keyboard(qtbot, dialog, "Mainstream media")
    assert ticked(dialog) == ["Mainstream media"]
    assert problem(dialog, "categoryProblem") is None
    assert ok_button(dialog).isEnabled()


def test_enter_on_an_incomplete_form_points_out_every_problem(qtbot, dialog: ResourceDialog):
    title = child(dialog, QLineEdit, "titleEdit")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    assert problem(dialog, "titleProblem") == "A title is required."
    assert problem(dialog, "categoryProblem") == "Choose at least one category."
    assert problem(dialog, "yearProblem") is None
    assert dialog.isVisible()
    assert title.hasFocus()


def test_ctrl_enter_on_an_incomplete_form_goes_to_the_first_problem(
    qtbot, catalog: FakeCatalog, dialog: ResourceDialog
):
    type_into(qtbot, dialog, "titleEdit", "Soil")
    description = child(dialog, QPlainTextEdit, "descriptionEdit")
    description.setFocus()
    qtbot.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert catalog.saved == []
    assert problem(dialog, "categoryProblem") == "Choose at least one category."
    assert child(dialog, QTreeWidget, "categoryTree").hasFocus()


# The sort title -------------------------------------------------------------------------------


def test_the_sort_title_placeholder_follows_the_title(qtbot, dialog: ResourceDialog):
    sort_edit = child(dialog, QLineEdit, "sortTitleEdit")
    empty = sort_edit.placeholderText()
    assert empty
    edit = type_into(qtbot, dialog, "titleEdit", "The 4 per 1000 Initiative")
    assert sort_edit.placeholderText() == "4 per 1000 initiative"
    edit.clear()
    edit.insert("L’écologie des sols")  # QTest cannot type the typographic apostrophe
    assert sort_edit.placeholderText() == "ecologie des sols"
    edit.clear()
    assert sort_edit.placeholderText() == empty
    assert sort_edit.text() == ""


def test_an_empty_sort_title_is_none_and_a_typed_one_is_kept(qtbot, dialog: ResourceDialog):
    fill_valid(qtbot, dialog)
    assert dialog.draft().sort_title is None
    type_into(qtbot, dialog, "sortTitleEdit", "  Carbon, soil  ")
    assert dialog.draft().sort_title == "Carbon, soil"


# Authors --------------------------------------------------------------------------------------


def add_author(qtbot, dialog: ResourceDialog, name: str) -> None:
    qtbot.mouseClick(child(dialog, QPushButton, "addAuthorButton"), Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)  # the new row is open for typing
    qtbot.keyClicks(editor, name)
    commit_name(qtbot, editor)


def test_authors_are_added_reordered_and_removed_with_the_buttons(qtbot, dialog: ResourceDialog):
    for name in ("Ada", "Bea", "Cy"):
        add_author(qtbot, dialog, name)
    assert authors(dialog) == ["Ada", "Bea", "Cy"]
    view = child(dialog, QListWidget, "authorsList")
    up = child(dialog, QPushButton, "authorUpButton")
    down = child(dialog, QPushButton, "authorDownButton")
    remove = child(dialog, QPushButton, "removeAuthorButton")

    view.setCurrentRow(2)
    assert not down.isEnabled()
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(up, Qt.MouseButton.LeftButton)
    assert authors(dialog) == ["Cy", "Ada", "Bea"]
    assert not up.isEnabled()  # Cy is first now, and still the one selected
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert authors(dialog) == ["Ada", "Cy", "Bea"]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert authors(dialog) == ["Ada", "Bea"]
    fill_valid(qtbot, dialog)
    assert dialog.draft().authors == ("Ada", "Bea")


def test_authors_work_from_the_keyboard(qtbot, dialog: ResourceDialog):
    view = child(dialog, QListWidget, "authorsList")
    view.setFocus()
    for name in ("Ada", "Bea"):
        qtbot.keyClick(view, Qt.Key.Key_Insert)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, name)
        commit_name(qtbot, editor)
    assert authors(dialog) == ["Ada", "Bea"]
    assert view.hasFocus()

    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert authors(dialog) == ["Bea", "Ada"]

    view.setCurrentRow(1)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Ada Lovelace")
    commit_name(qtbot, editor)
    assert authors(dialog) == ["Bea", "Ada Lovelace"]

    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert authors(dialog) == ["Bea"]


def test_the_list_keys_act_only_in_the_list(qtbot, dialog: ResourceDialog):
    add_author(qtbot, dialog, "Ada")
    edit = type_into(qtbot, dialog, "titleEdit", "Soils")
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Insert)
    assert edit.text() == "oils"
    assert authors(dialog) == ["Ada"]
    assert edit.hasFocus()


def test_an_author_left_empty_is_dropped(qtbot, dialog: ResourceDialog):
    add_author(qtbot, dialog, "Ada")
    view = child(dialog, QListWidget, "authorsList")
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # changed their mind
    assert authors(dialog) == ["Ada"]
    assert dialog.isVisible()  # Esc closed the editor, not the dialog


def test_a_name_still_being_typed_is_saved_by_ctrl_enter(
    qtbot, catalog: FakeCatalog, dialog: ResourceDialog
):
    fill_valid(qtbot, dialog)
    qtbot.mouseClick(child(dialog, QPushButton, "addAuthorButton"), Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "  Ada  ")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [d.authors for d in catalog.saved] == [("Ada",)]
    assert not dialog.isVisible()


# Edit and Duplicate ---------------------------------------------------------------------------


def test_edit_shows_every_field_of_the_resource(open_dialog: OpenDialog):
    dialog = open_dialog(EXISTING, DialogMode.EDIT)
    assert dialog.windowTitle() == "Edit resource — Can Dirt Save the Earth?"
    assert child(dialog, QLineEdit, "titleEdit").text() == EXISTING.title
    assert child(dialog, QLineEdit, "sortTitleEdit").text() == "Dirt"
    assert authors(dialog) == list(EXISTING.authors)
    assert child(dialog, QLineEdit, "yearEdit").text() == "2018"
    assert child(dialog, QComboBox, "typeCombo").currentText() == "Report"
    assert child(dialog, QLineEdit, "venueEdit").text() == EXISTING.venue
    assert child(dialog, QComboBox, "languageCombo").currentText() == "French"
    assert child(dialog, QLineEdit, "urlEdit").text() == EXISTING.url
    assert child(dialog, QPlainTextEdit, "descriptionEdit").toPlainText() == EXISTING.description
    assert ticked(dialog) == ["Mainstream media", "Guides"]
    assert ok_button(dialog).isEnabled()
    # What comes back unchanged is what went in.
    assert dialog.draft() == EXISTING


def test_a_long_title_opens_at_its_beginning(open_dialog: OpenDialog):
    long_title = "Matching policy and science: " + "a very long subtitle " * 8
    dialog = open_dialog(ResourceDraft(title=long_title, category_ids=(1,)), DialogMode.EDIT)
    title = child(dialog, QLineEdit, "titleEdit")
    assert title.cursorPosition() == 0
    assert title.selectedText() in ("", long_title)  # typing may replace it, as in any dialog


def test_edit_saves_the_changes_without_a_duplicate_check(
    qtbot, catalog: FakeCatalog, open_dialog: OpenDialog
):
    catalog.duplicates = [EXISTING.resource("u1", _NOW, _NOW)]
    dialog = open_dialog(EXISTING, DialogMode.EDIT)
    replace_text(qtbot, dialog, "yearEdit", "2019")
    combo = child(dialog, QComboBox, "typeCombo")
    combo.setCurrentIndex(combo.findText("Article"))
    tick(qtbot, dialog, "Reports")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert catalog.asked == []
    assert len(catalog.saved) == 1
    saved = catalog.saved[0]
    assert (saved.year, saved.type) == (2019, ResourceType.ARTICLE)
    assert saved.category_ids == (2, 4, 5)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_duplicate_starts_from_the_resource(open_dialog: OpenDialog):
    dialog = open_dialog(EXISTING, DialogMode.DUPLICATE)
    assert dialog.windowTitle() == "Duplicate resource"
    assert child(dialog, QLineEdit, "titleEdit").text() == EXISTING.title
    assert authors(dialog) == list(EXISTING.authors)
    assert ticked(dialog) == ["Mainstream media", "Guides"]
    assert dialog.draft() == EXISTING


@pytest.mark.parametrize(
    ("code", "shown"), [("nl", "Dutch"), ("pt-BR", "Portuguese (pt-BR)"), ("xx", "xx")]
)
def test_a_language_not_offered_is_kept(open_dialog: OpenDialog, code: str, shown: str):
    dialog = open_dialog(ResourceDraft(title="X", language=code, category_ids=(1,)))
    assert child(dialog, QComboBox, "languageCombo").currentText() == shown
    assert dialog.draft().language == code


@pytest.mark.parametrize(
    ("typed", "code"), [("Spanish", "es"), ("spanish", "es"), ("German", "de"), ("", "")]
)
def test_a_language_is_stored_as_its_code(qtbot, dialog: ResourceDialog, typed: str, code: str):
    combo = child(dialog, QComboBox, "languageCombo")
    combo.setFocus()
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), typed)
    assert dialog.draft().language == code


# Saving ---------------------------------------------------------------------------------------

_NOW = datetime(2026, 5, 4, tzinfo=UTC)


def test_ok_saves_a_trimmed_draft_and_closes(qtbot, catalog: FakeCatalog, dialog: ResourceDialog):
    type_into(qtbot, dialog, "titleEdit", "  Soil carbon  ")
    tick(qtbot, dialog, "Guides")
    type_into(qtbot, dialog, "venueEdit", " FAO ")
    description = child(dialog, QPlainTextEdit, "descriptionEdit")
    description.setFocus()
    qtbot.keyClicks(description, "One")
    qtbot.keyClick(description, Qt.Key.Key_Return)  # a new line, not OK
    qtbot.keyClicks(description, "Two ")
    assert dialog.isVisible()
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert catalog.saved == [
        ResourceDraft(
            title="Soil carbon",
            venue="FAO",
            description="One\nTwo",
            category_ids=(5,),
        )
    ]
    assert not dialog.isVisible()


@pytest.mark.parametrize("name", ["titleEdit", "sortTitleEdit", "yearEdit", "venueEdit", "urlEdit"])
def test_enter_in_a_field_saves(qtbot, catalog: FakeCatalog, dialog: ResourceDialog, name: str):
    fill_valid(qtbot, dialog)
    edit = type_into(qtbot, dialog, name, "2020" if name == "yearEdit" else "")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert len(catalog.saved) == 1
    assert not dialog.isVisible()


def test_enter_after_typing_a_language_saves_its_code(
    qtbot, catalog: FakeCatalog, dialog: ResourceDialog
):
    fill_valid(qtbot, dialog)
    combo = child(dialog, QComboBox, "languageCombo")
    combo.setFocus()
    qtbot.keyClicks(combo, "Spanish")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert [d.language for d in catalog.saved] == ["es"]
    assert not dialog.isVisible()


def test_ctrl_enter_in_the_description_saves(qtbot, catalog: FakeCatalog, dialog: ResourceDialog):
    fill_valid(qtbot, dialog)
    description = child(dialog, QPlainTextEdit, "descriptionEdit")
    description.setFocus()
    qtbot.keyClicks(description, "Notes")
    qtbot.keyClick(description, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [d.description for d in catalog.saved] == ["Notes"]
    assert not dialog.isVisible()


def test_a_failed_save_keeps_the_dialog_and_what_was_typed(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    catalog.outcomes = ["The library file is read-only, so nothing was changed."]
    fill_valid(qtbot, dialog)
    add_author(qtbot, dialog, "Ada")
    type_into(qtbot, dialog, "yearEdit", "2020")
    typed = dialog.draft()
    boxes.answer("OK")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    (box,) = boxes.shown
    assert box.text.startswith("The resource was not saved.")
    assert box.text.endswith("The library file is read-only, so nothing was changed.")
    assert dialog.isVisible()
    assert dialog.draft() == typed
    assert child(dialog, QLineEdit, "titleEdit").text() == "Soil carbon for beginners"
    assert authors(dialog) == ["Ada"]
    # Once the cause is gone, OK again saves and closes.
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert catalog.saved == [typed, typed]
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted


# Possible duplicates --------------------------------------------------------------------------


def _resource(title: str, year: int | None = None) -> Resource:
    return ResourceDraft(title=title, year=year, category_ids=(1,)).resource(title, _NOW, _NOW)


def test_a_likely_duplicate_is_named_and_going_back_saves_nothing(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    catalog.duplicates = [_resource("Soil carbon for beginners", 2019)]
    fill_valid(qtbot, dialog)
    boxes.answer("Go back")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert [d.title for d in catalog.asked] == ["Soil carbon for beginners"]
    (box,) = boxes.shown
    assert "Soil carbon for beginners (2019)" in box.text
    assert set(box.buttons) == {"Save anyway", "Go back"}
    assert box.default == "Go back"
    assert catalog.saved == []
    assert dialog.isVisible()


def test_enter_on_the_duplicate_warning_goes_back(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    catalog.duplicates = [_resource("Soil carbon for beginners")]
    fill_valid(qtbot, dialog)
    boxes.answer(ENTER)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert len(boxes.shown) == 1
    assert catalog.saved == []
    assert dialog.isVisible()


def test_saving_anyway_saves_and_closes(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, open_dialog: OpenDialog
):
    catalog.duplicates = [_resource(EXISTING.title, 2018)]
    dialog = open_dialog(EXISTING, DialogMode.DUPLICATE)
    boxes.answer("Save anyway")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert "Can Dirt Save the Earth? (2018)" in boxes.shown[0].text
    assert catalog.saved == [EXISTING]
    assert not dialog.isVisible()


def test_many_duplicates_are_counted_and_titles_shown_as_written(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    catalog.duplicates = [_resource(f"<b>Soil</b> {n}") for n in range(1, 6)]
    fill_valid(qtbot, dialog)
    boxes.answer("Go back")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    (box,) = boxes.shown
    assert "5 resources" in box.text
    assert "<b>Soil</b> 1" in box.text
    assert "<b>Soil</b> 3" in box.text
    assert "<b>Soil</b> 4" not in box.text
    assert "and 2 more" in box.text
    assert box.plain_text


def test_no_warning_without_a_likely_duplicate(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    fill_valid(qtbot, dialog)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert len(catalog.asked) == 1
    assert boxes.shown == []
    assert len(catalog.saved) == 1


# Cancelling -----------------------------------------------------------------------------------


def test_cancel_without_changes_closes_at_once(qtbot, boxes: MessageBoxes, open_dialog: OpenDialog):
    dialog = open_dialog(EXISTING, DialogMode.EDIT)
    qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert boxes.shown == []
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_cancel_after_typing_asks_and_keep_editing_keeps_everything(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    type_into(qtbot, dialog, "titleEdit", "Half-typed")
    boxes.answer("Keep editing")
    qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)
    (box,) = boxes.shown
    assert box.text == "Discard your changes?"
    assert set(box.buttons) == {"Discard", "Keep editing"}
    assert box.default == "Keep editing"
    assert dialog.isVisible()
    assert child(dialog, QLineEdit, "titleEdit").text() == "Half-typed"
    assert catalog.saved == []


def test_cancel_after_typing_and_discarding_closes(
    qtbot, catalog: FakeCatalog, boxes: MessageBoxes, dialog: ResourceDialog
):
    tick(qtbot, dialog, "Reports")
    boxes.answer("Discard")
    qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert len(boxes.shown) == 1
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected
    assert catalog.saved == []


def test_a_change_undone_by_hand_is_no_change(qtbot, boxes: MessageBoxes, open_dialog: OpenDialog):
    dialog = open_dialog(EXISTING, DialogMode.EDIT)
    tick(qtbot, dialog, "Reports")
    tick(qtbot, dialog, "Reports")
    edit = type_into(qtbot, dialog, "urlEdit", "x")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.mouseClick(cancel_button(dialog), Qt.MouseButton.LeftButton)
    assert boxes.shown == []
    assert not dialog.isVisible()


@pytest.mark.parametrize(("answer", "closes"), [(ESCAPE, False), ("Discard", True)])
def test_esc_is_cancel(
    qtbot, boxes: MessageBoxes, dialog: ResourceDialog, answer: str, closes: bool
):
    edit = type_into(qtbot, dialog, "venueEdit", "FAO")
    boxes.answer(answer)
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert [b.text for b in boxes.shown] == ["Discard your changes?"]
    assert dialog.isVisible() is not closes


def test_esc_without_changes_closes_at_once(qtbot, boxes: MessageBoxes, dialog: ResourceDialog):
    qtbot.keyClick(child(dialog, QLineEdit, "titleEdit"), Qt.Key.Key_Escape)
    assert boxes.shown == []
    assert not dialog.isVisible()


def test_closing_the_window_asks_too(qtbot, boxes: MessageBoxes, dialog: ResourceDialog):
    list_view = child(dialog, QListWidget, "authorsList")
    assert list_view.editTriggers() & QAbstractItemView.EditTrigger.EditKeyPressed
    add_author(qtbot, dialog, "Ada")
    boxes.answer("Keep editing", "Discard")
    assert not dialog.close()
    assert dialog.isVisible()
    assert dialog.close()
    assert not dialog.isVisible()
    assert len(boxes.shown) == 2
