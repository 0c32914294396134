// SPDX-License-Identifier: MIT
#pragma once

#include "requesthandler.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

class FeedFetcher;
class FormBody;
class ItemStore;
struct ItemFilter;
struct StoredItem;

/// The account the server knows and how much it serves per page.
struct ApiOptions
{
    QString user = QStringLiteral("freshet");
    QString password = QStringLiteral("secret");
    int maxPageSize = 1000; ///< `n` above this is lowered to it
};

/// What /control/stats reports about the API itself.
struct ApiCounters
{
    QMap<QString, qint64> calls; ///< per endpoint ("ClientLogin", "edit-tag", "stream/contents", …)
    qint64 failedLogins = 0;
    qint64 unauthorized = 0;   ///< 401 for a missing, unknown or expired session
    qint64 badWriteTokens = 0; ///< 401 with X-Reader-Google-Bad-Token
};

/// The Google Reader API as FreshRSS serves it under /api/greader.php: sessions, write tokens,
/// streams, state changes, subscriptions. Every protocol decision lives in greaderapi.cpp.
class GoogleReaderApi final
{
    Q_DISABLE_COPY_MOVE(GoogleReaderApi)

public:
    /// The path prefix FreshRSS serves the API under; clients are given base URL + this.
    static constexpr QStringView BasePath = u"/api/greader.php";

    GoogleReaderApi(ApiOptions options, ItemStore &store, FeedFetcher &fetcher);

    static bool handles(const QString &path);
    void handle(const HttpRequest &request, const RequestHandler::Respond &respond);

    /// Every auth token stops working (a server restart, a session timeout).
    void expireSessions();
    /// Another device subscribes to url just before the next reading-list request is answered:
    /// between a client's subscription list and its articles.
    void subscribeBeforeNextItems(const QString &url) { m_subscribeBeforeItems = url; }
    /// Every write token (T) stops working; sessions stay.
    void rotateWriteTokens();
    /// The user's password changes; as on FreshRSS this ends every session.
    void setPassword(const QString &password);

    const ApiCounters &counters() const { return m_counters; }
    void resetCounters() { m_counters = {}; }

    /// Reads an item id in either of the protocol's forms (long hex or short decimal).
    static std::optional<qint64> parseItemId(const QString &text);

private:
    struct Session
    {
        QByteArray writeToken;
    };

    HttpResponse clientLogin(const HttpRequest &request);
    void reader(const HttpRequest &request, const QString &endpoint, const RequestHandler::Respond &respond);
    std::optional<QByteArray> sessionOf(const HttpRequest &request) const;
    bool writeTokenValid(const QByteArray &auth, const FormBody &form) const;

    HttpResponse userInfo() const;
    HttpResponse tagList(const HttpRequest &request) const;
    HttpResponse subscriptionList(const HttpRequest &request) const;
    HttpResponse unreadCount(const HttpRequest &request) const;
    HttpResponse streamContents(const HttpRequest &request, const QString &streamId) const;
    HttpResponse streamItemIds(const HttpRequest &request) const;
    HttpResponse streamItemContents(const HttpRequest &request, const FormBody &form) const;
    HttpResponse editTag(const FormBody &form);
    HttpResponse markAllAsRead(const FormBody &form);
    HttpResponse renameTag(const FormBody &form);
    HttpResponse disableTag(const FormBody &form);
    void subscriptionEdit(const FormBody &form, const RequestHandler::Respond &respond);
    void quickAdd(const QString &url, const RequestHandler::Respond &respond);
    void addFeed(const QString &url, const QString &title, const QString &label,
                 std::function<void(std::optional<qint64> subscriptionId, QString error)> done);

    std::optional<ItemFilter> streamFilter(const QString &streamId) const;
    std::optional<ItemFilter> listingFilter(const HttpRequest &request, const QString &streamId) const;
    int pageSize(const HttpRequest &request) const;
    std::optional<qint64> feedIdOf(const QString &streamId) const;
    QString labelOf(const QString &streamId) const;
    QJsonObject itemJson(const StoredItem &item) const;

    ApiOptions m_options;
    ItemStore &m_store;
    FeedFetcher &m_fetcher;
    QHash<QByteArray, Session> m_sessions; ///< by auth token
    ApiCounters m_counters;
    QString m_subscribeBeforeItems;
};
