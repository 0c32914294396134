// SPDX-License-Identifier: MIT
// The feed server's core: startup contract, generated feeds, conditional GET, gzip, bumps,
// new items over time, fixtures, keep-alive, latency, stats and shutdown.
#include "feedserverprocess.h"
#include "httptestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <csignal>

using namespace Qt::Literals::StringLiterals;

namespace {
/// Titles of the items (RSS) or entries (Atom) of a feed, in document order; empty when the
/// document is not well-formed.
QStringList itemTitles(const QByteArray &xml)
{
    QStringList titles;
    QXmlStreamReader reader(xml);
    bool inItem = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const bool itemElement = reader.name() == u"item"_s || reader.name() == u"entry"_s;
        if (reader.isStartElement() && itemElement)
            inItem = true;
        else if (reader.isEndElement() && itemElement)
            inItem = false;
        else if (reader.isStartElement() && inItem && reader.name() == u"title"_s)
            titles.append(reader.readElementText());
    }
    return reader.hasError() ? QStringList() : titles;
}

QJsonObject stats(HttpTestClient &client, const FeedServerProcess &server)
{
    return QJsonDocument::fromJson(client.get(server.url(u"/control/stats"_s)).body).object();
}
} // namespace

class TestFeedServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({u"--feeds"_s, u"20"_s, u"--items"_s, u"5"_s}), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        // The server quits cleanly, so sanitizer reports from it fail the test too.
        QVERIFY(m_server.stop());
    }

    void portFileHoldsThePort()
    {
        QTemporaryDir dir;
        const QString portFile = dir.filePath(u"port"_s);
        FeedServerProcess server;
        QVERIFY2(server.start({u"--port-file"_s, portFile}), qPrintable(server.errorString()));
        QFile file(portFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().trimmed().toInt(), int(server.port()));
        QCOMPARE(server.baseUrl().host(), u"127.0.0.1"_s);
        QVERIFY(server.stop());
    }

    void rssFeedHasTheConfiguredItems()
    {
        const HttpResult result = m_client.get(m_server.url(u"/gen/3.xml"_s));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), QByteArray("application/rss+xml"));
        QVERIFY(!result.header("etag").isEmpty());
        QVERIFY(!result.header("last-modified").isEmpty());
        const QStringList titles = itemTitles(result.body);
        QCOMPARE(titles.size(), 5);
        QVERIFY2(titles.first().startsWith(u"Item 5 of feed 3"_s), qPrintable(titles.first()));
        QVERIFY(titles.last().startsWith(u"Item 1 of feed 3"_s));
    }

    void atomFeedAndItemsParameter()
    {
        const HttpResult result = m_client.get(m_server.url(u"/gen/4.atom?items=12"_s));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.header("content-type"), QByteArray("application/atom+xml"));
        QVERIFY(result.body.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        QCOMPARE(itemTitles(result.body).size(), 12);
    }

    void contentIsDeterministic()
    {
        const HttpResult first = m_client.get(m_server.url(u"/gen/7.xml"_s));
        const HttpResult second = m_client.get(m_server.url(u"/gen/7.xml"_s));
        QCOMPARE(first.body, second.body);
        QCOMPARE(first.header("etag"), second.header("etag"));
        QVERIFY(first.body != m_client.get(m_server.url(u"/gen/8.xml"_s)).body);
    }

    void unknownFeedsAreNotFound()
    {
        QCOMPARE(m_client.get(m_server.url(u"/gen/20.xml"_s)).status, 404);
        QCOMPARE(m_client.get(m_server.url(u"/gen/x.xml"_s)).status, 404);
        QCOMPARE(m_client.get(m_server.url(u"/nothing-here"_s)).status, 404);
    }

    void ifNoneMatchGives304()
    {
        const HttpResult first = m_client.get(m_server.url(u"/gen/1.xml"_s));
        const HttpResult again = m_client.get(m_server.url(u"/gen/1.xml"_s), {{"If-None-Match", first.header("etag")}});
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        QCOMPARE(again.header("etag"), first.header("etag"));
        const HttpResult other = m_client.get(m_server.url(u"/gen/1.xml"_s), {{"If-None-Match", "\"something-else\""}});
        QCOMPARE(other.status, 200);
    }

    void ifModifiedSinceGives304()
    {
        const HttpResult first = m_client.get(m_server.url(u"/gen/2.xml"_s));
        const QByteArray lastModified = first.header("last-modified");
        QCOMPARE(m_client.get(m_server.url(u"/gen/2.xml"_s), {{"If-Modified-Since", lastModified}}).status, 304);
        QCOMPARE(m_client.get(m_server.url(u"/gen/2.xml"_s), {{"If-Modified-Since", "Sun, 01 Jan 2023 00:00:00 GMT"}}).status, 200);
    }

    void validatorsCanBeSwitchedOff()
    {
        const HttpResult result = m_client.get(m_server.url(u"/gen/2.xml?validators=none"_s));
        QCOMPARE(result.status, 200);
        QVERIFY(!result.headers.contains("etag"));
        QVERIFY(!result.headers.contains("last-modified"));
    }

    void gzipBodyInflatesToTheSameFeed()
    {
        const HttpResult plain = m_client.get(m_server.url(u"/gen/5.xml"_s));
        // Setting Accept-Encoding by hand makes QNetworkAccessManager hand over the raw bytes.
        const HttpResult zipped = m_client.get(m_server.url(u"/gen/5.xml"_s), {{"Accept-Encoding", "gzip"}});
        QCOMPARE(zipped.status, 200);
        QCOMPARE(zipped.header("content-encoding"), QByteArray("gzip"));
        QVERIFY(zipped.header("vary").contains("Accept-Encoding"));
        QVERIFY(zipped.body.startsWith("\x1f\x8b"));
        QVERIFY(zipped.body.size() < plain.body.size());
        QCOMPARE(gunzip(zipped.body), plain.body);
        // The gzip representation's validator also yields a 304.
        QCOMPARE(
            m_client.get(m_server.url(u"/gen/5.xml"_s), {{"Accept-Encoding", "gzip"}, {"If-None-Match", zipped.header("etag")}}).status, 304);
    }

    void bumpChangesOneFeed()
    {
        const HttpResult before = m_client.get(m_server.url(u"/gen/9.xml"_s));
        const HttpResult untouchedBefore = m_client.get(m_server.url(u"/gen/10.xml"_s));
        const HttpResult bump = m_client.post(m_server.url(u"/control/bump?feed=9"_s));
        QCOMPARE(bump.status, 200);
        QCOMPARE(QJsonDocument::fromJson(bump.body).object().value(u"bumped"_s).toInt(), 1);

        const HttpResult after = m_client.get(m_server.url(u"/gen/9.xml"_s), {{"If-None-Match", before.header("etag")}});
        QCOMPARE(after.status, 200);
        QVERIFY(after.header("etag") != before.header("etag"));
        QVERIFY(itemTitles(after.body).first().startsWith(u"Item 6 of feed 9"_s));
        QCOMPARE(m_client.get(m_server.url(u"/gen/10.xml"_s), {{"If-None-Match", untouchedBefore.header("etag")}}).status, 304);
        QCOMPARE(m_client.get(m_server.url(u"/control/bump?feed=9"_s)).status, 405); // GET must not change state
    }

    void bumpAShareOfFeeds()
    {
        QHash<int, QByteArray> etags;
        for (int feed = 0; feed < 20; ++feed)
            etags.insert(feed, m_client.get(m_server.url(u"/gen/%1.atom"_s.arg(feed))).header("etag"));
        const HttpResult bump = m_client.post(m_server.url(u"/control/bump?feeds=10%"_s));
        QCOMPARE(bump.status, 200);
        QCOMPARE(QJsonDocument::fromJson(bump.body).object().value(u"bumped"_s).toInt(), 2);
        int changed = 0;
        for (int feed = 0; feed < 20; ++feed) {
            const int status = m_client.get(m_server.url(u"/gen/%1.atom"_s.arg(feed)), {{"If-None-Match", etags.value(feed)}}).status;
            QVERIFY(status == 200 || status == 304);
            changed += status == 200 ? 1 : 0;
        }
        QCOMPARE(changed, 2);
        QCOMPARE(m_client.post(m_server.url(u"/control/bump?feeds=101%"_s)).status, 400);
        QCOMPARE(m_client.post(m_server.url(u"/control/bump?feed=20"_s)).status, 400);
    }

    void newItemsAppearOverTime()
    {
        FeedServerProcess server;
        QVERIFY2(server.start({u"--feeds"_s, u"2"_s, u"--items"_s, u"3"_s, u"--new-item-every"_s, u"1"_s}), qPrintable(server.errorString()));
        const HttpResult first = m_client.get(server.url(u"/gen/0.xml"_s));
        QCOMPARE(first.status, 200);
        // Any 1.2 s contains a whole-second boundary of the server's clock.
        QTest::qWait(1200);
        const HttpResult later = m_client.get(server.url(u"/gen/0.xml"_s), {{"If-None-Match", first.header("etag")}});
        QCOMPARE(later.status, 200);
        const QStringList before = itemTitles(first.body);
        const QStringList after = itemTitles(later.body);
        QCOMPARE(after.size(), 3);
        QVERIFY2(after.first() != before.first(), qPrintable(after.first()));
        QVERIFY(after.contains(before.first())); // the old newest item is still listed
        QVERIFY(server.stop());
    }

    // A person's subscriptions are on many hosts: --loopback-hosts gives the benchmark as many
    // host names, each its own per-host connection limit for a client, on the same port.
    void extraLoopbackHostsServeTheSameFeeds()
    {
        FeedServerProcess server;
        QVERIFY2(server.start({u"--feeds"_s, u"3"_s, u"--items"_s, u"2"_s, u"--loopback-hosts"_s, u"4"_s}), qPrintable(server.errorString()));
        const HttpResult home = m_client.get(server.url(u"/gen/1.xml"_s));
        QCOMPARE(home.status, 200);
        for (int host = 2; host <= 5; ++host) {
            const QUrl url(u"http://127.0.0.%1:%2/gen/1.xml"_s.arg(host).arg(server.port()));
            const HttpResult other = m_client.get(url);
            QVERIFY2(other.status == 200, qPrintable(url.toString()));
            QCOMPARE(itemTitles(other.body), itemTitles(home.body));
        }
        // Only the hosts asked for: the next one has nobody listening.
        const HttpResult beyond = m_client.get(QUrl(u"http://127.0.0.6:%1/gen/1.xml"_s.arg(server.port())), {}, 3000);
        QCOMPARE(beyond.status, 0);
        QVERIFY(server.stop());
    }

    void contentRichItemsCarryWholeArticles()
    {
        // The plain server's items have a summary only.
        QVERIFY(!m_client.get(m_server.url(u"/gen/1.xml"_s)).body.contains("content:encoded"));

        FeedServerProcess server;
        QVERIFY2(server.start({u"--feeds"_s, u"2"_s, u"--items"_s, u"4"_s, u"--content-bytes"_s, u"1800"_s}),
                 qPrintable(server.errorString()));
        const auto articles = [](const QByteArray &body, const QString &namespaceUri, const QString &name) {
            QStringList found;
            QXmlStreamReader xml(body);
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == namespaceUri && xml.name() == name)
                    found << xml.readElementText();
            }
            return found;
        };
        const QStringList rss = articles(m_client.get(server.url(u"/gen/1.xml"_s)).body, u"http://purl.org/rss/1.0/modules/content/"_s, u"encoded"_s);
        const QStringList atom = articles(m_client.get(server.url(u"/gen/1.atom"_s)).body, u"http://www.w3.org/2005/Atom"_s, u"content"_s);
        QCOMPARE(rss.size(), 4);
        QCOMPARE(atom, rss);
        QSet<QString> vocabulary;
        static const QRegularExpression tags(u"<[^>]*>"_s);
        for (const QString &html : rss) {
            QVERIFY2(html.size() >= 1800 && html.size() < 2600, qPrintable(QString::number(html.size())));
            QVERIFY(html.startsWith(u"<p>"_s));
            QVERIFY(html.contains(u"</p>"_s));
            const QStringList words = QString(html).replace(tags, u" "_s).split(QRegularExpression(u"[^a-z]+"_s), Qt::SkipEmptyParts);
            vocabulary.unite(QSet<QString>(words.cbegin(), words.cend()));
        }
        // Varied prose, not a handful of words repeated: a search index over it grows as a real one.
        QVERIFY2(vocabulary.size() > 300, qPrintable(QString::number(vocabulary.size())));
        QVERIFY(rss.at(0) != rss.at(1));
        QVERIFY(server.stop());
    }

    void feedListsCoverEveryFeed()
    {
        const HttpResult urls = m_client.get(m_server.url(u"/gen/urls.txt"_s));
        QCOMPARE(urls.status, 200);
        const QList<QByteArray> lines = urls.body.trimmed().split('\n');
        QCOMPARE(lines.size(), 20);
        QCOMPARE(lines.first(), m_server.url(u"/gen/0.xml"_s).toEncoded());
        const HttpResult opml = m_client.get(m_server.url(u"/gen/feeds.opml"_s));
        QCOMPARE(opml.status, 200);
        QCOMPARE(opml.body.count("<outline "), 20);
    }

    void fixturesAreServedWithTheirContentType()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"nested"_s));
        const QList<QPair<QString, QByteArray>> files{
            {u"a.rss"_s, "<rss version=\"2.0\"><channel><title>A</title></channel></rss>"},
            {u"nested/b.atom"_s, "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>"},
            {u"c.json"_s, "{\"version\":\"https://jsonfeed.org/version/1.1\"}"},
            {u"d.html"_s, "<html></html>"},
            {u"e.png"_s, "\x89PNG"},
        };
        for (const auto &[name, content] : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        FeedServerProcess server;
        QVERIFY2(server.start({u"--fixtures"_s, dir.path()}), qPrintable(server.errorString()));
        const QList<QPair<QString, QByteArray>> expected{
            {u"a.rss"_s, "application/rss+xml"}, {u"nested/b.atom"_s, "application/atom+xml"},
            {u"c.json"_s, "application/json"},   {u"d.html"_s, "text/html; charset=utf-8"},
            {u"e.png"_s, "image/png"},
        };
        for (int i = 0; i < expected.size(); ++i) {
            const HttpResult result = m_client.get(server.url(u"/fixtures/"_s + expected.at(i).first));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.header("content-type"), expected.at(i).second);
            QCOMPARE(result.body, files.at(i).second);
        }
        const HttpResult first = m_client.get(server.url(u"/fixtures/a.rss"_s));
        QCOMPARE(m_client.get(server.url(u"/fixtures/a.rss"_s), {{"If-None-Match", first.header("etag")}}).status, 304);
        QCOMPARE(m_client.get(server.url(u"/fixtures/missing.rss"_s)).status, 404);
        // No way out of the directory, however the path is spelled.
        const RawExchange escape = rawExchange(server.port(), getRequest("/fixtures/../../etc/passwd", "Connection: close\r\n"), 5000);
        QVERIFY(escape.received.startsWith("HTTP/1.1 404"));
        const RawExchange encoded = rawExchange(server.port(), getRequest("/fixtures/%2e%2e/%2e%2e/etc/passwd", "Connection: close\r\n"), 5000);
        QVERIFY(encoded.received.startsWith("HTTP/1.1 404"));
        QVERIFY(server.stop());
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        // Two pipelined requests, the second asking to close: both answered, then closed.
        const QByteArray requests = getRequest("/gen/0.xml") + getRequest("/gen/1.xml", "Connection: close\r\n");
        const RawExchange exchange = rawExchange(m_server.port(), requests, 5000);
        QVERIFY(exchange.closedByServer);
        QCOMPARE(exchange.received.count("HTTP/1.1 200 OK"), 2);
        QVERIFY(exchange.received.contains("Connection: keep-alive"));
        QVERIFY(exchange.received.contains("urn:freshet:gen:0:5"));
        QVERIFY(exchange.received.contains("urn:freshet:gen:1:5"));
    }

    void absoluteFormTargetsAreServedAsAProxyWould()
    {
        // What curl sends to an HTTP proxy: the host in the target is ignored for routing and
        // replaces the Host header, so the feed's links name the host the client asked for.
        const QByteArray request = "GET http://feeds.test/gen/2.xml?items=3&enclosure-size=1K HTTP/1.1\r\n"
                                   "Host: feeds.test\r\nProxy-Connection: Keep-Alive\r\nConnection: close\r\n\r\n";
        const RawExchange exchange = rawExchange(m_server.port(), request, 5000);
        QVERIFY2(exchange.received.startsWith("HTTP/1.1 200"), exchange.received.left(60).constData());
        QVERIFY(exchange.received.contains("urn:freshet:gen:2:3"));
        QVERIFY(!exchange.received.contains("urn:freshet:gen:2:0<"));
        QVERIFY(exchange.received.contains("http://feeds.test/large/"));

        const QByteArray noPath = "GET http://feeds.test:8080 HTTP/1.1\r\nConnection: close\r\n\r\n";
        const QByteArray index = rawExchange(m_server.port(), noPath, 5000).received;
        QVERIFY(index.startsWith("HTTP/1.1 200"));
        QVERIFY(index.contains("freshet-feedserver: see"));
        const QByteArray noHost = "GET http:///gen/0.xml HTTP/1.1\r\nConnection: close\r\n\r\n";
        QVERIFY(rawExchange(m_server.port(), noHost, 5000).received.startsWith("HTTP/1.1 400"));
    }

    void malformedAndOversizedRequestsAreRefused()
    {
        QVERIFY(rawExchange(m_server.port(), "NONSENSE\r\n\r\n", 5000).received.startsWith("HTTP/1.1 400"));
        const QByteArray huge = "GET /gen/0.xml HTTP/1.1\r\nX-Filler: " + QByteArray(20000, 'a') + "\r\n\r\n";
        const RawExchange refused = rawExchange(m_server.port(), huge, 5000);
        QVERIFY2(refused.received.startsWith("HTTP/1.1 431"), refused.received.left(40).constData());
        QVERIFY(refused.closedByServer);
    }

    void latencyDelaysTheResponse()
    {
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(m_client.get(m_server.url(u"/gen/0.xml?latency=300"_s)).status, 200);
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));

        FeedServerProcess slow;
        QVERIFY2(slow.start({u"--latency-ms"_s, u"250"_s}), qPrintable(slow.errorString()));
        clock.restart();
        QCOMPARE(m_client.get(slow.url(u"/gen/0.xml"_s)).status, 200);
        QVERIFY2(clock.elapsed() >= 240, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(slow.stop());
    }

    void statsCountRequestsAndBytes()
    {
        QCOMPARE(m_client.post(m_server.url(u"/control/stats/reset"_s)).status, 200);
        const HttpResult feed = m_client.get(m_server.url(u"/gen/0.xml"_s), {{"Accept-Encoding", "identity"}});
        m_client.get(m_server.url(u"/gen/0.xml"_s), {{"If-None-Match", feed.header("etag")}});
        const QJsonObject counters = stats(m_client, m_server);
        // The stats request itself is the third.
        QCOMPARE(counters.value(u"requests"_s).toInteger(), 3);
        QCOMPARE(counters.value(u"notModified"_s).toInteger(), 1);
        QVERIFY(counters.value(u"bodyBytesSent"_s).toInteger() >= feed.body.size());
        QVERIFY(counters.value(u"bytesSent"_s).toInteger() > counters.value(u"bodyBytesSent"_s).toInteger());
        QCOMPARE(counters.value(u"byStatus"_s).toObject().value(u"304"_s).toInteger(), 1);
    }

    void quitsOnSigtermAndWhenStdinCloses()
    {
        FeedServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        ::kill(pid_t(server.process()->processId()), SIGTERM);
        QVERIFY(server.process()->waitForFinished(5000));
        QCOMPARE(server.process()->exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.process()->exitCode(), 0);

        QVERIFY2(server.start(), qPrintable(server.errorString()));
        server.process()->closeWriteChannel();
        QVERIFY(server.process()->waitForFinished(5000));
        QCOMPARE(server.process()->exitCode(), 0);
    }

    void badOptionsFailWithAMessage()
    {
        QProcess process;
        process.start(QString::fromLocal8Bit(FRESHET_FEEDSERVER_BINARY), {u"--feeds"_s, u"zero"_s});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("--feeds"));
    }

private:
    FeedServerProcess m_server;
    HttpTestClient m_client;
};

QTEST_GUILESS_MAIN(TestFeedServer)
#include "tst_feedserver.moc"
