# Generated from ui/resource_dialog.ui by scripts/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resource_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_ResourceDialog(object):
    def setupUi(self, ResourceDialog):
        if not ResourceDialog.objectName():
            ResourceDialog.setObjectName(u"ResourceDialog")
        ResourceDialog.resize(940, 640)
        ResourceDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(ResourceDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setSpacing(18)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.fieldsForm = QFormLayout()
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.fieldsForm.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.fieldsForm.setVerticalSpacing(8)
        self.titleLabel = QLabel(ResourceDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ResourceDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.fieldsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.titleProblem = QLabel(ResourceDialog)
        self.titleProblem.setObjectName(u"titleProblem")
        self.titleProblem.setVisible(False)
        self.titleProblem.setTextFormat(Qt.PlainText)
        self.titleProblem.setWordWrap(True)

        self.fieldsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleProblem)

        self.sortTitleLabel = QLabel(ResourceDialog)
        self.sortTitleLabel.setObjectName(u"sortTitleLabel")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sortTitleLabel)

        self.sortTitleEdit = QLineEdit(ResourceDialog)
        self.sortTitleEdit.setObjectName(u"sortTitleEdit")

        self.fieldsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sortTitleEdit)

        self.authorsLabel = QLabel(ResourceDialog)
        self.authorsLabel.setObjectName(u"authorsLabel")

        self.fieldsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorsLabel)

        self.authorsLayout = QHBoxLayout()
        self.authorsLayout.setObjectName(u"authorsLayout")
        self.authorsList = QListWidget(ResourceDialog)
        self.authorsList.setObjectName(u"authorsList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.authorsList.sizePolicy().hasHeightForWidth())
        self.authorsList.setSizePolicy(sizePolicy)
        self.authorsList.setEditTriggers(QAbstractItemView.DoubleClicked|QAbstractItemView.EditKeyPressed)
        self.authorsList.setDragDropMode(QAbstractItemView.InternalMove)
        self.authorsList.setDefaultDropAction(Qt.MoveAction)
        self.authorsList.setAlternatingRowColors(True)
        self.authorsList.setUniformItemSizes(True)

        self.authorsLayout.addWidget(self.authorsList)

        self.authorButtonsLayout = QVBoxLayout()
        self.authorButtonsLayout.setSpacing(4)
        self.authorButtonsLayout.setObjectName(u"authorButtonsLayout")
        self.addAuthorButton = QPushButton(ResourceDialog)
        self.addAuthorButton.setObjectName(u"addAuthorButton")

        self.authorButtonsLayout.addWidget(self.addAuthorButton)

        self.removeAuthorButton = QPushButton(ResourceDialog)
        self.removeAuthorButton.setObjectName(u"removeAuthorButton")

        self.authorButtonsLayout.addWidget(self.removeAuthorButton)

        self.authorUpButton = QPushButton(ResourceDialog)
        self.authorUpButton.setObjectName(u"authorUpButton")

        self.authorButtonsLayout.addWidget(self.authorUpButton)

        self.authorDownButton = QPushButton(ResourceDialog)
        self.authorDownButton.setObjectName(u"authorDownButton")

        self.authorButtonsLayout.addWidget(self.authorDownButton)

        self.authorButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.authorButtonsLayout.addItem(self.authorButtonsSpacer)


        self.authorsLayout.addLayout(self.authorButtonsLayout)


        self.fieldsForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.authorsLayout)

        self.yearLabel = QLabel(ResourceDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.fieldsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearTypeLayout = QHBoxLayout()
        self.yearTypeLayout.setSpacing(8)
        self.yearTypeLayout.setObjectName(u"yearTypeLayout")
        self.yearEdit = QLineEdit(ResourceDialog)
        self.yearEdit.setObjectName(u"yearEdit")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.yearEdit.sizePolicy().hasHeightForWidth())
        self.yearEdit.setSizePolicy(sizePolicy1)
        self.yearEdit.setMaxLength(8)
        self.yearEdit.setInputMethodHints(Qt.ImhDigitsOnly)

        self.yearTypeLayout.addWidget(self.yearEdit)

        self.yearTypeSpacer = QSpacerItem(16, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.yearTypeLayout.addItem(self.yearTypeSpacer)

        self.typeLabel = QLabel(ResourceDialog)
        self.typeLabel.setObjectName(u"typeLabel")

        self.yearTypeLayout.addWidget(self.typeLabel)

        self.typeCombo = QComboBox(ResourceDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.yearTypeLayout.addWidget(self.typeCombo)

        self.typeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.yearTypeLayout.addItem(self.typeSpacer)


        self.fieldsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.yearTypeLayout)

        self.yearProblem = QLabel(ResourceDialog)
        self.yearProblem.setObjectName(u"yearProblem")
        self.yearProblem.setVisible(False)
        self.yearProblem.setTextFormat(Qt.PlainText)
        self.yearProblem.setWordWrap(True)

        self.fieldsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.yearProblem)

        self.venueLabel = QLabel(ResourceDialog)
        self.venueLabel.setObjectName(u"venueLabel")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.venueLabel)

        self.venueEdit = QLineEdit(ResourceDialog)
        self.venueEdit.setObjectName(u"venueEdit")

        self.fieldsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.venueEdit)

        self.languageLabel = QLabel(ResourceDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.fieldsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageLayout = QHBoxLayout()
        self.languageLayout.setObjectName(u"languageLayout")
        self.languageCombo = QComboBox(ResourceDialog)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(True)
        self.languageCombo.setInsertPolicy(QComboBox.NoInsert)

        self.languageLayout.addWidget(self.languageCombo)

        self.languageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.languageLayout.addItem(self.languageSpacer)


        self.fieldsForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.languageLayout)

        self.urlLabel = QLabel(ResourceDialog)
        self.urlLabel.setObjectName(u"urlLabel")

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.urlLabel)

        self.urlEdit = QLineEdit(ResourceDialog)
        self.urlEdit.setObjectName(u"urlEdit")
        self.urlEdit.setInputMethodHints(Qt.ImhUrlCharactersOnly)

        self.fieldsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.urlEdit)

        self.urlProblem = QLabel(ResourceDialog)
        self.urlProblem.setObjectName(u"urlProblem")
        self.urlProblem.setVisible(False)
        self.urlProblem.setTextFormat(Qt.PlainText)
        self.urlProblem.setWordWrap(True)

        self.fieldsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.urlProblem)

        self.descriptionLabel = QLabel(ResourceDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ResourceDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        sizePolicy2 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy2.setHorizontalStretch(0)
        sizePolicy2.setVerticalStretch(1)
        sizePolicy2.setHeightForWidth(self.descriptionEdit.sizePolicy().hasHeightForWidth())
        self.descriptionEdit.setSizePolicy(sizePolicy2)
        self.descriptionEdit.setTabChangesFocus(True)

        self.fieldsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.columnsLayout.addLayout(self.fieldsForm)

        self.categoriesLayout = QVBoxLayout()
        self.categoriesLayout.setSpacing(6)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesLabel = QLabel(ResourceDialog)
        self.categoriesLabel.setObjectName(u"categoriesLabel")

        self.categoriesLayout.addWidget(self.categoriesLabel)

        self.categoryTree = QTreeWidget(ResourceDialog)
        __qtreewidgetitem = QTreeWidgetItem()
        __qtreewidgetitem.setText(0, u"1")
        self.categoryTree.setHeaderItem(__qtreewidgetitem)
        self.categoryTree.setObjectName(u"categoryTree")
        self.categoryTree.setUniformRowHeights(True)
        self.categoryTree.setItemsExpandable(False)
        self.categoryTree.setRootIsDecorated(False)
        self.categoryTree.setExpandsOnDoubleClick(False)
        self.categoryTree.header().setVisible(False)

        self.categoriesLayout.addWidget(self.categoryTree)

        self.categoryProblem = QLabel(ResourceDialog)
        self.categoryProblem.setObjectName(u"categoryProblem")
        self.categoryProblem.setVisible(False)
        self.categoryProblem.setTextFormat(Qt.PlainText)
        self.categoryProblem.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoryProblem)


        self.columnsLayout.addLayout(self.categoriesLayout)

        self.columnsLayout.setStretch(0, 3)
        self.columnsLayout.setStretch(1, 2)

        self.dialogLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(ResourceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.sortTitleLabel.setBuddy(self.sortTitleEdit)
        self.authorsLabel.setBuddy(self.authorsList)
        self.yearLabel.setBuddy(self.yearEdit)
        self.typeLabel.setBuddy(self.typeCombo)
        self.venueLabel.setBuddy(self.venueEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.urlLabel.setBuddy(self.urlEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.categoriesLabel.setBuddy(self.categoryTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.sortTitleEdit)
        QWidget.setTabOrder(self.sortTitleEdit, self.authorsList)
        QWidget.setTabOrder(self.authorsList, self.addAuthorButton)
        QWidget.setTabOrder(self.addAuthorButton, self.removeAuthorButton)
        QWidget.setTabOrder(self.removeAuthorButton, self.authorUpButton)
        QWidget.setTabOrder(self.authorUpButton, self.authorDownButton)
        QWidget.setTabOrder(self.authorDownButton, self.yearEdit)
        QWidget.setTabOrder(self.yearEdit, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.venueEdit)
        QWidget.setTabOrder(self.venueEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.urlEdit)
        QWidget.setTabOrder(self.urlEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.categoryTree)

        self.retranslateUi(ResourceDialog)
    # setupUi

    def retranslateUi(self, ResourceDialog):
        ResourceDialog.setWindowTitle(QCoreApplication.translate("ResourceDialog", u"Resource", None))
        self.titleLabel.setText(QCoreApplication.translate("ResourceDialog", u"&Title:", None))
        self.sortTitleLabel.setText(QCoreApplication.translate("ResourceDialog", u"&Sort as:", None))
#if QT_CONFIG(tooltip)
        self.sortTitleEdit.setToolTip(QCoreApplication.translate("ResourceDialog", u"How the title is sorted in lists. Leave it empty to sort by the title itself, without a leading article such as \u201cThe\u201d or \u201cLes\u201d.", None))
#endif // QT_CONFIG(tooltip)
        self.authorsLabel.setText(QCoreApplication.translate("ResourceDialog", u"&Authors:", None))
#if QT_CONFIG(tooltip)
        self.authorsList.setToolTip(QCoreApplication.translate("ResourceDialog", u"In the order of the publication. Insert adds an author, F2 or a double click edits one, Delete removes it.", None))
#endif // QT_CONFIG(tooltip)
        self.addAuthorButton.setText(QCoreApplication.translate("ResourceDialog", u"A&dd", None))
#if QT_CONFIG(tooltip)
        self.addAuthorButton.setToolTip(QCoreApplication.translate("ResourceDialog", u"Add an author (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.removeAuthorButton.setText(QCoreApplication.translate("ResourceDialog", u"&Remove", None))
#if QT_CONFIG(tooltip)
        self.removeAuthorButton.setToolTip(QCoreApplication.translate("ResourceDialog", u"Remove the selected author (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.authorUpButton.setText(QCoreApplication.translate("ResourceDialog", u"Move &up", None))
#if QT_CONFIG(tooltip)
        self.authorUpButton.setToolTip(QCoreApplication.translate("ResourceDialog", u"Move the selected author up (Ctrl+Up)", None))
#endif // QT_CONFIG(tooltip)
        self.authorDownButton.setText(QCoreApplication.translate("ResourceDialog", u"Move do&wn", None))
#if QT_CONFIG(tooltip)
        self.authorDownButton.setToolTip(QCoreApplication.translate("ResourceDialog", u"Move the selected author down (Ctrl+Down)", None))
#endif // QT_CONFIG(tooltip)
        self.yearLabel.setText(QCoreApplication.translate("ResourceDialog", u"&Year:", None))
        self.typeLabel.setText(QCoreApplication.translate("ResourceDialog", u"Ty&pe:", None))
        self.venueLabel.setText(QCoreApplication.translate("ResourceDialog", u"Published &in:", None))
#if QT_CONFIG(tooltip)
        self.venueEdit.setToolTip(QCoreApplication.translate("ResourceDialog", u"The journal, newspaper, publisher or site", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("ResourceDialog", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("ResourceDialog", u"Pick a language or type its name", None))
#endif // QT_CONFIG(tooltip)
        self.urlLabel.setText(QCoreApplication.translate("ResourceDialog", u"Lin&k:", None))
        self.urlEdit.setPlaceholderText(QCoreApplication.translate("ResourceDialog", u"https://\u2026", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ResourceDialog", u"D&escription:", None))
        self.categoriesLabel.setText(QCoreApplication.translate("ResourceDialog", u"Cate&gories:", None))
#if QT_CONFIG(tooltip)
        self.categoryTree.setToolTip(QCoreApplication.translate("ResourceDialog", u"Tick every category the resource belongs to (Space ticks the selected one)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

