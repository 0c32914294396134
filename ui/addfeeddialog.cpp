// SPDX-License-Identifier: MIT
#include "addfeeddialog.h"

#include "folder.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AddFeedDialog::AddFeedDialog(const QList<Account> &accounts, qint64 preferredAccountId, const QStringList &folders,
                             const QString &preferredFolder, QWidget *parent)
    : QDialog(parent), m_address(new QLineEdit(this)), m_folder(new QComboBox(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Add Feed"));
    setObjectName(u"addFeedDialog"_s);
    m_address->setObjectName(u"feedAddress"_s);
    m_address->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    auto *prompt = new QLabel(tr("The address of a feed, or of a web page that has one:"), this);
    prompt->setBuddy(m_address);
    m_message->setObjectName(u"addFeedMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_address);
    layout->addWidget(m_message);

    // Editable: a folder that does not exist yet is made with the feed.
    m_folder->setObjectName(u"addFeedFolder"_s);
    m_folder->setEditable(true);
    m_folder->setInsertPolicy(QComboBox::NoInsert);
    m_folder->addItem(QString());
    m_folder->addItems(folders);
    m_folder->setCurrentText(preferredFolder);
    m_folder->lineEdit()->setPlaceholderText(tr("None"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Folder:"), m_folder);
    layout->addLayout(form);

    for (const Account &account : accounts) {
        if (!account.isLocal())
            m_accounts << account;
    }
    if (!m_accounts.isEmpty()) {
        m_destination = new QComboBox(this);
        m_destination->setObjectName(u"addFeedDestination"_s);
        m_destination->addItem(tr("Local feeds"), localAccountId);
        for (const Account &account : std::as_const(m_accounts))
            m_destination->addItem(account.name, account.id);
        const int preferred = m_destination->findData(preferredAccountId);
        m_destination->setCurrentIndex(preferred >= 0 ? preferred : 0);
        form->insertRow(0, tr("Add &to:"), m_destination);
        // A sync account's folders are its server's: the field is for this device's feeds.
        const auto showFolder = [this, form] { form->setRowVisible(m_folder, !account()); };
        connect(m_destination, &QComboBox::currentIndexChanged, this, showFolder);
        showFolder();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddFeedDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A problem shown is about the address as it was; a new one has not been checked.
    connect(m_address, &QLineEdit::textEdited, m_message, &QLabel::hide);
}

QString AddFeedDialog::address() const
{
    return m_address->text();
}

QString AddFeedDialog::folder() const
{
    return account() ? QString() : Folder::normalized(m_folder->currentText());
}

std::optional<Account> AddFeedDialog::account() const
{
    if (!m_destination)
        return std::nullopt;
    const qint64 id = m_destination->currentData().toLongLong();
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return account;
    }
    return std::nullopt;
}

void AddFeedDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        showMessage(tr("Looking for a feed at %1…").arg(m_address->text().trimmed()));
    } else {
        unsetCursor();
        m_message->hide();
    }
}

void AddFeedDialog::showProblem(const QString &message)
{
    setBusy(false);
    showMessage(message);
    m_address->setFocus();
}

void AddFeedDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    // A wrapped message needs more height than the dialog had; without this its second line
    // was cut in half.
    layout()->activate();
    resize(width(), std::max(height(), heightForWidth(width())));
}

void AddFeedDialog::offerFeeds(const QList<DiscoveredFeed> &feeds, std::function<void(const QUrl &)> chosen)
{
    setBusy(false);
    QStringList names;
    for (const DiscoveredFeed &feed : feeds)
        names << feed.label();
    auto *picker = new QInputDialog(this);
    picker->setObjectName(u"feedChoice"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setWindowTitle(tr("Add Feed"));
    picker->setLabelText(tr("This page offers several feeds:"));
    picker->setComboBoxItems(names);
    picker->setComboBoxEditable(false);
    connect(picker, &QInputDialog::textValueSelected, this, [feeds, names, chosen = std::move(chosen)](const QString &name) {
        const qsizetype index = names.indexOf(name);
        if (index >= 0)
            chosen(feeds.at(index).url);
    });
    picker->open();
}

} // namespace freshet
