"""File → Export… and File → Import…: the dialogs, the file choosers, and what follows.

Export is for everyone and writes nothing to the catalog. Import changes the catalog, so it is
a curator's action: it is planned from a preview the curator confirmed, written in one
transaction, and pushed on the undo stack like any other change. The export, the preview, the
backup before the import and the import's write run beside the window (gui/long_work.py); all
but the write can be cancelled, and leave nothing behind when they are.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog

from permille_desktop.domain.changes import ResourceChange
from permille_desktop.domain.exchange import ExchangeFormat
from permille_desktop.domain.progress import Cancelled
from permille_desktop.gui.edit_errors import describe
from permille_desktop.gui.exchange_errors import describe_exchange_error
from permille_desktop.gui.exchange_labels import format_name
from permille_desktop.gui.export_dialog import ExportDialog, ExportScope
from permille_desktop.gui.import_dialog import ImportDialog
from permille_desktop.gui.long_work import run_long
from permille_desktop.gui.plain_text import warn
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.curation import EditError
from permille_desktop.services.exchange import (
    ExchangeError,
    export_resources,
    plan_import,
    preview_import,
)

if TYPE_CHECKING:
    from permille_desktop.gui.main_window import MainWindow

_FOLDER_KEY = "exchange/folder"


def _filter(fmt: ExchangeFormat) -> str:
    return f"{format_name(fmt)} (*{fmt.suffix})"


class ExchangeController(QObject):
    def __init__(self, window: MainWindow, catalog: CatalogService, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._catalog = catalog
        self._settings = settings
        window.ui.exportAction.triggered.connect(self.export)
        window.ui.importAction.triggered.connect(self.import_file)

    def update_actions(self, curator_mode: bool) -> None:
        self._window.ui.importAction.setVisible(curator_mode)
        self._window.ui.importAction.setEnabled(curator_mode)

    def _folder(self) -> Path:
        saved = self._settings.value(_FOLDER_KEY)
        folder = Path(saved) if isinstance(saved, str) and saved else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self._settings.setValue(_FOLDER_KEY, str(path.parent))

    # Export ----------------------------------------------------------------------------------

    def export(self) -> None:
        window = self._window
        selected, shown = window.selected_uuids(), window.shown_uuids()
        dialog = ExportDialog(
            window,
            selected=len(selected),
            shown=len(shown),
            visible_columns=window.visible_columns(),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        uuids = selected if dialog.scope() is ExportScope.SELECTED else shown
        fmt = dialog.format()
        chosen, _ = QFileDialog.getSaveFileName(
            window,
            ExchangeController.tr("Export %Ln resources", None, len(uuids)),
            # The name the file is offered under.
            str(self._folder() / (ExchangeController.tr("references") + fmt.suffix)),
            _filter(fmt),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != fmt.suffix:
            path = path.with_name(path.name + fmt.suffix)
        options = dialog.csv_options()
        try:
            result = run_long(
                window,
                ExchangeController.tr(
                    "Exporting %Ln resources to {name}…", None, len(uuids)
                ).format(name=path.name),
                lambda progress: export_resources(
                    self._catalog, uuids, path, fmt, options, progress=progress
                ),
            )
        except Cancelled:
            window.statusBar().showMessage(
                ExchangeController.tr("Export cancelled: no file was written."), 15_000
            )
            return
        except ExchangeError as error:
            warn(window, ExchangeController.tr("Not exported"), describe_exchange_error(error))
            return
        self._remember_folder(path)
        message = ExchangeController.tr(
            "Exported %Ln resources to {name}.", None, result.count
        ).format(name=path.name)
        if result.neutralised:
            message += " " + ExchangeController.tr(
                "%Ln cells that began like a formula got a leading apostrophe.",
                None,
                result.neutralised,
            )
        window.statusBar().showMessage(message, 15_000)

    # Import ----------------------------------------------------------------------------------

    def import_file(self) -> None:
        window = self._window
        if not window.curator.curator_mode:
            return
        filters = ";;".join(
            [
                ExchangeController.tr("References (*.csv *.bib *.ris *.json)"),
                *(_filter(fmt) for fmt in ExchangeFormat),
            ]
        )
        chosen, _ = QFileDialog.getOpenFileName(
            window, ExchangeController.tr("Import references"), str(self._folder()), filters
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            preview = run_long(
                window,
                ExchangeController.tr("Reading {name}…").format(name=path.name),
                lambda progress: preview_import(self._catalog, path, progress=progress),
            )
        except Cancelled:
            self._import_cancelled()
            return
        except ExchangeError as error:
            warn(window, ExchangeController.tr("Not imported"), describe_exchange_error(error))
            return
        self._remember_folder(path)
        selected = window.selected_categories()
        dialog = ImportDialog(
            window,
            preview,
            list(window.categories.values()),
            default_category=next(iter(selected)) if selected and len(selected) == 1 else None,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            problem = window.safety.back_up_before_import()
        except Cancelled:
            self._import_cancelled()
            return
        if problem is not None:
            warn(window, ExchangeController.tr("Not imported"), problem)
            return
        updates, target = dialog.updates(), dialog.target_category()

        def write(_progress: object) -> ResourceChange:
            change = plan_import(self._catalog, preview, updates, target)
            window.curator.service.apply(change)
            return change

        try:
            # One transaction: it cannot be stopped half-way, and needs not be.
            change = run_long(
                window,
                ExchangeController.tr(
                    "Importing {name}…\nThe catalog takes the whole import or none of it, so "
                    "this cannot be stopped once begun."
                ).format(name=path.name),
                write,
                cancellable=False,
            )
        except ExchangeError as error:
            warn(window, ExchangeController.tr("Not imported"), describe_exchange_error(error))
            return
        except EditError as error:
            warn(window, ExchangeController.tr("Not imported"), describe(error))
            return
        added = len(change.after) - len(change.before)
        updated = len(change.before)
        window.curator.push(
            ExchangeController.tr("import from “{name}”").format(name=path.name), change
        )
        window.statusBar().showMessage(
            ExchangeController.tr("Imported {name}: {added}, {updated}.").format(
                name=path.name,
                added=ExchangeController.tr("%Ln added", None, added),
                updated=ExchangeController.tr("%Ln updated", None, updated),
            ),
            15_000,
        )

    def _import_cancelled(self) -> None:
        self._window.statusBar().showMessage(
            ExchangeController.tr("Import cancelled: nothing was imported."), 15_000
        )
