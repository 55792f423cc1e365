"""Curator mode: the Edit menu's actions on resources, their dialogs, and undo and redo.

In browsing mode these actions are hidden and disabled, so nothing can be changed by accident.
Each change is planned by the curator service, written, and only then pushed on the undo
stack; the window then shows the catalog as it now is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QMessageBox

from permille_desktop.domain.changes import ResourceChange, ResourceDraft
from permille_desktop.gui.category_editing import CategoryEditor
from permille_desktop.gui.edit_errors import describe
from permille_desktop.gui.plain_text import message_box, warn
from permille_desktop.gui.resource_dialog import DialogMode, ResourceDialog
from permille_desktop.gui.undo import Change, ChangeCommand
from permille_desktop.gui.window_state import save_curator_mode
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.curation import Curator, EditError

if TYPE_CHECKING:
    from permille_desktop.gui.main_window import MainWindow

# Past this many, a confirmation counts the resources instead of naming them.
_NAMED_IN_CONFIRMATION = 5


def _short(title: str, limit: int = 48) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


class CuratorController(QObject):
    def __init__(
        self,
        window: MainWindow,
        catalog: CatalogService,
        settings: QSettings,
        curator_mode: bool,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalog = catalog
        self._curator = catalog.curator()
        self._settings = settings
        self.undo_stack = QUndoStack(self)
        ui = window.ui

        self.undo_action = QAction(CuratorController.tr("&Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action = QAction(CuratorController.tr("&Redo"), window)
        self.redo_action.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
        )
        self.redo_action.triggered.connect(self.undo_stack.redo)
        first = ui.newResourceAction
        ui.editMenu.insertActions(first, [self.undo_action, self.redo_action])
        self._undo_separator = ui.editMenu.insertSeparator(first)
        for signal in (
            self.undo_stack.canUndoChanged,
            self.undo_stack.canRedoChanged,
            self.undo_stack.undoTextChanged,
            self.undo_stack.redoTextChanged,
        ):
            signal.connect(self.update_actions)

        # Delete acts on the table's selection, so it works where the table has the focus
        # (in the search field, the Delete key edits the text).
        ui.deleteResourcesAction.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.resourceTable.addAction(ui.deleteResourcesAction)

        ui.newResourceAction.triggered.connect(self.new_resource)
        ui.editResourceAction.triggered.connect(self.edit_resource)
        ui.duplicateResourceAction.triggered.connect(self.duplicate_resource)
        ui.deleteResourcesAction.triggered.connect(self.delete_resources)
        ui.resourceTable.activated.connect(self._activated)
        ui.resourceTable.selectionModel().selectionChanged.connect(self.update_actions)
        ui.resourceTable.selectionModel().currentRowChanged.connect(self.update_actions)
        # Curators should never wonder whether what they do changes the library.
        self.mode_label = QLabel(
            CuratorController.tr("Curator mode: changes are saved to the catalog"), window
        )
        ui.statusBar.addWidget(self.mode_label)
        self.categories = CategoryEditor(window, self._curator, self.push)
        ui.categoryTree.selectionModel().currentChanged.connect(self.categories.update_actions)
        ui.curatorModeAction.setChecked(curator_mode)
        ui.curatorModeAction.toggled.connect(self._mode_toggled)
        self.categories.set_mode(curator_mode)
        self.update_actions()

    @property
    def service(self) -> Curator:
        """What plans and writes changes, for the other controllers that change the catalog."""
        return self._curator

    @property
    def curator_mode(self) -> bool:
        return self._window.ui.curatorModeAction.isChecked()

    def _mode_toggled(self, on: bool) -> None:
        save_curator_mode(self._settings, on)
        self.categories.set_mode(on)
        self.update_actions()

    def update_actions(self) -> None:
        ui = self._window.ui
        on = self.curator_mode
        current = self._window.current_uuid is not None
        selected = bool(ui.resourceTable.selectionModel().selectedRows())
        stack = self.undo_stack
        states = {
            ui.newResourceAction: True,
            ui.editResourceAction: current,
            ui.duplicateResourceAction: current,
            ui.deleteResourcesAction: selected,
            self.undo_action: stack.canUndo(),
            self.redo_action: stack.canRedo(),
        }
        for action, enabled in states.items():
            action.setVisible(on)
            action.setEnabled(on and enabled)
        self._undo_separator.setVisible(on)
        self.mode_label.setVisible(on)
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            CuratorController.tr("&Undo {action}").format(action=undo)
            if undo
            else CuratorController.tr("&Undo")
        )
        self.redo_action.setText(
            CuratorController.tr("&Redo {action}").format(action=redo)
            if redo
            else CuratorController.tr("&Redo")
        )

    # Resources -------------------------------------------------------------------------------

    def add_to_table_menu(self, menu: QMenu) -> None:
        """In curator mode, what the Edit menu does to resources."""
        if not self.curator_mode:
            return
        ui = self._window.ui
        menu.addActions([ui.editResourceAction, ui.duplicateResourceAction])
        menu.addAction(ui.deleteResourcesAction)
        menu.addSeparator()
        menu.addAction(ui.newResourceAction)
        menu.addSeparator()

    def _activated(self) -> None:
        if self.curator_mode:
            self.edit_resource()

    def new_resource(self) -> None:
        if not self.curator_mode:
            return
        selected = self._window.selected_categories()
        # A new resource starts in the category being looked at, when there is just one.
        preset = tuple(selected) if selected is not None and len(selected) == 1 else ()
        self._open_dialog(DialogMode.NEW, ResourceDraft(category_ids=preset), None)

    def edit_resource(self) -> None:
        self._open_on_current(DialogMode.EDIT)

    def duplicate_resource(self) -> None:
        self._open_on_current(DialogMode.DUPLICATE)

    def _open_on_current(self, mode: DialogMode) -> None:
        uuid = self._window.current_uuid
        if not self.curator_mode or uuid is None:
            return
        resource = self._catalog.resource(uuid)
        if resource is None:
            return
        self._open_dialog(mode, ResourceDraft.of(resource), uuid)

    def _open_dialog(self, mode: DialogMode, draft: ResourceDraft, uuid: str | None) -> None:
        def plan(edited: ResourceDraft) -> ResourceChange:
            if mode is DialogMode.EDIT and uuid is not None:
                return self._curator.plan_edit(uuid, edited)
            return self._curator.plan_add(edited)

        def save(edited: ResourceDraft) -> str | None:
            try:
                change = plan(edited)
                self._curator.apply(change)
            except EditError as error:
                return describe(error)
            title = _short(edited.title)
            text = {
                DialogMode.NEW: CuratorController.tr("add “{title}”"),
                DialogMode.EDIT: CuratorController.tr("edit “{title}”"),
                DialogMode.DUPLICATE: CuratorController.tr("duplicate “{title}”"),
            }[mode].format(title=title)
            self.push(text, change)
            return None

        dialog = ResourceDialog(
            self._window,
            list(self._window.categories.values()),
            draft,
            mode=mode,
            save=save,
            find_duplicates=lambda edited: self._curator.duplicates_of(edited, excluding=uuid),
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            # The saved resource is the current row: the keys now act on it (Ctrl+Z included,
            # which in the search field would undo typing instead).
            self._window.ui.resourceTable.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    def delete_resources(self) -> None:
        uuids = self._window.selected_uuids()
        if not self.curator_mode or not uuids:
            return
        try:
            change = self._curator.plan_delete(uuids)
        except EditError as error:
            self._warn(describe(error))
            return
        if not self._confirm_delete([r.title for r in change.before]):
            return
        try:
            self._curator.apply(change)
        except EditError as error:
            self._warn(describe(error))
            return
        count = len(change.before)
        text = (
            CuratorController.tr("delete “{title}”").format(title=_short(change.before[0].title))
            if count == 1
            else CuratorController.tr("delete %Ln resources", None, count)
        )
        self.push(text, change)

    def _confirm_delete(self, titles: list[str]) -> bool:
        if len(titles) == 1:
            question = CuratorController.tr("Delete “{title}”?").format(title=titles[0])
        elif len(titles) <= _NAMED_IN_CONFIRMATION:
            names = "\n".join(f"• {_short(t, 80)}" for t in titles)
            question = CuratorController.tr("Delete these %n resources?", None, len(titles))
            question += "\n\n" + names
        else:
            question = CuratorController.tr("Delete %Ln resources?", None, len(titles))
        box = message_box(
            self._window,
            QMessageBox.Icon.Question,
            CuratorController.tr("Delete resources"),
            question,
        )
        box.setInformativeText(
            CuratorController.tr("You can undo this with Edit → Undo until you quit.")
        )
        delete = box.addButton(
            CuratorController.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is delete

    # Undo stack ------------------------------------------------------------------------------

    def push(self, text: str, change: Change) -> None:
        """Record a change already written, and show it."""
        command = ChangeCommand(text, self._curator, change, self._show, self._undo_failed)
        self.undo_stack.push(command)
        self._show(change)

    def _show(self, change: Change) -> None:
        select: str | None = self._window.current_uuid
        if isinstance(change, ResourceChange):
            select = change.after[0].uuid if change.after else None
        self._window.reload(select)
        self.update_actions()
        if select is not None and select != self._window.current_uuid_shown():
            self._window.statusBar().showMessage(
                CuratorController.tr("Saved. The search or the categories selected now hide it."),
                10_000,
            )
        self.categories.update_actions()

    def _undo_failed(self, error: EditError) -> None:
        self._warn(describe(error))
        # The stack now claims a state the catalog is not in: start it afresh, after Qt has
        # finished the undo or redo that failed, and show the catalog as it is.
        QTimer.singleShot(0, self.undo_stack.clear)
        self._window.reload(self._window.current_uuid)

    def _warn(self, message: str) -> None:
        warn(self._window, CuratorController.tr("Not saved"), message)
