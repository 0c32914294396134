// SPDX-License-Identifier: MIT
#pragma once

#include "feedreadmark.h"
#include "itemchanges.h"
#include "remotefeed.h"
#include "remoteitem.h"
#include "result.h"
#include "statechange.h"
#include "storeconnection.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace freshet {

/// What a sync account's server said, applied to FeedStore's cache, and the queue of local
/// read/star changes and Mark All as Read waiting to be sent to it (syncrecords.cpp).
class SyncRecords : protected virtual StoreConnection
{
public:
    /// The remote id and address of an account's archive: a feed of this device that holds the
    /// starred articles of feeds gone from the server, until neither starred nor published.
    static const QString archiveFeedId;
    /// Makes the account's feeds what the server lists (added, renamed, moved, gone). A feed
    /// gone takes its articles along but for the starred ones, which move to the account's
    /// archive (made, named archiveTitle, when first needed): tt-rss keeps them and lists them
    /// starred still; a server that drops them no longer lists them starred, and the state
    /// read at the end of the same sync removes them (applyRemoteState).
    /// Answers the local feed id of every remote feed id (never the archive's).
    Result<QHash<QString, qint64>> applyRemoteFeeds(qint64 accountId, const QList<sync::RemoteFeed> &feeds,
                                                    const QString &archiveTitle = QString());
    /// Removes a synced feed unsubscribed from here, its starred articles moved to the
    /// account's archive as applyRemoteFeeds does (tt-rss keeps them); answers how many moved.
    Result<int> removeSyncedFeed(qint64 accountId, qint64 feedId, const QString &archiveTitle);
    /// StoredOnly::Yes: articles re-read to find edits, which must not bring back one this
    /// device no longer keeps.
    enum class StoredOnly { No, Yes };
    /// Inserts new articles and updates changed ones (content hash), in one transaction. Read
    /// and starred follow the server unless a local change to that article is still waiting.
    Result<ItemChanges> applyRemoteItems(qint64 accountId, const QHash<QString, qint64> &feedIds,
                                         const QList<sync::RemoteItem> &items, StoredOnly storedOnly = StoredOnly::No);
    /// Sets read, starred and (where the server has them) published of every synced article of
    /// the account from the server's lists, except articles with a local change still waiting;
    /// an archived article neither starred nor published is removed. Read state only in
    /// readScope's feeds (server feed ids) when given. Answers how many changed.
    Result<int> applyRemoteState(qint64 accountId, const QStringList &unreadIds, const QStringList &starredIds,
                                 const std::optional<QStringList> &readScope = std::nullopt,
                                 const std::optional<QStringList> &publishedIds = std::nullopt);
    /// Marks these synced articles of the account read, as the server has them, except those
    /// with a local read change or Mark All as Read still waiting. Answers how many changed.
    Result<int> applyRemoteReads(qint64 accountId, const QStringList &readIds);
    /// The account's local read/star changes waiting for the server, oldest first.
    Result<QList<sync::StateChange>> pendingStateChanges(qint64 accountId) const;
    /// Forgets the changes the server now has (a change made again since is kept).
    Status clearStateChanges(qint64 accountId, const QList<sync::StateChange> &sent);
    /// The account's Mark All as Read of whole feeds waiting for the server, oldest first. They
    /// go before pendingStateChanges: a change to one item queued after a mark is meant to stay.
    Result<QList<sync::FeedReadMark>> pendingFeedReadMarks(qint64 accountId) const;
    /// Forgets a mark the server now has (the feed marked again since is kept).
    Status clearFeedReadMark(qint64 accountId, const sync::FeedReadMark &sent);
    /// How many changes of both kinds still wait for the account's server.
    Result<int> pendingChangeCount(qint64 accountId) const;

protected:
    SyncRecords() = default;
    ~SyncRecords() = default;
};

} // namespace freshet
