"""Composition root: data folder → catalog service → window. Nothing happens at import."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from permille_desktop import __version__
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.window_state import open_settings
from permille_desktop.paths import APP_NAME
from permille_desktop.services.catalog import CatalogError, CatalogService


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created with the app's names if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("permille-desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def build_main_window(data_dir: Path) -> MainWindow:
    """Open the library in ``data_dir`` and build its window, without running the event loop."""
    application()
    catalog = CatalogService.open(data_dir)
    try:
        return MainWindow(catalog, open_settings(catalog.data_dir))
    except BaseException:
        catalog.close()
        raise


def run(data_dir: Path) -> int:
    app = application()
    try:
        window = build_main_window(data_dir)
    except CatalogError as error:
        # Started from a menu there is no terminal: say it in a window too.
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "permille-desktop cannot start"),
            str(error),
        )
        raise
    window.show()
    return app.exec()
