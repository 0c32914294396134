// SPDX-License-Identifier: MIT
#pragma once

#include "feed.h"
#include "result.h"
#include "storeconnection.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace freshet {

/// What Edit Feed changes about a feed of this device, all at once.
struct FeedEdit
{
    QString url;
    QString title;          ///< the person's name for it; empty: its own title
    QString folder;         ///< "/" nests; empty: none
    int refreshMinutes = 0; ///< its own interval; 0: adaptive
};

/// FeedStore's feeds and their folders (a feed's category): subscribing, naming, removing, and
/// reading them back for the list and for a refresh (feedrecords.cpp, feedtitles.cpp).
class FeedRecords : protected virtual StoreConnection
{
public:
    Result<Feed> addFeed(const QString &url, const QString &category = {}, const QString &title = {});
    Status removeFeed(qint64 feedId);
    /// A local feed's address, name, folder and interval, in one transaction. A new address is
    /// asked at once (what was learned about the old one, its cache validators, is dropped); a
    /// new interval moves the next check no later than one interval from now. Refused when
    /// another feed has that address.
    Status editFeed(qint64 feedId, const FeedEdit &edit);
    /// Gives the feed a name of the person's choosing, kept apart from its own title so no fetch
    /// or sync overwrites it; an empty title shows the feed's own title again.
    Status renameFeed(qint64 feedId, const QString &title);
    /// A synced feed's server renamed it: the server's title is now this, and no name of this
    /// device's own hides it. Here rather than with the rest of sync (SyncRecords): it is the
    /// other half of renameFeed, the same one-feed update.
    Status storeServerTitle(qint64 feedId, const QString &title);
    /// The local account's feed at this address (the one `add` would duplicate).
    Result<std::optional<Feed>> localFeedByUrl(const QString &url) const;
    /// Every feed at one of these addresses, whichever account holds it, local account first.
    Result<QList<Feed>> feedsByUrl(const QStringList &urls) const;
    Result<std::optional<Feed>> feedById(qint64 feedId) const;
    Result<QList<Feed>> feeds() const;
    /// Only these feeds, in no particular order.
    Result<QList<Feed>> feeds(const QList<qint64> &feedIds) const;
    /// The feeds a background fetch should ask, likeliest to have news first: never fetched,
    /// then most recently active. all: every enabled feed, due or not; urls: only those.
    Result<QList<Feed>> feedsToRefresh(const QDateTime &now, bool all, const QStringList &urls) const;

protected:
    FeedRecords() = default;
    ~FeedRecords() = default;
};

} // namespace freshet
