"""File → Export… and File → Import…: the dialogs, the file choosers, and what follows.

Export is for everyone and writes nothing to the catalog. Import changes the catalog, so it is
a curator's action: it is planned from a preview the curator confirmed, written in one
transaction, and pushed on the undo stack like any other change.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from permille_desktop.domain.exchange import ExchangeFormat
from permille_desktop.gui.edit_errors import describe
from permille_desktop.gui.exchange_errors import describe_exchange_error
from permille_desktop.gui.exchange_labels import format_name
from permille_desktop.gui.export_dialog import ExportDialog, ExportScope
from permille_desktop.gui.import_dialog import ImportDialog
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def _filter(fmt: ExchangeFormat) -> str:
    return f"{format_name(fmt)} (*{fmt.suffix})"


@contextmanager
def _busy() -> Iterator[None]:
    # Large files take seconds; the cursor says the app is working, not stuck.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


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
            _tr("Export {count} resources").format(count=len(uuids)),
            str(self._folder() / f"references{fmt.suffix}"),
            _filter(fmt),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != fmt.suffix:
            path = path.with_name(path.name + fmt.suffix)
        try:
            with _busy():
                result = export_resources(self._catalog, uuids, path, fmt, dialog.csv_options())
        except ExchangeError as error:
            warn(window, _tr("Not exported"), describe_exchange_error(error))
            return
        self._remember_folder(path)
        message = _tr("Exported {count} resources to {name}.").format(
            count=result.count, name=path.name
        )
        if result.neutralised:
            message += " " + _tr(
                "{count} cells that began like a formula got a leading apostrophe."
            ).format(count=result.neutralised)
        window.statusBar().showMessage(message, 15_000)

    # Import ----------------------------------------------------------------------------------

    def import_file(self) -> None:
        window = self._window
        if not window.curator.curator_mode:
            return
        filters = ";;".join(
            [
                _tr("References (*.csv *.bib *.ris *.json)"),
                *(_filter(fmt) for fmt in ExchangeFormat),
            ]
        )
        chosen, _ = QFileDialog.getOpenFileName(
            window, _tr("Import references"), str(self._folder()), filters
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            with _busy():
                preview = preview_import(self._catalog, path)
        except ExchangeError as error:
            warn(window, _tr("Not imported"), describe_exchange_error(error))
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
        problem = window.safety.back_up_before_import()
        if problem is not None:
            warn(window, _tr("Not imported"), problem)
            return
        try:
            change = plan_import(self._catalog, preview, dialog.updates(), dialog.target_category())
            window.curator.service.apply(change)
        except ExchangeError as error:
            warn(window, _tr("Not imported"), describe_exchange_error(error))
            return
        except EditError as error:
            warn(window, _tr("Not imported"), describe(error))
            return
        added = len(change.after) - len(change.before)
        updated = len(change.before)
        window.curator.push(_tr("import from “{name}”").format(name=path.name), change)
        window.statusBar().showMessage(
            _tr("Imported {name}: {added} added, {updated} updated.").format(
                name=path.name, added=added, updated=updated
            ),
            15_000,
        )
