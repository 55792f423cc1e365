"""The interface in French and Spanish: the window, Qt's own buttons, dates and plurals follow
the language; View → Language saves the choice, and the next start shows it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from permille_desktop.app import run
from permille_desktop.domain.model import Category, Resource, ResourceType
from permille_desktop.gui.about_dialog import AboutDialog
from permille_desktop.gui.export_dialog import ExportDialog
from permille_desktop.gui.main_window import MainWindow
from permille_desktop.gui.plain_text import message_box
from permille_desktop.gui.resource_dialog import ResourceDialog
from permille_desktop.gui.translation import (
    SYSTEM_DEFAULT,
    InstalledLanguage,
    current_language,
    install_language,
    interface_locale,
    remove_language,
    resolve_language,
    translate_into,
)
from permille_desktop.gui.window_state import load_language, open_settings
from permille_desktop.services.search_index import SortField
from permille_desktop.store.repository import CatalogStore

from .helpers import column

UseLanguage = Callable[[str], InstalledLanguage]
MENUS = ("fileMenu", "editMenu", "viewMenu", "helpMenu")
FRENCH_MENUS = ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
ADDED = datetime(2026, 11, 24, 12, tzinfo=UTC)


@pytest.fixture
def language(qapp) -> Iterator[UseLanguage]:
    """Installs a language as a start does; the English of the other tests comes back after."""
    installed: list[InstalledLanguage] = []

    def use(code: str) -> InstalledLanguage:
        installed.append(install_language(qapp, code))
        return installed[-1]

    yield use
    for one in reversed(installed):
        remove_language(qapp, one)


def _menu_titles(window: MainWindow) -> list[str]:
    return [getattr(window.ui, name).title() for name in MENUS]


def _add_resource_added_on(data_dir: Path, title: str) -> None:
    from permille_desktop.services.catalog import CatalogService

    CatalogService.open(data_dir).close()  # seeds the bundled catalog first
    store = CatalogStore.open(data_dir)
    store.add_resources(
        [
            Resource(
                uuid="00000000-0000-4000-8000-000000000042",
                title=title,
                type=ResourceType.REPORT,
                added=ADDED,
                modified=ADDED,
                category_ids=(store.categories()[0].id,),
            )
        ]
    )
    store.close()


def _added_cell(window: MainWindow, title: str) -> str:
    model = window.ui.resourceTable.model()
    titles = column(SortField.TITLE)
    row = next(r for r in range(model.rowCount()) if model.index(r, titles).data() == title)
    return model.index(row, column(SortField.ADDED)).data()


def _cancel_button_text() -> str:
    box = message_box(None, QMessageBox.Icon.Question, "", "")
    button = box.addButton(QMessageBox.StandardButton.Cancel)
    try:
        return button.text()
    finally:
        box.deleteLater()


@pytest.mark.parametrize(
    ("code", "menus", "date", "cancel", "type_name"),
    [
        ("fr", FRENCH_MENUS, "24 nov. 2026", "Annuler", "Rapport"),
        ("es", ["&Archivo", "&Editar", "&Ver", "Ay&uda"], "24 nov 2026", "Cancelar", "Informe"),
    ],
)
def test_the_window_speaks_the_language_installed_at_start(
    language, open_window, data_dir: Path, code, menus, date, cancel, type_name
):
    _add_resource_added_on(data_dir, "Zz test")
    language(code)
    window = open_window(data_dir)

    assert _menu_titles(window) == menus
    assert _added_cell(window, "Zz test") == date
    assert _cancel_button_text() == cancel  # Qt's own standard buttons
    model = window.ui.resourceTable.model()
    assert type_name in {model.index(r, column(SortField.TYPE)).data() for r in range(25)}
    # Translated shortcuts still mean the same keys.
    assert window.ui.deleteResourcesAction.shortcut() == QKeySequence(Qt.Key.Key_Delete)


def test_plurals_and_numbers_follow_the_language(language):
    from permille_desktop.gui.exchange_controller import ExchangeController
    from permille_desktop.gui.main_window import MainWindow

    # English (installed for every test): the singular too.
    assert MainWindow.tr("{shown} of %Ln resources", None, 1) == "{shown} of 1 resource"
    assert MainWindow.tr("{shown} of %Ln resources", None, 2) == "{shown} of 2 resources"
    language("fr")
    assert ExchangeController.tr("Exported %Ln resources to {name}.", None, 1) == (
        "1 ressource exportée dans {name}."
    )
    assert MainWindow.tr("{shown} of %Ln resources", None, 12345) == (
        "{shown} sur 12\u202f345 ressources"
    )
    assert QLocale().toString(QDate(2026, 11, 24), QLocale.FormatType.LongFormat) == (
        "mardi 24 novembre 2026"
    )


def test_the_system_default_follows_the_systems_languages():
    assert resolve_language(SYSTEM_DEFAULT, QLocale("fr_CA")) == "fr"
    assert resolve_language(SYSTEM_DEFAULT, QLocale("es_MX")) == "es"
    assert resolve_language(SYSTEM_DEFAULT, QLocale("de_DE")) == "en"  # not offered: English
    assert resolve_language("es", QLocale("de_DE")) == "es"
    assert resolve_language("xx", QLocale("fr_FR")) == "fr"  # a damaged setting: the system's
    # Dates and numbers: the system's, unless another language is chosen; a chosen language
    # keeps the system's region when it is that language's.
    assert interface_locale(SYSTEM_DEFAULT, QLocale("de_DE")).name() == "de_DE"
    assert interface_locale("es", QLocale("es_MX")).name() == "es_MX"
    assert interface_locale("fr", QLocale("de_DE")).name() == "fr_FR"


def test_the_language_chosen_is_saved_and_shown_at_the_next_start(
    qtbot, open_window, data_dir: Path, boxes
):
    window = open_window(data_dir)
    menu = window.language_menu
    assert [a.text() for a in menu.menu.actions() if not a.isSeparator()] == [
        "&System default",
        "&English",
        "&Français",
        "Es&pañol",
    ]
    assert menu.actions[SYSTEM_DEFAULT].isChecked()

    menu.actions["fr"].trigger()

    assert load_language(open_settings(data_dir)) == "fr"
    assert menu.actions["fr"].isChecked()
    # Said in the language shown now, and in the one chosen.
    assert boxes.shown[-1].text == (
        "The language changes at the next start of permille-desktop.\n\n"
        "La langue changera au prochain démarrage de permille-desktop."
    )
    window.close()

    seen: dict[str, object] = {}

    def look_and_close() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        started = [w for w in shown if w.isVisible() and w is not window]
        if not started:
            QTimer.singleShot(20, look_and_close)
            return
        seen["menus"] = _menu_titles(started[0])
        seen["checked"] = started[0].language_menu.actions["fr"].isChecked()
        seen["language"] = current_language()
        started[0].close()

    QTimer.singleShot(0, look_and_close)
    assert run(data_dir) == 0

    assert seen == {
        "menus": FRENCH_MENUS,
        "checked": True,
        "language": "fr",
    }
    # run() takes its language away when it ends.
    assert current_language() == "en"
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_choosing_the_language_already_shown_says_nothing(open_window, data_dir: Path, boxes):
    window = open_window(data_dir)
    window.language_menu.choose("en")
    assert load_language(open_settings(data_dir)) == "en"
    assert boxes.shown == []


def test_the_next_start_sentence_is_translated_in_each_language():
    # The menu reads it from each language's translations by its English text.
    assert translate_into("fr", "LanguageMenu", _next_start()).startswith("La langue changera")
    assert translate_into("es", "LanguageMenu", _next_start()).startswith("El idioma cambiará")


def _next_start() -> str:
    from permille_desktop.gui import language_menu

    return language_menu._NEXT_START


# Mnemonics: within one menu or dialog, no two share a key. ----------------------------------


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _clashes(texts: list[str]) -> list[str]:
    keys = [k for k in (_mnemonic(t) for t in texts) if k]
    return [t for t in texts if _mnemonic(t) and keys.count(_mnemonic(t) or "") > 1]


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def _dialog_texts(dialog: QWidget) -> list[str]:
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    texts += [g.title() for g in dialog.findChildren(QGroupBox) if g.isVisibleTo(dialog)]
    texts += [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    for tabs in dialog.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    return texts


@pytest.mark.parametrize("code", ["en", "fr", "es"])
def test_mnemonics_are_unique_in_each_menu_and_dialog(language, open_window, data_dir, code):
    language(code)
    window = open_window(data_dir)
    window.ui.curatorModeAction.setChecked(True)
    window.ui.resourceTable.selectRow(0)
    menus: dict[str, list[str]] = {
        "menu bar": [a.text() for a in window.menuBar().actions()],
        "table": _menu_texts(window.table_menu()),
        "tree": _menu_texts(window.curator.categories.context_menu()),
        "language": _menu_texts(window.language_menu.menu),
    }
    menus |= {name: _menu_texts(getattr(window.ui, name)) for name in MENUS}
    # The search options share the window's Alt keys with the menu bar.
    search = [window.ui.exactCheck.text(), window.ui.titleCheck.text()]
    menus["window"] = [*menus["menu bar"], *search, window.ui.contentCheck.text()]
    categories = [Category(1, "Soils", None, 0)]
    dialogs = {
        "export": ExportDialog(window, selected=1, shown=2, visible_columns=[]),
        "resource": ResourceDialog(window, categories, save=lambda _draft: None),
        "about": AboutDialog(window, version="1.0", folder=data_dir, count=1),
    }
    for name, dialog in dialogs.items():
        menus[name] = _dialog_texts(dialog)
        dialog.deleteLater()

    assert {name: _clashes(texts) for name, texts in menus.items() if _clashes(texts)} == {}
