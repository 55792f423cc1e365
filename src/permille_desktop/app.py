"""Composition root: data folder → catalog service → window. Nothing happens at import."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from permille_desktop import __version__
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.plain_text import tell
from permille_desktop.gui.single_instance import Claim, SingleInstance, bring_to_front
from permille_desktop.gui.translation import (
    SYSTEM_DEFAULT,
    TranslationContext,
    install_language,
    remove_language,
)
from permille_desktop.gui.window_state import load_language, open_settings
from permille_desktop.paths import APP_ID, APP_NAME, DataDirError, app_icon_paths, prepare_data_dir
from permille_desktop.services.catalog import CatalogError, CatalogService

# The exit status of a start that found its library held by a window that does not answer.
NOT_ANSWERING_STATUS = 1


class App(TranslationContext):
    """The translation context of what stops a start."""


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
    app.setDesktopFileName(APP_ID)  # Wayland and docks match the window to its .desktop file
    icon = QIcon()
    for path in app_icon_paths():
        icon.addFile(str(path))
    app.setWindowIcon(icon)
    return app


def build_main_window(data_dir: Path) -> MainWindow:
    """Open the library in ``data_dir`` and build its window, without running the event loop.

    Without the one-window-per-folder guard of :func:`run`, so that tests and scripts may open
    windows of their own.
    """
    application()
    catalog = CatalogService.open(data_dir)
    try:
        return MainWindow(catalog, open_settings(catalog.data_dir))
    except BaseException:
        catalog.close()
        raise


def run(data_dir: Path) -> int:
    """Open the window on ``data_dir`` and run until it closes; the process's exit status.

    If a window is already open on that folder, it comes to the front instead, and this start
    ends at once (status 0); if that window does not answer, this start says so and ends with
    NOT_ANSWERING_STATUS, since two windows must never write to one catalog.
    """
    app = application()
    try:
        folder = prepare_data_dir(data_dir)
    except DataDirError as error:
        installed = install_language(app, SYSTEM_DEFAULT)  # no settings to read: the system's
        _cannot_start(str(error))
        remove_language(app, installed)
        raise CatalogError(str(error)) from error
    # Before any window or message: widgets take their texts and locale as they are made.
    installed = install_language(app, load_language(open_settings(folder)))
    instance = SingleInstance(folder)
    try:
        claim = instance.claim()
        if claim is Claim.HANDED_OVER:
            return 0
        if claim is Claim.NOT_ANSWERING:
            _not_answering(folder)
            return NOT_ANSWERING_STATUS
        try:
            window = build_main_window(folder)
        except CatalogError as error:
            _cannot_start(str(error))
            raise
        instance.activated.connect(lambda: bring_to_front(window))
        window.show()
        return app.exec()
    finally:
        instance.release()
        remove_language(app, installed)  # as it was, for whoever runs on (tests)


# Started from a menu there is no terminal: what stops the start is said in a window too.


def _cannot_start(reason: str) -> None:
    tell(None, QMessageBox.Icon.Critical, App.tr("permille-desktop cannot start"), reason)


def _not_answering(folder: Path) -> None:
    tell(
        None,
        QMessageBox.Icon.Warning,
        App.tr("permille-desktop is already open"),
        App.tr(
            "The library in {folder} is open in another permille-desktop window, which does "
            "not answer.\n\nWait until that window answers again, or close it, then start "
            "permille-desktop again."
        ).format(folder=folder),
    )
