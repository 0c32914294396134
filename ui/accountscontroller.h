// SPDX-License-Identifier: MIT
#pragma once

#include "account.h"
#include "actions/actionservices.h"
#include "appservices.h"
#include "fetchrun.h"

#include <QObject>
#include <QPointer>

#include "accountlogindialog.h"
#include <QSet>

class QWidget;

namespace freshet {

class AccountLoginDialog;

/// The window's side of sync accounts: adding one (logged in once, then stored, its password
/// filed in the keychain, then synced), logging in again when a server refused the stored
/// password (asked once per account and session, after the run that found it), removing one,
/// and syncing now. Dialogs are window-modal and never block the event loop; all store work
/// runs on the store thread.
class AccountsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsController)

public:
    AccountsController(const AppServices &services, QWidget *window);

    /// Reads the accounts; accountsRead() answers.
    void reload();
    void add();
    void logInAgain(const Account &account);
    void remove(const Account &account);
    void syncNow(const QString &accountName = {});

    /// The open login dialog, if any (tests fill it as a person would).
    AccountLoginDialog *dialog() const { return m_dialog; }

signals:
    void accountsRead(const QList<freshet::Account> &accounts);
    /// An account was added, removed or logged in again: feed lists refresh.
    void accountsChanged();
    /// The server took the password given again for this account (Log In Again accepted).
    void loggedInAgain(const freshet::Account &account);
    void failed(const QString &message);

private:
    void onRunCompleted(const FetchRunSummary &summary);
    void openDialog(const Account &account);

    AppServices m_services;
    QWidget *m_window;
    actions::ActionServices m_actions;
    QPointer<AccountLoginDialog> m_dialog;
    QSet<QString> m_askedThisSession;
};

} // namespace freshet
