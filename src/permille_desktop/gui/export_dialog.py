"""The dialog that asks what to export and how: which resources, the format, and for CSV the
columns, the separator and the byte-order mark.

It only asks. The caller reads the choices, picks the file and writes it; the dialog keeps no
memory of earlier exports, but the caller may pass the last choices back in to preset them.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from permille_desktop.domain.exchange import CsvOptions, ExchangeFormat
from permille_desktop.gui._generated.ui_export_dialog import Ui_ExportDialog
from permille_desktop.gui.exchange_labels import format_description, format_name


class ExportScope(Enum):
    SELECTED = "selected"  # the resources selected in the table
    SHOWN = "shown"  # every resource the table shows (the current search and category)


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        *,
        selected: int,
        shown: int,
        visible_columns: Sequence[tuple[str, str]],
        initial_format: ExchangeFormat = ExchangeFormat.CSV,
        initial_csv: CsvOptions | None = None,
    ) -> None:
        """``visible_columns`` are the table's (key, header) pairs in on-screen order.
        ``initial_csv`` presets the CSV choices: its ``columns`` None means "All fields", any
        tuple "the columns shown"."""
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._counts = {ExportScope.SELECTED: selected, ExportScope.SHOWN: shown}
        self._column_keys = tuple(key for key, _header in visible_columns)
        self._setup_scope(selected, shown)
        self._setup_format(initial_format)
        self._setup_csv(initial_csv or CsvOptions(columns=self._column_keys), visible_columns)
        self._export_button().setText(ExportDialog.tr("&Export…"))
        self._export_button().setDefault(True)
        self._connect()
        self._refresh()

    # Setup ---------------------------------------------------------------------------------

    def _setup_scope(self, selected: int, shown: int) -> None:
        ui = self.ui
        ui.scopeSelectedRadio.setText(ExportDialog.tr("&Selected resources (%Ln)", None, selected))
        ui.scopeShownRadio.setText(ExportDialog.tr("All resources s&hown (%Ln)", None, shown))
        ui.scopeSelectedRadio.setEnabled(selected > 0)
        ui.scopeShownRadio.setEnabled(shown > 0)
        # A selection is what the user most likely meant to export; without one, the list.
        (ui.scopeSelectedRadio if selected > 0 else ui.scopeShownRadio).setChecked(True)

    def _setup_format(self, initial: ExchangeFormat) -> None:
        combo = self.ui.formatCombo
        for fmt in ExchangeFormat:
            combo.addItem(format_name(fmt), fmt.value)
        combo.setCurrentIndex(max(0, combo.findData(initial.value)))

    def _setup_csv(self, initial: CsvOptions, visible_columns: Sequence[tuple[str, str]]) -> None:
        ui = self.ui
        shown_radio = ui.csvColumnsShownRadio
        shown_radio.setEnabled(bool(self._column_keys))
        headers = ", ".join(header for _key, header in visible_columns)
        shown_radio.setToolTip(headers)
        if initial.columns is not None and self._column_keys:
            shown_radio.setChecked(True)
        else:
            ui.csvColumnsAllRadio.setChecked(True)
        semicolon = initial.delimiter == ";"
        (ui.csvSemicolonRadio if semicolon else ui.csvCommaRadio).setChecked(True)
        ui.csvBomCheck.setChecked(initial.byte_order_mark)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.formatCombo.currentIndexChanged.connect(lambda _index: self._refresh())
        ui.scopeButtons.buttonToggled.connect(lambda _button, _checked: self._refresh())

    def _export_button(self) -> QPushButton:
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        assert button is not None
        return button

    def _refresh(self) -> None:
        ui = self.ui
        fmt = self.format()
        ui.formatDescription.setText(format_description(fmt))
        # Disabled rather than hidden: the dialog keeps its size, and the options stay
        # discoverable for when CSV is picked.
        ui.csvGroup.setEnabled(fmt is ExchangeFormat.CSV)
        self._export_button().setEnabled(self._counts[self.scope()] > 0)

    # Results -------------------------------------------------------------------------------

    def scope(self) -> ExportScope:
        if self.ui.scopeSelectedRadio.isChecked():
            return ExportScope.SELECTED
        return ExportScope.SHOWN

    def format(self) -> ExchangeFormat:
        return ExchangeFormat(self.ui.formatCombo.currentData())

    def csv_options(self) -> CsvOptions:
        """The CSV choices (meaningful when :meth:`format` is CSV)."""
        ui = self.ui
        return CsvOptions(
            columns=self._column_keys if ui.csvColumnsShownRadio.isChecked() else None,
            delimiter=";" if ui.csvSemicolonRadio.isChecked() else ",",
            byte_order_mark=ui.csvBomCheck.isChecked(),
        )
