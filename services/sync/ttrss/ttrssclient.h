// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncclient.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace freshet::sync {

class TtRssApi;
struct TtRssReply;

/// A Tiny Tiny RSS account through its JSON API (API level 15 and later; Debian 12 ships
/// tt-rss 21). See SyncClient for the contract: every call answers exactly once, later; calls
/// still running when the client is destroyed answer Cancelled from the destructor.
///
/// tt-rss specifics:
/// - newItems: the cursor is the highest article id synced. tt-rss's API cannot list articles
///   by id, so a sync pages newest-first with `since_id` = cursor and an offset, and only the
///   last page carries the new cursor (earlier pages repeat the old one): a sync cut short
///   starts over from the old cursor and loses nothing. Pages hold at most 200 articles (the
///   server's limit); an article arriving during paging may show up twice.
/// - guid is tt-rss's own guid string (a hash of the feed's guid), stable across syncs.
/// - subscribe: tt-rss's API cannot create categories; a category that does not exist yet
///   leaves the feed uncategorised.
/// - unsubscribe of a feed the server no longer has succeeds (the wanted state holds).
/// - rename: Unsupported (the API has no call for it).
class TtRssClient final : public SyncClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TtRssClient)

public:
    /// The most articles tt-rss returns per getHeadlines call.
    static constexpr int MaxPageSize = 200;
    /// The articles of the newest `updated` time read again every sync for edits.
    static constexpr int RecentItems = 50;
    /// updateArticle ids per request, so no request grows without bound.
    static constexpr int StateChangeBatch = 500;

    explicit TtRssClient(QObject *parent = nullptr);
    ~TtRssClient() override;

    QString protocol() const override;
    void setCredentials(const AccountCredentials &credentials) override;
    void setRequestTimeout(int milliseconds) override;

    void login(SyncCallback<Done> done) override;
    void logout(SyncCallback<Done> done) override;
    void categories(SyncCallback<QList<RemoteCategory>> done) override;
    void feeds(SyncCallback<QList<RemoteFeed>> done) override;
    void newItems(const QString &cursor, const QString &continuation, int pageSize, SyncCallback<ItemPage> done) override;
    void unreadIds(SyncCallback<QStringList> done) override;
    void starredIds(SyncCallback<QStringList> done) override;
    bool publishesArticles() const override;
    void publishedIds(SyncCallback<QStringList> done) override;
    void unreadCounts(SyncCallback<QHash<QString, int>> done) override;
    void unreadIdsOfFeeds(const QStringList &feedIds, SyncCallback<QStringList> done) override;
    void reReadItems(const QString &position, SyncCallback<ReReadItems> done) override;
    bool listsRecentlyRead() const override;
    void recentlyReadIds(SyncCallback<QStringList> done) override;
    void sendStateChanges(const QList<StateChange> &changes, SyncCallback<Done> done) override;
    void markFeedRead(const FeedReadMark &mark, SyncCallback<Done> done) override;
    void subscribe(const QString &feedUrl, const QString &category, SyncCallback<RemoteFeed> done) override;
    void unsubscribe(const QString &feedId, SyncCallback<Done> done) override;
    void rename(const QString &feedId, const QString &title, SyncCallback<Done> done) override;
    void moveFeed(const QString &feedId, const QString &fromCategory, const QString &toCategory, SyncCallback<RemoteFeed> done) override;
    void renameCategory(const QString &from, const QString &to, SyncCallback<Done> done) override;
    void deleteCategory(const QString &name, SyncCallback<Done> done) override;
    void unreadCount(SyncCallback<int> done) override;

private:
    /// Wraps a caller's callback so it runs at most once, and with Cancelled if the client is
    /// destroyed before the answer.
    template <typename T>
    SyncCallback<T> track(SyncCallback<T> done);
    /// Answers `done` on the next event loop pass (calls never answer synchronously).
    template <typename T>
    void answerLater(SyncCallback<T> done, SyncResult<T> result);

    void collectIds(QJsonObject query, int skip, QStringList collected, SyncCallback<QStringList> done);
    void collectUnreadOfFeeds(QStringList feedIds, QStringList collected, SyncCallback<QStringList> done);
    void sendBatches(QList<QJsonObject> batches, SyncCallback<Done> done);
    void fetchFeeds(std::function<void(SyncResult<QList<RemoteFeed>>)> done);
    SyncError categoriesUnsupported() const;
    void subscribeInCategory(const QString &feedUrl, qint64 categoryId, SyncCallback<RemoteFeed> done);
    /// The feed as getFeeds lists it: by id, or by URL when the server gave no id.
    void findSubscribedFeed(qint64 feedId, const QString &feedUrl, SyncCallback<RemoteFeed> done);

    static SyncError errorOf(const TtRssReply &reply);
    static SyncError unreadableAnswer(const QString &message);

    TtRssApi *m_api;
    quint64 m_lastOperation = 0;
    QHash<quint64, std::function<void()>> m_cancellers;
};

} // namespace freshet::sync
