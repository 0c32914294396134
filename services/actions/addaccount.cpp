// SPDX-License-Identifier: MIT
#include "addaccount.h"

#include "accountlogincheck.h"
#include "credentials/credentialstore.h"
#include "network/feedurl.h"
#include "storage/storethread.h"
#include "sync/syncclients.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace freshet::actions {

namespace {

class AddAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::AddAccountMessages)
};

using Done = std::function<void(const Outcome &, const Account &)>;

void answerLater(QObject *context, const Done &done, const Outcome &outcome)
{
    // Every answer comes after addAccount returns, the way the asynchronous ones do.
    QMetaObject::invokeMethod(
        context, [done, outcome] { done(outcome, Account{}); }, Qt::QueuedConnection);
}

void keepPassword(const ActionServices &services, const Account &account, const QString &secret, QObject *context, const Done &done)
{
    StoreThread *store = services.store;
    services.credentials->write(account.credentialKey, secret, context, [store, account, context, done](const Status &kept) {
        if (kept) {
            done(Outcome::done(AddAccountMessages::tr("Added account “%1” (%2 at %3).")
                                   .arg(account.name, sync::protocolDisplayName(account.protocol), account.server)),
                 account);
            return;
        }
        // Without its password the account could never sync: it is not kept half-made.
        store->post([id = account.id](FeedStore &s) { return s.removeAccount(id); }, context,
                    [account, kept, done](const Status &removed) {
                        const QString message = removed ? kept.error()
                                                        : kept.error() + u' '
                                                              + AddAccountMessages::tr("The account “%1” could not be taken out again either (%2): remove it before adding it again.")
                                                                    .arg(account.name, removed.error());
                        done(Outcome::failed(Failure::Keychain, message), Account{});
                    });
    });
}

void store(const ActionServices &services, const NewAccount &wanted, const QString &name, const QString &address, QObject *context,
           const Done &done)
{
    services.store->post([wanted, name, address](FeedStore &s) { return s.addAccount(name, wanted.protocol, address, wanted.user); }, context,
                         [services, secret = wanted.secret, context, done](const Result<Account> &added) {
                             if (!added) {
                                 done(Outcome::failed(Failure::Storage, added.error()), Account{});
                                 return;
                             }
                             keepPassword(services, added.value(), secret, context, done);
                         });
}

} // namespace

Result<QUrl> checkNewAccount(const NewAccount &wanted)
{
    if (!sync::syncProtocols().contains(wanted.protocol)) {
        return Result<QUrl>::failure(
            AddAccountMessages::tr("Unknown protocol “%1”: use %2.").arg(wanted.protocol, sync::syncProtocols().join(u", "_s)));
    }
    Result<QUrl> server = validateFeedUrl(wanted.server.trimmed());
    if (server && wanted.user.trimmed().isEmpty())
        return Result<QUrl>::failure(AddAccountMessages::tr("Give the user name on the server."));
    return server;
}

QString newAccountName(const NewAccount &wanted, const QUrl &server)
{
    const QString typed = wanted.name.trimmed();
    return typed.isEmpty() ? server.host() : typed;
}

QString accountNameTakenMessage(const QString &name)
{
    return AddAccountMessages::tr("There is already an account named “%1”: choose another name.").arg(name);
}

void addAccount(const ActionServices &services, const NewAccount &wanted, QObject *context, Done done)
{
    const Result<QUrl> checked = checkNewAccount(wanted);
    if (!checked) {
        answerLater(context, done, Outcome::failed(Failure::Input, checked.error()));
        return;
    }
    const QUrl server = checked.value();
    const QString name = newAccountName(wanted, server);
    const QString address = server.toString(QUrl::FullyEncoded);
    services.store->post([name](FeedStore &s) { return s.accountByName(name); }, context,
                         [services, wanted, name, address, server, context, done](const Result<std::optional<Account>> &existing) {
                             if (!existing) {
                                 done(Outcome::failed(Failure::Storage, existing.error()), Account{});
                                 return;
                             }
                             if (existing.value()) {
                                 done(Outcome::failed(Failure::Input, accountNameTakenMessage(name)), Account{});
                                 return;
                             }
                             checkAccountLogin(wanted.protocol, server, wanted.user.trimmed(), wanted.secret, context,
                                               [services, wanted, name, address, context, done](const std::optional<QString> &refused) {
                                                   if (refused) {
                                                       done(Outcome::failed(Failure::Server,
                                                                            AddAccountMessages::tr("Could not log in to %1: %2").arg(address, *refused)),
                                                            Account{});
                                                       return;
                                                   }
                                                   NewAccount trimmed = wanted;
                                                   trimmed.user = wanted.user.trimmed();
                                                   store(services, trimmed, name, address, context, done);
                                               });
                         });
}

} // namespace freshet::actions
