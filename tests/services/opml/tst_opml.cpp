// SPDX-License-Identifier: MIT
#include "opml/opml.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestOpml final : public QObject
{
    Q_OBJECT

private slots:
    void nestedOutlinesBecomeCategories()
    {
        const QByteArray opml = "<?xml version=\"1.0\"?>\n"
                                "<opml version=\"2.0\"><head><title>Mine</title></head><body>\n"
                                "  <outline text=\"Tech\"><outline text=\"Linux\">\n"
                                "    <outline type=\"rss\" text=\"LWN\" xmlUrl=\"https://lwn.net/headlines/rss\" htmlUrl=\"https://lwn.net\"/>\n"
                                "  </outline>\n"
                                "  <outline type=\"rss\" title=\"Planet\" xmlurl=\"https://planet.example/atom.xml\"/></outline>\n"
                                "  <outline type=\"rss\" text=\"Top\" xmlUrl=\"https://top.example/rss\"/>\n"
                                "  <outline type=\"rss\" text=\"Broken\"/>\n"
                                "</body></opml>";
        const Result<OpmlDocument> document = readOpml(opml);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QCOMPARE(document.value().title, u"Mine"_s);
        const QList<OpmlOutline> &feeds = document.value().feeds;
        QCOMPARE(feeds.size(), 3);
        QCOMPARE(feeds.at(0).category, u"Tech/Linux"_s);
        QCOMPARE(feeds.at(0).title, u"LWN"_s);
        QCOMPARE(feeds.at(0).siteLink, u"https://lwn.net"_s);
        QCOMPARE(feeds.at(1).category, u"Tech"_s);
        QCOMPARE(feeds.at(1).url, u"https://planet.example/atom.xml"_s);
        QCOMPARE(feeds.at(2).category, QString());
        QCOMPARE(document.value().problems.size(), 1);
    }

    void brokenXmlSaysWhere()
    {
        const Result<OpmlDocument> document = readOpml("<opml><body><outline text='x'></body></opml>");
        QVERIFY(!document.ok());
        QVERIFY2(document.error().contains(u"line 1"_s), qPrintable(document.error()));
    }

    void notOpmlOrEmptyIsRefused()
    {
        QVERIFY(!readOpml("<rss version='2.0'/>").ok());
        QVERIFY(!readOpml("").ok());
        QVERIFY(!readOpml("\x00\x01\x02 binary").ok());
    }

    void externalEntitiesAreNeverResolved()
    {
        const QByteArray hostile = "<?xml version=\"1.0\"?>\n"
                                   "<!DOCTYPE opml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                                   "<opml><body><outline type=\"rss\" text=\"&xxe;\" xmlUrl=\"https://x.example/rss\"/></body></opml>";
        const Result<OpmlDocument> document = readOpml(hostile);
        if (document.ok()) {
            for (const OpmlOutline &feed : document.value().feeds)
                QVERIFY(!feed.title.contains(u"root:"_s));
        }
    }

    void writeThenReadKeepsEverything()
    {
        OpmlDocument original;
        original.title = u"Export"_s;
        original.feeds << OpmlOutline{u"https://a.example/rss"_s, u"A & B"_s, u"https://a.example"_s, u"News/World"_s}
                       << OpmlOutline{u"https://b.example/rss"_s, u"B"_s, {}, u"News"_s}
                       << OpmlOutline{u"https://c.example/rss"_s, u"C"_s, {}, {}}
                       << OpmlOutline{u"https://d.example/rss"_s, u"D"_s, {}, u"Tech"_s};
        const Result<OpmlDocument> roundTrip = readOpml(writeOpml(original));
        QVERIFY2(roundTrip.ok(), qPrintable(roundTrip.error()));
        QCOMPARE(roundTrip.value().feeds.size(), 4);
        QHash<QString, OpmlOutline> byUrl;
        for (const OpmlOutline &feed : roundTrip.value().feeds)
            byUrl.insert(feed.url, feed);
        for (const OpmlOutline &feed : original.feeds) {
            QCOMPARE(byUrl.value(feed.url).category, feed.category);
            QCOMPARE(byUrl.value(feed.url).title, feed.title);
            QCOMPARE(byUrl.value(feed.url).siteLink, feed.siteLink);
        }
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
