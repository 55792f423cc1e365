# Generated from ui/main_window.ui by scripts/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QMainWindow,
    QMenu, QMenuBar, QSizePolicy, QSplitter,
    QStatusBar, QTableView, QTextBrowser, QToolButton,
    QTreeView, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1280, 780)
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.findAction = QAction(MainWindow)
        self.findAction.setObjectName(u"findAction")
        self.clearSearchAction = QAction(MainWindow)
        self.clearSearchAction.setObjectName(u"clearSearchAction")
        self.curatorModeAction = QAction(MainWindow)
        self.curatorModeAction.setObjectName(u"curatorModeAction")
        self.curatorModeAction.setCheckable(True)
        self.newResourceAction = QAction(MainWindow)
        self.newResourceAction.setObjectName(u"newResourceAction")
        self.editResourceAction = QAction(MainWindow)
        self.editResourceAction.setObjectName(u"editResourceAction")
        self.duplicateResourceAction = QAction(MainWindow)
        self.duplicateResourceAction.setObjectName(u"duplicateResourceAction")
        self.deleteResourcesAction = QAction(MainWindow)
        self.deleteResourcesAction.setObjectName(u"deleteResourcesAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(6)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(8, 8, 8, 4)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setSpacing(12)
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.centralWidget)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumWidth(280)
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.exactCheck = QCheckBox(self.centralWidget)
        self.exactCheck.setObjectName(u"exactCheck")

        self.searchLayout.addWidget(self.exactCheck)

        self.titleCheck = QCheckBox(self.centralWidget)
        self.titleCheck.setObjectName(u"titleCheck")
        self.titleCheck.setChecked(True)

        self.searchLayout.addWidget(self.titleCheck)

        self.contentCheck = QCheckBox(self.centralWidget)
        self.contentCheck.setObjectName(u"contentCheck")
        self.contentCheck.setChecked(True)

        self.searchLayout.addWidget(self.contentCheck)

        self.typeButton = QToolButton(self.centralWidget)
        self.typeButton.setObjectName(u"typeButton")
        self.typeButton.setPopupMode(QToolButton.InstantPopup)
        self.typeButton.setToolButtonStyle(Qt.ToolButtonTextOnly)

        self.searchLayout.addWidget(self.typeButton)


        self.centralLayout.addLayout(self.searchLayout)

        self.searchHint = QLabel(self.centralWidget)
        self.searchHint.setObjectName(u"searchHint")
        self.searchHint.setVisible(False)
        self.searchHint.setWordWrap(True)

        self.centralLayout.addWidget(self.searchHint)

        self.mainSplitter = QSplitter(self.centralWidget)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Horizontal)
        self.mainSplitter.setChildrenCollapsible(False)
        self.categoryTree = QTreeView(self.mainSplitter)
        self.categoryTree.setObjectName(u"categoryTree")
        self.categoryTree.setMinimumWidth(180)
        self.categoryTree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.categoryTree.setUniformRowHeights(True)
        self.mainSplitter.addWidget(self.categoryTree)
        self.categoryTree.header().setVisible(False)
        self.resourceTable = QTableView(self.mainSplitter)
        self.resourceTable.setObjectName(u"resourceTable")
        self.resourceTable.setMinimumWidth(320)
        self.resourceTable.setAlternatingRowColors(True)
        self.resourceTable.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.resourceTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.resourceTable.setSortingEnabled(True)
        self.resourceTable.setWordWrap(False)
        self.resourceTable.setShowGrid(False)
        self.mainSplitter.addWidget(self.resourceTable)
        self.resourceTable.horizontalHeader().setHighlightSections(False)
        self.resourceTable.horizontalHeader().setStretchLastSection(False)
        self.resourceTable.verticalHeader().setVisible(False)
        self.detailView = QTextBrowser(self.mainSplitter)
        self.detailView.setObjectName(u"detailView")
        self.detailView.setMinimumWidth(240)
        self.detailView.setOpenLinks(False)
        self.detailView.setOpenExternalLinks(False)
        self.mainSplitter.addWidget(self.detailView)

        self.centralLayout.addWidget(self.mainSplitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.editMenu = QMenu(self.menuBar)
        self.editMenu.setObjectName(u"editMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.editMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.quitAction)
        self.editMenu.addAction(self.newResourceAction)
        self.editMenu.addAction(self.editResourceAction)
        self.editMenu.addAction(self.duplicateResourceAction)
        self.editMenu.addAction(self.deleteResourcesAction)
        self.editMenu.addSeparator()
        self.editMenu.addAction(self.curatorModeAction)
        self.viewMenu.addAction(self.findAction)
        self.viewMenu.addAction(self.clearSearchAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u201c4 per 1000\u201d Resource Library", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.findAction.setText(QCoreApplication.translate("MainWindow", u"&Find\u2026", None))
#if QT_CONFIG(shortcut)
        self.findAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+F", None))
#endif // QT_CONFIG(shortcut)
        self.clearSearchAction.setText(QCoreApplication.translate("MainWindow", u"C&lear search", None))
        self.curatorModeAction.setText(QCoreApplication.translate("MainWindow", u"&Curator mode", None))
#if QT_CONFIG(tooltip)
        self.curatorModeAction.setToolTip(QCoreApplication.translate("MainWindow", u"Show the actions that add, change and delete resources and categories", None))
#endif // QT_CONFIG(tooltip)
        self.newResourceAction.setText(QCoreApplication.translate("MainWindow", u"&New resource\u2026", None))
#if QT_CONFIG(shortcut)
        self.newResourceAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.editResourceAction.setText(QCoreApplication.translate("MainWindow", u"&Edit resource\u2026", None))
#if QT_CONFIG(shortcut)
        self.editResourceAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
        self.duplicateResourceAction.setText(QCoreApplication.translate("MainWindow", u"D&uplicate resource\u2026", None))
#if QT_CONFIG(shortcut)
        self.duplicateResourceAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+D", None))
#endif // QT_CONFIG(shortcut)
        self.deleteResourcesAction.setText(QCoreApplication.translate("MainWindow", u"&Delete resources\u2026", None))
#if QT_CONFIG(shortcut)
        self.deleteResourcesAction.setShortcut(QCoreApplication.translate("MainWindow", u"Del", None))
#endif // QT_CONFIG(shortcut)
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"&About permille-desktop", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("MainWindow", u"Search the library (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("MainWindow", u"Search", None))
#endif // QT_CONFIG(accessibility)
        self.exactCheck.setText(QCoreApplication.translate("MainWindow", u"E&xact matches only", None))
#if QT_CONFIG(tooltip)
        self.exactCheck.setToolTip(QCoreApplication.translate("MainWindow", u"Find the text as one piece, not each word separately", None))
#endif // QT_CONFIG(tooltip)
        self.titleCheck.setText(QCoreApplication.translate("MainWindow", u"Search in &title", None))
        self.contentCheck.setText(QCoreApplication.translate("MainWindow", u"Search in &content", None))
#if QT_CONFIG(tooltip)
        self.contentCheck.setToolTip(QCoreApplication.translate("MainWindow", u"Description, authors, venue and the other fields", None))
#endif // QT_CONFIG(tooltip)
        self.typeButton.setText(QCoreApplication.translate("MainWindow", u"All types", None))
#if QT_CONFIG(tooltip)
        self.typeButton.setToolTip(QCoreApplication.translate("MainWindow", u"Show only some types of resource", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.typeButton.setAccessibleName(QCoreApplication.translate("MainWindow", u"Resource types", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryTree.setAccessibleName(QCoreApplication.translate("MainWindow", u"Categories", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resourceTable.setAccessibleName(QCoreApplication.translate("MainWindow", u"Resources", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailView.setAccessibleName(QCoreApplication.translate("MainWindow", u"Resource details", None))
#endif // QT_CONFIG(accessibility)
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.editMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

