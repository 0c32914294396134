// SPDX-License-Identifier: MIT
#include "parsertesthelpers.h"

#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace freshet;

class TestParserRss final : public QObject
{
    Q_OBJECT

private slots:
    void rss20ChannelAndItems()
    {
        const ParsedFeed feed = FeedParser::parse(fixture(u"rss20.xml"_s), {QUrl(u"https://rivers.example/feed.xml"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.format, FeedFormat::Rss);
        QCOMPARE(feed.version, u"2.0"_s);
        QCOMPARE(feed.title, u"Rivers & Streams"_s);
        QCOMPARE(feed.link, u"https://rivers.example/"_s);
        QCOMPARE(feed.feedLink, u"https://rivers.example/feed.xml"_s);
        QCOMPARE(feed.description, u"Notes on fresh water"_s);
        QCOMPARE(feed.published, QDateTime(QDate(2024, 1, 2), QTime(10, 0), Qt::UTC));
        QCOMPARE(feed.updated, QDateTime(QDate(2024, 1, 3), QTime(7, 30), Qt::UTC));
        QCOMPARE(feed.image, u"https://rivers.example/logo.png"_s);
        QCOMPARE(feed.authors.size(), 1);
        QCOMPARE(feed.authors[0].name, u"Rita River"_s);
        QCOMPARE(feed.authors[0].email, u"editor@rivers.example"_s);
        QCOMPARE(feed.ttlMinutes, std::optional<int>(45));
        QCOMPARE(feed.updatePeriod, u"hourly"_s);
        QCOMPARE(feed.updateFrequency, 2);
        QCOMPARE(feed.skipHours, (QList<int>{1, 2}));
        QCOMPARE(feed.skipDays, QStringList{u"Sunday"_s});

        QCOMPARE(feed.items.size(), 2);
        const ParsedItem &first = feed.items[0];
        QCOMPARE(first.title, u"First thaw"_s);
        QCOMPARE(first.link, u"https://rivers.example/thaw"_s);
        QCOMPARE(first.id, u"thaw-1"_s);
        QCOMPARE(first.summary, u"The ice <b>breaks</b>."_s);
        // Relative URLs inside the HTML are made absolute against the document (xml:base rules).
        QCOMPARE(first.content, u"<p>Full text <img src=\"https://rivers.example/img/ice.jpg\" alt=\"\"></p>"_s);
        QCOMPARE(first.published, QDateTime(QDate(2024, 1, 1), QTime(17, 0), Qt::UTC));
        QVERIFY(!first.updated.isValid());
        QCOMPARE(first.authors.size(), 1);
        QCOMPARE(first.authors[0].email, u"rita@rivers.example"_s);
        QCOMPARE(first.enclosures.size(), 1);
        QCOMPARE(first.enclosures[0].url, u"https://rivers.example/thaw.mp3"_s);
        QCOMPARE(first.enclosures[0].type, u"audio/mpeg"_s);
        QCOMPARE(first.enclosures[0].length, 12345);
        QCOMPARE(first.image, u"https://rivers.example/img/ice.jpg"_s); // first <img> of the content

        const ParsedItem &second = feed.items[1];
        QCOMPARE(second.link, u"https://rivers.example/second"_s); // a permalink guid stands in for <link>
        QCOMPARE(second.authors.value(0).name, u"Sam Stream"_s);
        QCOMPARE(second.published, QDateTime(QDate(2024, 1, 5), QTime(4, 7, 8), Qt::UTC));
        QCOMPARE(second.updated, second.published);
    }

    void rss091AndMissingVersion()
    {
        ParsedFeed feed = parseText("<rss version=\"0.91\"><channel><title>Old</title><item><title>a</title></item></channel></rss>");
        QVERIFY(feed.ok());
        QCOMPARE(feed.version, u"0.91"_s);
        QCOMPARE(feed.items.size(), 1);
        feed = parseText("<rss><channel><title>No version</title></channel></rss>");
        QVERIFY(feed.ok());
        QCOMPARE(feed.format, FeedFormat::Rss);
        QCOMPARE(feed.version, QString());
    }

    void rdf10ItemsBesideChannel()
    {
        const ParsedFeed feed = parseText("<?xml version=\"1.0\"?>\n"
                                          "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                                          "  <channel rdf:about=\"http://example.org/\"><title>RDF feed</title><link>http://example.org/</link><description>d</description></channel>\n"
                                          "  <item rdf:about=\"http://example.org/1\"><title>One</title><link>http://example.org/1</link><dc:date>2003-12-31T10:14:55Z</dc:date></item>\n"
                                          "  <item rdf:about=\"http://example.org/2\"><title>Two</title><link>http://example.org/2</link></item>\n"
                                          "</rdf:RDF>");
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.format, FeedFormat::Rdf);
        QCOMPARE(feed.version, u"1.0"_s);
        QCOMPARE(feed.title, u"RDF feed"_s);
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[1].link, u"http://example.org/2"_s);
        QCOMPARE(feed.items[0].updated, QDateTime(QDate(2003, 12, 31), QTime(10, 14, 55), Qt::UTC));
    }

    void rss090()
    {
        const ParsedFeed feed = parseText("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://my.netscape.com/rdf/simple/0.9/\">\n"
                                          "<channel><title>Ninety</title><link>http://example.org/</link></channel><item><title>i</title><link>http://example.org/i</link></item></rdf:RDF>");
        QVERIFY(feed.ok());
        QCOMPARE(feed.format, FeedFormat::Rdf);
        QCOMPARE(feed.version, u"0.90"_s);
        QCOMPARE(feed.items.value(0).title, u"i"_s);
    }

    void xmlBaseNestedAndRelative()
    {
        const ParsedFeed feed = parseText("<rss version=\"2.0\" xml:base=\"http://example.org/a/\">\n"
                                          "<channel xml:base=\"b/\"><link>index.html</link>\n"
                                          "<item xml:base=\"/c/\"><link>page.html</link><enclosure url=\"../e.mp3\" type=\"audio/mpeg\" length=\"1\"/></item>\n"
                                          "<item><link>other.html</link></item></channel></rss>",
                                          QUrl(u"http://ignored.example/feed"_s));
        QVERIFY(feed.ok());
        QCOMPARE(feed.link, u"http://example.org/a/b/index.html"_s);
        QCOMPARE(feed.items[0].link, u"http://example.org/c/page.html"_s);
        QCOMPARE(feed.items[0].enclosures.value(0).url, u"http://example.org/e.mp3"_s);
        QCOMPARE(feed.items[1].link, u"http://example.org/a/b/other.html"_s);
    }

    void netscapeDoctypeWithHtmlEntities()
    {
        const ParsedFeed feed = parseText("<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">\n"
                                          "<rss version=\"0.91\"><channel><title>Caf&eacute; &mdash; news</title></channel></rss>");
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        QCOMPARE(feed.title, u"Café — news"_s);
    }

    void nakedMarkupIsKeptAsMarkup()
    {
        const ParsedFeed feed = parseText("<rss version=\"2.0\"><channel><description>a &amp; <p>b</p></description></channel></rss>");
        QCOMPARE(feed.description, u"a &amp; <p>b</p>"_s);
    }

    void notAFeedIsAnError()
    {
        const ParsedFeed feed = parseText("<html><body>hello</body></html>");
        QVERIFY(!feed.ok());
        QVERIFY2(feed.error.contains(u"html"_s), qPrintable(feed.error));
        QCOMPARE(feed.format, FeedFormat::Unknown);
    }

    void resolvedUrlsKeepTheirEncoding()
    {
        // A space is %20 in a URL; the escapes the feed wrote (%2F, %3F, %23, UTF-8 bytes) and a
        // punycode host must come out as written, never decoded into a different address.
        const ParsedFeed feed = FeedParser::parse(fixture(u"encoded-urls.rss"_s),
                                                  {QUrl(u"http://xn--bcher-kva.example/feeds/caf%C3%A9/rss.xml"_s), {}});
        QVERIFY2(feed.ok(), qPrintable(feed.error));
        const QString base = u"http://xn--bcher-kva.example/feeds/caf%C3%A9/"_s;
        QCOMPARE(feed.link, u"http://xn--bcher-kva.example/feeds/home%20page/"_s);
        QCOMPARE(feed.image, base + u"img/logo%3Fv.png"_s);
        QCOMPARE(feed.items.size(), 3);
        QCOMPARE(feed.items[0].link, base + u"sub/p%20q.html"_s);
        QCOMPARE(feed.items[0].enclosures.value(0).url, base + u"rel/p%20q.mp3"_s);
        QVERIFY2(feed.items[0].summary.contains(u"src=\"%1pics/a%2Fb.jpg?s=caf%C3%A9#x%23y\""_s.arg(base)), qPrintable(feed.items[0].summary));
        QVERIFY2(feed.items[0].summary.contains(u"href=\"%1café/doc?q=%3F\""_s.arg(base)), qPrintable(feed.items[0].summary));
        QCOMPARE(feed.items[0].image, base + u"pics/a%2Fb.jpg?s=caf%C3%A9#x%23y"_s);
        QCOMPARE(feed.items[1].link, u"http://bücher.example/a%2Fb?q=%3F#%23"_s);
        QCOMPARE(feed.items[2].link, base + u"raw%20space.html"_s);
        // Absolute addresses in HTML are not resolved, but a raw space is no URL character in them
        // either; the image field decodes the attribute's references once ("&#038;" is WordPress's '&').
        QVERIFY2(feed.items[2].summary.contains(u"src=\"https://cdn.example/up%20loads/a%20b.jpg?w=1&#038;h=2\""_s),
                 qPrintable(feed.items[2].summary));
        QVERIFY2(feed.items[2].summary.contains(u"href=\"http://bücher.example/x%20y?s=caf%C3%A9\""_s), qPrintable(feed.items[2].summary));
        QCOMPARE(feed.items[2].image, u"https://cdn.example/up%20loads/a%20b.jpg?w=1&h=2"_s);
    }
};

QTEST_GUILESS_MAIN(TestParserRss)
#include "tst_parser_rss.moc"
