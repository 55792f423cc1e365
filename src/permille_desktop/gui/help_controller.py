"""The Help menu: Keyboard shortcuts (F1) and About."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices

from permille_desktop import __version__
from permille_desktop.gui.about_dialog import AboutDialog
from permille_desktop.gui.shortcuts_dialog import ShortcutsDialog, window_shortcuts
from permille_desktop.services.catalog import CatalogService

if TYPE_CHECKING:
    from permille_desktop.gui.main_window import MainWindow


class HelpController(QObject):
    def __init__(
        self,
        window: MainWindow,
        catalog: CatalogService,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalog = catalog
        # What opens the data folder and the website (a test puts a recorder here).
        self.open_url = open_url
        window.ui.aboutAction.triggered.connect(self.about)
        window.ui.shortcutsAction.triggered.connect(self.shortcuts)

    def about_dialog(self) -> AboutDialog:
        return AboutDialog(
            self._window,
            version=__version__,
            folder=self._catalog.data_dir,
            count=self._catalog.count(),
            open_url=self.open_url,
        )

    def about(self) -> None:
        dialog = self.about_dialog()
        dialog.exec()
        dialog.deleteLater()

    def shortcuts(self) -> None:
        dialog = ShortcutsDialog(self._window, window_shortcuts(self._window))
        dialog.exec()
        dialog.deleteLater()
