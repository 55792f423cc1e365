"""What the window remembers between starts, kept by column key and category id.

Columns are saved by key rather than as the header's opaque state, so a release that adds or
reorders columns still restores the user's widths, order and hidden columns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from permille_desktop.domain.model import ResourceType
from permille_desktop.domain.query import SearchOptions
from permille_desktop.services.search_index import SortField

SETTINGS_FILE_NAME = "settings.ini"
CURATOR_MODE_KEY = "edit/curator_mode"
# The interface's language (View → Language): a code, or empty for the system's languages.
LANGUAGE_KEY = "interface/language"


@dataclass
class TableLayout:
    order: list[str] = field(default_factory=list)  # column keys, in on-screen order
    widths: dict[str, int] = field(default_factory=dict)
    hidden: list[str] = field(default_factory=list)
    sort: SortField = SortField.TITLE
    descending: bool = False


@dataclass
class WindowState:
    geometry: QByteArray | None = None
    splitter: QByteArray | None = None
    table: TableLayout = field(default_factory=TableLayout)
    options: SearchOptions = field(default_factory=SearchOptions)
    types: frozenset[ResourceType] | None = None
    categories: list[int] = field(default_factory=list)
    curator_mode: bool = False


def open_settings(data_dir: Path) -> QSettings:
    """The settings file of one data folder, so two libraries keep their own layouts."""
    return QSettings(str(data_dir / SETTINGS_FILE_NAME), QSettings.Format.IniFormat)


def load_state(settings: QSettings) -> WindowState:
    state = WindowState()
    state.geometry = _bytes(settings.value("window/geometry"))
    state.splitter = _bytes(settings.value("window/splitter"))
    layout = _json(settings.value("table/layout"), {})
    if isinstance(layout, dict):
        state.table = TableLayout(
            order=[str(k) for k in layout.get("order", []) if isinstance(k, str)],
            widths={
                str(k): int(v)
                for k, v in dict(layout.get("widths", {})).items()
                if isinstance(v, int) and v > 0
            },
            hidden=[str(k) for k in layout.get("hidden", []) if isinstance(k, str)],
            sort=_enum(SortField, layout.get("sort"), SortField.TITLE),
            descending=bool(layout.get("descending", False)),
        )
    search = _json(settings.value("search/options"), {})
    if isinstance(search, dict):
        state.options = SearchOptions(
            exact=bool(search.get("exact", False)),
            in_title=bool(search.get("title", True)),
            in_content=bool(search.get("content", True)),
        )
        types = search.get("types")
        if isinstance(types, list):
            state.types = frozenset(
                t for t in (_enum(ResourceType, v, None) for v in types) if t is not None
            )
    categories = _json(settings.value("tree/categories"), [])
    if isinstance(categories, list):
        state.categories = [c for c in categories if isinstance(c, int)]
    state.curator_mode = _json(settings.value(CURATOR_MODE_KEY), False) is True
    return state


def save_state(settings: QSettings, state: WindowState) -> None:
    if state.geometry is not None:
        settings.setValue("window/geometry", state.geometry)
    if state.splitter is not None:
        settings.setValue("window/splitter", state.splitter)
    settings.setValue(
        "table/layout",
        json.dumps(
            {
                "order": state.table.order,
                "widths": state.table.widths,
                "hidden": state.table.hidden,
                "sort": state.table.sort.value,
                "descending": state.table.descending,
            }
        ),
    )
    settings.setValue(
        "search/options",
        json.dumps(
            {
                "exact": state.options.exact,
                "title": state.options.in_title,
                "content": state.options.in_content,
                "types": None if state.types is None else sorted(t.value for t in state.types),
            }
        ),
    )
    settings.setValue("tree/categories", json.dumps(state.categories))
    save_curator_mode(settings, state.curator_mode)


def save_curator_mode(settings: QSettings, on: bool) -> None:
    """Saved as soon as it changes: a curator who switches it off means it, crash or not."""
    settings.setValue(CURATOR_MODE_KEY, json.dumps(on))
    settings.sync()


def load_language(settings: QSettings) -> str:
    """The interface language chosen: a language code, or "" to follow the system."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) else ""


def save_language(settings: QSettings, code: str) -> None:
    """Saved at once: it is read at the next start, before any window."""
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def _bytes(value: Any) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _json(value: Any, default: Any) -> Any:
    # A hand-edited or damaged settings file falls back to the defaults, never fails the start.
    if not isinstance(value, str):
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _enum(kind: Any, value: Any, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default
