// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "appservices.h"

#include <QObject>
#include <QPointer>

namespace freshet {

class AccountsController;
class CredentialStore;

/// Subscribes a sync account to a feed from the window: the subscription on its server
/// (actions::subscribeOnAccount, as `freshet add --account` does), then a sync of that account,
/// which brings the feed and its articles. Nothing
/// local changes unless the server subscribed. A refused login opens the account's Log In Again
/// dialog and, once the server takes the new password, tries again.
///
/// Everything is asynchronous on the GUI thread. One-shot: it deletes itself after failed()
/// or finished().
class AddToAccount final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddToAccount)

public:
    AddToAccount(const AppServices &services, AccountsController *accounts, const Account &account, const QString &feedUrl, QObject *parent);
    ~AddToAccount() override;

    void start();

signals:
    /// Talking to the server: the person waits (busy) and reads what for.
    void working(const QString &message);
    /// The account's login dialog is open; nothing runs until it is answered.
    void waitingForLogin();
    /// Nothing was subscribed and nothing changed here.
    void failed(const QString &message);
    /// The server lists the feed; the account's sync has been asked for.
    void subscribed(const QString &message);
    /// After that sync: the feed's id in the feed list, or 0 when the sync did not bring it.
    void finished(qint64 feedId);

private:
    void subscribe();
    void askForLogin();
    void syncThenFind(const QString &remoteFeedId);
    void find(const QString &remoteId);
    void fail(const QString &message);

    AppServices m_services;
    AccountsController *m_accounts;
    Account m_account;
    QString m_feedUrl;
    CredentialStore *m_credentials;
    QList<QMetaObject::Connection> m_loginWatch;
    int m_runsToWait = 0;
};

} // namespace freshet
