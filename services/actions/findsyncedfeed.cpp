// SPDX-License-Identifier: MIT
#include "findsyncedfeed.h"

#include "storage/storethread.h"

namespace freshet::actions {

void findSyncedFeed(const ActionServices &services, qint64 accountId, const QString &remoteFeedId, QObject *context,
                    std::function<void(const Result<std::optional<Feed>> &)> answered)
{
    services.store->post(
        [accountId, remoteFeedId](FeedStore &store) {
            Result<QList<Feed>> feeds = store.feeds();
            if (!feeds)
                return Result<std::optional<Feed>>::failure(feeds.error());
            for (const Feed &feed : feeds.value()) {
                if (feed.accountId == accountId && feed.remoteId == remoteFeedId)
                    return Result<std::optional<Feed>>::success(feed);
            }
            return Result<std::optional<Feed>>::success(std::nullopt);
        },
        context, std::move(answered));
}

} // namespace freshet::actions
