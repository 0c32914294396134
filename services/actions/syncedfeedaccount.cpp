// SPDX-License-Identifier: MIT
#include "syncedfeedaccount.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet::actions {

namespace {

class SyncedFeedAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SyncedFeedAccountMessages)
};

void readLogin(const ActionServices &services, qint64 accountId, const QString &goneMessage, QObject *context,
               std::function<void(const Account &, const QString &)> ready, std::function<void(const Outcome &)> failed)
{
    CredentialStore *credentials = services.credentials;
    services.store->post([accountId](FeedStore &s) { return s.accountById(accountId); }, context,
                         [credentials, goneMessage, context, ready, failed](const Result<std::optional<Account>> &found) {
                             if (!found) {
                                 failed(Outcome::failed(Failure::Storage, found.error()));
                                 return;
                             }
                             if (!found.value()) {
                                 failed(Outcome::failed(Failure::NotFound, goneMessage));
                                 return;
                             }
                             const Account account = *found.value();
                             if (account.loginNeeded) {
                                 failed(Outcome::failed(Failure::LoginNeeded, SyncedFeedAccountMessages::tr("The server of account “%1” refused its login last time; log in to it again first.")
                                                                                  .arg(account.name)));
                                 return;
                             }
                             credentials->read(account.credentialKey, context, [account, ready, failed](const Result<QString> &secret) {
                                 if (!secret) {
                                     failed(Outcome::failed(Failure::Keychain, SyncedFeedAccountMessages::tr("The password of account “%1” could not be read: %2")
                                                                                   .arg(account.name, secret.error())));
                                     return;
                                 }
                                 ready(account, secret.value());
                             });
                         });
}

} // namespace

void readSyncedFeedAccount(const ActionServices &services, const Feed &feed, QObject *context,
                           std::function<void(const Account &, const QString &)> ready, std::function<void(const Outcome &)> failed)
{
    readLogin(services, feed.accountId, SyncedFeedAccountMessages::tr("The account of %1 is gone.").arg(feed.displayTitle()),
              context, std::move(ready), std::move(failed));
}

void readAccountLogin(const ActionServices &services, qint64 accountId, QObject *context,
                      std::function<void(const Account &, const QString &)> ready, std::function<void(const Outcome &)> failed)
{
    readLogin(services, accountId, SyncedFeedAccountMessages::tr("The account is gone."), context, std::move(ready), std::move(failed));
}

} // namespace freshet::actions
