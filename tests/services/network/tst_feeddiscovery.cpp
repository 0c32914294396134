// SPDX-License-Identifier: MIT
#include "feedserverprocess.h"
#include "network/feeddiscovery.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestFeedDiscovery final : public QObject
{
    Q_OBJECT

    FeedServerProcess m_server;

    FeedDiscovery::Outcome discover(const QString &path)
    {
        FeedDiscovery discovery;
        QSignalSpy finished(&discovery, &FeedDiscovery::finished);
        discovery.discover(m_server.url(path));
        if (!finished.wait(15000))
            qFatal("no answer for %s", qPrintable(path));
        return finished.constFirst().constFirst().value<FeedDiscovery::Outcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<FeedDiscovery::Outcome>();
        QVERIFY2(m_server.start({u"--feeds"_s, u"3"_s}), qPrintable(m_server.errorString()));
    }

    void linksInAPageAreFoundAndResolved()
    {
        const QByteArray html = "<html><head><base href=\"https://example.org/blog/\">"
                                "<link rel=\"stylesheet\" href=\"s.css\">"
                                "<LINK REL='alternate' TYPE='application/rss+xml' TITLE='Posts' HREF='feed.xml'>"
                                "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom\" title=\"Atom\">"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"feed.xml\">"
                                "<link rel=\"alternate\" type=\"text/html\" hreflang=\"fr\" href=\"/fr\">"
                                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"javascript:alert(1)\">"
                                "</head></html>";
        const QList<DiscoveredFeed> feeds = findAlternateLinks(html, QUrl(u"https://example.org/blog/post"_s));
        QCOMPARE(feeds.size(), 2);
        QCOMPARE(feeds.at(0).url, QUrl(u"https://example.org/blog/feed.xml"_s));
        QCOMPARE(feeds.at(0).title, u"Posts"_s);
        QCOMPARE(feeds.at(1).url, QUrl(u"https://example.org/atom"_s));
    }

    void attributesAreReadWithTheirReferencesDecoded()
    {
        // Hugo writes type="application/rss&#43;xml" (found by the interop matrix: its sites had no
        // feed to discover); an address's "&amp;" is one '&'.
        const QByteArray html = "<link rel=\"alternate\" type=\"application/rss&#43;xml\" href=\"/feed.php?a=1&amp;b=2\" "
                                "title=\"Caf&eacute; &amp; co\">";
        const QList<DiscoveredFeed> feeds = findAlternateLinks(html, QUrl(u"https://example.org/blog/"_s));
        QCOMPARE(feeds.size(), 1);
        QCOMPARE(feeds.at(0).url, QUrl(u"https://example.org/feed.php?a=1&b=2"_s));
        QCOMPARE(feeds.at(0).title, u"Café & co"_s);
        QCOMPARE(feeds.at(0).type, u"application/rss+xml"_s);
    }

    void aFeedAddressIsTheFeed()
    {
        const FeedDiscovery::Outcome outcome = discover(u"/gen/1.xml"_s);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(outcome.addressIsFeed);
        QCOMPARE(outcome.feeds.size(), 1);
        QCOMPARE(outcome.feeds.constFirst().url, m_server.url(u"/gen/1.xml"_s));
    }

    void aPageLeadsToItsFeeds()
    {
        const FeedDiscovery::Outcome outcome = discover(u"/demo/index.html"_s);
        QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
        QVERIFY(!outcome.addressIsFeed);
        QCOMPARE(outcome.feeds.size(), 2);
        for (const DiscoveredFeed &feed : outcome.feeds)
            QCOMPARE(feed.url.host(), u"127.0.0.1"_s);
    }

    void neitherIsAClearError()
    {
        const FeedDiscovery::Outcome missing = discover(u"/fault/404"_s);
        QVERIFY(missing.feeds.isEmpty());
        QVERIFY2(missing.error.contains(u"404"_s), qPrintable(missing.error));
        const FeedDiscovery::Outcome invalid = discover(u"/fault/invalid-xml"_s);
        QVERIFY(invalid.feeds.isEmpty());
        QVERIFY2(invalid.error.contains(u"No feed found"_s), qPrintable(invalid.error));
    }

    void whatIsTypedIsCheckedFirst()
    {
        FeedDiscovery discovery;
        QSignalSpy finished(&discovery, &FeedDiscovery::finished);
        discovery.lookUp(u"not a url"_s);
        QCOMPARE(finished.count(), 0); // never from inside the call
        QVERIFY(finished.wait(5000));
        const auto refused = finished.constFirst().constFirst().value<FeedDiscovery::Outcome>();
        QVERIFY(!refused.address.isValid());
        QVERIFY(refused.feeds.isEmpty());
        QVERIFY2(refused.error.contains(u"not a web address"_s), qPrintable(refused.error));

        discovery.lookUp(u"localhost:%1/demo/index.html"_s.arg(m_server.port()));
        QVERIFY(finished.wait(15000));
        const auto page = finished.last().constFirst().value<FeedDiscovery::Outcome>();
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QCOMPARE(page.address, QUrl(u"http://localhost:%1/demo/index.html"_s.arg(m_server.port())));
        QCOMPARE(page.feeds.size(), 2);
    }

    void anUnreachableAddressIsNamed()
    {
        const FeedDiscovery::Outcome outcome = [] {
            FeedDiscovery discovery;
            QSignalSpy finished(&discovery, &FeedDiscovery::finished);
            discovery.discover(QUrl(u"http://127.0.0.1:1/feed.xml"_s));
            if (!finished.wait(15000))
                qFatal("no answer");
            return finished.constFirst().constFirst().value<FeedDiscovery::Outcome>();
        }();
        QVERIFY(outcome.feeds.isEmpty());
        QVERIFY2(outcome.error.contains(u"http://127.0.0.1:1/feed.xml"_s), qPrintable(outcome.error));
    }
};

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
