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

} // namespace

void readSyncedFeedAccount(const ActionServices &services, const Feed &feed, QObject *context,
                           std::function<void(const Account &, const QString &)> ready, std::function<void(const Outcome &)> failed)
{
    CredentialStore *credentials = services.credentials;
    services.store->post([id = feed.accountId](FeedStore &s) { return s.accountById(id); }, context,
                         [credentials, feed, context, ready, failed](const Result<std::optional<Account>> &found) {
        if (!found) {
            failed(Outcome::failed(Failure::Storage, found.error()));
            return;
        }
        if (!found.value()) {
            failed(Outcome::failed(Failure::NotFound, SyncedFeedAccountMessages::tr("The account of %1 is gone.").arg(feed.displayTitle())));
            return;
        }
        const Account account = *found.value();
        if (account.loginNeeded) {
            failed(Outcome::failed(Failure::LoginNeeded,
                                   SyncedFeedAccountMessages::tr("The server of account “%1” refused its login last time; log in to it again first.")
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

} // namespace freshet::actions
