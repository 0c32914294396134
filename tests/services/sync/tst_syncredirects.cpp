// SPDX-License-Identifier: MIT
// Both sync clients meeting redirects with every form of Location RFC 9110 allows (absolute,
// absolute path, relative, scheme-relative), against canned answers on loopback: tt-rss names
// the address its API moved to, Google Reader follows the move (307/308 keep the POST). And the
// account's password, session token and write token go only to the origin of its server address:
// a second server on another port records everything it is sent.
#include "localhosttls.h"
#include "routedserver.h"
#include "sync/greader/greaderclient.h"
#include "sync/ttrss/ttrssapi.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QtTest>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace freshet::sync;

namespace {

template <typename Answer, typename Start>
std::optional<Answer> await(Start start)
{
    std::optional<Answer> answer;
    start([&answer](Answer given) { answer.emplace(std::move(given)); });
    const QDeadlineTimer deadline(15000);
    while (!answer && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return answer;
}

/// The Location a server would write for `target` on `server`, in the row's form.
QByteArray location(const QString &form, const RoutedServer &server, const QByteArray &target, const QByteArray &relative)
{
    if (form == u"absolute"_s)
        return server.url(QString::fromLatin1(target)).toEncoded();
    if (form == u"scheme-relative"_s)
        return "//127.0.0.1:" + QByteArray::number(server.port()) + target;
    return form == u"relative"_s ? relative : target;
}

/// Every request head and body `server` received, as one text to look for a secret in.
QByteArray everythingSent(const RoutedServer &server)
{
    return server.heads().join("\n") + '\n' + server.bodies().join("\n");
}

/// "http://127.0.0.1:port", the origin a message names.
QString originOf(const RoutedServer &server)
{
    return server.url(QString()).toString();
}

/// Location forms that can leave the server: an absolute and a scheme-relative address.
void addCrossOriginForms()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    for (const QString &form : {u"absolute"_s, u"scheme-relative"_s}) {
        for (int status : {301, 302, 303, 307, 308})
            QTest::addRow("%d %s", status, qPrintable(form)) << form << status;
    }
}

void addForms()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<int>("status");
    for (const QString &form : {u"absolute"_s, u"path"_s, u"relative"_s, u"scheme-relative"_s}) {
        for (int status : {301, 302, 307, 308})
            QTest::addRow("%d %s", status, qPrintable(form)) << form << status;
    }
}

} // namespace

class TestSyncRedirects final : public QObject
{
    Q_OBJECT

private slots:
    void ttrssNamesTheAddressItsApiMovedTo_data() { addForms(); }

    void ttrssNamesTheAddressItsApiMovedTo()
    {
        QFETCH(QString, form);
        QFETCH(int, status);
        RoutedServer server;
        server.route("POST /tt-rss/api/", "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: "
                                              + location(form, server, "/rss/api/?from=old", "../../rss/api/?from=old"));
        TtRssApi api;
        api.setCredentials({server.url(u"/tt-rss/"_s), u"alice"_s, u"secret"_s});
        const std::optional<TtRssReply> reply = await<TtRssReply>([&](auto done) { api.login(std::move(done)); });
        QVERIFY(reply.has_value());
        QVERIFY(reply->error.has_value());
        QCOMPARE(reply->error->kind, SyncErrorKind::Protocol);
        QCOMPARE(reply->error->httpStatus, status);
        // Not the address it was asked at: that would send the person round in a circle.
        const QString moved = server.url(u"/rss/api/"_s).toDisplayString();
        QVERIFY2(reply->error->message.contains(u"(%1)"_s.arg(moved)), qPrintable(reply->error->message));
    }

    void googleReaderFollowsTheMove_data() { addForms(); }

    void googleReaderFollowsTheMove()
    {
        QFETCH(QString, form);
        QFETCH(int, status);
        RoutedServer server;
        const QByteArray moved = "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: ";
        // 301 and 302 turn a POST into a GET (as browsers do), so ClientLogin moves with 307.
        const QByteArray loginStatus = status == 301 || status == 302 ? "307" : QByteArray::number(status);
        server.route("POST /old/accounts/ClientLogin",
                     "HTTP/1.1 " + loginStatus + " Moved\r\nLocation: "
                         + location(form, server, "/new/accounts/ClientLogin", "../../new/accounts/ClientLogin"));
        server.route("POST /new/accounts/ClientLogin", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", "SID=unused\nLSID=unused\nAuth=token-1\n");
        server.route("GET /old/reader/api/0/subscription/list?output=json",
                     moved
                         + location(form, server, "/new/reader/api/0/subscription/list?output=json&v=2",
                                    "../../../../../new/reader/api/0/subscription/list?output=json&v=2"));
        server.route("GET /new/reader/api/0/subscription/list?output=json&v=2", "HTTP/1.1 200 OK\r\nContent-Type: application/json",
                     "{\"subscriptions\":[{\"id\":\"feed/1\",\"title\":\"Moved feed\",\"url\":\"http://example.org/f.xml\"}]}");

        GoogleReaderClient client;
        client.setCredentials({server.url(u"/old"_s), u"alice"_s, u"secret"_s});
        const auto login = await<SyncResult<Done>>([&](auto done) { client.login(std::move(done)); });
        QVERIFY(login.has_value());
        QVERIFY2(login->ok(), login->ok() ? "" : qPrintable(login->error().message));
        const auto feeds = await<SyncResult<QList<RemoteFeed>>>([&](auto done) { client.feeds(std::move(done)); });
        QVERIFY(feeds.has_value());
        QVERIFY2(feeds->ok(),
                 feeds->ok() ? "" : qPrintable(feeds->error().message + u" "_s + QString::fromLatin1(server.requests().join(" | "))));
        QCOMPARE(feeds->value().size(), 1);
        QCOMPARE(feeds->value().constFirst().title, u"Moved feed"_s);
        QCOMPARE(server.requests(), (QList<QByteArray>{"POST /old/accounts/ClientLogin", "POST /new/accounts/ClientLogin",
                                                       "GET /old/reader/api/0/subscription/list?output=json",
                                                       "GET /new/reader/api/0/subscription/list?output=json&v=2"}));
    }

    void googleReaderSendsItsPasswordOnlyToItsOrigin_data() { addCrossOriginForms(); }

    void googleReaderSendsItsPasswordOnlyToItsOrigin()
    {
        QFETCH(QString, form);
        QFETCH(int, status);
        RoutedServer a;
        RoutedServer b;
        a.route("POST /api/accounts/ClientLogin",
                "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location(form, b, "/api/accounts/ClientLogin", {}));
        // b would log anyone in, whatever the method: only what it was sent matters.
        for (const QByteArray method : {"POST", "GET"})
            b.route(method + " /api/accounts/ClientLogin", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", "SID=x\nLSID=x\nAuth=token-b\n");

        GoogleReaderClient client;
        client.setCredentials({a.url(u"/api"_s), u"alice"_s, u"pa55word-of-alice"_s});
        const auto login = await<SyncResult<Done>>([&](auto done) { client.login(std::move(done)); });
        QVERIFY(login.has_value());
        QVERIFY2(!everythingSent(b).contains("pa55word-of-alice"), everythingSent(b).constData());
        QVERIFY2(!login->ok(), "logged in at another origin");
        QCOMPARE(login->error().kind, SyncErrorKind::Protocol);
        QVERIFY2(login->error().message.contains(originOf(b)) && login->error().message.contains(originOf(a)),
                 qPrintable(login->error().message));
    }

    void googleReaderSendsItsTokensOnlyToItsOrigin_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("write");
        for (const bool write : {false, true}) {
            for (const QString &form : {u"absolute"_s, u"scheme-relative"_s}) {
                for (int status : {301, 302, 303, 307, 308})
                    QTest::addRow("%s %d %s", write ? "rename" : "feeds", status, qPrintable(form)) << form << status << write;
            }
        }
    }

    void googleReaderSendsItsTokensOnlyToItsOrigin()
    {
        QFETCH(QString, form);
        QFETCH(int, status);
        QFETCH(bool, write);
        RoutedServer a;
        RoutedServer b;
        const QByteArray moved = "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: ";
        a.route("POST /api/accounts/ClientLogin", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", "SID=x\nLSID=x\nAuth=session-of-alice\n");
        a.route("GET /api/reader/api/0/token", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", "write-token-of-alice");
        const QByteArray target = write ? "/api/reader/api/0/subscription/edit" : "/api/reader/api/0/subscription/list?output=json";
        a.route((write ? "POST " : "GET ") + target, moved + location(form, b, target, {}));
        for (const QByteArray method : {"POST", "GET"}) {
            b.route(method + " /api/reader/api/0/subscription/list?output=json",
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json", "{\"subscriptions\":[]}");
            b.route(method + " /api/reader/api/0/subscription/edit", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", "OK");
        }

        GoogleReaderClient client;
        client.setCredentials({a.url(u"/api"_s), u"alice"_s, u"secret"_s});
        std::optional<SyncError> error;
        if (write) {
            const auto renamed = await<SyncResult<Done>>([&](auto done) { client.rename(u"feed/1"_s, u"New"_s, std::move(done)); });
            QVERIFY(renamed.has_value());
            if (!renamed->ok())
                error = renamed->error();
        } else {
            const auto feeds = await<SyncResult<QList<RemoteFeed>>>([&](auto done) { client.feeds(std::move(done)); });
            QVERIFY(feeds.has_value());
            if (!feeds->ok())
                error = feeds->error();
        }
        QVERIFY2(!everythingSent(b).contains("session-of-alice"), everythingSent(b).constData());
        QVERIFY2(!everythingSent(b).contains("write-token-of-alice"), everythingSent(b).constData());
        QVERIFY2(error.has_value(), "answered by another origin");
        QCOMPARE(error->kind, SyncErrorKind::Protocol);
        QVERIFY2(error->message.contains(originOf(b)), qPrintable(error->message));
        // Refused, not taken for an ended session: no second login, no retry.
        QCOMPARE(a.requests().count("POST /api/accounts/ClientLogin"), 1);
    }

    void googleReaderNeverFollowsHttpsToHttp_data()
    {
        QTest::addColumn<bool>("atLogin");
        QTest::newRow("ClientLogin") << true;
        QTest::newRow("API call") << false;
    }

    void googleReaderNeverFollowsHttpsToHttp()
    {
        QFETCH(bool, atLogin);
        const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = original;
        trusting.addCaCertificates(LocalhostTls::file("localhost.crt"));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(original); });

        RoutedServer secure(LocalhostTls::server());
        RoutedServer plain;
        // The same host and port in clear text would still be another origin; here it is another port.
        const QByteArray toPlain = "HTTP/1.1 308 Moved\r\nLocation: ";
        if (atLogin) {
            secure.route("POST /api/accounts/ClientLogin", toPlain + plain.url(u"/api/accounts/ClientLogin"_s).toEncoded());
        } else {
            secure.route("POST /api/accounts/ClientLogin", "HTTP/1.1 200 OK\r\nContent-Type: text/plain", "SID=x\nLSID=x\nAuth=session-of-alice\n");
            secure.route("GET /api/reader/api/0/subscription/list?output=json",
                         toPlain + plain.url(u"/api/reader/api/0/subscription/list?output=json"_s).toEncoded());
        }

        GoogleReaderClient client;
        client.setCredentials({secure.url(u"/api"_s, u"localhost"_s), u"alice"_s, u"pa55word-of-alice"_s});
        const auto feeds = await<SyncResult<QList<RemoteFeed>>>([&](auto done) { client.feeds(std::move(done)); });
        QVERIFY(feeds.has_value());
        QVERIFY2(!feeds->ok(), "followed https to http");
        QVERIFY2(plain.requests().isEmpty(), plain.requests().join(", ").constData());
        QVERIFY2(feeds->error().message.contains(originOf(plain)), qPrintable(feeds->error().message));
    }

    void ttrssSendsItsLoginOnlyToItsOrigin_data() { addCrossOriginForms(); }

    void ttrssSendsItsLoginOnlyToItsOrigin()
    {
        QFETCH(QString, form);
        QFETCH(int, status);
        RoutedServer a;
        RoutedServer b;
        a.route("POST /tt-rss/api/",
                "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + location(form, b, "/tt-rss/api/", {}));
        for (const QByteArray method : {"POST", "GET"}) {
            b.route(method + " /tt-rss/api/", "HTTP/1.1 200 OK\r\nContent-Type: application/json",
                    R"({"seq":0,"status":0,"content":{"session_id":"sid-b","api_level":18}})");
        }
        TtRssApi api;
        api.setCredentials({a.url(u"/tt-rss/"_s), u"alice"_s, u"pa55word-of-alice"_s});
        const std::optional<TtRssReply> reply = await<TtRssReply>([&](auto done) { api.login(std::move(done)); });
        QVERIFY(reply.has_value());
        QVERIFY2(!everythingSent(b).contains("pa55word-of-alice"), everythingSent(b).constData());
        QVERIFY2(reply->error.has_value(), "logged in at another origin");
        QVERIFY2(reply->error->message.contains(b.url(u"/tt-rss/api/"_s).toDisplayString()), qPrintable(reply->error->message));
    }
};

QTEST_GUILESS_MAIN(TestSyncRedirects)
#include "tst_syncredirects.moc"
