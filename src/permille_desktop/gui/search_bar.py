"""The search bar: text searched as you type (debounced), the toggles, and the type filter."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMenu, QToolButton

from permille_desktop.domain.model import ResourceType
from permille_desktop.domain.query import SearchOptions
from permille_desktop.gui.resource_table import type_label

# Long enough to let a word be typed, short enough to feel immediate.
DEBOUNCE_MS = 200


class SearchBar(QObject):
    """Owns the search widgets of the main window and says when the search changed."""

    changed = Signal()

    def __init__(
        self,
        edit: QLineEdit,
        exact: QCheckBox,
        title: QCheckBox,
        content: QCheckBox,
        type_button: QToolButton,
        hint: QLabel,
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._exact = exact
        self._title = title
        self._content = content
        self._type_button = type_button
        self._hint = hint

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        edit.textChanged.connect(self._text_changed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.clear)
        for box in (exact, title, content):
            box.toggled.connect(self._options_changed)

        self._type_actions: dict[ResourceType, QAction] = {}
        menu = QMenu(type_button)
        show_all = menu.addAction(SearchBar.tr("All types"))
        show_all.triggered.connect(lambda: self.set_types(None))
        menu.addSeparator()
        for kind in ResourceType:
            action = menu.addAction(type_label(kind))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._types_changed)
            self._type_actions[kind] = action
        type_button.setMenu(menu)
        self._update_type_button()
        self._update_hint()

    # What the bar says -------------------------------------------------------------------

    def text(self) -> str:
        return self._edit.text()

    def options(self) -> SearchOptions:
        return SearchOptions(
            exact=self._exact.isChecked(),
            in_title=self._title.isChecked(),
            in_content=self._content.isChecked(),
        )

    def types(self) -> frozenset[ResourceType] | None:
        """The checked types, or None when every type is checked."""
        checked = frozenset(k for k, a in self._type_actions.items() if a.isChecked())
        return None if len(checked) == len(self._type_actions) else checked

    # What others ask of it ---------------------------------------------------------------

    def focus(self) -> None:
        self._edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._edit.selectAll()

    def clear(self) -> None:
        self._edit.clear()

    def flush(self) -> None:
        """Apply a pending debounced change now."""
        if self._timer.isActive():
            self._timer.stop()
            self.changed.emit()

    def set_options(self, options: SearchOptions) -> None:
        for box, on in (
            (self._exact, options.exact),
            (self._title, options.in_title),
            (self._content, options.in_content),
        ):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self._update_hint()
        self.changed.emit()

    def set_types(self, types: frozenset[ResourceType] | None) -> None:
        for kind, action in self._type_actions.items():
            action.blockSignals(True)
            action.setChecked(types is None or kind in types)
            action.blockSignals(False)
        self._types_changed()

    # Reactions ---------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        if text:
            self._timer.start()
        else:
            # Clearing is answered at once: there is nothing more to type.
            self._timer.stop()
            self.changed.emit()

    def _options_changed(self) -> None:
        self._update_hint()
        self._timer.stop()
        self.changed.emit()

    def _types_changed(self) -> None:
        self._update_type_button()
        self.changed.emit()

    def _update_type_button(self) -> None:
        types = self.types()
        if types is None:
            text = SearchBar.tr("All types")
        elif len(types) == 1:
            text = type_label(next(iter(types)))
        elif not types:
            text = SearchBar.tr("No types")
        else:
            text = SearchBar.tr("%n types", None, len(types))
        self._type_button.setText(text)

    def _update_hint(self) -> None:
        off = not self.options().searches_something
        self._hint.setVisible(off)
        if off:
            self._hint.setText(
                SearchBar.tr(
                    "The search text is ignored: turn on “Search in title” or "
                    "“Search in content” to search."
                )
            )
