"""The dialog a curator adds, edits and duplicates a resource with.

It checks the fields as they are typed (the rules are in domain.validation) and keeps OK
disabled while anything is wrong. A problem is pointed out once the curator pauses or leaves
the field, or tries OK, and is cleared as soon as it is fixed: a form that has only just been
opened is not covered in red. The dialog writes nothing itself: OK hands the draft to ``save``
and closes only when that succeeded, so a failed write never loses what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from enum import Enum
from typing import NamedTuple, TypeAlias

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from permille_desktop.domain.changes import ResourceDraft
from permille_desktop.domain.model import Category, Resource, ResourceType
from permille_desktop.domain.text import readable_sort_key
from permille_desktop.domain.validation import DraftFields, Field, Problem, parse_year, problems
from permille_desktop.gui._generated.ui_resource_dialog import Ui_ResourceDialog
from permille_desktop.gui.author_list import AuthorList
from permille_desktop.gui.category_checklist import CategoryChecklist
from permille_desktop.gui.languages import OFFERED, language_code, language_name
from permille_desktop.gui.plain_text import message_box
from permille_desktop.gui.problem_messages import problem_message
from permille_desktop.gui.resource_table import type_label

SaveOutcome: TypeAlias = str | None
"""What ``save`` returns: None when the resource was written; otherwise a message for the
curator, already translated, saying why not. The dialog then shows it and stays open."""

# How long typing must pause before a new problem is pointed out.
REVEAL_DELAY_MS = 800

# How many possible duplicates the warning names before it counts the rest.
_NAMED_DUPLICATES = 3

_ERROR_ON_LIGHT = QColor("#b3261e")
_ERROR_ON_DARK = QColor("#ff8a80")

_NO_LENGTH_LIMIT = 2**31 - 1  # QLineEdit's limit is an int
_PARAGRAPH_SEPARATOR = "\u2029"  # between the blocks of a document's raw text


class DialogMode(Enum):
    NEW = "new"
    EDIT = "edit"
    DUPLICATE = "duplicate"


class _FormState(NamedTuple):
    """Everything the form shows, as shown: equal states mean nothing was changed."""

    title: str
    sort_title: str
    authors: tuple[str, ...]
    year: str
    type: str
    venue: str
    language: str
    url: str
    description: str
    categories: frozenset[int]


class ResourceDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        categories: Sequence[Category],
        draft: ResourceDraft | None = None,
        *,
        mode: DialogMode = DialogMode.NEW,
        save: Callable[[ResourceDraft], SaveOutcome],
        find_duplicates: Callable[[ResourceDraft], Sequence[Resource]] | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ResourceDialog()
        self.ui.setupUi(self)
        self._mode = mode
        self._save = save
        self._find_duplicates = find_duplicates
        self._today = today or date.today()
        ui = self.ui
        self._authors = AuthorList(
            ui.authorsList,
            ui.addAuthorButton,
            ui.removeAuthorButton,
            ui.authorUpButton,
            ui.authorDownButton,
        )
        self._categories = CategoryChecklist(ui.categoryTree, categories)
        self._problem_labels: dict[Field, tuple[QLabel, QWidget]] = {
            Field.TITLE: (ui.titleProblem, ui.titleEdit),
            Field.YEAR: (ui.yearProblem, ui.yearEdit),
            Field.URL: (ui.urlProblem, ui.urlEdit),
            Field.CATEGORIES: (ui.categoryProblem, ui.categoryTree),
        }
        self._shown: set[Field] = set()  # fields whose problem is on show
        self._typed: set[Field] = set()  # fields typed into since the dialog opened
        self._pending: set[Field] = set()  # typed into, their problem due after a pause
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.setInterval(REVEAL_DELAY_MS)
        self._reveal_timer.timeout.connect(self._reveal_pending)

        self._setup_widgets()
        initial = draft or ResourceDraft()
        self._fill(initial)
        self._initial_state = self._form_state()
        self._connect()
        self.setWindowTitle(_window_title(mode, initial.title))
        self._update_sort_placeholder()
        self._refresh()
        ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # Setup ---------------------------------------------------------------------------------

    def _setup_widgets(self) -> None:
        ui = self.ui
        for kind in ResourceType:
            ui.typeCombo.addItem(type_label(kind), kind.value)
        for code, name in OFFERED:
            ui.languageCombo.addItem(name(), code)
        language_edit = ui.languageCombo.lineEdit()
        if language_edit is not None:
            language_edit.setPlaceholderText(ResourceDialog.tr("Not given"))
        ui.languageCombo.setMinimumContentsLength(14)

        # A line edit keeps 32767 characters by default: a longer title (the catalog takes
        # any length) would come back cut short from a dialog opened only to look at it.
        for edit in (ui.titleEdit, ui.sortTitleEdit, ui.venueEdit, ui.urlEdit):
            edit.setMaxLength(_NO_LENGTH_LIMIT)

        digit = ui.yearEdit.fontMetrics().horizontalAdvance("0")
        ui.yearEdit.setFixedWidth(digit * 6 + 16)
        ui.yearEdit.setPlaceholderText(
            ResourceDialog.tr("e.g. {year}").format(year=self._today.year)
        )

        # About four names in view, and no shorter than its buttons: the description gets
        # the spare height.
        rows = ui.authorsList.fontMetrics().height() + 6
        buttons = ui.authorButtonsLayout.sizeHint().height()
        ui.authorsList.setFixedHeight(max(buttons, rows * 4 + 2 * ui.authorsList.frameWidth()))

        error = _ERROR_ON_DARK if _is_dark(self.palette()) else _ERROR_ON_LIGHT
        for label, _widget in self._problem_labels.values():
            palette = label.palette()
            palette.setColor(QPalette.ColorRole.WindowText, error)
            label.setPalette(palette)

        self._ok_button().setDefault(True)

        # Ctrl+Enter saves from anywhere, the description included (where Enter is a new line).
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.accept)

        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        width, height = 940, 660
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            # Leave room for the window frame and a panel on a 1366x768 laptop.
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.titleEdit.textChanged.connect(self._update_sort_placeholder)
        for field, edit in (
            (Field.TITLE, ui.titleEdit),
            (Field.YEAR, ui.yearEdit),
            (Field.URL, ui.urlEdit),
        ):
            edit.textChanged.connect(lambda _text: self._refresh())
            edit.textEdited.connect(lambda _text, f=field: self._typed_into(f))
            edit.editingFinished.connect(lambda f=field: self._left(f))
        self._categories.changed.connect(lambda: self._refresh({Field.CATEGORIES}))

    def _ok_button(self) -> QPushButton:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # Filling and reading -------------------------------------------------------------------

    def _fill(self, draft: ResourceDraft) -> None:
        ui = self.ui
        ui.titleEdit.setText(draft.title)
        ui.sortTitleEdit.setText(draft.sort_title or "")
        self._authors.set_names(draft.authors)
        ui.yearEdit.setText("" if draft.year is None else str(draft.year))
        ui.typeCombo.setCurrentIndex(max(0, ui.typeCombo.findData(draft.type.value)))
        ui.venueEdit.setText(draft.venue)
        self._set_language(draft.language)
        ui.urlEdit.setText(draft.url)
        ui.descriptionEdit.setPlainText(draft.description)
        self._categories.set_checked(draft.category_ids)

    def _set_language(self, code: str) -> None:
        combo = self.ui.languageCombo
        if not code:
            combo.setCurrentIndex(-1)
            combo.setEditText("")
            return
        index = combo.findData(code)
        if index < 0:
            # A language the list does not offer stays as it was stored.
            combo.addItem(language_name(code), code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def _language(self) -> str:
        combo = self.ui.languageCombo
        text = combo.currentText().strip()
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            # Typed rather than picked: a name on the list, in any case, still picks it.
            index = combo.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
        return str(combo.itemData(index)) if index >= 0 else language_code(text)

    def _form_state(self) -> _FormState:
        ui = self.ui
        return _FormState(
            title=ui.titleEdit.text(),
            sort_title=ui.sortTitleEdit.text(),
            authors=self._authors.texts(),
            year=ui.yearEdit.text(),
            type=str(ui.typeCombo.currentData()),
            venue=ui.venueEdit.text(),
            language=self._language(),
            url=ui.urlEdit.text(),
            description=self._description(),
            categories=frozenset(self._categories.checked_ids()),
        )

    def _description(self) -> str:
        # toPlainText() would also turn no-break spaces (French « guillemets », "sol :") into
        # plain ones and line separators into line breaks, changing text nobody edited.
        raw = self.ui.descriptionEdit.document().toRawText()
        return raw.replace(_PARAGRAPH_SEPARATOR, "\n")

    def draft(self) -> ResourceDraft:
        """The resource as typed, trimmed; only meaningful while OK is enabled (a year that
        is not a whole number reads as None)."""
        ui = self.ui
        return ResourceDraft(
            title=ui.titleEdit.text().strip(),
            type=ResourceType(ui.typeCombo.currentData()),
            sort_title=ui.sortTitleEdit.text().strip() or None,
            year=parse_year(ui.yearEdit.text()),
            authors=self._authors.names(),
            venue=ui.venueEdit.text().strip(),
            description=self._description().strip(),
            url=ui.urlEdit.text().strip(),
            language=self._language(),
            category_ids=self._categories.checked_ids(),
        )

    def has_changes(self) -> bool:
        self._authors.commit_editing()
        return self._form_state() != self._initial_state

    def problems(self) -> dict[Field, Problem]:
        ui = self.ui
        fields = DraftFields(
            title=ui.titleEdit.text(),
            year=ui.yearEdit.text(),
            url=ui.urlEdit.text(),
            category_ids=self._categories.checked_ids(),
        )
        return problems(fields, self._today)

    # Validation as the curator types -----------------------------------------------------------

    def _update_sort_placeholder(self) -> None:
        title = self.ui.titleEdit.text()
        self.ui.sortTitleEdit.setPlaceholderText(
            readable_sort_key(title)
            if title.strip()
            else ResourceDialog.tr("Automatic, from the title")
        )

    def _typed_into(self, field: Field) -> None:
        self._typed.add(field)
        if field not in self._shown:
            self._pending.add(field)
            self._reveal_timer.start()

    def _left(self, field: Field) -> None:
        if field in self._typed:
            self._refresh({field})

    def _reveal_pending(self) -> None:
        pending, self._pending = self._pending, set()
        self._refresh(pending)

    def _refresh(self, reveal: Collection[Field] = ()) -> None:
        """Enable OK when all is well, and show or hide each field's problem.

        A problem is shown once its field is in ``reveal``, and stays shown (its text kept up
        to date) until it is fixed.
        """
        found = self.problems()
        for field, (label, widget) in self._problem_labels.items():
            problem = found.get(field)
            if problem is None:
                self._shown.discard(field)
            elif field in reveal:
                self._shown.add(field)
            message = ""
            if problem is not None and field in self._shown:
                message = problem_message(problem, self._today)
                label.setText(message)
            label.setVisible(bool(message))
            # Screen readers read the problem with the field.
            widget.setAccessibleDescription(message)
        self._ok_button().setEnabled(not found)

    def show_problems(self) -> None:
        """Point out every problem, as after an attempt to save, and go to the first one."""
        self._refresh(set(Field))
        first = next(iter(self.problems()), None)
        if first is not None:
            self._problem_labels[first][1].setFocus(Qt.FocusReason.OtherFocusReason)

    # Opening and closing -------------------------------------------------------------------

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        title = self.ui.titleEdit
        if visible and title.hasSelectedText() and title.selectedText() == title.text():
            # On opening, Qt selects the first field's text, which scrolls a long title to
            # its end; keep it selected, but with the cursor at the start so it reads from
            # the beginning.
            title.setSelection(len(title.text()), -len(title.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and not self._ok_button().isEnabled():
            # Enter would do nothing with OK disabled: say what is in the way instead.
            self.show_problems()
            event.accept()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """OK, Enter and Ctrl+Enter: check, warn of a likely duplicate, save, then close."""
        self._authors.commit_editing()
        if self.problems():
            self.show_problems()
            return
        draft = self.draft()
        if self._mode is not DialogMode.EDIT and self._find_duplicates is not None:
            existing = self._find_duplicates(draft)
            if existing and not self._save_despite(existing):
                return
        failure = self._save(draft)
        if failure is not None:
            self._tell_not_saved(failure)
            return
        super().accept()

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask before losing any change."""
        if self.has_changes() and not self._discard_confirmed():
            return
        super().reject()

    def _save_despite(self, existing: Sequence[Resource]) -> bool:
        if len(existing) == 1:
            intro = ResourceDialog.tr("The library already has a resource like this one:")
        else:
            intro = ResourceDialog.tr(
                "The library already has %n resources like this one:", None, len(existing)
            )
        lines = [f"•  {_title_and_year(resource)}" for resource in existing[:_NAMED_DUPLICATES]]
        more = len(existing) - _NAMED_DUPLICATES
        if more == 1:
            lines.append(ResourceDialog.tr("and one more"))
        elif more > 1:
            lines.append(ResourceDialog.tr("and %n more", None, more))
        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            ResourceDialog.tr("Possible duplicate"),
            "\n".join([intro, "", *lines, "", ResourceDialog.tr("Save it anyway?")]),
        )
        save = box.addButton(ResourceDialog.tr("&Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(ResourceDialog.tr("&Go back"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is save

    def _tell_not_saved(self, message: str) -> None:
        # One label: an informative text would wrap to the width of a short first line.
        text = "\n\n".join([ResourceDialog.tr("The resource was not saved."), message])
        box = message_box(self, QMessageBox.Icon.Warning, ResourceDialog.tr("Not saved"), text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()

    def _discard_confirmed(self) -> bool:
        box = message_box(
            self,
            QMessageBox.Icon.Question,
            ResourceDialog.tr("Discard changes"),
            ResourceDialog.tr("Discard your changes?"),
        )
        discard = box.addButton(
            ResourceDialog.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(ResourceDialog.tr("&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def _window_title(mode: DialogMode, title: str) -> str:
    if mode is DialogMode.EDIT:
        return ResourceDialog.tr("Edit resource — {title}").format(title=_shortened(title))
    if mode is DialogMode.DUPLICATE:
        return ResourceDialog.tr("Duplicate resource")
    return ResourceDialog.tr("New resource")


def _shortened(title: str, limit: int = 60) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _title_and_year(resource: Resource) -> str:
    if resource.year is None:
        return resource.title
    return ResourceDialog.tr("{title} ({year})").format(title=resource.title, year=resource.year)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128
