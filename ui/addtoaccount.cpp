// SPDX-License-Identifier: MIT
#include "addtoaccount.h"

#include "accountlogindialog.h"
#include "accountscontroller.h"
#include "actions/findsyncedfeed.h"
#include "actions/subscribeonaccount.h"
#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"

namespace freshet {

AddToAccount::AddToAccount(const AppServices &services, AccountsController *accounts, const Account &account, const QString &feedUrl, QObject *parent)
    : QObject(parent), m_services(services), m_accounts(accounts), m_account(account), m_feedUrl(feedUrl),
      m_credentials(new CredentialStore(this))
{}

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
        subscribe();
}

void AddToAccount::subscribe()
{
    emit working(tr("Subscribing to %1 on “%2”…").arg(m_feedUrl, m_account.name));
    actions::subscribeOnAccount({m_services.store, m_credentials}, m_account, m_feedUrl, {}, this,
                                [this](const actions::Outcome &outcome, const QString &remoteFeedId) {
                                    if (outcome.failure == actions::Failure::LoginNeeded)
                                        return askForLogin();
                                    if (!outcome.succeeded())
                                        return fail(outcome.message);
                                    syncThenFind(remoteFeedId);
                                });
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
        subscribe();
    });
    m_loginWatch << connect(dialog, &QDialog::rejected, this, [this] {
        fail(tr("Not subscribed to %1: the server of “%2” needs its password.").arg(m_feedUrl, m_account.name));
    });
}

void AddToAccount::syncThenFind(const QString &remoteFeedId)
{
    emit subscribed(tr("Subscribed to %1 on “%2”; syncing the account…").arg(m_feedUrl, m_account.name));
    // A run already going on is waited for first (AccountsController::syncNow), then ours.
    m_runsToWait = m_services.fetch->isRunning() ? 2 : 1;
    connect(m_services.fetch, &BackgroundFetch::completed, this, [this, remoteId = remoteFeedId] {
        if (m_runsToWait > 0 && --m_runsToWait == 0)
            find(remoteId);
    });
    m_accounts->syncNow(m_account.name);
}

void AddToAccount::find(const QString &remoteId)
{
    actions::findSyncedFeed({m_services.store, m_credentials}, m_account.id, remoteId, this, [this](const Result<std::optional<Feed>> &feed) {
        emit finished(feed && feed.value() ? feed.value()->id : 0);
        deleteLater();
    });
}

void AddToAccount::fail(const QString &message)
{
    emit failed(message);
    deleteLater();
}

} // namespace freshet
