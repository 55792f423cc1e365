"""The dialog that shows what importing a file would do, before anything is written.

One tab each for the records to add, those that match a resource the library already has (each
skipped unless ticked for update) and those rejected, with the reason; notices about the file
as a whole above them. The curator also picks where new resources without a category go. The
dialog only asks: the caller plans and applies the import from :meth:`ImportDialog.updates`
and :meth:`ImportDialog.target_category`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QStyle,
    QTableView,
    QWidget,
)

from permille_desktop.domain.exchange import ImportPreview
from permille_desktop.domain.model import Category
from permille_desktop.gui._generated.ui_import_dialog import Ui_ImportDialog
from permille_desktop.gui.category_paths import category_paths
from permille_desktop.gui.exchange_labels import format_name
from permille_desktop.gui.import_messages import notice_message
from permille_desktop.gui.import_tables import (
    MATCH_CHECK_COLUMN,
    MATCH_EXISTING_COLUMN,
    MATCH_INCOMING_COLUMN,
    MATCH_INDEX_ROLE,
    MATCH_LINE_COLUMN,
    NEW_AUTHORS_COLUMN,
    NEW_CATEGORIES_COLUMN,
    NEW_LINE_COLUMN,
    NEW_TITLE_COLUMN,
    REJECTED_DETAIL_COLUMN,
    REJECTED_LINE_COLUMN,
    matches_model,
    new_records_model,
    rejected_model,
)
from permille_desktop.gui.plain_text import plain_tooltip

_Resize = QHeaderView.ResizeMode


class ImportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        preview: ImportPreview,
        categories: Sequence[Category],
        default_category: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._preview = preview
        self._bulk = False  # ticking many rows at once
        paths = category_paths(categories)
        by_id = dict(paths)
        self._new = new_records_model(
            self, preview.new, lambda ids: [by_id[i] for i in ids if i in by_id]
        )
        self._matches = matches_model(self, preview.matches)
        self._rejected = rejected_model(self, preview.rejected)
        self._setup_header()
        self._setup_tables()
        self._setup_tabs()
        self._setup_categories(paths, default_category)
        self._import_button().setText(ImportDialog.tr("&Import"))
        self._import_button().setDefault(True)
        self._connect()
        self._refresh()
        self._fit_to_screen()

    # Setup ---------------------------------------------------------------------------------

    def _setup_header(self) -> None:
        ui, preview = self.ui, self._preview
        name = preview.path.name
        self.setWindowTitle(ImportDialog.tr("Import “{name}”").format(name=name))
        ui.fileLabel.setText(
            ImportDialog.tr("{name} — {format}").format(
                name=name, format=format_name(preview.format)
            )
        )
        font = ui.fileLabel.font()
        font.setBold(True)
        ui.fileLabel.setFont(font)
        ui.fileLabel.setToolTip(plain_tooltip(str(preview.path)))
        ui.summaryLabel.setText(self._summary())

        notices = [notice_message(notice) for notice in preview.notices]
        ui.noticesLabel.setText("\n".join(notices))
        ui.noticesFrame.setVisible(bool(notices))
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        ui.noticesIcon.setPixmap(icon.pixmap(size * 3 // 2))

    def _summary(self) -> str:
        preview = self._preview
        if not (preview.new or preview.matches or preview.rejected):
            return ImportDialog.tr("The file has no records to import.")
        return ImportDialog.tr("{new}, {matches}, {rejected}").format(
            new=ImportDialog.tr("%Ln to add", None, len(preview.new)),
            matches=ImportDialog.tr("%Ln already in the library", None, len(preview.matches)),
            rejected=ImportDialog.tr("%Ln rejected", None, len(preview.rejected)),
        )

    def _setup_tables(self) -> None:
        ui = self.ui
        _show(ui.newTable, self._new, NEW_LINE_COLUMN, stretch=(NEW_TITLE_COLUMN,))
        header = ui.newTable.horizontalHeader()
        for column, width in ((NEW_AUTHORS_COLUMN, 200), (NEW_CATEGORIES_COLUMN, 180)):
            # Names and paths can be long: a fair share, and the title gets the rest.
            header.setSectionResizeMode(column, _Resize.Interactive)
            ui.newTable.setColumnWidth(column, width)

        both_titles = (MATCH_EXISTING_COLUMN, MATCH_INCOMING_COLUMN)
        _show(ui.matchesTable, self._matches, MATCH_LINE_COLUMN, stretch=both_titles)
        # Space ticks or unticks every selected row, whichever cell has the focus.
        ui.matchesTable.installEventFilter(self)

        detail = (REJECTED_DETAIL_COLUMN,)
        _show(ui.rejectedTable, self._rejected, REJECTED_LINE_COLUMN, stretch=detail)

    def _setup_tabs(self) -> None:
        ui, preview = self.ui, self._preview
        tabs = ui.tabs
        sections = (
            (ui.newTab, ImportDialog.tr("&New (%Ln)", None, len(preview.new)), len(preview.new)),
            (
                ui.matchesTab,
                ImportDialog.tr("&Already in the library (%Ln)", None, len(preview.matches)),
                len(preview.matches),
            ),
            (
                ui.rejectedTab,
                ImportDialog.tr("&Rejected (%Ln)", None, len(preview.rejected)),
                len(preview.rejected),
            ),
        )
        for tab, title, count in sections:
            index = tabs.indexOf(tab)
            tabs.setTabText(index, title)
            # An empty tab has nothing to show: it stays in view, greyed, with its zero.
            tabs.setTabEnabled(index, count > 0)
        if preview.rejected:
            warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            tabs.setTabIcon(tabs.indexOf(ui.rejectedTab), warning)
        first = next((tab for tab, _title, count in sections if count > 0), ui.newTab)
        tabs.setCurrentWidget(first)

    def _setup_categories(self, paths: list[tuple[int, str]], default: int | None) -> None:
        ui = self.ui
        combo = ui.categoryCombo
        combo.addItem(ImportDialog.tr("(none)"), None)
        for category_id, path in paths:
            combo.addItem(path, category_id)
        combo.setCurrentIndex(max(0, combo.findData(default)) if default is not None else 0)
        combo.setMaximumWidth(480)  # a deep path must not push the hint off the dialog
        total = len(self._preview.new)
        without = sum(1 for record in self._preview.new if not record.draft.category_ids)
        # The choice matters only for new resources that have no category of their own.
        for widget in (ui.categoryLabel, combo):
            widget.setEnabled(without > 0)
        ui.categoryHint.setText(
            ImportDialog.tr("Without a category: {without} of {total}").format(
                without=self.locale().toString(without), total=self.locale().toString(total)
            )
        )
        # Nothing new, nothing to place: the question would only puzzle.
        for widget in (ui.categoryLabel, combo, ui.categoryHint):
            widget.setVisible(total > 0)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.updateAllButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        ui.skipAllButton.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self._matches.itemChanged.connect(self._check_changed)

    def _fit_to_screen(self) -> None:
        width, height = 960, 640
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            # Leave room for the window frame and a panel on a 1366x768 laptop.
            width = min(width, screen.width() - 40)
            height = min(height, screen.height() - 60)
        self.resize(width, height)

    def _import_button(self) -> QPushButton:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    # Choosing updates ----------------------------------------------------------------------

    def _check_items(self) -> list[QStandardItem | None]:
        model = self._matches
        return [model.item(row, MATCH_CHECK_COLUMN) for row in range(model.rowCount())]

    def _check_all(self, state: Qt.CheckState) -> None:
        self._set_checked(range(self._matches.rowCount()), state)

    def _set_checked(self, rows: Sequence[int] | range, state: Qt.CheckState) -> None:
        # One refresh at the end rather than one per row: a file may match hundreds.
        self._bulk = True
        try:
            for row in rows:
                item = self._matches.item(row, MATCH_CHECK_COLUMN)
                if item is not None and item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._bulk = False
        self._refresh()

    def _toggle_selected(self) -> None:
        table = self.ui.matchesTable
        rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
        if not rows and table.currentIndex().isValid():
            rows = [table.currentIndex().row()]
        items = [self._matches.item(row, MATCH_CHECK_COLUMN) for row in rows]
        # Like a group of check boxes: tick all unless all are ticked already.
        all_checked = all(item.checkState() == Qt.CheckState.Checked for item in items)
        state = Qt.CheckState.Unchecked if all_checked else Qt.CheckState.Checked
        self._set_checked(rows, state)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.matchesTable
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._toggle_selected()
            return True
        return super().eventFilter(watched, event)

    def _check_changed(self) -> None:
        if not self._bulk:
            self._refresh()

    def _refresh(self) -> None:
        # Nothing to do is nothing to confirm.
        self._import_button().setEnabled(bool(self._preview.new) or self._any_checked())

    def _any_checked(self) -> bool:
        return any(
            item is not None and item.checkState() == Qt.CheckState.Checked
            for item in self._check_items()
        )

    # Results -------------------------------------------------------------------------------

    def updates(self) -> list[int]:
        """The indexes, into ``preview.matches``, of the matches ticked for update."""
        return sorted(
            int(item.data(MATCH_INDEX_ROLE))
            for item in self._check_items()
            if item is not None and item.checkState() == Qt.CheckState.Checked
        )

    def target_category(self) -> int | None:
        """The category for new resources that have none, or None to leave them without."""
        data = self.ui.categoryCombo.currentData()
        return None if data is None else int(data)


def _show(
    view: QTableView, model: QStandardItemModel, line_column: int, stretch: Sequence[int]
) -> None:
    """Put ``model`` in ``view``, in file order, the ``stretch`` columns sharing spare width."""
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(_Resize.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, _Resize.Stretch)
    header.setStretchLastSection(False)
    view.sortByColumn(line_column, Qt.SortOrder.AscendingOrder)
