# Generated from ui/shortcuts_dialog.ui by scripts/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, ShortcutsDialog):
        if not ShortcutsDialog.objectName():
            ShortcutsDialog.setObjectName(u"ShortcutsDialog")
        ShortcutsDialog.resize(560, 580)
        self.dialogLayout = QVBoxLayout(ShortcutsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ShortcutsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.shortcutsTree = QTreeWidget(ShortcutsDialog)
        self.shortcutsTree.setObjectName(u"shortcutsTree")
        self.shortcutsTree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.shortcutsTree.setRootIsDecorated(False)
        self.shortcutsTree.setItemsExpandable(False)
        self.shortcutsTree.setUniformRowHeights(True)
        self.shortcutsTree.setAlternatingRowColors(True)
        self.shortcutsTree.header().setStretchLastSection(False)

        self.dialogLayout.addWidget(self.shortcutsTree)

        self.buttonBox = QDialogButtonBox(ShortcutsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(ShortcutsDialog)
    # setupUi

    def retranslateUi(self, ShortcutsDialog):
        ShortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts", None))
        self.introLabel.setText(QCoreApplication.translate("ShortcutsDialog", u"The editing shortcuts work in curator mode (Edit \u2192 Curator mode).", None))
        ___qtreewidgetitem = self.shortcutsTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("ShortcutsDialog", u"Keys", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("ShortcutsDialog", u"Action", None))
#if QT_CONFIG(accessibility)
        self.shortcutsTree.setAccessibleName(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

