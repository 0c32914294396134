// SPDX-License-Identifier: MIT
#pragma once

#include "sync/greader/greaderjson.h"
#include "sync/syncclient.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPair>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkReply;

namespace freshet::sync {

/// SyncClient for the Google Reader API as FreshRSS, Miniflux, Inoreader and others serve it.
/// `credentials.server` is the API base (FreshRSS: https://host/api/greader.php); the client
/// appends /accounts/ClientLogin and /reader/api/0/…
///
/// Sessions: ClientLogin's Auth token goes in every call; the write token T is fetched when a
/// call that changes something first needs it. A 401 that says the write token is stale fetches
/// a new one and repeats the call once; any other 401 logs in again once and repeats it.
/// Concurrent calls share one login and one token fetch. Redirects are followed only on the
/// origin of `credentials.server` and never from https to http: the password and tokens go
/// nowhere else.
class GoogleReaderClient final : public SyncClient
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoogleReaderClient)

public:
    explicit GoogleReaderClient(QObject *parent = nullptr);
    /// Answers every call still running with Cancelled.
    ~GoogleReaderClient() override;

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

    /// Largest answer body accepted; bigger ones fail as Protocol.
    static constexpr qint64 MaxResponseBytes = 64 * 1024 * 1024;
    /// Most items asked for per page (servers cap n at about this).
    static constexpr int MaxPageSize = 1000;
    /// Most ids asked for per page of stream/items/ids: ids are small, and every sync lists the
    /// unread ones (Google Reader allowed 10,000; a server that caps lower sends a continuation).
    static constexpr int IdPageSize = 10000;
    /// The newest articles of the reading list read again every sync for edits.
    static constexpr int RecentItems = 300;
    /// The older articles read again every sync, a slice further each time: 50k articles take
    /// 100 syncs, about four days of hourly syncs.
    static constexpr int RollingSliceItems = 500;

private:
    /// One API request, described before the session details are known.
    struct ApiRequest
    {
        QByteArray method = "GET";
        QString path; ///< after the API base, e.g. "/reader/api/0/tag/list"
        QUrlQuery query;
        QList<QPair<QString, QString>> form; ///< POST body fields
        bool write = false;                  ///< needs the write token T
        enum class Kind {
            Api,     ///< an API call in a session
            Session, ///< login(): only make sure a session exists
            Nothing, ///< no request at all (logout, no changes): success on the next turn
        } kind = Kind::Api;
    };
    using BodyCallback = std::function<void(SyncResult<QByteArray>)>;

    /// A call in progress: its request, its callback, and which recoveries it has used.
    struct Call
    {
        ApiRequest request;
        BodyCallback done;
        bool reloggedIn = false;
        bool tokenRefreshed = false;
        QByteArray sentAuth;
        QByteArray sentToken;
        QPointer<QNetworkReply> reply;
    };

    /// What one HTTP exchange came to: a body, or an error already mapped for people.
    struct Outcome
    {
        int status = 0;
        QByteArray body;
        bool badToken = false;
        std::optional<SyncError> error;
    };

    void start(ApiRequest request, BodyCallback done);
    void advance(quint64 id);
    void send(quint64 id);
    void onCallFinished(quint64 id, QNetworkReply *reply);
    void finish(quint64 id, SyncResult<QByteArray> result);

    void waitForLogin(quint64 id);
    void startLogin();
    void onLoginFinished(QNetworkReply *reply);
    void waitForToken(quint64 id);
    void startTokenFetch();
    void onTokenFinished(QNetworkReply *reply);
    /// A call whose session was refused: log in again once, else it fails with Login.
    void retryWithNewSession(quint64 id, QByteArray refusedAuth);

    QNetworkRequest networkRequest(const QString &path, const QUrlQuery &query, bool authenticated) const;
    void watch(QNetworkReply *reply);
    Outcome outcomeOf(QNetworkReply *reply) const;

    /// One page of the reading list, newest first, from `continuation` (empty: the newest).
    void readNewestFirst(const QString &continuation, int count, SyncCallback<greader::StreamPage> done);
    void collectUnreadOfFeeds(QStringList feedIds, QStringList collected, SyncCallback<QStringList> done);
    void collectIds(const QString &stream, const QString &exclude, std::shared_ptr<QStringList> ids, const QString &continuation,
                    int pages, SyncCallback<QStringList> done);
    void sendEditTagBatches(std::shared_ptr<QList<ApiRequest>> batches, SyncCallback<Done> done);
    void editSubscription(QList<QPair<QString, QString>> form, SyncCallback<Done> done);
    /// A write the server answers with a bare "OK" (subscription/edit, rename-tag, disable-tag).
    void postForOk(const QString &endpoint, QList<QPair<QString, QString>> form, SyncCallback<Done> done);

    /// A redirect from `from` to `to` that was not followed: it left https or the account's origin.
    SyncError redirectRefused(const QUrl &from, const QUrl &to, int status) const;
    SyncError protocolError() const;
    SyncError loginRefused() const;
    SyncError cancelled() const;

    QNetworkAccessManager m_network;
    AccountCredentials m_credentials;
    int m_timeoutMs = 30000;
    QByteArray m_auth;
    QByteArray m_writeToken;
    std::map<quint64, Call> m_calls;
    quint64 m_lastCallId = 0;
    QList<quint64> m_waitingForLogin;
    QList<quint64> m_waitingForToken;
    QPointer<QNetworkReply> m_loginReply;
    QPointer<QNetworkReply> m_tokenReply;
    QByteArray m_tokenAuth; ///< the session the token fetch in flight asks for
    bool m_destroying = false;
};

} // namespace freshet::sync
