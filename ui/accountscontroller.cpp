// SPDX-License-Identifier: MIT
#include "accountscontroller.h"

#include "accountlogindialog.h"
#include "background/backgroundfetch.h"
#include "credentials/credentialstore.h"
#include "storage/storethread.h"

#include <QMessageBox>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace freshet {

AccountsController::AccountsController(const AppServices &services, QWidget *window)
    : QObject(window), m_services(services), m_window(window), m_credentials(new CredentialStore(this))
{
    connect(m_services.fetch, &BackgroundFetch::completed, this, &AccountsController::onRunCompleted);
}

void AccountsController::reload()
{
    m_services.store->post([](FeedStore &store) { return store.accounts(); }, this, [this](const Result<QList<Account>> &accounts) {
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
    m_dialog = new AccountLoginDialog(account, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QDialog::accepted, this, [this, account] {
        if (account.id == 0)
            saveAdded();
        else
            saveLogin(account);
    });
    m_dialog->open();
}

void AccountsController::saveAdded()
{
    const QString name = m_dialog->accountName();
    const QString protocol = m_dialog->protocol();
    const QString server = m_dialog->server();
    const QString user = m_dialog->user();
    const QString secret = m_dialog->secret();
    m_services.store->post([=](FeedStore &store) { return store.addAccount(name, protocol, server, user); }, this,
                           [this, secret](const Result<Account> &added) {
                               if (!added) {
                                   emit failed(added.error());
                                   return;
                               }
                               const Account account = added.value();
                               m_credentials->write(account.credentialKey, secret, this, [this, account](const Status &kept) {
                                   if (!kept) {
                                       // Without its password the account could never sync.
                                       m_services.store->post([id = account.id](FeedStore &store) { return store.removeAccount(id); },
                                                              this, [](const Status &) {});
                                       emit failed(kept.error());
                                       return;
                                   }
                                   emit accountsChanged();
                                   syncNow(account.name);
                               });
                           });
}

void AccountsController::saveLogin(const Account &account)
{
    const QString secret = m_dialog->secret();
    m_credentials->write(account.credentialKey, secret, this, [this, account](const Status &kept) {
        if (!kept) {
            emit failed(kept.error());
            return;
        }
        m_askedThisSession.remove(account.name);
        m_services.store->post([id = account.id](FeedStore &store) { return store.setAccountLoginNeeded(id, false); }, this,
                               [this, account](const Status &cleared) {
                                   if (!cleared) {
                                       emit failed(cleared.error());
                                       return;
                                   }
                                   emit accountsChanged();
                                   emit loggedInAgain(account);
                                   syncNow(account.name);
                               });
    });
}

void AccountsController::remove(const Account &account)
{
    const auto answer = QMessageBox::question(
        m_window, tr("Remove Account"),
        tr("Remove the account “%1” and its %n feed(s) from this device? Nothing changes on the server.", nullptr, account.feedCount)
            .arg(account.name));
    if (answer != QMessageBox::Yes)
        return;
    m_services.store->post([id = account.id](FeedStore &store) { return store.removeAccount(id); }, this,
                           [this, account](const Status &removed) {
                               if (!removed) {
                                   emit failed(removed.error());
                                   return;
                               }
                               m_credentials->remove(account.credentialKey, this, [this](const Status &forgotten) {
                                   if (!forgotten)
                                       emit failed(tr("The password could not be removed from the keychain: %1").arg(forgotten.error()));
                               });
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
            QMetaObject::invokeMethod(this, [this, scope] {
                m_services.fetch->perform(FetchTrigger::Manual, BackgroundFetch::defaultBudget, scope);
            }, Qt::QueuedConnection);
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
        m_services.store->post([name](FeedStore &store) { return store.accountByName(name); }, this,
                               [this](const Result<std::optional<Account>> &found) {
                                   if (found && found.value() && !m_dialog)
                                       logInAgain(*found.value());
                               });
        break;   // one dialog at a time; the others are asked after their next refusal
    }
}

} // namespace freshet
