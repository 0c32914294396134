// SPDX-License-Identifier: MIT
#include "accountsdialog.h"

#include "accountscontroller.h"
#include "sync/syncclients.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AccountsDialog::AccountsDialog(AccountsController *controller, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_list(new QTreeWidget(this)), m_message(new QLabel(this)),
      m_logIn(new QPushButton(tr("&Log In Again…"), this)), m_sync(new QPushButton(tr("&Sync Now"), this)),
      m_remove(new QPushButton(tr("&Remove…"), this))
{
    setWindowTitle(tr("Accounts"));
    setObjectName(u"accountsDialog"_s);
    resize(900, 340);
    m_list->setObjectName(u"accountList"_s);
    m_list->setAccessibleName(tr("Accounts"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Service"), tr("Server"), tr("State")});
    m_list->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(u"addAccount"_s);
    m_logIn->setObjectName(u"logInAgain"_s);
    m_sync->setObjectName(u"syncNow"_s);
    m_remove->setObjectName(u"removeAccount"_s);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {add, m_logIn, m_sync, m_remove})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Feeds of a sync account come from its server, which fetches them; read and starred "
                                    "state is shared with every device that uses it."),
                                 this));
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, m_controller, &AccountsController::add);
    connect(m_logIn, &QPushButton::clicked, this, [this] {
        if (const Account *account = selected())
            m_controller->logInAgain(*account);
    });
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (const Account *account = selected()) {
            m_controller->syncNow(account->name);
            m_message->setText(tr("Syncing “%1”…").arg(account->name));
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const Account *account = selected())
            m_controller->remove(*account);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AccountsDialog::updateButtons);
    connect(m_controller, &AccountsController::accountsRead, this, &AccountsDialog::show);
    connect(m_controller, &AccountsController::accountsChanged, m_controller, &AccountsController::reload);
    connect(m_controller, &AccountsController::failed, m_message, &QLabel::setText);
    m_controller->reload();
    updateButtons();
}

void AccountsDialog::show(const QList<Account> &accounts)
{
    const QString current = selected() ? selected()->name : QString();
    m_accounts.clear();
    m_list->clear();
    for (const Account &account : accounts) {
        if (account.isLocal())
            continue;
        QString state;
        if (account.loginNeeded)
            state = tr("The server refused the login: log in again");
        else if (!account.lastSyncError.isEmpty())
            state = tr("Last sync failed: %1").arg(account.lastSyncError);
        else if (account.lastSyncAt.isValid())
            state = tr("Synced %1; %2 feeds, %3 unread")
                        .arg(QLocale().toString(account.lastSyncAt.toLocalTime(), QLocale::ShortFormat))
                        .arg(account.feedCount)
                        .arg(account.unreadCount);
        else
            state = tr("Not synced yet");
        if (account.pendingChanges > 0)
            state += u"; "_s + tr("%n change(s) waiting to be sent", nullptr, account.pendingChanges);
        auto *row = new QTreeWidgetItem(m_list, {account.name, sync::protocolDisplayName(account.protocol), account.server, state});
        row->setToolTip(3, state);
        m_accounts << account;
        if (account.name == current)
            m_list->setCurrentItem(row);
    }
    if (m_accounts.isEmpty())
        m_message->setText(tr("No sync accounts yet. Add one to read the feeds of your Tiny Tiny RSS, FreshRSS or Miniflux "
                              "account here."));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = 0; column < 3; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

const Account *AccountsDialog::selected() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

void AccountsDialog::updateButtons()
{
    const bool any = selected() != nullptr;
    m_logIn->setEnabled(any);
    m_sync->setEnabled(any);
    m_remove->setEnabled(any);
}

} // namespace freshet
