// SPDX-License-Identifier: MIT
// Redirects with every form of Location RFC 9110 allows (absolute, absolute path, relative,
// scheme-relative), through FetchService and FeedDiscovery, against the real loopback feed
// server (its ?location= option picks the form), plus redirectTarget() itself.
#include "feedserverprocess.h"

#include "network/feeddiscovery.h"
#include "network/fetchservice.h"
#include "network/redirecttarget.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestRedirects final : public QObject
{
    Q_OBJECT

private:
    FeedServerProcess m_server;

    FeedResponse fetch(const QString &pathAndQuery)
    {
        FetchService service(FetchService::Limits{});
        QSignalSpy finished(&service, &FetchService::finished);
        service.enqueue(FeedRequest{1, m_server.url(pathAndQuery), {}, {}, {}});
        if (!finished.wait(15000))
            qFatal("no answer for %s", qPrintable(pathAndQuery));
        return finished.constFirst().constFirst().value<FeedResponse>();
    }

    FeedDiscovery::Outcome discover(const QString &pathAndQuery)
    {
        FeedDiscovery discovery;
        QSignalSpy finished(&discovery, &FeedDiscovery::finished);
        discovery.discover(m_server.url(pathAndQuery));
        if (!finished.wait(15000))
            qFatal("no discovery for %s", qPrintable(pathAndQuery));
        return finished.constFirst().constFirst().value<FeedDiscovery::Outcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedResponse>();
        qRegisterMetaType<FeedDiscovery::Outcome>();
        QVERIFY2(m_server.start({u"--feeds"_s, u"10"_s}), qPrintable(m_server.errorString()));
    }

    void targetResolvesEveryForm_data()
    {
        QTest::addColumn<QByteArray>("location");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absolute path") << QByteArray("/new/feed.xml") << u"http://example.org:8080/new/feed.xml"_s;
        QTest::newRow("same directory") << QByteArray("feed.xml") << u"http://example.org:8080/blog/feeds/feed.xml"_s;
        QTest::newRow("parent") << QByteArray("../atom.xml?v=2") << u"http://example.org:8080/blog/atom.xml?v=2"_s;
        QTest::newRow("query only") << QByteArray("?page=2") << u"http://example.org:8080/blog/feeds/rss.xml?page=2"_s;
        QTest::newRow("scheme-relative") << QByteArray("//cdn.example.net:81/f.xml") << u"http://cdn.example.net:81/f.xml"_s;
        QTest::newRow("absolute") << QByteArray("https://example.com/f.xml") << u"https://example.com/f.xml"_s;
        QTest::newRow("spaces around") << QByteArray("  /f.xml \t") << u"http://example.org:8080/f.xml"_s;
        QTest::newRow("raw space") << QByteArray("/my feed.xml") << u"http://example.org:8080/my%20feed.xml"_s;
        QTest::newRow("none") << QByteArray() << QString();
        QTest::newRow("blank") << QByteArray("   ") << QString();
    }

    void targetResolvesEveryForm()
    {
        QFETCH(QByteArray, location);
        QFETCH(QString, expected);
        const QUrl target = redirectTarget(QUrl(u"http://example.org:8080/blog/feeds/rss.xml?x=1"_s), location);
        QCOMPARE(target.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(target.isValid(), !expected.isEmpty());
    }

    void chainsReachTheFeedWhateverTheLocationForm_data()
    {
        QTest::addColumn<QString>("chain");
        QTest::addColumn<QString>("form");
        // Where the chain's leading permanent hops lead: the feed's new address; none when the
        // first hop is temporary. mixed/4 answers 301, 308, 307, 302.
        QTest::addColumn<QString>("movedTo");
        const QList<std::pair<QString, QString>> chains{{u"301/3"_s, u"feed"_s}, {u"308/2"_s, u"feed"_s}, {u"302/3"_s, QString()},
                                                        {u"307/2"_s, QString()}, {u"mixed/4"_s, u"/fault/redirect/mixed/2"_s}};
        for (const QString &form : {u"absolute"_s, u"path"_s, u"relative"_s, u"scheme-relative"_s}) {
            for (const auto &[chain, movedTo] : chains)
                QTest::addRow("%s %s", qPrintable(chain), qPrintable(form)) << chain << form << movedTo;
        }
    }

    void chainsReachTheFeedWhateverTheLocationForm()
    {
        QFETCH(QString, chain);
        QFETCH(QString, form);
        QFETCH(QString, movedTo);
        // The feed's own address has a query too, which every form must carry over.
        const QString query = u"location=%1&to=%2"_s.arg(form, QString::fromLatin1(QUrl::toPercentEncoding(u"/gen/3.xml?items=4"_s)));
        const FeedResponse response = fetch(u"/fault/redirect/%1?%2"_s.arg(chain, query));
        QVERIFY2(response.ok(), qPrintable(response.errorText));
        QCOMPARE(response.httpStatus, 200);
        QVERIFY(response.body.contains("urn:freshet:gen:3"));
        const QUrl feed = m_server.url(u"/gen/3.xml?items=4"_s);
        QCOMPARE(response.finalUrl, feed);
        // Only permanent moves give the feed a new address, relative hops included.
        const QUrl moved = movedTo.isEmpty() ? QUrl() : movedTo == u"feed"_s ? feed : m_server.url(movedTo + u'?' + query);
        QCOMPARE(response.permanentUrl, moved);
    }

    void relativeLoopsAndLongChainsStillFail_data()
    {
        QTest::addColumn<QString>("form");
        QTest::newRow("path") << u"path"_s;
        QTest::newRow("relative") << u"relative"_s;
        QTest::newRow("scheme-relative") << u"scheme-relative"_s;
    }

    void relativeLoopsAndLongChainsStillFail()
    {
        QFETCH(QString, form);
        const FeedResponse loop = fetch(u"/fault/loop/0?period=3&location="_s + form);
        QCOMPARE(loop.error, FetchError::RedirectLoop);
        QVERIFY2(loop.errorText.contains(u"/fault/loop/0"_s), qPrintable(loop.errorText));
        const FeedResponse self = fetch(u"/fault/loop/0?period=1&code=301&location="_s + form);
        QCOMPARE(self.error, FetchError::RedirectLoop);
        const FeedResponse tooMany = fetch(u"/fault/redirect/302/11?location="_s + form);
        QCOMPARE(tooMany.error, FetchError::TooManyRedirects);
        QCOMPARE(fetch(u"/fault/redirect/302/10?location="_s + form).error, FetchError::None);
    }

    void discoveryFollowsRelativeRedirects()
    {
        // A permanent move: the feed is subscribed at its new address.
        const FeedDiscovery::Outcome moved = discover(u"/fault/redirect/301/2?location=relative&to=/gen/5.xml"_s);
        QVERIFY2(moved.error.isEmpty(), qPrintable(moved.error));
        QVERIFY(moved.addressIsFeed);
        QCOMPARE(moved.feeds.size(), 1);
        QCOMPARE(moved.feeds.constFirst().url, m_server.url(u"/gen/5.xml"_s));

        // A temporary one: at the address typed.
        const QString typed = u"/fault/redirect/302/2?location=path&to=/gen/6.xml"_s;
        const FeedDiscovery::Outcome temporary = discover(typed);
        QVERIFY2(temporary.error.isEmpty(), qPrintable(temporary.error));
        QCOMPARE(temporary.feeds.size(), 1);
        QCOMPARE(temporary.feeds.constFirst().url, m_server.url(typed));

        // A page reached through a relative redirect: its links resolve against where it is.
        const FeedDiscovery::Outcome page = discover(u"/fault/redirect/307/1?location=relative&to=/demo/index.html"_s);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(!page.addressIsFeed);
        QVERIFY(!page.feeds.isEmpty());
        for (const DiscoveredFeed &feed : page.feeds)
            QVERIFY2(feed.url.path().startsWith(u"/demo/"_s), qPrintable(feed.url.toString()));
    }

    void cleanupTestCase()
    {
        QVERIFY(m_server.stop());
    }
};

QTEST_GUILESS_MAIN(TestRedirects)
#include "tst_redirects.moc"
