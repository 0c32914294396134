// SPDX-License-Identifier: MIT
#pragma once

#include "sync/syncclient.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace freshet::sync {

/// One answer of the tt-rss JSON API: its content, or why there is none.
struct TtRssReply
{
    std::optional<SyncError> error;
    QString apiError; ///< the API's own error code when it refused ("FEED_NOT_FOUND"); else empty
    QJsonValue content;

    bool ok() const { return !error.has_value(); }
};

/// The tt-rss JSON API (POST {"op": …, "sid": …} to <server>/api/) over a
/// QNetworkAccessManager of its own, with the session: it logs in when it has no session id,
/// and once more, then repeats the call, when the server says the session is gone.
/// Concurrent calls that need a login share one. Handlers run later on this object's thread,
/// exactly once each, and never after the object is destroyed (in-flight requests are aborted
/// silently). Error messages never contain the password or the session id.
class TtRssApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TtRssApi)

public:
    using Handler = std::function<void(TtRssReply)>;

    /// Answers larger than this are refused: a page of 200 articles with content is far smaller.
    static constexpr qint64 MaxAnswerBytes = 64 * 1024 * 1024;

    explicit TtRssApi(QObject *parent = nullptr);
    ~TtRssApi() override;

    /// Drops the session when the server or user changes.
    void setCredentials(const AccountCredentials &credentials);
    void setRequestTimeout(int milliseconds);

    /// Opens a new session, also when one is open.
    void login(Handler done);
    /// Ends the session, if there is one.
    void logout(Handler done);
    /// Calls `op` with `params` in the session, logging in first when there is none.
    void call(const QString &op, const QJsonObject &params, Handler done);
    /// Aborts every request without answering it, and drops calls made from now on unanswered:
    /// for an owner that is being destroyed and answers its callers itself.
    void close();

private:
    using SessionHandler = std::function<void(std::optional<SyncError>)>;

    void callInSession(const QString &op, const QJsonObject &params, bool mayLogInAgain, Handler done);
    void withSession(SessionHandler next);
    void startLogin();
    void post(const QJsonObject &body, Handler done);
    TtRssReply readReply(QNetworkReply *reply) const;
    QUrl apiUrl() const;
    SyncError loginError(const QString &apiError) const;

    QNetworkAccessManager *m_network;
    AccountCredentials m_credentials;
    int m_timeoutMs = 30000;
    QString m_sessionId;
    QList<SessionHandler> m_loginWaiters;
    bool m_closed = false;
};

} // namespace freshet::sync
