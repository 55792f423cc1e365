# Generated from ui/import_dialog.ui by scripts/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFrame, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(920, 620)
        ImportDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ImportDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.fileLabel = QLabel(ImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")
        self.fileLabel.setTextFormat(Qt.PlainText)
        self.fileLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.fileLabel)

        self.summaryLabel = QLabel(ImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.summaryLabel)

        self.noticesFrame = QFrame(ImportDialog)
        self.noticesFrame.setObjectName(u"noticesFrame")
        self.noticesFrame.setFrameShape(QFrame.StyledPanel)
        self.noticesLayout = QHBoxLayout(self.noticesFrame)
        self.noticesLayout.setSpacing(10)
        self.noticesLayout.setObjectName(u"noticesLayout")
        self.noticesIcon = QLabel(self.noticesFrame)
        self.noticesIcon.setObjectName(u"noticesIcon")

        self.noticesLayout.addWidget(self.noticesIcon, 0, Qt.AlignTop)

        self.noticesLabel = QLabel(self.noticesFrame)
        self.noticesLabel.setObjectName(u"noticesLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.noticesLabel.sizePolicy().hasHeightForWidth())
        self.noticesLabel.setSizePolicy(sizePolicy)
        self.noticesLabel.setTextFormat(Qt.PlainText)
        self.noticesLabel.setWordWrap(True)
        self.noticesLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.noticesLayout.addWidget(self.noticesLabel)


        self.dialogLayout.addWidget(self.noticesFrame)

        self.tabs = QTabWidget(ImportDialog)
        self.tabs.setObjectName(u"tabs")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.tabs.sizePolicy().hasHeightForWidth())
        self.tabs.setSizePolicy(sizePolicy1)
        self.newTab = QWidget()
        self.newTab.setObjectName(u"newTab")
        self.newLayout = QVBoxLayout(self.newTab)
        self.newLayout.setObjectName(u"newLayout")
        self.newTable = QTableView(self.newTab)
        self.newTable.setObjectName(u"newTable")
        self.newTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.newTable.setAlternatingRowColors(True)
        self.newTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.newTable.setWordWrap(False)
        self.newTable.setSortingEnabled(True)

        self.newLayout.addWidget(self.newTable)

        self.tabs.addTab(self.newTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.newTab), u"New")
        self.matchesTab = QWidget()
        self.matchesTab.setObjectName(u"matchesTab")
        self.matchesLayout = QVBoxLayout(self.matchesTab)
        self.matchesLayout.setObjectName(u"matchesLayout")
        self.matchesNote = QLabel(self.matchesTab)
        self.matchesNote.setObjectName(u"matchesNote")
        self.matchesNote.setTextFormat(Qt.PlainText)
        self.matchesNote.setWordWrap(True)

        self.matchesLayout.addWidget(self.matchesNote)

        self.matchesTable = QTableView(self.matchesTab)
        self.matchesTable.setObjectName(u"matchesTable")
        self.matchesTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.matchesTable.setAlternatingRowColors(True)
        self.matchesTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.matchesTable.setWordWrap(False)
        self.matchesTable.setSortingEnabled(True)

        self.matchesLayout.addWidget(self.matchesTable)

        self.matchButtonsLayout = QHBoxLayout()
        self.matchButtonsLayout.setObjectName(u"matchButtonsLayout")
        self.updateAllButton = QPushButton(self.matchesTab)
        self.updateAllButton.setObjectName(u"updateAllButton")
        self.updateAllButton.setAutoDefault(False)

        self.matchButtonsLayout.addWidget(self.updateAllButton)

        self.skipAllButton = QPushButton(self.matchesTab)
        self.skipAllButton.setObjectName(u"skipAllButton")
        self.skipAllButton.setAutoDefault(False)

        self.matchButtonsLayout.addWidget(self.skipAllButton)

        self.matchButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.matchButtonsLayout.addItem(self.matchButtonsSpacer)


        self.matchesLayout.addLayout(self.matchButtonsLayout)

        self.tabs.addTab(self.matchesTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.matchesTab), u"Already in the library")
        self.rejectedTab = QWidget()
        self.rejectedTab.setObjectName(u"rejectedTab")
        self.rejectedLayout = QVBoxLayout(self.rejectedTab)
        self.rejectedLayout.setObjectName(u"rejectedLayout")
        self.rejectedNote = QLabel(self.rejectedTab)
        self.rejectedNote.setObjectName(u"rejectedNote")
        self.rejectedNote.setTextFormat(Qt.PlainText)
        self.rejectedNote.setWordWrap(True)

        self.rejectedLayout.addWidget(self.rejectedNote)

        self.rejectedTable = QTableView(self.rejectedTab)
        self.rejectedTable.setObjectName(u"rejectedTable")
        self.rejectedTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rejectedTable.setAlternatingRowColors(True)
        self.rejectedTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rejectedTable.setWordWrap(False)
        self.rejectedTable.setSortingEnabled(True)

        self.rejectedLayout.addWidget(self.rejectedTable)

        self.tabs.addTab(self.rejectedTab, "")
        self.tabs.setTabText(self.tabs.indexOf(self.rejectedTab), u"Rejected")

        self.dialogLayout.addWidget(self.tabs)

        self.categoryLayout = QHBoxLayout()
        self.categoryLayout.setObjectName(u"categoryLayout")
        self.categoryLabel = QLabel(ImportDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.categoryLayout.addWidget(self.categoryLabel)

        self.categoryCombo = QComboBox(ImportDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)

        self.categoryLayout.addWidget(self.categoryCombo)

        self.categoryHint = QLabel(ImportDialog)
        self.categoryHint.setObjectName(u"categoryHint")
        self.categoryHint.setTextFormat(Qt.PlainText)

        self.categoryLayout.addWidget(self.categoryHint)

        self.categorySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoryLayout.addItem(self.categorySpacer)


        self.dialogLayout.addLayout(self.categoryLayout)

        self.buttonBox = QDialogButtonBox(ImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.newTable)
        QWidget.setTabOrder(self.newTable, self.matchesTable)
        QWidget.setTabOrder(self.matchesTable, self.updateAllButton)
        QWidget.setTabOrder(self.updateAllButton, self.skipAllButton)
        QWidget.setTabOrder(self.skipAllButton, self.rejectedTable)
        QWidget.setTabOrder(self.rejectedTable, self.categoryCombo)

        self.retranslateUi(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Import", None))
        self.matchesNote.setText(QCoreApplication.translate("ImportDialog", u"These records match resources the library already has. Tick \u201cUpdate\u201d to replace a resource\u2019s details with the file\u2019s; the others are skipped.", None))
        self.updateAllButton.setText(QCoreApplication.translate("ImportDialog", u"&Update all", None))
        self.skipAllButton.setText(QCoreApplication.translate("ImportDialog", u"S&kip all", None))
        self.rejectedNote.setText(QCoreApplication.translate("ImportDialog", u"These records cannot be imported and are left out. Correct them in the file and import it again to add them.", None))
        self.categoryLabel.setText(QCoreApplication.translate("ImportDialog", u"&Put new resources without a category in:", None))
    # retranslateUi

