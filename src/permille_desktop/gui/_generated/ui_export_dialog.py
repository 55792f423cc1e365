# Generated from ui/export_dialog.ui by scripts/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QButtonGroup, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QLabel, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(600, 460)
        self.dialogLayout = QVBoxLayout(ExportDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.scopeGroup = QGroupBox(ExportDialog)
        self.scopeGroup.setObjectName(u"scopeGroup")
        self.scopeLayout = QVBoxLayout(self.scopeGroup)
        self.scopeLayout.setObjectName(u"scopeLayout")
        self.scopeSelectedRadio = QRadioButton(self.scopeGroup)
        self.scopeButtons = QButtonGroup(ExportDialog)
        self.scopeButtons.setObjectName(u"scopeButtons")
        self.scopeButtons.addButton(self.scopeSelectedRadio)
        self.scopeSelectedRadio.setObjectName(u"scopeSelectedRadio")
        self.scopeSelectedRadio.setText(u"&Selected resources (N)")

        self.scopeLayout.addWidget(self.scopeSelectedRadio)

        self.scopeShownRadio = QRadioButton(self.scopeGroup)
        self.scopeButtons.addButton(self.scopeShownRadio)
        self.scopeShownRadio.setObjectName(u"scopeShownRadio")
        self.scopeShownRadio.setText(u"All resources s&hown (N)")

        self.scopeLayout.addWidget(self.scopeShownRadio)


        self.dialogLayout.addWidget(self.scopeGroup)

        self.formatGroup = QGroupBox(ExportDialog)
        self.formatGroup.setObjectName(u"formatGroup")
        self.formatLayout = QVBoxLayout(self.formatGroup)
        self.formatLayout.setObjectName(u"formatLayout")
        self.formatCombo = QComboBox(self.formatGroup)
        self.formatCombo.setObjectName(u"formatCombo")

        self.formatLayout.addWidget(self.formatCombo)

        self.formatDescription = QLabel(self.formatGroup)
        self.formatDescription.setObjectName(u"formatDescription")
        self.formatDescription.setTextFormat(Qt.PlainText)
        self.formatDescription.setWordWrap(True)

        self.formatLayout.addWidget(self.formatDescription)


        self.dialogLayout.addWidget(self.formatGroup)

        self.csvGroup = QGroupBox(ExportDialog)
        self.csvGroup.setObjectName(u"csvGroup")
        self.csvLayout = QFormLayout(self.csvGroup)
        self.csvLayout.setObjectName(u"csvLayout")
        self.csvLayout.setLabelAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.csvColumnsLabel = QLabel(self.csvGroup)
        self.csvColumnsLabel.setObjectName(u"csvColumnsLabel")

        self.csvLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.csvColumnsLabel)

        self.csvColumnsLayout = QVBoxLayout()
        self.csvColumnsLayout.setObjectName(u"csvColumnsLayout")
        self.csvColumnsShownRadio = QRadioButton(self.csvGroup)
        self.columnButtons = QButtonGroup(ExportDialog)
        self.columnButtons.setObjectName(u"columnButtons")
        self.columnButtons.addButton(self.csvColumnsShownRadio)
        self.csvColumnsShownRadio.setObjectName(u"csvColumnsShownRadio")

        self.csvColumnsLayout.addWidget(self.csvColumnsShownRadio)

        self.csvColumnsAllRadio = QRadioButton(self.csvGroup)
        self.columnButtons.addButton(self.csvColumnsAllRadio)
        self.csvColumnsAllRadio.setObjectName(u"csvColumnsAllRadio")

        self.csvColumnsLayout.addWidget(self.csvColumnsAllRadio)


        self.csvLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.csvColumnsLayout)

        self.csvSeparatorLabel = QLabel(self.csvGroup)
        self.csvSeparatorLabel.setObjectName(u"csvSeparatorLabel")

        self.csvLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.csvSeparatorLabel)

        self.csvSeparatorLayout = QVBoxLayout()
        self.csvSeparatorLayout.setObjectName(u"csvSeparatorLayout")
        self.csvCommaRadio = QRadioButton(self.csvGroup)
        self.separatorButtons = QButtonGroup(ExportDialog)
        self.separatorButtons.setObjectName(u"separatorButtons")
        self.separatorButtons.addButton(self.csvCommaRadio)
        self.csvCommaRadio.setObjectName(u"csvCommaRadio")

        self.csvSeparatorLayout.addWidget(self.csvCommaRadio)

        self.csvSemicolonRadio = QRadioButton(self.csvGroup)
        self.separatorButtons.addButton(self.csvSemicolonRadio)
        self.csvSemicolonRadio.setObjectName(u"csvSemicolonRadio")

        self.csvSeparatorLayout.addWidget(self.csvSemicolonRadio)


        self.csvLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.csvSeparatorLayout)

        self.csvBomCheck = QCheckBox(self.csvGroup)
        self.csvBomCheck.setObjectName(u"csvBomCheck")

        self.csvLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.csvBomCheck)

        self.formulaNote = QLabel(self.csvGroup)
        self.formulaNote.setObjectName(u"formulaNote")
        self.formulaNote.setTextFormat(Qt.PlainText)
        self.formulaNote.setWordWrap(True)

        self.csvLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.formulaNote)


        self.dialogLayout.addWidget(self.csvGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

        QWidget.setTabOrder(self.scopeSelectedRadio, self.scopeShownRadio)
        QWidget.setTabOrder(self.scopeShownRadio, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.csvColumnsShownRadio)
        QWidget.setTabOrder(self.csvColumnsShownRadio, self.csvColumnsAllRadio)
        QWidget.setTabOrder(self.csvColumnsAllRadio, self.csvCommaRadio)
        QWidget.setTabOrder(self.csvCommaRadio, self.csvSemicolonRadio)
        QWidget.setTabOrder(self.csvSemicolonRadio, self.csvBomCheck)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export", None))
        self.scopeGroup.setTitle(QCoreApplication.translate("ExportDialog", u"Resources", None))
        self.formatGroup.setTitle(QCoreApplication.translate("ExportDialog", u"&Format", None))
#if QT_CONFIG(accessibility)
        self.formatCombo.setAccessibleName(QCoreApplication.translate("ExportDialog", u"Format", None))
#endif // QT_CONFIG(accessibility)
        self.csvGroup.setTitle(QCoreApplication.translate("ExportDialog", u"CSV options", None))
        self.csvColumnsLabel.setText(QCoreApplication.translate("ExportDialog", u"Columns:", None))
        self.csvColumnsShownRadio.setText(QCoreApplication.translate("ExportDialog", u"&The columns shown, in their order", None))
        self.csvColumnsAllRadio.setText(QCoreApplication.translate("ExportDialog", u"&All fields", None))
        self.csvSeparatorLabel.setText(QCoreApplication.translate("ExportDialog", u"Separator:", None))
        self.csvCommaRadio.setText(QCoreApplication.translate("ExportDialog", u"Co&mma", None))
        self.csvSemicolonRadio.setText(QCoreApplication.translate("ExportDialog", u"Semico&lon: for Excel in French and other languages that write decimals with a comma", None))
        self.csvBomCheck.setText(QCoreApplication.translate("ExportDialog", u"Add a &byte-order mark so that Excel reads accents", None))
        self.formulaNote.setText(QCoreApplication.translate("ExportDialog", u"Cells that start like a spreadsheet formula (with =, +, - or @) get a leading apostrophe, so that they cannot run when the file is opened.", None))
    # retranslateUi

