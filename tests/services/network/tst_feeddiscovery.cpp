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
};

QTEST_GUILESS_MAIN(TestFeedDiscovery)
#include "tst_feeddiscovery.moc"
