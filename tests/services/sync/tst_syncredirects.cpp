// SPDX-License-Identifier: MIT
// Both sync clients meeting redirects with every form of Location RFC 9110 allows (absolute,
// absolute path, relative, scheme-relative), against canned answers on loopback: tt-rss names
// the address its API moved to, Google Reader follows the move (307/308 keep the POST).
#include "routedserver.h"
#include "sync/greader/greaderclient.h"
#include "sync/ttrss/ttrssapi.h"

#include <QDeadlineTimer>
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
        server.route("POST /old/accounts/ClientLogin", "HTTP/1.1 " + loginStatus + " Moved\r\nLocation: "
                         + location(form, server, "/new/accounts/ClientLogin", "../../new/accounts/ClientLogin"));
        server.route("POST /new/accounts/ClientLogin", "HTTP/1.1 200 OK\r\nContent-Type: text/plain",
                     "SID=unused\nLSID=unused\nAuth=token-1\n");
        server.route("GET /old/reader/api/0/subscription/list?output=json",
                     moved + location(form, server, "/new/reader/api/0/subscription/list?output=json&v=2",
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
        QVERIFY2(feeds->ok(), feeds->ok() ? "" : qPrintable(feeds->error().message + u" "_s + QString::fromLatin1(server.requests().join(" | "))));
        QCOMPARE(feeds->value().size(), 1);
        QCOMPARE(feeds->value().constFirst().title, u"Moved feed"_s);
        QCOMPARE(server.requests(), (QList<QByteArray>{"POST /old/accounts/ClientLogin", "POST /new/accounts/ClientLogin",
                                                       "GET /old/reader/api/0/subscription/list?output=json",
                                                       "GET /new/reader/api/0/subscription/list?output=json&v=2"}));
    }
};

QTEST_GUILESS_MAIN(TestSyncRedirects)
#include "tst_syncredirects.moc"
