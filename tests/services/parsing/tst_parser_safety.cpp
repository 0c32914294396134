// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestParserSafety final : public QObject
{
    Q_OBJECT

private slots:
    void externalEntitiesAreNeverResolved()
    {
        QTemporaryFile secret;
        QVERIFY(secret.open());
        secret.write("TOP-SECRET-MARKER");
        secret.flush();
        const QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file://" + secret.fileName().toUtf8()
                               + "\">]><rss version=\"2.0\"><channel><title>a&xxe;b</title>"
                                 "<item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>";
        const ParsedFeed feed = FeedParser::parse(xml);
        QVERIFY(!feed.title.contains(u"TOP-SECRET"_s));
        QCOMPARE(feed.title, u"ab"_s);
        for (const ParsedItem &item : feed.items) {
            QVERIFY(!item.title.contains(u"TOP-SECRET"_s));
            QVERIFY(!item.summary.contains(u"TOP-SECRET"_s));
        }
    }

    void externalParameterEntityIsNotLoaded()
    {
        const ParsedFeed feed = parseText("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % ext SYSTEM \"http://127.0.0.1:1/evil.dtd\"> %ext;]>\n"
                                          "<rss version=\"2.0\"><channel><title>safe</title></channel></rss>");
        QVERIFY(!feed.title.contains(u"evil"_s));
    }

    void billionLaughsIsRejectedQuickly()
    {
        QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
        for (int i = 1; i <= 9; ++i) {
            xml += "<!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                xml += (i == 1 ? QByteArray("&lol;") : "&lol" + QByteArray::number(i - 1) + ';');
            xml += "\">";
        }
        xml += "]><rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
        QElapsedTimer timer;
        timer.start();
        const ParsedFeed feed = FeedParser::parse(xml);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.contains(u"expand"_s), qPrintable(feed.error));
        QVERIFY(feed.title.size() < 100000);
    }

    void quadraticBlowupIsRejected()
    {
        QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY big \"" + QByteArray(4000, 'x') + "\">]><rss version=\"2.0\"><channel><title>";
        for (int i = 0; i < 20000; ++i)
            xml += "&big;";
        xml += "</title></channel></rss>";
        const ParsedFeed feed = FeedParser::parse(xml);
        QVERIFY(!feed.ok());
        QVERIFY(feed.title.size() < 1000000);
    }

    void smallInternalEntitiesStillWork()
    {
        const ParsedFeed feed = parseText("<!DOCTYPE rss [<!ENTITY id \"tag:example.com,\">]><rss version=\"2.0\"><channel><item><guid>&id;2006</guid></item></channel></rss>");
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.items.value(0).id, u"tag:example.com,2006"_s);
    }

    void sizeCap()
    {
        QByteArray xml = "<rss version=\"2.0\"><channel><title>big</title>";
        while (xml.size() < 4096)
            xml += "<item><title>filler filler filler</title></item>";
        xml += "</channel></rss>";
        ParseOptions options;
        options.maxBytes = 1024;
        ParsedFeed feed = FeedParser::parse(xml, options);
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.contains(u"1024"_s), qPrintable(feed.error));
        QVERIFY(feed.items.isEmpty());
        options.maxBytes = 1024 * 1024;
        feed = FeedParser::parse(xml, options);
        QVERIFY(feed.ok());
        QCOMPARE(ParseOptions().maxBytes, 20 * 1024 * 1024);
    }

    void depthCap()
    {
        QByteArray xml = "<rss version=\"2.0\"><channel><item><description>";
        for (int i = 0; i < 300; ++i)
            xml += "<div>";
        for (int i = 0; i < 300; ++i)
            xml += "</div>";
        xml += "</description></item></channel></rss>";
        ParsedFeed feed = FeedParser::parse(xml);
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.contains(u"256"_s), qPrintable(feed.error));
        ParseOptions deeper;
        deeper.maxDepth = 400;
        feed = FeedParser::parse(xml, deeper);
        QVERIFY2(feed.ok(), qPrintable(feed.error));
    }

    void truncatedKeepsEarlierItems()
    {
        const ParsedFeed feed = parseText("<rss version=\"2.0\"><channel><title>T</title>\n"
                                          "<item><title>one</title></item><item><title>two</title></item><item><title>thr");
        QVERIFY(!feed.ok());
        QVERIFY(feed.partial);
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[1].title, u"two"_s);
        QVERIFY2(feed.error.contains(u"truncated"_s), qPrintable(feed.error));
    }

    void malformedKeepsEarlierItems()
    {
        const ParsedFeed feed = parseText("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>ok</title></entry>\n"
                                          "<entry><title>bad</titel></entry></feed>");
        QVERIFY(!feed.ok());
        QVERIFY(feed.partial);
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].title, u"ok"_s);
    }

    void emptyAndGarbage_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("  \n ");
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xFF\xFE", 5);
        QTest::newRow("text") << QByteArray("hello world");
        QTest::newRow("lone lt") << QByteArray("<");
        QTest::newRow("json array") << QByteArray("[1,2,3]");
    }

    void emptyAndGarbage()
    {
        QFETCH(QByteArray, bytes);
        const ParsedFeed feed = FeedParser::parse(bytes);
        QVERIFY(!feed.ok());
        QVERIFY(!feed.error.isEmpty());
        QVERIFY(feed.items.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestParserSafety)
#include "tst_parser_safety.moc"
