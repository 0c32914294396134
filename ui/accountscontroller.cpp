// SPDX-License-Identifier: MIT
#include "accountscontroller.h"

#include "accountlogindialog.h"
#include "actions/readaccounts.h"
#include "actions/removeaccount.h"
#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"

#include <QMessageBox>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AccountsController::AccountsController(const AppServices &services, QWidget *window)
    : QObject(window), m_services(services), m_window(window), m_actions{services.store, new CredentialStore(this)}
{
    connect(m_services.fetch, &BackgroundFetch::completed, this, &AccountsController::onRunCompleted);
}

void AccountsController::reload()
{
    actions::readAccounts(m_actions, this, [this](const Result<QList<Account>> &accounts) {
        if (!accounts) {
            emit failed(accounts.error());
            return;
        }
        emit accountsRead(accounts.value());
    });
}

void AccountsController::add()
{
    openDialog(Account{});
}

void AccountsController::logInAgain(const Account &account)
{
    openDialog(account);
}

void AccountsController::openDialog(const Account &account)
{
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    m_dialog = new AccountLoginDialog(m_actions, account, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    // The dialog ran the action before it accepted: what is left is what the window shows.
    connect(m_dialog, &QDialog::accepted, this, [this, adding = account.id == 0] {
        const Account done = m_dialog->account();
        if (!adding)
            m_askedThisSession.remove(done.name);
        emit accountsChanged();
        if (!adding)
            emit loggedInAgain(done);
        syncNow(done.name);
    });
    m_dialog->open();
}

void AccountsController::remove(const Account &account)
{
    const auto answer = QMessageBox::question(m_window, tr("Remove Account"),
                                              tr("Remove the account “%1” and its %n feed(s) from this device? Nothing changes on the server.",
                                                 nullptr, account.feedCount)
                                                  .arg(account.name));
    if (answer != QMessageBox::Yes)
        return;
    actions::removeAccount(m_actions, account, this, [this](const actions::Outcome &removed) {
        if (!removed.succeeded()) {
            emit failed(removed.message);
            return;
        }
        if (!removed.warning.isEmpty())
            emit failed(removed.warning);
        emit accountsChanged();
    });
}

void AccountsController::syncNow(const QString &accountName)
{
    FetchScope scope;
    scope.localFeeds = false;
    scope.accountName = accountName;
    if (m_services.fetch->isRunning()) {
        // A run in progress would take this call as joining it, without the account.
        auto *once = new QObject(this);
        connect(m_services.fetch, &BackgroundFetch::completed, once, [this, once, scope] {
            once->deleteLater();
            QMetaObject::invokeMethod(
                this, [this, scope] { m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, scope); }, Qt::QueuedConnection);
        });
        return;
    }
    m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, scope);
}

void AccountsController::onRunCompleted(const FetchRunSummary &summary)
{
    if (!summary.loginNeeded.isEmpty())
        emit accountsChanged();
    for (const QString &name : summary.loginNeeded) {
        if (m_askedThisSession.contains(name) || m_dialog)
            continue;
        m_askedThisSession.insert(name);
        actions::findAccount(m_actions, name, this, [this](const Result<std::optional<Account>> &found) {
            if (found && found.value() && !m_dialog)
                logInAgain(*found.value());
        });
        break; // one dialog at a time; the others are asked after their next refusal
    }
}

} // namespace freshet
