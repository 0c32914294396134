// SPDX-License-Identifier: MIT
#pragma once

#include "fixtureenv.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUrl>

#include <memory>

/// The real FreshRSS of the CTest fixture `freshrss_server` (tools/freshrss/freshrss-server.sh,
/// registered in tests/CMakeLists.txt): its Google Reader API address and login, the loopback
/// feed server it fetches from, and blocking helpers for a test to act on the server behind a
/// client's back, through the same API. A test using it needs FIXTURES_REQUIRED freshrss_server,
/// RESOURCE_LOCK freshrss_server (one user, shared) and the environment FRESHET_FRESHRSS_STATE_DIR
/// and FRESHET_FRESHRSS_SCRIPT (freshet_needs_freshrss does all three).
///
/// Feeds: feedUrl(n, items) is the feed server's /gen/<n>.xml, which FreshRSS fetches itself.
/// Generated guids depend on n only, so each test program uses its own hundred of the feed
/// server's 1000 feeds (tst_cli_sync_freshrss: 300–399).
class FreshRssServer final
{
    Q_DISABLE_COPY_MOVE(FreshRssServer)

public:
    FreshRssServer() { m_network.setProxy(QNetworkProxy::NoProxy); }

    /// Reads the fixture's env file. False with skipReason() when there is no server to use.
    bool load()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        m_stateDir = environment.value(QStringLiteral("FRESHET_FRESHRSS_STATE_DIR"));
        m_script = environment.value(QStringLiteral("FRESHET_FRESHRSS_SCRIPT"));
        m_skipReason = readFixtureEnv(m_stateDir, m_script, QStringLiteral("FreshRSS"), QStringLiteral("freshrss_server"), &m_values);
        if (!m_skipReason.isEmpty())
            return false;
        m_skipReason = m_values.value(QStringLiteral("FRESHRSS_SKIP_REASON"));
        return m_skipReason.isEmpty() && apiUrl().isValid();
    }

    QString skipReason() const { return m_skipReason; }
    QUrl apiUrl() const { return QUrl(m_values.value(QStringLiteral("FRESHRSS_API_URL"))); }
    QString user() const { return m_values.value(QStringLiteral("FRESHRSS_USER")); }
    QString password() const { return m_values.value(QStringLiteral("FRESHRSS_API_PASSWORD")); }
    QString version() const { return m_values.value(QStringLiteral("FRESHRSS_VERSION")); }
    QUrl feedServerUrl() const { return QUrl(m_values.value(QStringLiteral("FRESHRSS_FEEDSERVER_URL"))); }

    /// Without validators the feed server never answers 304, so a refresh sees the feed as it is.
    QString feedUrl(int feed, int items) const
    {
        return feedServerUrl().resolved(QUrl(QStringLiteral("/gen/%1.xml?items=%2&validators=none").arg(feed).arg(items))).toString();
    }

    /// One call of the Google Reader API in the helper's own session (logged in at first use);
    /// a `form` makes it a POST with the write token. The answer's body, empty on failure.
    QByteArray call(const QString &path, QList<QPair<QString, QString>> form = {})
    {
        if (m_auth.isEmpty()) {
            const QByteArray answer = exchange(request(QStringLiteral("/accounts/ClientLogin")),
                                               formBody({{QStringLiteral("Email"), user()}, {QStringLiteral("Passwd"), password()}}));
            for (const QByteArray &line : answer.split('\n')) {
                if (line.startsWith("Auth="))
                    m_auth = line.mid(5).trimmed();
            }
            if (m_auth.isEmpty())
                return {};
            m_token = exchange(request(QStringLiteral("/reader/api/0/token")), {}, false).trimmed();
        }
        if (form.isEmpty())
            return exchange(request(QStringLiteral("/reader/api/0/") + path), {}, false);
        form.prepend({QStringLiteral("T"), QString::fromLatin1(m_token)});
        return exchange(request(QStringLiteral("/reader/api/0/") + path), formBody(form));
    }

    /// Subscribes the user to `feedUrl` (FreshRSS fetches it at once); its stream id, or empty.
    QString subscribe(const QString &feedUrl)
    {
        const QJsonObject answer =
            QJsonDocument::fromJson(call(QStringLiteral("subscription/quickadd"), {{QStringLiteral("quickadd"), feedUrl}})).object();
        return answer.value(QStringLiteral("streamId")).toString();
    }

    /// The subscriptions' stream ids by feed address.
    QHash<QString, QString> subscriptions()
    {
        QHash<QString, QString> ids;
        const QJsonObject list = QJsonDocument::fromJson(call(QStringLiteral("subscription/list?output=json"))).object();
        for (const QJsonValue &feed : list.value(QStringLiteral("subscriptions")).toArray())
            ids.insert(feed[QStringLiteral("url")].toString(), feed[QStringLiteral("id")].toString());
        return ids;
    }

    /// The category (folder) FreshRSS lists the subscription to `feedUrl` in; empty when it has none.
    QString categoryOf(const QString &feedUrl)
    {
        const QJsonObject list = QJsonDocument::fromJson(call(QStringLiteral("subscription/list?output=json"))).object();
        for (const QJsonValue &feed : list.value(QStringLiteral("subscriptions")).toArray()) {
            if (feed[QStringLiteral("url")].toString() == feedUrl)
                return feed[QStringLiteral("categories")].toArray().first()[QStringLiteral("label")].toString();
        }
        return QStringLiteral("(not subscribed)");
    }

    /// The (decimal) item ids of a stream, optionally without those carrying the tag `exclude`.
    QStringList itemIds(const QString &stream, const QString &exclude = {})
    {
        QString path = QStringLiteral("stream/items/ids?n=10000&s=") + QString::fromUtf8(QUrl::toPercentEncoding(stream));
        if (!exclude.isEmpty())
            path += QStringLiteral("&xt=") + QString::fromUtf8(QUrl::toPercentEncoding(exclude));
        QStringList ids;
        const QJsonObject answer = QJsonDocument::fromJson(call(path)).object();
        for (const QJsonValue &ref : answer.value(QStringLiteral("itemRefs")).toArray())
            ids << ref[QStringLiteral("id")].toString();
        return ids;
    }
    QStringList unreadIds(const QString &stream) { return itemIds(stream, QStringLiteral("user/-/state/com.google/read")); }
    QStringList starredIds() { return itemIds(QStringLiteral("user/-/state/com.google/starred")); }

    /// Puts a state tag on an item (a=) or takes it off (r=), as another device would.
    bool tag(const QString &itemId, const QString &state, bool on)
    {
        return call(QStringLiteral("edit-tag"),
                    {{QStringLiteral("i"), itemId},
                     {on ? QStringLiteral("a") : QStringLiteral("r"), QStringLiteral("user/-/state/com.google/") + state}})
                   .trimmed()
               == "OK";
    }

    /// Has FreshRSS fetch every feed now (through the script's `actualize`).
    bool actualize()
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(m_script, {QStringLiteral("actualize"), m_stateDir});
        return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    /// Item `item` of the feed server's generated feed `feed` edited in place (a new title and
    /// summary, the same id); `redate` moves its date to now too.
    bool edit(int feed, qint64 item, bool redate)
    {
        QNetworkRequest edit(feedServerUrl().resolved(
            QUrl(QStringLiteral("/control/edit?feed=%1&item=%2&redate=%3").arg(feed).arg(item).arg(redate ? 1 : 0))));
        edit.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        return QJsonDocument::fromJson(exchange(edit, {})).object().value(QStringLiteral("edited")).toInt() == 1;
    }

    /// `count` new items in the feed server's generated feed `feed`.
    bool bump(int feed, int count)
    {
        QNetworkRequest bump(feedServerUrl().resolved(QUrl(QStringLiteral("/control/bump?feed=%1&count=%2").arg(feed).arg(count))));
        bump.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        return QJsonDocument::fromJson(exchange(bump, {})).object().value(QStringLiteral("bumped")).toInt() == 1;
    }

    /// The requests php -S logged from byte `from` of its log on whose path contains `part`
    /// (one line each: "… [200]: POST /api/greader.php/reader/api/0/edit-tag").
    int requestsSince(qint64 from, const QString &part) const
    {
        QFile log(m_values.value(QStringLiteral("FRESHRSS_WEB_LOG")));
        if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
            return -1;
        int count = 0;
        while (!log.atEnd()) {
            const QString line = QString::fromUtf8(log.readLine());
            if (line.contains(QStringLiteral("]: ")) && line.contains(part))
                ++count;
        }
        return count;
    }
    qint64 logSize() const { return QFile(m_values.value(QStringLiteral("FRESHRSS_WEB_LOG"))).size(); }

private:
    static QByteArray formBody(const QList<QPair<QString, QString>> &fields)
    {
        QByteArray body;
        for (const auto &[key, value] : fields)
            body += (body.isEmpty() ? "" : "&") + key.toUtf8() + '=' + QUrl::toPercentEncoding(value);
        return body;
    }

    QNetworkRequest request(const QString &path) const
    {
        QNetworkRequest request(QUrl(apiUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!m_auth.isEmpty())
            request.setRawHeader("Authorization", "GoogleLogin auth=" + m_auth);
        return request;
    }

    QByteArray exchange(const QNetworkRequest &request, const QByteArray &body, bool post = true)
    {
        std::unique_ptr<QNetworkReply> reply(post ? m_network.post(request, body) : m_network.get(request));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 120000))
            return {};
        return reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    }

    QNetworkAccessManager m_network;
    QHash<QString, QString> m_values;
    QString m_stateDir;
    QString m_script;
    QString m_skipReason;
    QByteArray m_auth;
    QByteArray m_token;
};
