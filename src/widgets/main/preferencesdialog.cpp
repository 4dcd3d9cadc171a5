// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Crego::Widgets {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_exportFolder(new QLineEdit(this))
    , m_folderProblem(new QLabel(this))
    , m_rowsPerPage(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));

    m_language->setObjectName(QStringLiteral("languageEdit"));
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // each language in its own words
    m_language->addItem(QStringLiteral("हिन्दी (Hindi)"), QStringLiteral("hi"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(current.language)));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of menus, forms and exports; applied at once"));

    m_theme->setObjectName(QStringLiteral("themeEdit"));
    m_theme->addItem(tr("Same as the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(current.theme))));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("Light or dark colours, or those of the system"));

    m_exportFolder->setObjectName(QStringLiteral("exportFolderEdit"));
    m_exportFolder->setText(QDir::toNativeSeparators(current.exportFolder));
    m_exportFolder->setPlaceholderText(tr("The folder of the last export"));
    m_exportFolder->setClearButtonEnabled(true);
    m_exportFolder->setAccessibleName(tr("Export folder"));
    m_exportFolder->setAccessibleDescription(
        tr("Where the save dialog of every export opens; empty for the folder of the last export"));
    auto* choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseExportFolderButton"));
    choose->setAccessibleDescription(tr("Pick the export folder in a folder dialog"));
    m_folderProblem->setObjectName(QStringLiteral("exportFolderProblem"));
    m_folderProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_folderProblem->hide();

    m_rowsPerPage->setObjectName(QStringLiteral("rowsPerPageEdit"));
    for (int rows : Preferences::pageSizes()) {
        m_rowsPerPage->addItem(QString::number(rows), rows);
    }
    m_rowsPerPage->setCurrentIndex(std::max(0, m_rowsPerPage->findData(current.rowsPerPage)));
    m_rowsPerPage->setAccessibleName(tr("Rows per page"));
    m_rowsPerPage->setAccessibleDescription(
        tr("How many leads the lead list asks the server for at a time; more rows, fewer requests"));

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_exportFolder, 1);
    folderRow->addWidget(choose);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Each label names its field, so its key (Alt+L, …) moves the focus there.
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* name = new QLabel(text, this);
        name->setBuddy(buddy);
        return name;
    };
    form->addRow(label(tr("&Language:"), m_language), m_language);
    form->addRow(label(tr("&Theme:"), m_theme), m_theme);
    form->addRow(label(tr("&Export folder:"), m_exportFolder), folderRow);
    form->addRow(QString(), m_folderProblem);
    form->addRow(label(tr("&Rows per page:"), m_rowsPerPage), m_rowsPerPage);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setTabOrder(m_language, m_theme);
    setTabOrder(m_theme, m_exportFolder);
    setTabOrder(m_exportFolder, choose);
    setTabOrder(choose, m_rowsPerPage);
    setTabOrder(m_rowsPerPage, m_buttons);

    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseFolder);
    connect(m_exportFolder, &QLineEdit::textChanged, this, &PreferencesDialog::checkFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(sizeHint().width(), 520), sizeHint().height());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences chosen;
    chosen.language = m_language->currentData().toString();
    chosen.theme = Preferences::Theme(m_theme->currentData().toInt());
    chosen.exportFolder = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    chosen.rowsPerPage = m_rowsPerPage->currentData().toInt();
    return chosen;
}

void PreferencesDialog::chooseFolder()
{
    const QString start = m_exportFolder->text().trimmed().isEmpty() ? QDir::homePath() : m_exportFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Folder"), start);
    if (!folder.isEmpty()) {
        m_exportFolder->setText(QDir::toNativeSeparators(folder));
    }
}

void PreferencesDialog::checkFolder()
{
    const QString folder = m_exportFolder->text().trimmed();
    const bool missing = !folder.isEmpty() && !QFileInfo(QDir::fromNativeSeparators(folder)).isDir();
    m_folderProblem->setText(
        missing ? tr("There is no folder %1; choose one that exists, or leave it empty.").arg(folder) : QString());
    m_folderProblem->setVisible(missing);
    m_exportFolder->setToolTip(m_folderProblem->text());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing);
}

} // namespace Crego::Widgets
