// SPDX-License-Identifier: MIT
// The feed server's faults: every path under /fault/ and the authentication wrappers.
#include "feedserverprocess.h"
#include "httptestclient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;

namespace {
qint64 contentLength(const QByteArray &head)
{
    const qsizetype at = head.indexOf("Content-Length: ");
    return at < 0 ? -1 : head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).toLongLong();
}

bool wellFormed(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}
} // namespace

class TestFeedServerFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--auth-user"_s, u"reader"_s, u"--auth-password"_s, u"p4ss"_s, u"--auth-token"_s, u"tok"_s}),
                 qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        // The server quits cleanly, so sanitizer reports from it fail the test too.
        QVERIFY(m_server.stop());
    }

    void errorStatuses()
    {
        QCOMPARE(m_client.get(m_server.url(u"/fault/500"_s)).status, 500);
        QCOMPARE(m_client.get(m_server.url(u"/fault/410"_s)).status, 410);
        QCOMPARE(m_client.get(m_server.url(u"/fault/404"_s)).status, 404);
        // Under any further path too, for clients that append their own.
        QCOMPARE(m_client.get(m_server.url(u"/fault/503/api/"_s)).status, 503);
        QCOMPARE(m_client.get(m_server.url(u"/fault/500x"_s)).status, 404);
    }

    void retryAfterInSeconds()
    {
        const HttpResult tooMany = m_client.get(m_server.url(u"/fault/429?retry-after=42"_s));
        QCOMPARE(tooMany.status, 429);
        QCOMPARE(tooMany.header("retry-after"), QByteArray("42"));
        const HttpResult unavailable = m_client.get(m_server.url(u"/fault/503"_s));
        QCOMPARE(unavailable.status, 503);
        QCOMPARE(unavailable.header("retry-after"), QByteArray("120"));
    }

    void retryAfterAsHttpDate()
    {
        const HttpResult result = m_client.get(m_server.url(u"/fault/429-date?retry-after=600"_s));
        QCOMPARE(result.status, 429);
        const QByteArray value = result.header("retry-after");
        QVERIFY2(value.endsWith(" GMT"), value.constData());
        const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
        QVERIFY(when.isValid());
        const qint64 ahead = QDateTime(when.date(), when.time(), QTimeZone::utc()).toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(ahead > 590 && ahead <= 600, qPrintable(QString::number(ahead)));
        QVERIFY(m_client.get(m_server.url(u"/fault/503-date"_s)).header("retry-after").endsWith(" GMT"));
    }

    void redirectChainHasTheAskedLength_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QList<int>>("codes");
        QTest::newRow("301") << u"301"_s << QList<int>{301, 301, 301};
        QTest::newRow("302") << u"302"_s << QList<int>{302, 302, 302};
        QTest::newRow("307") << u"307"_s << QList<int>{307, 307, 307};
        QTest::newRow("308") << u"308"_s << QList<int>{308, 308, 308};
        QTest::newRow("mixed") << u"mixed"_s << QList<int>{308, 307, 302};
    }

    void redirectChainHasTheAskedLength()
    {
        QFETCH(QString, kind);
        QFETCH(QList<int>, codes);
        QUrl url = m_server.url(u"/fault/redirect/%1/3?to=/gen/2.atom"_s.arg(kind));
        QList<int> seen;
        HttpResult result;
        for (int hop = 0; hop < 10; ++hop) {
            result = m_client.get(url);
            if (result.status < 300 || result.status >= 400)
                break;
            seen.append(result.status);
            url = url.resolved(QUrl::fromEncoded(result.header("location")));
        }
        QCOMPARE(seen, codes);
        QCOMPARE(result.status, 200);
        QCOMPARE(url.path(), u"/gen/2.atom"_s);
        QVERIFY(result.body.contains("urn:freshet:gen:2"));
    }

    void redirectsWriteTheAskedLocationForm()
    {
        const auto location = [this](const QString &pathAndQuery) {
            return m_client.get(m_server.url(pathAndQuery)).header("location");
        };
        QCOMPARE(location(u"/fault/redirect/302/2?location=path"_s), QByteArray("/fault/redirect/302/1?location=path"));
        QCOMPARE(location(u"/fault/redirect/302/2?location=relative"_s), QByteArray("1?location=relative"));
        QCOMPARE(location(u"/fault/redirect/301/1?location=relative&to=/gen/2.xml"_s), QByteArray("../../../gen/2.xml"));
        QCOMPARE(location(u"/fault/loop/0?location=relative"_s), QByteArray("1?location=relative"));
        QCOMPARE(location(u"/fault/redirect/308/2?location=scheme-relative"_s),
                 "//127.0.0.1:" + QByteArray::number(m_server.url(u"/"_s).port()) + "/fault/redirect/308/1?location=scheme-relative");
        QCOMPARE(location(u"/fault/redirect/307/1"_s), m_server.url(u"/gen/0.xml"_s).toEncoded());
    }

    void qnamFollowsAChainToTheFeed()
    {
        QNetworkRequest request(m_server.url(u"/fault/redirect/307/4"_s));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        const HttpResult result = m_client.send(request);
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.contains("urn:freshet:gen:0"));
    }

    void redirectLoopNeverEnds()
    {
        QUrl url = m_server.url(u"/fault/loop/0"_s);
        QList<QString> visited;
        for (int hop = 0; hop < 6; ++hop) {
            const HttpResult result = m_client.get(url);
            QCOMPARE(result.status, 302);
            visited.append(url.path());
            url = url.resolved(QUrl::fromEncoded(result.header("location")));
        }
        QCOMPARE(visited, (QList<QString>{u"/fault/loop/0"_s, u"/fault/loop/1"_s, u"/fault/loop/0"_s, u"/fault/loop/1"_s,
                                          u"/fault/loop/0"_s, u"/fault/loop/1"_s}));
        // QNetworkAccessManager gives up on it with an error.
        QNetworkRequest request(m_server.url(u"/fault/loop/0"_s));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(5);
        QCOMPARE(m_client.send(request).error, QNetworkReply::TooManyRedirectsError);
    }

    void dropClosesMidBody()
    {
        const RawExchange exchange = rawExchange(m_server.port(), getRequest("/fault/drop?at=300"), 5000);
        QVERIFY(exchange.closedByServer);
        QVERIFY(exchange.received.startsWith("HTTP/1.1 200"));
        QVERIFY(contentLength(exchange.head()) > 300);
        QCOMPARE(exchange.body().size(), 300);
        QVERIFY(m_client.get(m_server.url(u"/fault/drop"_s)).error != QNetworkReply::NoError);
    }

    void stallNeverAnswers()
    {
        const RawExchange exchange = rawExchange(m_server.port(), getRequest("/fault/stall"), 1500);
        QVERIFY(exchange.connected);
        QVERIFY(exchange.received.isEmpty());
        QVERIFY(!exchange.closedByServer);
        const HttpResult result = m_client.get(m_server.url(u"/fault/stall"_s), {}, 800);
        QVERIFY(!result.finished);
    }

    void stallBodySendsHeadersThenNothing()
    {
        const RawExchange exchange = rawExchange(m_server.port(), getRequest("/fault/stall-body?after=100"), 1500);
        QVERIFY(exchange.received.startsWith("HTTP/1.1 200"));
        QCOMPARE(exchange.body().size(), 100);
        QVERIFY(contentLength(exchange.head()) > 100);
        QVERIFY(!exchange.closedByServer);
    }

    void dripSendsAByteAtATime()
    {
        const RawExchange exchange = rawExchange(m_server.port(), getRequest("/fault/drip?interval-ms=50"), 1000);
        QVERIFY(exchange.received.startsWith("HTTP/1.1 200"));
        const qsizetype body = exchange.body().size();
        // About 20 bytes in a second; generous bounds for a loaded machine.
        QVERIFY2(body >= 3 && body <= 30, qPrintable(QString::number(body)));
        QVERIFY(!exchange.closedByServer);
    }

    void oversizedBodyHasTheAskedSize()
    {
        const qint64 size = qint64(50) << 20;
        const RawExchange head = rawExchange(m_server.port(), getRequest("/fault/oversized", "Connection: close\r\n"), 5000, 4096);
        QCOMPARE(contentLength(head.head()), size);

        const HttpResult small = m_client.get(m_server.url(u"/fault/oversized?size=200K"_s));
        QCOMPARE(small.body.size(), 200 * 1024);
        QVERIFY(wellFormed(small.body));
        const RawExchange unknown = rawExchange(m_server.port(), getRequest("/fault/oversized?size=64K&no-length=1"), 5000);
        QVERIFY(unknown.closedByServer);
        QCOMPARE(contentLength(unknown.head()), -1);
        QCOMPARE(unknown.body().size(), 64 * 1024);
    }

    void gzipBombIsSmallOnTheWireAndHugeInflated()
    {
        const RawExchange head = rawExchange(m_server.port(), getRequest("/fault/gzip-bomb", "Connection: close\r\n"), 5000, 4096);
        QVERIFY(head.head().contains("Content-Encoding: gzip"));
        const qint64 wire = contentLength(head.head());
        QVERIFY2(wire > 0 && wire < qint64(20) << 20, qPrintable(QString::number(wire))); // 10 GiB inflated

        const qint64 expanded = qint64(48) << 20;
        const HttpResult bomb = m_client.get(m_server.url(u"/fault/gzip-bomb?size=48M"_s), {{"Accept-Encoding", "gzip"}});
        QCOMPARE(bomb.status, 200);
        QVERIFY2(bomb.body.size() < expanded / 500, qPrintable(QString::number(bomb.body.size())));
        const QByteArray inflated = gunzip(bomb.body, expanded);
        QCOMPARE(inflated.size(), expanded); // a valid gzip stream: CRC and length check out
        QVERIFY(inflated.startsWith("<?xml"));
    }

    void wrongContentTypes()
    {
        const HttpResult png = m_client.get(m_server.url(u"/fault/content-type/png"_s));
        QCOMPARE(png.header("content-type"), QByteArray("image/png"));
        QVERIFY(png.body.contains("<rss"));
        QVERIFY(m_client.get(m_server.url(u"/fault/content-type/html"_s)).header("content-type").startsWith("text/html"));
    }

    void brokenXml()
    {
        const HttpResult invalid = m_client.get(m_server.url(u"/fault/invalid-xml"_s));
        QCOMPARE(invalid.status, 200);
        QVERIFY(!wellFormed(invalid.body));
        QCOMPARE(m_client.get(m_server.url(u"/fault/invalid-xml/api/"_s)).body, invalid.body);
        const HttpResult truncated = m_client.get(m_server.url(u"/fault/truncated-xml"_s));
        QCOMPARE(truncated.status, 200);
        QCOMPARE(truncated.error, QNetworkReply::NoError); // the transport is fine, the document is not
        QVERIFY(truncated.body.startsWith("<?xml"));
        QVERIFY(!wellFormed(truncated.body));
        QVERIFY(wellFormed(m_client.get(m_server.url(u"/fault/drop?at=100000"_s)).body));
    }

    void basicAuth()
    {
        const HttpResult refused = m_client.get(m_server.url(u"/auth/basic/gen/1.xml"_s));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("www-authenticate").startsWith("Basic realm="));
        const HttpResult wrong = m_client.get(m_server.url(u"/auth/basic/gen/1.xml"_s),
                                              {{"Authorization", "Basic " + QByteArray("reader:nope").toBase64()}});
        QCOMPARE(wrong.status, 401);
        const HttpResult ok = m_client.get(m_server.url(u"/auth/basic/gen/1.xml"_s),
                                           {{"Authorization", "Basic " + QByteArray("reader:p4ss").toBase64()}});
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.body.contains("urn:freshet:gen:1"));
        // Credentials in the URL, the way a person would subscribe to a protected feed. Its own
        // client: QNetworkAccessManager caches credentials per host and would send them later.
        HttpTestClient client;
        QUrl withUser = m_server.url(u"/auth/basic/gen/1.xml"_s);
        withUser.setUserName(u"reader"_s);
        withUser.setPassword(u"p4ss"_s);
        QCOMPARE(client.get(withUser).status, 200);
    }

    void bearerAuth()
    {
        const HttpResult refused = m_client.get(m_server.url(u"/auth/bearer/gen/1.xml"_s));
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.header("www-authenticate").startsWith("Bearer"));
        // Raw, because QNetworkAccessManager keeps its own view of a Bearer challenge.
        const RawExchange wrong = rawExchange(m_server.port(),
                                              getRequest("/auth/bearer/gen/1.xml", "Authorization: Bearer nope\r\nConnection: close\r\n"), 5000);
        QVERIFY(wrong.received.startsWith("HTTP/1.1 401"));
        QVERIFY(wrong.head().contains("WWW-Authenticate: Bearer realm=\"freshet-feedserver\", error=\"invalid_token\""));
        QCOMPARE(m_client.get(m_server.url(u"/auth/bearer/gen/1.xml"_s), {{"Authorization", "Bearer tok"}}).status, 200);
    }

private:
    FeedServerProcess m_server;
    HttpTestClient m_client;
};

QTEST_GUILESS_MAIN(TestFeedServerFaults)
#include "tst_feedserver_faults.moc"
