"""The export dialog, driven as a user drives it: clicking choices and picking a format."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
)

from permille_desktop.domain.exchange import CsvOptions, ExchangeFormat
from permille_desktop.gui.export_dialog import ExportDialog, ExportScope

COLUMNS = [("title", "Title"), ("year", "Year"), ("authors", "Authors")]

OpenDialog = Callable[..., ExportDialog]


@pytest.fixture
def open_dialog(qtbot) -> Iterator[OpenDialog]:
    dialogs: list[ExportDialog] = []

    def open_(selected: int = 3, shown: int = 24, **options) -> ExportDialog:
        options.setdefault("visible_columns", COLUMNS)
        dialog = ExportDialog(None, selected=selected, shown=shown, **options)
        dialogs.append(dialog)
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        return dialog

    yield open_
    for dialog in dialogs:
        dialog.done(0)
        dialog.deleteLater()


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def child(dialog: ExportDialog, kind: type, name: str):
    found = dialog.findChild(kind, name)
    assert isinstance(found, kind), name
    return found


def label(button: QAbstractButton) -> str:
    return button.text().replace("&", "")


def click(qtbot, dialog: ExportDialog, name: str) -> None:
    """Click the button's box or circle: its layout may stretch it far past its text."""
    button = child(dialog, QAbstractButton, name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def export_button(dialog: ExportDialog) -> QPushButton:
    return child(dialog, QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)


def choose_format(qtbot, dialog: ExportDialog, name: str) -> None:
    """Pick a format with the keyboard, as a user does: to the top, then down to it."""
    combo = child(dialog, QComboBox, "formatCombo")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    names = [combo.itemText(i) for i in range(combo.count())]
    for _ in range(names.index(name)):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == name


# Which resources ---------------------------------------------------------------------------


def test_the_selection_is_the_default_and_both_counts_are_shown(open_dialog: OpenDialog):
    dialog = open_dialog(selected=3, shown=24)
    selected = child(dialog, QRadioButton, "scopeSelectedRadio")
    shown = child(dialog, QRadioButton, "scopeShownRadio")
    assert label(selected) == "Selected resources (3)"
    assert label(shown) == "All resources shown (24)"
    assert selected.isEnabled() and selected.isChecked()
    assert shown.isEnabled() and not shown.isChecked()
    assert dialog.scope() is ExportScope.SELECTED


def test_without_a_selection_all_shown_is_chosen_and_selected_is_disabled(
    open_dialog: OpenDialog,
):
    dialog = open_dialog(selected=0, shown=24)
    selected = child(dialog, QRadioButton, "scopeSelectedRadio")
    assert label(selected) == "Selected resources (0)"
    assert not selected.isEnabled()
    assert child(dialog, QRadioButton, "scopeShownRadio").isChecked()
    assert dialog.scope() is ExportScope.SHOWN
    assert export_button(dialog).isEnabled()


def test_choosing_all_shown(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog()
    click(qtbot, dialog, "scopeShownRadio")
    assert dialog.scope() is ExportScope.SHOWN
    click(qtbot, dialog, "scopeSelectedRadio")
    assert dialog.scope() is ExportScope.SELECTED


def test_counts_are_written_as_the_locale_writes_numbers(open_dialog: OpenDialog, restore_locale):
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    dialog = open_dialog(selected=1234, shown=56789)
    assert label(child(dialog, QRadioButton, "scopeSelectedRadio")).endswith("(1.234)")
    assert label(child(dialog, QRadioButton, "scopeShownRadio")).endswith("(56.789)")


def test_nothing_to_export_disables_export(open_dialog: OpenDialog):
    dialog = open_dialog(selected=0, shown=0)
    assert not export_button(dialog).isEnabled()


# Format and CSV options --------------------------------------------------------------------


def test_formats_offered_with_a_description(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog()
    combo = child(dialog, QComboBox, "formatCombo")
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["CSV (spreadsheet)", "BibTeX", "RIS", "CSL-JSON"]
    description = child(dialog, QLabel, "formatDescription")
    assert "spreadsheet" in description.text()
    choose_format(qtbot, dialog, "CSL-JSON")
    assert "Zotero" in description.text()
    assert description.isVisible()


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("CSV (spreadsheet)", ExchangeFormat.CSV),
        ("BibTeX", ExchangeFormat.BIBTEX),
        ("RIS", ExchangeFormat.RIS),
        ("CSL-JSON", ExchangeFormat.CSL_JSON),
    ],
)
def test_csv_options_only_for_csv(qtbot, open_dialog: OpenDialog, name: str, fmt: ExchangeFormat):
    dialog = open_dialog()
    choose_format(qtbot, dialog, "RIS" if fmt is ExchangeFormat.CSV else "CSV (spreadsheet)")
    choose_format(qtbot, dialog, name)
    assert dialog.format() is fmt
    is_csv = fmt is ExchangeFormat.CSV
    assert child(dialog, QGroupBox, "csvGroup").isEnabled() is is_csv
    for kind, option in (
        (QRadioButton, "csvColumnsShownRadio"),
        (QRadioButton, "csvColumnsAllRadio"),
        (QRadioButton, "csvCommaRadio"),
        (QRadioButton, "csvSemicolonRadio"),
        (QCheckBox, "csvBomCheck"),
    ):
        assert child(dialog, kind, option).isEnabled() is is_csv, option
    note = child(dialog, QLabel, "formulaNote")
    assert note.isVisible()
    assert note.isEnabled() is is_csv


def test_the_formula_note_says_what_happens(open_dialog: OpenDialog):
    note = child(open_dialog(), QLabel, "formulaNote")
    assert note.isVisible() and note.isEnabled()
    for sign in "=+-@":
        assert sign in note.text()
    assert "apostrophe" in note.text()


def test_csv_defaults_are_the_shown_columns_comma_and_a_byte_order_mark(open_dialog: OpenDialog):
    dialog = open_dialog()
    assert child(dialog, QRadioButton, "csvColumnsShownRadio").isChecked()
    assert child(dialog, QRadioButton, "csvCommaRadio").isChecked()
    assert child(dialog, QCheckBox, "csvBomCheck").isChecked()
    assert dialog.format() is ExchangeFormat.CSV
    assert dialog.csv_options() == CsvOptions(
        columns=("title", "year", "authors"), delimiter=",", byte_order_mark=True
    )


def test_csv_choices_are_returned(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog()
    click(qtbot, dialog, "csvColumnsAllRadio")
    click(qtbot, dialog, "csvSemicolonRadio")
    click(qtbot, dialog, "csvBomCheck")
    # The three choices are independent: a separator does not untick a column choice.
    assert child(dialog, QRadioButton, "csvColumnsAllRadio").isChecked()
    assert dialog.csv_options() == CsvOptions(columns=None, delimiter=";", byte_order_mark=False)
    click(qtbot, dialog, "csvColumnsShownRadio")
    click(qtbot, dialog, "csvCommaRadio")
    assert dialog.csv_options() == CsvOptions(
        columns=("title", "year", "authors"), delimiter=",", byte_order_mark=False
    )


def test_semicolon_says_who_needs_it(open_dialog: OpenDialog):
    text = label(child(open_dialog(), QRadioButton, "csvSemicolonRadio"))
    assert "French" in text and "decimals" in text


def test_shown_columns_are_listed_in_their_tooltip(open_dialog: OpenDialog):
    radio = child(open_dialog(), QRadioButton, "csvColumnsShownRadio")
    assert radio.toolTip() == "Title, Year, Authors"


def test_without_visible_columns_all_fields_are_written(open_dialog: OpenDialog):
    dialog = open_dialog(visible_columns=[])
    assert not child(dialog, QRadioButton, "csvColumnsShownRadio").isEnabled()
    assert child(dialog, QRadioButton, "csvColumnsAllRadio").isChecked()
    assert dialog.csv_options().columns is None


def test_earlier_choices_can_be_preset(open_dialog: OpenDialog):
    dialog = open_dialog(
        initial_format=ExchangeFormat.RIS,
        initial_csv=CsvOptions(columns=None, delimiter=";", byte_order_mark=False),
    )
    assert dialog.format() is ExchangeFormat.RIS
    assert child(dialog, QComboBox, "formatCombo").currentText() == "RIS"
    assert dialog.csv_options() == CsvOptions(columns=None, delimiter=";", byte_order_mark=False)


def test_preset_shown_columns_are_the_columns_shown_now(open_dialog: OpenDialog):
    dialog = open_dialog(initial_csv=CsvOptions(columns=("type",)))
    assert dialog.csv_options().columns == ("title", "year", "authors")


# Closing -----------------------------------------------------------------------------------


def test_export_button_accepts(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog()
    button = export_button(dialog)
    assert label(button) == "Export…"
    assert button.isDefault()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_enter_exports_and_esc_cancels(qtbot, open_dialog: OpenDialog):
    dialog = open_dialog()
    qtbot.keyClick(child(dialog, QRadioButton, "scopeSelectedRadio"), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    other = open_dialog()
    qtbot.keyClick(child(other, QRadioButton, "scopeSelectedRadio"), Qt.Key.Key_Escape)
    assert not other.isVisible()
    assert other.result() == other.DialogCode.Rejected
