// SPDX-License-Identifier: MIT
#include "syncedfeedaccount.h"

#include "credentials/credentialstore.h"
#include "storage/storethread.h"

#include <QCoreApplication>

namespace freshet {

namespace {

class SyncedFeedAccountMessages
{
    Q_DECLARE_TR_FUNCTIONS(freshet::SyncedFeedAccountMessages)
};

} // namespace

void readSyncedFeedAccount(StoreThread *store, CredentialStore *credentials, const Feed &feed, QObject *context,
                           std::function<void(const Account &, const QString &)> ready, std::function<void(const QString &)> failed)
{
    store->post([id = feed.accountId](FeedStore &s) { return s.accountById(id); }, context,
                [credentials, feed, context, ready, failed](const Result<std::optional<Account>> &found) {
        if (!found || !found.value()) {
            failed(found ? SyncedFeedAccountMessages::tr("The account of %1 is gone.").arg(feed.displayTitle()) : found.error());
            return;
        }
        const Account account = *found.value();
        credentials->read(account.credentialKey, context, [account, ready, failed](const Result<QString> &secret) {
            if (!secret) {
                failed(SyncedFeedAccountMessages::tr("The password of account “%1” could not be read: %2").arg(account.name, secret.error()));
                return;
            }
            ready(account, secret.value());
        });
    });
}

} // namespace freshet
