// SPDX-License-Identifier: MIT
#include "removeaccount.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class RemoveAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::RemoveAccountMessages)
};

} // namespace

void removeAccount(const ActionServices &services, const Account &account, QObject *context, std::function<void(const Outcome &)> done)
{
    CredentialStore *credentials = services.credentials;
    services.store->post([id = account.id](FeedStore &s) { return s.removeAccount(id); }, context,
                         [credentials, account, context, done](const Status &removed) {
                             if (!removed) {
                                 done(Outcome::failed(Failure::Storage, removed.error()));
                                 return;
                             }
                             const QString message = RemoveAccountMessages::tr("Removed the account “%1” and its %n feed(s) from this device; nothing changed on the server.",
                                                                               nullptr, account.feedCount)
                                                         .arg(account.name);
                             credentials->remove(account.credentialKey, context, [message, done](const Status &forgotten) {
                                 done(forgotten ? Outcome::done(message)
                                                : Outcome::done(message, RemoveAccountMessages::tr("Its password could not be removed from the keychain: %1")
                                                                             .arg(forgotten.error())));
                             });
                         });
}

} // namespace freshet::actions
