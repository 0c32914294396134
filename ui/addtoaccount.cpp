// SPDX-License-Identifier: MIT
#include "addtoaccount.h"

#include "accountlogindialog.h"
#include "accountscontroller.h"
#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"
#include "storage/storethread.h"
#include "sync/subscriptionedit.h"

namespace freshet {

AddToAccount::AddToAccount(const AppServices &services, AccountsController *accounts, const Account &account,
                           const QString &feedUrl, QObject *parent)
    : QObject(parent), m_services(services), m_accounts(accounts), m_account(account), m_feedUrl(feedUrl),
      m_credentials(new CredentialStore(this))
{
}

AddToAccount::~AddToAccount()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_loginWatch))
        disconnect(connection);
}

void AddToAccount::start()
{
    // A server that refused the stored password will refuse it again: ask first.
    if (m_account.loginNeeded)
        askForLogin();
    else
        readSecret();
}

void AddToAccount::readSecret()
{
    emit working(tr("Subscribing to %1 on “%2”…").arg(m_feedUrl, m_account.name));
    m_credentials->read(m_account.credentialKey, this, [this](const Result<QString> &secret) {
        if (!secret)
            return fail(tr("The password of account “%1” could not be read: %2").arg(m_account.name, secret.error()));
        subscribe(secret.value());
    });
}

void AddToAccount::subscribe(const QString &secret)
{
    auto *edit = sync::SubscriptionEdit::subscribe(m_account, secret, m_feedUrl, {}, this);
    connect(edit, &sync::SubscriptionEdit::done, this, &AddToAccount::onAnswer);
}

void AddToAccount::onAnswer(const sync::SyncError &error, const sync::RemoteFeed &feed)
{
    if (error.message.isEmpty())
        return syncThenFind(feed);
    if (error.kind != sync::SyncErrorKind::Login) {
        return fail(tr("“%1” could not subscribe to %2; nothing was added: %3").arg(m_account.name, m_feedUrl, error.message));
    }
    // Marked as a sync marks it, so the account's state says so should the person not log in
    // now; the Log In Again dialog is opened only after, so its clearing comes later in the
    // store thread's order.
    m_services.store->post([id = m_account.id](FeedStore &store) { return store.setAccountLoginNeeded(id, true); }, this,
                           [this](const Status &) { askForLogin(); });
}

void AddToAccount::askForLogin()
{
    emit waitingForLogin();
    m_accounts->logInAgain(m_account);
    AccountLoginDialog *dialog = m_accounts->dialog();
    if (!dialog)
        return fail(tr("The server of “%1” refused its login; log in again in Accounts.").arg(m_account.name));
    m_loginWatch << connect(m_accounts, &AccountsController::loggedInAgain, this, [this](const Account &account) {
        if (account.id != m_account.id)
            return;
        for (const QMetaObject::Connection &connection : std::as_const(m_loginWatch))
            disconnect(connection);
        m_loginWatch.clear();
        m_account.loginNeeded = false;
        readSecret();
    });
    m_loginWatch << connect(dialog, &QDialog::rejected, this, [this] {
        fail(tr("Not subscribed to %1: the server of “%2” needs its password.").arg(m_feedUrl, m_account.name));
    });
}

void AddToAccount::syncThenFind(const sync::RemoteFeed &feed)
{
    emit subscribed(tr("Subscribed to %1 on “%2”; syncing the account…").arg(m_feedUrl, m_account.name));
    // A run already going on is waited for first (AccountsController::syncNow), then ours.
    m_runsToWait = m_services.fetch->isRunning() ? 2 : 1;
    connect(m_services.fetch, &BackgroundFetch::completed, this, [this, remoteId = feed.id] {
        if (m_runsToWait > 0 && --m_runsToWait == 0)
            find(remoteId);
    });
    m_accounts->syncNow(m_account.name);
}

void AddToAccount::find(const QString &remoteId)
{
    m_services.store->post([](FeedStore &store) { return store.feeds(); }, this,
                           [this, remoteId](const Result<QList<Feed>> &feeds) {
                               qint64 found = 0;
                               if (feeds) {
                                   for (const Feed &feed : feeds.value()) {
                                       if (feed.accountId == m_account.id && feed.remoteId == remoteId)
                                           found = feed.id;
                                   }
                               }
                               emit finished(found);
                               deleteLater();
                           });
}

void AddToAccount::fail(const QString &message)
{
    emit failed(message);
    deleteLater();
}

} // namespace freshet
