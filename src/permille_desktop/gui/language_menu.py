"""View → Language: the interface's language, saved with the library's settings.

The choice applies at the next start: translations are installed before any window is built
(app.run), since every widget takes its texts and its locale as it is made.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from permille_desktop.gui.plain_text import tell
from permille_desktop.gui.translation import (
    LANGUAGES,
    SYSTEM_DEFAULT,
    current_language,
    resolve_language,
    translate_into,
)
from permille_desktop.gui.window_state import load_language, save_language

# Each language is named in its own words, untranslated: whoever cannot read the interface as
# it is still finds their own.
ENDONYMS = {"en": "&English", "fr": "&Français", "es": "Es&pañol"}

_CONTEXT = "LanguageMenu"
_NEXT_START = "The language changes at the next start of permille-desktop."


class LanguageMenu(QObject):
    def __init__(self, window: QWidget, parent_menu: QMenu, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        parent_menu.addSeparator()
        self.menu = parent_menu.addMenu(LanguageMenu.tr("La&nguage"))
        self.menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        choices = [(SYSTEM_DEFAULT, LanguageMenu.tr("&System default"))]
        choices += [(code, ENDONYMS[code]) for code in LANGUAGES]
        for code, label in choices:
            action = self.menu.addAction(label)
            action.setCheckable(True)
            action.setToolTip(LanguageMenu.tr("Applies at the next start"))
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.actions[code] = action
            if code == SYSTEM_DEFAULT:
                self.menu.addSeparator()
        saved = load_language(settings)
        self.actions.get(saved, self.actions[SYSTEM_DEFAULT]).setChecked(True)

    def choose(self, code: str) -> None:
        """Save ``code`` (or SYSTEM_DEFAULT) for the next start, and say when it applies."""
        self.actions[code].setChecked(True)
        if code == load_language(self._settings):
            return
        save_language(self._settings, code)
        coming = resolve_language(code, QLocale.system())
        if coming == current_language():
            return  # nothing the user would see changes
        # Said in the language chosen too, which the user may read better.
        sentences = [
            LanguageMenu.tr("The language changes at the next start of permille-desktop."),
            translate_into(coming, _CONTEXT, _NEXT_START),
        ]
        text = "\n\n".join(dict.fromkeys(sentences))
        tell(self._window, QMessageBox.Icon.Information, LanguageMenu.tr("Language"), text)
