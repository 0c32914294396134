// SPDX-License-Identifier: MIT
#include "editfeeddialog.h"

#include "folder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

EditFeedDialog::EditFeedDialog(const Feed &feed, const QStringList &folders, QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(feed.url, this)), m_name(new QLineEdit(feed.customTitle, this)),
      m_folder(new QComboBox(this)), m_interval(new QComboBox(this))
{
    setObjectName(u"editFeedDialog"_s);
    setWindowTitle(tr("Edit Feed"));
    m_address->setObjectName(u"editFeedAddress"_s);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_name->setObjectName(u"editFeedName"_s);
    // Empty shows the feed's own title, which follows the feed.
    m_name->setPlaceholderText(feed.ownDisplayTitle());
    m_folder->setObjectName(u"editFeedFolder"_s);
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(Folder::normalized(feed.category));
    m_folder->lineEdit()->setPlaceholderText(tr("None"));
    m_interval->setObjectName(u"editFeedInterval"_s);
    m_interval->addItem(tr("Automatically (as the feed and its new items suggest)"), 0);
    for (int minutes : {15, 30, 60, 120, 240, 720, 1440})
        m_interval->addItem(minutes < 60 ? tr("Every %n minute(s)", nullptr, minutes) : tr("Every %n hour(s)", nullptr, minutes / 60), minutes);
    if (const int chosen = m_interval->findData(feed.refreshMinutes); chosen >= 0)
        m_interval->setCurrentIndex(chosen);
    else {
        m_interval->insertItem(1, tr("Every %n minute(s)", nullptr, feed.refreshMinutes), feed.refreshMinutes);
        m_interval->setCurrentIndex(1);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&Check:"), m_interval);
    auto *login = new QPushButton(tr("Edit &Login…"), this);
    login->setObjectName(u"editFeedLogin"_s);
    connect(login, &QPushButton::clicked, this, &EditFeedDialog::loginWanted);
    form->addRow(QString(), login);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    if (feed.isSynced()) {
        // Its address and schedule are the account's server's; its name and folder change
        // there too (or are refused with where to change them).
        m_address->setEnabled(false);
        m_interval->setEnabled(false);
        login->setEnabled(false);
        auto *note = new QLabel(tr("This feed comes through the account “%1”: its name and folder change on its server too, "
                                   "and its address and schedule are the server's.")
                                    .arg(feed.accountName),
                                this);
        note->setObjectName(u"editFeedSyncedNote"_s);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

FeedEdit EditFeedDialog::edit() const
{
    FeedEdit edit;
    edit.url = m_address->text().trimmed();
    edit.title = m_name->text().simplified();
    edit.folder = Folder::normalized(m_folder->currentText());
    edit.refreshMinutes = m_interval->currentData().toInt();
    return edit;
}

} // namespace freshet
