// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestParserJsonFeed final : public QObject
{
    Q_OBJECT

private slots:
    void version11()
    {
        const ParsedFeed feed = FeedParser::parse(fixture(u"jsonfeed11.json"_s), {QUrl(u"https://j.example/feed.json"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.format, FeedFormat::Json);
        QCOMPARE(feed.version, u"1.1"_s);
        QCOMPARE(feed.title, u"JSON river"_s);
        QCOMPARE(feed.link, u"https://j.example/"_s);
        QCOMPARE(feed.feedLink, u"https://j.example/feed.json"_s);
        QCOMPARE(feed.image, u"https://j.example/icon.png"_s);
        QCOMPARE(feed.authors.value(0).uri, u"https://j.example/jo"_s);
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].link, u"https://j.example/one"_s);
        QCOMPARE(feed.items[0].content, u"<p>hi</p>"_s);
        QCOMPARE(feed.items[0].contentText, u"hi"_s);
        QCOMPARE(feed.items[0].published, QDateTime(QDate(2024, 3, 1), QTime(15, 0), Qt::UTC));
        QCOMPARE(feed.items[0].enclosures.value(0).length, 321);
        QCOMPARE(feed.items[1].id, u"2"_s);
        QCOMPARE(feed.items[1].image, u"https://j.example/i.png"_s);
    }

    void version10SingleAuthor()
    {
        const ParsedFeed feed = parseText("{\"version\": \"https://jsonfeed.org/version/1\", \"title\": \"t\",\n"
                                          "            \"author\": {\"name\": \"Old Style\"}, \"items\": [{\"id\": \"a\", \"author\": {\"name\": \"Item Author\"}}]}");
        QVERIFY(feed.ok());
        QCOMPARE(feed.version, u"1.0"_s);
        QCOMPARE(feed.authors.value(0).name, u"Old Style"_s);
        QCOMPARE(feed.items.value(0).authors.value(0).name, u"Item Author"_s);
    }

    void invalidJsonIsAnError()
    {
        const ParsedFeed feed = parseText("{\"version\": \"https://jsonfeed.org/version/1\", \"items\": [");
        QVERIFY(!feed.ok());
        QCOMPARE(feed.format, FeedFormat::Unknown);
    }

    void otherJsonIsNotAFeed()
    {
        const ParsedFeed feed = parseText("{\"hello\": \"world\"}");
        QVERIFY(!feed.ok());
    }

    void resolvedUrlsKeepTheirEncoding()
    {
        const ParsedFeed feed = FeedParser::parse(fixture(u"encoded-urls.json"_s),
                                                  {QUrl(u"http://xn--bcher-kva.example/feeds/caf%C3%A9/feed.json"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        const QString base = u"http://xn--bcher-kva.example/feeds/caf%C3%A9/"_s;
        QCOMPARE(feed.link, u"http://xn--bcher-kva.example/feeds/home%20page/"_s);
        QCOMPARE(feed.feedLink, base + u"feed%3Fformat=json"_s);
        QCOMPARE(feed.image, base + u"img/logo%20big.png"_s);
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].link, base + u"sub/p%20q.html"_s);
        QCOMPARE(feed.items[0].image, base + u"a%2Fb.jpg?s=caf%C3%A9#x%23y"_s);
        QCOMPARE(feed.items[0].enclosures.value(0).url, base + u"rel/p%20q.mp3"_s);
        QCOMPARE(feed.items[1].link, base + u"café/p%20q.html"_s);
        // Relative addresses inside the HTML resolve as in RSS and Atom (the npm feed library
        // writes them as the post has them); the article view cannot load a relative image.
        QCOMPARE(feed.items[1].content, u"<p><img src=\"%1images/a%20b.jpg\"> <a href=\"%1search/?s=caf%C3%A9\">s</a></p>"_s.arg(base));
        QCOMPARE(feed.items[1].image, base + u"images/a%20b.jpg"_s);
        QCOMPARE(feed.items[1].summary, u"<a href=\"http://xn--bcher-kva.example/feeds/up/\">up</a>"_s);
    }
};

QTEST_GUILESS_MAIN(TestParserJsonFeed)
#include "tst_parser_jsonfeed.moc"
