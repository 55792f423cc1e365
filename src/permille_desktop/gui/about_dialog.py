"""Help → About: the version, where the library is kept, its size, the licences, the website."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QIcon
from PySide6.QtWidgets import QDialog, QWidget

from permille_desktop.gui._generated.ui_about_dialog import Ui_AboutDialog
from permille_desktop.paths import app_icon_paths

WEBSITE = "https://4p1000.org"
_ICON_SIZE = 64


class AboutDialog(QDialog):
    """Opens the data folder and the website only when asked, through ``open_url``."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        version: str,
        folder: Path,
        count: int,
        open_url: Callable[[QUrl], object] = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self._folder = folder
        self._open_url = open_url
        ui = self.ui
        # Drawn from the PNG of the screen's scale: sharp on a high-DPI display.
        size = QSize(_ICON_SIZE, _ICON_SIZE)
        ui.iconLabel.setPixmap(_app_icon().pixmap(size, self.devicePixelRatioF()))
        font = QFont(ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.Bold)
        ui.nameLabel.setFont(font)
        ui.versionLabel.setText(AboutDialog.tr("Version {version}").format(version=version))
        # The path is data: a line edit shows it as written, and lets it be copied.
        ui.folderEdit.setText(str(folder))
        ui.folderEdit.setCursorPosition(0)
        ui.countLabel.setText(self.locale().toString(count))
        ui.websiteLabel.setText(f'<a href="{WEBSITE}">{html.escape(WEBSITE.split("//")[1])}</a>')
        ui.websiteLabel.setToolTip(WEBSITE)
        ui.websiteLabel.linkActivated.connect(lambda url: self._open_url(QUrl(url)))
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.buttonBox.rejected.connect(self.reject)
        close = ui.buttonBox.button(ui.buttonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()
        # As tall as its wrapped texts need at the form's width, in any language.
        layout = self.layout()
        self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))

    def open_folder(self) -> None:
        self._open_url(QUrl.fromLocalFile(str(self._folder)))


def _app_icon() -> QIcon:
    # Made afresh, not QApplication.windowIcon(): once X11 has been given that one for a
    # window, it hands out a pixmap half the size asked for at a scale of 2 (Qt 6.11).
    icon = QIcon()
    for path in app_icon_paths():
        icon.addFile(str(path))
    return icon
