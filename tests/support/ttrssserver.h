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

/// The real tt-rss server of the CTest fixture `ttrss_server` (tools/ttrss/ttrss-server.sh,
/// registered in tests/services/sync/CMakeLists.txt): its address and login, the loopback feed
/// server it fetches from, and blocking helpers for a test to act on the server behind a
/// client's back. A test using it needs FIXTURES_REQUIRED ttrss_server and RESOURCE_LOCK
/// ttrss_server (one account, shared), and the environment FRESHET_TTRSS_STATE_DIR and
/// FRESHET_TTRSS_SCRIPT.
///
/// Feeds: feedUrl(n, items) is the feed server's /gen/<n>.xml as tt-rss fetches it (through
/// the feed server as its proxy, without validators so an update always sees the current
/// content). Generated guids depend on n only, so each test program uses its own hundred of
/// the feed server's 1000 feeds (tst_ttrssclient: 100–199).
class TtRssServer final
{
    Q_DISABLE_COPY_MOVE(TtRssServer)

public:
    TtRssServer() { m_network.setProxy(QNetworkProxy::NoProxy); }

    /// Reads the fixture's env file. False with skipReason() when there is no server to use.
    bool load()
    {
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        m_stateDir = environment.value(QStringLiteral("FRESHET_TTRSS_STATE_DIR"));
        m_script = environment.value(QStringLiteral("FRESHET_TTRSS_SCRIPT"));
        m_skipReason = readFixtureEnv(m_stateDir, m_script, QStringLiteral("tt-rss"), QStringLiteral("ttrss_server"), &m_values);
        if (!m_skipReason.isEmpty())
            return false;
        m_skipReason = m_values.value(QStringLiteral("TTRSS_SKIP_REASON"));
        return m_skipReason.isEmpty() && url().isValid();
    }

    QString skipReason() const { return m_skipReason; }
    QUrl url() const { return QUrl(m_values.value(QStringLiteral("TTRSS_URL"))); }
    QString user() const { return m_values.value(QStringLiteral("TTRSS_USER")); }
    QString password() const { return m_values.value(QStringLiteral("TTRSS_PASSWORD")); }
    QUrl feedServerUrl() const { return QUrl(m_values.value(QStringLiteral("TTRSS_FEEDSERVER_URL"))); }

    QString feedUrl(int feed, int items, const QString &extraQuery = {}) const
    {
        return QStringLiteral("http://%1/gen/%2.xml?items=%3&validators=none%4")
            .arg(m_values.value(QStringLiteral("TTRSS_FEED_HOST")))
            .arg(feed)
            .arg(items)
            .arg(extraQuery.isEmpty() ? QString() : u'&' + extraQuery);
    }

    /// One API call in the helper's own session (logged in at first use); the whole answer,
    /// or an empty object when there was none.
    QJsonObject api(const QString &op, QJsonObject params = {})
    {
        if (m_sessionId.isEmpty() && op != QLatin1String("login")) {
            const QJsonObject login = api(QStringLiteral("login"),
                                          {{QStringLiteral("user"), user()}, {QStringLiteral("password"), password()}});
            m_sessionId = login.value(QStringLiteral("content")).toObject().value(QStringLiteral("session_id")).toString();
        }
        params.insert(QStringLiteral("op"), op);
        if (op != QLatin1String("login"))
            params.insert(QStringLiteral("sid"), m_sessionId);
        QNetworkRequest request(url().resolved(QUrl(QStringLiteral("api/"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return QJsonDocument::fromJson(exchange(request, QJsonDocument(params).toJson())).object();
    }

    /// The content of a successful API call; an undefined value otherwise.
    QJsonValue content(const QString &op, const QJsonObject &params = {})
    {
        const QJsonObject answer = api(op, params);
        return answer.value(QStringLiteral("status")).toInt(-1) == 0 ? answer.value(QStringLiteral("content"))
                                                                     : QJsonValue(QJsonValue::Undefined);
    }

    /// Forgets the helper's own session (e.g. after the server's sessions were deleted).
    void dropSession() { m_sessionId.clear(); }

    /// Subscribes the helper's account to `feedUrl` and has tt-rss fetch it now; the feed id, or 0.
    qint64 subscribeAndUpdate(const QString &feedUrl, qint64 categoryId = 0)
    {
        const QJsonObject status = content(QStringLiteral("subscribeToFeed"),
                                           {{QStringLiteral("feed_url"), feedUrl}, {QStringLiteral("category_id"), categoryId}})
                                       .toObject()
                                       .value(QStringLiteral("status"))
                                       .toObject();
        const qint64 feedId = status.value(QStringLiteral("feed_id")).toInteger();
        if (feedId > 0 && !update(feedId))
            return 0;
        return feedId;
    }

    /// Unsubscribes the account from every feed, so a test that counts what a whole-account
    /// sync brings does not count what tests before it subscribed to (they share the account,
    /// and CTest may run them in either order). False if any is left.
    bool unsubscribeAll()
    {
        const QJsonValue feeds = content(QStringLiteral("getFeeds"), {{QStringLiteral("cat_id"), -3}});
        if (!feeds.isArray())
            return false;
        for (const QJsonValue &feed : feeds.toArray())
            content(QStringLiteral("unsubscribeFeed"), {{QStringLiteral("feed_id"), feed[QStringLiteral("id")]}});
        return content(QStringLiteral("getFeeds"), {{QStringLiteral("cat_id"), -3}}).toArray().isEmpty();
    }

    /// Has tt-rss fetch one feed now.
    bool update(qint64 feedId) { return content(QStringLiteral("updateFeed"), {{QStringLiteral("feed_id"), feedId}}).isObject(); }

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
        QNetworkRequest request(feedServerUrl().resolved(QUrl(QStringLiteral("/control/bump?feed=%1&count=%2").arg(feed).arg(count))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
        return QJsonDocument::fromJson(exchange(request, {})).object().value(QStringLiteral("bumped")).toInt() == 1;
    }

    /// Runs SQL in tt-rss's database (through the script's `sql` command).
    bool sql(const QString &statement)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedChannels);
        process.start(m_script, {QStringLiteral("sql"), m_stateDir, statement});
        return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    /// The size of php -S's log, and the API requests it logged from byte `from` on (one line
    /// each: "… [200]: POST /api/").
    qint64 webLogSize() const { return QFile(m_stateDir + QStringLiteral("/web.log")).size(); }
    int apiRequestsSince(qint64 from) const
    {
        QFile log(m_stateDir + QStringLiteral("/web.log"));
        if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
            return -1;
        int count = 0;
        while (!log.atEnd()) {
            if (log.readLine().contains("]: POST /api/"))
                ++count;
        }
        return count;
    }

private:
    QByteArray exchange(const QNetworkRequest &request, const QByteArray &body)
    {
        std::unique_ptr<QNetworkReply> reply(m_network.post(request, body));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 120000))
            return {};
        return reply->readAll();
    }

    QNetworkAccessManager m_network;
    QHash<QString, QString> m_values;
    QString m_stateDir;
    QString m_script;
    QString m_skipReason;
    QString m_sessionId;
};
