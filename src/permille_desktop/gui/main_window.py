"""The main window: category tree, search bar, resource table and detail pane, wired together."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
)
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
)

from permille_desktop.domain.category_paths import category_paths
from permille_desktop.domain.model import Category, Resource
from permille_desktop.gui._generated.ui_main_window import Ui_MainWindow
from permille_desktop.gui.backup_controller import BackupController
from permille_desktop.gui.category_tree import (
    ALL_RESOURCES,
    CATEGORY_ID_ROLE,
    COUNT_COLUMN,
    NAME_COLUMN,
    CategoryTreeModel,
)
from permille_desktop.gui.curator_controller import CuratorController
from permille_desktop.gui.detail_view import DetailView
from permille_desktop.gui.exchange_controller import ExchangeController
from permille_desktop.gui.help_controller import HelpController
from permille_desktop.gui.language_menu import LanguageMenu
from permille_desktop.gui.resource_table import (
    COLUMNS,
    UUID_ROLE,
    ResourceProxyModel,
    ResourceTableModel,
)
from permille_desktop.gui.search_bar import SearchBar
from permille_desktop.gui.welcome import Welcome
from permille_desktop.gui.window_state import TableLayout, WindowState, load_state, save_state
from permille_desktop.services.catalog import CatalogService
from permille_desktop.services.search_index import BrowseQuery, BrowseResult


class MainWindow(QMainWindow):
    def __init__(self, catalog: CatalogService, settings: QSettings) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._catalog = catalog
        self._settings = settings
        self._categories: dict[int, Category] = {c.id: c for c in catalog.categories()}
        self._current_uuid: str | None = None
        self._detail_resource: Resource | None = None
        self._detail_shown: tuple[str | None, tuple[str, ...]] | None = None
        self._reloading = False

        index = catalog.build_index(list(self._categories.values()))
        self._table_model = ResourceTableModel(index, self)
        self.proxy = ResourceProxyModel(self._table_model, self)
        self._tree_model = CategoryTreeModel(list(self._categories.values()), self)
        self.search_bar = SearchBar(
            self.ui.searchEdit,
            self.ui.exactCheck,
            self.ui.titleCheck,
            self.ui.contentCheck,
            self.ui.typeButton,
            self.ui.searchHint,
        )
        self.detail = DetailView(self.ui.detailView, self._category_paths)
        toggles = [self.ui.exactCheck, self.ui.titleCheck, self.ui.contentCheck]
        self.welcome = Welcome(settings, catalog.data_dir, self.detail, toggles)
        self.welcome.dismissed.connect(self._redraw_detail)
        self._status = QLabel(self)
        self._status.setAccessibleName(MainWindow.tr("Resources shown"))
        self.ui.statusBar.addPermanentWidget(self._status)

        self._setup_tree()
        self._setup_table()
        self._setup_actions()
        state = load_state(settings)
        self._restore(state)

        self.proxy.resultChanged.connect(self._show_result)
        self.search_bar.changed.connect(self._apply_search)
        self.ui.categoryTree.selectionModel().selectionChanged.connect(self._categories_changed)
        self.ui.resourceTable.selectionModel().currentRowChanged.connect(self._current_changed)
        self.curator = CuratorController(self, catalog, settings, state.curator_mode)
        self.exchange = ExchangeController(self, catalog, settings)
        self.exchange.update_actions(state.curator_mode)
        self.ui.curatorModeAction.toggled.connect(self.exchange.update_actions)
        self.safety = BackupController(self, catalog)
        self.help = HelpController(self, catalog)
        self.language_menu = LanguageMenu(self, self.ui.viewMenu, settings)
        self._apply_search()

    # Setup ---------------------------------------------------------------------------------

    def _setup_tree(self) -> None:
        tree = self.ui.categoryTree
        tree.setModel(self._tree_model)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(COUNT_COLUMN, tree.fontMetrics().horizontalAdvance("000000"))
        tree.expandAll()

    def _setup_table(self) -> None:
        table = self.ui.resourceTable
        table.setModel(self.proxy)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = table.verticalHeader()
        # A fixed row height keeps the view from measuring every row of a large catalog.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._show_table_menu)
        for number, column in enumerate(COLUMNS):
            header.resizeSection(number, column.width)
        # The last column takes what the others leave, so a wide window shows no empty band.
        header.setStretchLastSection(True)

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.quitAction.setShortcut(QKeySequence.StandardKey.Quit)
        ui.quitAction.triggered.connect(self.close)
        ui.findAction.setShortcut(QKeySequence.StandardKey.Find)
        ui.findAction.triggered.connect(self.search_bar.focus)
        ui.clearSearchAction.triggered.connect(self.search_bar.clear)
        # From the search field, Enter or Down goes to the results, as in a browser's find bar.
        ui.searchEdit.returnPressed.connect(self._focus_results)
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), ui.searchEdit)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)
        down.activated.connect(self._focus_results)

    # Catalog changes -----------------------------------------------------------------------

    @property
    def current_uuid(self) -> str | None:
        return self._current_uuid

    @property
    def categories(self) -> dict[int, Category]:
        return self._categories

    @property
    def tree_model(self) -> CategoryTreeModel:
        return self._tree_model

    def select_categories(self, category_ids: list[int]) -> None:
        """Select these categories in the tree (none: "All resources") and show theirs."""
        self._select_categories(category_ids)

    def current_uuid_shown(self) -> str | None:
        """The current resource if the table shows it (a search may hide it)."""
        uuid = self._current_uuid
        return (
            uuid if uuid is not None and self._table_model.row_for_uuid(uuid) is not None else None
        )

    def shown_uuids(self) -> list[str]:
        """Every resource the table shows now, top to bottom."""
        result = self.proxy.result
        uuids = self._table_model.search_index.uuids
        return [uuids[row] for row in result.rows] if result else []

    def visible_columns(self) -> list[tuple[str, str]]:
        """The shown columns' keys and headers, in their on-screen order."""
        header = self.ui.resourceTable.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [
            (COLUMNS[n].key.value, COLUMNS[n].header())
            for n in logical
            if not header.isSectionHidden(n)
        ]

    def selected_uuids(self) -> list[str]:
        """The selected resources, top to bottom."""
        rows = self.ui.resourceTable.selectionModel().selectedRows()
        return [index.data(UUID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def reload(self, select: str | None) -> None:
        """Show the catalog as it now is, with ``select`` as the current resource.

        The search, sort, and the categories selected in the tree are kept; a category that
        no longer exists drops out of the selection.
        """
        selected = self.selected_categories()
        categories = self._catalog.categories()
        self._categories = {c.id: c for c in categories}
        self._table_model.set_index(self._catalog.build_index(categories))
        # One search at the end, not one per step of rebuilding the tree and its selection.
        self._reloading = True
        try:
            self._tree_model.set_categories(categories)
            self.ui.categoryTree.expandAll()
            self._select_categories([c for c in selected or () if c in self._categories])
        finally:
            self._reloading = False
        self._current_uuid = select
        self._detail_shown = None
        self._detail_resource = None
        self._apply_search()

    def _focus_results(self) -> None:
        self.search_bar.flush()
        table = self.ui.resourceTable
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not table.currentIndex().isValid() and self.proxy.rowCount():
            table.selectRow(0)

    # Search and results ------------------------------------------------------------------

    def current_query(self) -> BrowseQuery:
        return BrowseQuery(
            text=self.search_bar.text(),
            options=self.search_bar.options(),
            types=self.search_bar.types(),
            categories=self.selected_categories(),
        )

    def selected_categories(self) -> frozenset[int] | None:
        ids = {
            index.data(CATEGORY_ID_ROLE)
            for index in self.ui.categoryTree.selectionModel().selectedRows(NAME_COLUMN)
        }
        if not ids or ALL_RESOURCES in ids:
            return None
        return frozenset(ids)

    def _categories_changed(self) -> None:
        if not self._reloading:
            self._apply_search()

    def _apply_search(self) -> None:
        self.proxy.set_query(self.current_query())

    def _show_result(self, result: BrowseResult) -> None:
        self._tree_model.set_counts(result.matching, result.category_counts)
        total = self._table_model.search_index.size
        shown = len(result.rows)
        self._status.setText(
            MainWindow.tr("{shown} of %Ln resources", None, total).format(
                shown=self.locale().toString(shown)
            )
        )
        self._reselect()

    def _reselect(self) -> None:
        """Keep the selected resource selected and in view across a new result."""
        table = self.ui.resourceTable
        row = (
            None
            if self._current_uuid is None
            else self._table_model.row_for_uuid(self._current_uuid)
        )
        if row is None:
            self._show_detail(None)
            return
        index = self.proxy.index(row, 0)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)
        self._show_detail(self._current_uuid)

    def _current_changed(self) -> None:
        index = self.ui.resourceTable.currentIndex()
        uuid = index.data(UUID_ROLE) if index.isValid() else None
        if uuid != self._current_uuid:
            self._current_uuid = uuid
            self._show_detail(uuid)

    def _show_detail(self, uuid: str | None) -> None:
        # Called after every search: redraw only when the resource or the highlighted terms
        # changed, and read the resource from the catalog only when another one is selected.
        result = self.proxy.result
        terms = result.terms if result else ()
        if (uuid, terms) == self._detail_shown:
            return
        self._detail_shown = (uuid, terms)
        if uuid is None or self._detail_resource is None or self._detail_resource.uuid != uuid:
            self._detail_resource = None if uuid is None else self._catalog.resource(uuid)
        if self._detail_resource is None:
            if not self.welcome.show():
                self.detail.show_message(MainWindow.tr("Select a resource to see it in full."))
        else:
            self.detail.show_resource(self._detail_resource, terms)

    def _redraw_detail(self) -> None:
        self._detail_shown = None
        self._show_detail(self._current_uuid)

    def _category_paths(self, category_ids: Sequence[int]) -> list[str]:
        paths = category_paths(self._categories.values())
        return sorted(paths[c] for c in category_ids if c in paths)

    # Context menus -------------------------------------------------------------------------

    def table_menu(self) -> QMenu:
        """The table's context menu: curators' actions when curator mode is on, then export."""
        menu = QMenu(self)
        self.curator.add_to_table_menu(menu)
        menu.addAction(self.ui.exportAction)
        return menu

    def _show_table_menu(self, position: QPoint) -> None:
        table = self.ui.resourceTable
        self.table_menu().exec(table.viewport().mapToGlobal(position))

    # Column chooser ----------------------------------------------------------------------

    def _column_menu(self, position: QPoint) -> None:
        header = self.ui.resourceTable.horizontalHeader()
        self.column_menu().exec(header.mapToGlobal(position))

    def column_menu(self) -> QMenu:
        """The header's context menu: one checkable entry per column."""
        header = self.ui.resourceTable.horizontalHeader()
        menu = QMenu(self)
        visible = [n for n in range(len(COLUMNS)) if not header.isSectionHidden(n)]
        for number, column in enumerate(COLUMNS):
            action = menu.addAction(column.header())
            action.setCheckable(True)
            action.setChecked(number in visible)
            # The last visible column cannot be hidden: an empty table helps nobody.
            action.setEnabled(not (number in visible and len(visible) == 1))
            action.toggled.connect(lambda on, n=number: header.setSectionHidden(n, not on))
        return menu

    # State ---------------------------------------------------------------------------------

    def _restore(self, state: WindowState) -> None:
        if state.geometry is None or not self.restoreGeometry(state.geometry):
            self._default_geometry()
        if state.splitter is None or not self.ui.mainSplitter.restoreState(state.splitter):
            width = self.width()
            self.ui.mainSplitter.setSizes([width // 5, width * 3 // 5, width // 5])
        header = self.ui.resourceTable.horizontalHeader()
        keys = [c.key.value for c in COLUMNS]
        for visual, key in enumerate(k for k in state.table.order if k in keys):
            header.moveSection(header.visualIndex(keys.index(key)), visual)
        for key, width in state.table.widths.items():
            if key in keys:
                header.resizeSection(keys.index(key), width)
        for key in state.table.hidden:
            if key in keys and len(state.table.hidden) < len(keys):
                header.setSectionHidden(keys.index(key), True)
        sort_column = keys.index(state.table.sort.value)
        self.ui.resourceTable.sortByColumn(sort_column, _order(state.table.descending))
        self.search_bar.blockSignals(True)
        self.search_bar.set_options(state.options)
        self.search_bar.set_types(state.types)
        self.search_bar.blockSignals(False)
        self._select_categories(state.categories)

    def _default_geometry(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1440, screen.width() * 9 // 10), min(900, screen.height() * 9 // 10))

    def _select_categories(self, category_ids: list[int]) -> None:
        tree = self.ui.categoryTree
        selection = QItemSelection()
        for category_id in category_ids:
            index = self._tree_model.index_of(category_id)
            if index is not None:
                selection.select(index, index.siblingAtColumn(COUNT_COLUMN))
        if selection.isEmpty():
            index = self._tree_model.all_resources_index()
            selection.select(index, index.siblingAtColumn(COUNT_COLUMN))
        tree.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        first = selection.indexes()[0]
        tree.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        tree.scrollTo(first)

    def current_state(self) -> WindowState:
        header = self.ui.resourceTable.horizontalHeader()
        keys = [c.key.value for c in COLUMNS]
        categories = self.selected_categories()
        return WindowState(
            geometry=self.saveGeometry(),
            splitter=self.ui.mainSplitter.saveState(),
            table=TableLayout(
                order=[keys[header.logicalIndex(v)] for v in range(len(keys))],
                widths={
                    k: header.sectionSize(n)
                    for n, k in enumerate(keys)
                    if not header.isSectionHidden(n)
                },
                hidden=[k for n, k in enumerate(keys) if header.isSectionHidden(n)],
                sort=self.proxy.query.sort,
                descending=self.proxy.query.descending,
            ),
            options=self.search_bar.options(),
            types=self.search_bar.types(),
            categories=sorted(categories) if categories else [],
            curator_mode=self.ui.curatorModeAction.isChecked(),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.safety.stop()
        save_state(self._settings, self.current_state())
        self._catalog.close()
        super().closeEvent(event)


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
