# Generated from ui/about_dialog.ui by scripts/compile_ui.py (pyside6-uic). Do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(580, 260)
        self.dialogLayout = QVBoxLayout(AboutDialog)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(AboutDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setMinimumSize(QSize(64, 64))
        self.iconLabel.setMaximumSize(QSize(64, 64))

        self.headerLayout.addWidget(self.iconLabel)

        self.nameLayout = QVBoxLayout()
        self.nameLayout.setObjectName(u"nameLayout")
        self.nameLabel = QLabel(AboutDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"permille-desktop")
        self.nameLabel.setTextFormat(Qt.PlainText)

        self.nameLayout.addWidget(self.nameLabel)

        self.versionLabel = QLabel(AboutDialog)
        self.versionLabel.setObjectName(u"versionLabel")
        self.versionLabel.setText(u"version")
        self.versionLabel.setTextFormat(Qt.PlainText)
        self.versionLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.nameLayout.addWidget(self.versionLabel)

        self.descriptionLabel = QLabel(AboutDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setTextFormat(Qt.PlainText)
        self.descriptionLabel.setWordWrap(True)

        self.nameLayout.addWidget(self.descriptionLabel)


        self.headerLayout.addLayout(self.nameLayout)


        self.dialogLayout.addLayout(self.headerLayout)

        self.factsLayout = QFormLayout()
        self.factsLayout.setObjectName(u"factsLayout")
        self.folderLabel = QLabel(AboutDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.factsLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(AboutDialog)
        self.folderEdit.setObjectName(u"folderEdit")
        self.folderEdit.setReadOnly(True)

        self.folderLayout.addWidget(self.folderEdit)

        self.openFolderButton = QPushButton(AboutDialog)
        self.openFolderButton.setObjectName(u"openFolderButton")
        self.openFolderButton.setAutoDefault(False)

        self.folderLayout.addWidget(self.openFolderButton)


        self.factsLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.countCaption = QLabel(AboutDialog)
        self.countCaption.setObjectName(u"countCaption")

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countCaption)

        self.countLabel = QLabel(AboutDialog)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"0")
        self.countLabel.setTextFormat(Qt.PlainText)

        self.factsLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countLabel)

        self.websiteCaption = QLabel(AboutDialog)
        self.websiteCaption.setObjectName(u"websiteCaption")

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.websiteCaption)

        self.websiteLabel = QLabel(AboutDialog)
        self.websiteLabel.setObjectName(u"websiteLabel")
        self.websiteLabel.setText(u"website")
        self.websiteLabel.setTextFormat(Qt.RichText)
        self.websiteLabel.setOpenExternalLinks(False)
        self.websiteLabel.setTextInteractionFlags(Qt.LinksAccessibleByMouse|Qt.LinksAccessibleByKeyboard)

        self.factsLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.websiteLabel)


        self.dialogLayout.addLayout(self.factsLayout)

        self.licenceLabel = QLabel(AboutDialog)
        self.licenceLabel.setObjectName(u"licenceLabel")
        self.licenceLabel.setTextFormat(Qt.PlainText)
        self.licenceLabel.setWordWrap(True)
        self.licenceLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.licenceLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(AboutDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.folderEdit, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.websiteLabel)
        QWidget.setTabOrder(self.websiteLabel, self.buttonBox)

        self.retranslateUi(AboutDialog)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"About permille-desktop", None))
        self.descriptionLabel.setText(QCoreApplication.translate("AboutDialog", u"An offline browser for the resource library of the \u201c4 per 1000\u201d Initiative: Soils for Food Security and Climate.", None))
        self.folderLabel.setText(QCoreApplication.translate("AboutDialog", u"Data &folder:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Data folder", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleDescription(QCoreApplication.translate("AboutDialog", u"Where the catalog, its backups and the settings are kept", None))
#endif // QT_CONFIG(accessibility)
        self.openFolderButton.setText(QCoreApplication.translate("AboutDialog", u"&Open folder", None))
#if QT_CONFIG(tooltip)
        self.openFolderButton.setToolTip(QCoreApplication.translate("AboutDialog", u"Show the data folder in the file manager", None))
#endif // QT_CONFIG(tooltip)
        self.countCaption.setText(QCoreApplication.translate("AboutDialog", u"Resources in the catalog:", None))
        self.websiteCaption.setText(QCoreApplication.translate("AboutDialog", u"Initiative's website:", None))
#if QT_CONFIG(accessibility)
        self.websiteLabel.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Initiative's website", None))
#endif // QT_CONFIG(accessibility)
        self.licenceLabel.setText(QCoreApplication.translate("AboutDialog", u"permille-desktop is free software, under the MIT licence. It is built with Qt and PySide6 (under the LGPLv3), and with SQLAlchemy, platformdirs, bibtexparser, pylatexenc and rispy (under the MIT or BSD licences).", None))
    # retranslateUi

